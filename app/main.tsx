import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './shell/serviceWorker';
import { useAppStore } from './store/store';
import { startUrlSync } from './url/history';
import './styles/global.css';

startUrlSync(useAppStore);
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
