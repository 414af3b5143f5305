import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { createAppStore } from '../store/createAppStore';
import { startPersistence } from '../store/autosaveBootstrap';

const store = createAppStore();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Restore the autosaved design before the first render, so that the empty design never flashes
// and no edit can race the restore. startPersistence reports its own failures and never rejects.
void startPersistence(store).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  ),
);
