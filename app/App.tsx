import { Suspense, useEffect } from 'react';
import { defaultParams } from './url/codec';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Header } from './shell/Header';
import { Notices } from './shell/Notices';
import { useAppStore, type AppState } from './store/store';
import { NAVIGATION, VIEWS } from './views/registry';

const selectView = (s: AppState) => s.view;
const selectViewParams = (s: AppState) => s.params[s.view];
const selectEmbed = (s: AppState) => s.embed;

export function App() {
  const view = useAppStore(selectView);
  const params = useAppStore(selectViewParams);
  const embed = useAppStore(selectEmbed);
  const entry = VIEWS[view];
  useEffect(() => {
    document.title = `${entry.title} · Conv Arithmetic Explorer`;
    // Embedded: the page is only its figure, sized to its frame (see `.embedded` styles).
    document.documentElement.classList.toggle('embedded', embed);
  }, [entry, embed]);
  return (
    <>
      {!embed && (
        <>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <Header views={NAVIGATION} />
        </>
      )}
      <Notices />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary
          name={`the ${entry.title.toLowerCase()} view`}
          resetKey={JSON.stringify(params)}
          onReset={{
            label: `Reset ${entry.title} to its defaults`,
            run: () => useAppStore.getState().setParams(view, defaultParams(view)),
          }}
        >
          <Suspense fallback={<p className="loading">Loading {entry.title}…</p>}>
            <entry.View />
          </Suspense>
        </ErrorBoundary>
      </main>
      {!embed && (
        <footer className="site-footer">
          <p>
            Sizes, values and errors follow PyTorch 1.13 and NumPy; relationships and figures follow
            Dumoulin &amp; Visin,{' '}
            <a href="https://arxiv.org/abs/1603.07285">
              <cite>A guide to convolution arithmetic for deep learning</cite>
            </a>{' '}
            (arXiv 1603.07285).
          </p>
        </footer>
      )}
    </>
  );
}
