import { installRenderCounter } from './fiberRenders.ts';

// Before React loads, so the burst scenario can count row renders.
installRenderCounter();

const params = new URLSearchParams(window.location.search);
const scenario = params.get('scenario') ?? 'list';
const impl = params.get('impl') ?? 'parley';

const runners = {
  list: () => import('./runList.tsx').then((m) => m.runList),
  messages: () => import('./runMessages.tsx').then((m) => m.runMessages),
  append: () => import('./runAppend.tsx').then((m) => m.runAppend),
  burst: () => import('./runBurst.tsx').then((m) => m.runBurst),
} as const;

async function start() {
  await import('@parley/ui/styles.css');
  const { createRoot } = await import('react-dom/client');
  const element = document.getElementById('root');
  if (!element) throw new Error('bench: no #root');
  const root = createRoot(element);
  const load = runners[scenario as keyof typeof runners];
  if (!load) throw new Error(`bench: unknown scenario ${scenario}`);
  const run = await load();
  Object.assign(window, { bench: { run: () => run(root, impl) } });
}

start().catch((error: unknown) => {
  document.body.textContent = String(error);
  throw error;
});
