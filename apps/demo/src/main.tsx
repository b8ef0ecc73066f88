import '@parley/ui/styles.css';
import './demo.css';
import { loadParleyLocale } from '@parley/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initialLocale } from './useDemoSettings.ts';

const root = document.getElementById('root');
// The first render is in the URL's language; English stands in if its strings cannot load.
void loadParleyLocale(initialLocale())
  .catch(() => undefined)
  .then(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
