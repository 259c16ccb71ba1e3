import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { languageFromLocales } from '../../shared/i18n/index.js';
import { call } from './api/client.js';
import { keepFresh } from './api/freshness.js';
import { App } from './App.js';
import { setupI18n } from './i18n/setup.js';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

keepFresh(queryClient);

async function start() {
  const root = createRoot(document.getElementById('root')!);
  let language = languageFromLocales(navigator.languages);
  try {
    const settings = await call('settings.get', {});
    if (settings.language) language = settings.language;
  } catch {
    // No backend (or it failed): the app still renders and says so where data is needed.
  }
  await setupI18n(language);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <App />
        </HashRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start().then(() => {
  // The first touch of the browser's storage loads it from disk, synchronously (15–20 ms here):
  // done while idle after start, not on the first map or table open, which read their choices from it.
  requestIdleCallback(() => {
    try {
      void window.localStorage.length;
    } catch {
      // Storage unavailable: the choices are then read (and defaulted) where they are used.
    }
  });
});
