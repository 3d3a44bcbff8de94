import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectEvents } from './app/connect';
import { createClient, isDesktop } from './ipc/client';
import { createAppStore, StoreContext } from './store';
import './styles/app.css';

const api = createClient();
const store = createAppStore(api);
connectEvents(api, store);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App desktop={isDesktop()} />
    </StoreContext.Provider>
  </StrictMode>,
);
