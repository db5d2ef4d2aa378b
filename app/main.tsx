import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './shell/serviceWorker';
import { startLanguageSync } from './shell/language';
import { useAppStore } from './store/store';
import { startUrlSync } from './url/history';
import './styles/global.css';

startUrlSync(useAppStore);
registerServiceWorker();

const root = document.getElementById('root');
// English is ready at once; another language shows once its shell catalogue is here.
const ready = startLanguageSync(useAppStore);
if (root) {
  void ready.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
