import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { createAppStore } from '../store/createAppStore';

const store = createAppStore();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
