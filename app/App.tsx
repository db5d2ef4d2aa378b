import { Suspense, useEffect, type ComponentProps } from 'react';
import { t, tOr } from './i18n/i18n';
import type { Lang } from './i18n/lang';
import { defaultParams } from './url/codec';
import { AfterFirstPaint } from './shell/AfterFirstPaint';
import { CatalogueGate } from './shell/CatalogueGate';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Header } from './shell/Header';
import { viewNamespaces } from './shell/language';
import { Notices } from './shell/Notices';
import { useAppStore, type AppState } from './store/store';
import { NAVIGATION, VIEWS } from './views/registry';
import { ViewSkeleton } from './shell/ViewSkeleton';

const selectView = (s: AppState) => s.view;
const selectViewParams = (s: AppState) => s.params[s.view];
const selectEmbed = (s: AppState) => s.embed;
const selectLang = (s: AppState) => s.lang;

/**
 * The page, written anew in each language: a switch re-renders every word, while what the
 * page shows (the URL's parameters, the hovered and pinned cells) lives in the store and stays.
 */
export function App() {
  const lang = useAppStore(selectLang);
  return <Page key={lang} lang={lang} />;
}

function Page({ lang }: { lang: Lang }) {
  const view = useAppStore(selectView);
  const embed = useAppStore(selectEmbed);
  const entry = VIEWS[view];
  const title = tOr(`shell.view.${view}`, entry.title);
  const loading = t('shell.loading', { view: title });
  const skeleton = <ViewSkeleton view={view} loading={loading} />;
  useEffect(() => {
    document.title = t('shell.documentTitle', { view: title });
    // Embedded: the page is only its figure, sized to its frame (see `.embedded` styles).
    document.documentElement.classList.toggle('embedded', embed);
  }, [title, embed]);
  return (
    <>
      {!embed && (
        <>
          <a className="skip-link" href="#main">
            {t('shell.skip')}
          </a>
          <Header views={NAVIGATION} />
        </>
      )}
      <Notices />
      <main id="main" tabIndex={-1}>
        <ViewBoundary
          name={t('shell.theView', { view: title.toLowerCase() })}
          onReset={{
            label: t('shell.resetView', { view: title }),
            run: () => useAppStore.getState().setParams(view, defaultParams(view)),
          }}
        >
          <Suspense fallback={<p className="loading">{loading}</p>}>
            <CatalogueGate lang={lang} namespaces={viewNamespaces(view)}>
              <Suspense fallback={skeleton}>
                <AfterFirstPaint fallback={skeleton}>
                  <entry.View />
                </AfterFirstPaint>
              </Suspense>
            </CatalogueGate>
          </Suspense>
        </ViewBoundary>
      </main>
      {!embed && (
        <footer className="site-footer">
          <p>
            {t('shell.footer.before')}
            <a href="https://arxiv.org/abs/1603.07285" lang="en">
              <cite>A guide to convolution arithmetic for deep learning</cite>
            </a>
            {t('shell.footer.after')}
          </p>
        </footer>
      )}
    </>
  );
}

/**
 * The view's error boundary, tried again when the parameters change. It alone reads them: a
 * change renders the boundary and the view, not the header, notices and footer around them.
 */
function ViewBoundary(props: Omit<ComponentProps<typeof ErrorBoundary>, 'resetKey'>) {
  const params = useAppStore(selectViewParams);
  return <ErrorBoundary {...props} resetKey={JSON.stringify(params)} />;
}
