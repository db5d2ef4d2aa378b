import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './shell/serviceWorker';
import { startLanguageSync } from './shell/language';
import { useAppStore } from './store/store';
import { startUrlSync } from './url/history';
import { VIEWS } from './views/registry';
import './styles/global.css';

startUrlSync(useAppStore);
registerServiceWorker();

const root = document.getElementById('root');
// English is ready at once; another language shows once its shell catalogue is here.
const ready = startLanguageSync(useAppStore);
// The view's code downloads beside its catalogues while the shell starts, not once the shell
// has rendered it.
VIEWS[useAppStore.getState().view].View.preload();
if (root) {
  void ready.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
