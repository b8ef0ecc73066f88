import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/Session.ts';
import type { MessageWindow } from '../store/ChatState.ts';
import { selectMessage } from '../store/selectors.ts';
import type { ChatContext } from './ChatContext.ts';
import { loadLatest } from './historyActions.ts';
import { DEFAULT_RECALL_WINDOW_MS } from './messageActions.ts';
import { markSessionRead } from './sessionActions.ts';

/** Most pages one window reads to catch up; past them it goes on as the user scrolls down. */
const CATCH_UP_PAGES = 10;
const CATCH_UP_PAGE_SIZE = 100;
/** Windows caught up at the same time. */
const PARALLEL = 4;

/** The window's oldest and newest messages the server gave (sends carry the device's clock). */
function serverEdges(window: MessageWindow) {
  const given = window.ids
    .map((id) => selectMessage(window, id))
    .filter((m): m is Message => !!m && m.idServer !== '' && m.status !== 'sending');
  return { oldest: given[0], newest: given.at(-1) };
}

/**
 * Brings one loaded window up to date after a gap in the events (a reconnect, a sign-in):
 * every message newer than its newest one, and again the recall window before it, so recalls
 * made meanwhile show. While it reads, the window stays at the newest end and messages pushed
 * meanwhile join it; past `CATCH_UP_PAGES` it stops there and `loadNewer` goes on.
 */
export async function catchUpWindow(context: ChatContext, sessionId: SessionId): Promise<void> {
  const window = context.state().messages[sessionId];
  if (!window || window.hasMoreNewer) return;
  const { oldest, newest } = serverEdges(window);
  if (!newest || !oldest) {
    await loadLatest(context, sessionId);
    return;
  }
  const recallWindowMs = context.adapter.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
  const anchorTime = Math.max(newest.time - recallWindowMs, oldest.time - 1);
  let cursor = '';
  for (let read = 1; ; read++) {
    const page = await context.adapter.getHistory({
      sessionId,
      direction: 'newer',
      limit: CATCH_UP_PAGE_SIZE,
      ...(cursor ? { cursor } : { anchorTime }),
    });
    const last = !page.hasMore || read === CATCH_UP_PAGES;
    context.dispatch({
      type: 'historyPage',
      sessionId,
      direction: 'newer',
      page: last ? page : { ...page, hasMore: false, cursor: '' },
    });
    context.profiles.request(page.items.map((m) => m.from));
    if (last) return;
    cursor = page.cursor;
  }
}

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
}

async function resumeOnce(context: ChatContext): Promise<void> {
  const report = (error: unknown) => context.report(error);
  const active = context.state().activeSessionId;
  if (active && context.openedSessions.has(active)) {
    await catchUpWindow(context, active).catch(report);
  }
  // The catch-up arrived while not connected, so nothing acknowledged it yet.
  if (active && context.state().connection.status === 'connected') {
    await markSessionRead(context, active).catch(report);
  }
  const others = [...context.openedSessions].filter((id) => id !== active);
  await inParallel(others, (id) => catchUpWindow(context, id).catch(report));
}

/** The resume running, by chat, and whether another was asked for meanwhile. */
const running = new WeakMap<ChatContext, { again: boolean; done: Promise<void> }>();

/**
 * After the connection came back (a reconnect of the adapter, or `connect()` after
 * `disconnect()`): every opened window catches up from where it was, the active one first,
 * and the active session is acknowledged and receipted. A resume asked for while one runs
 * makes it run once more.
 */
export function resume(context: ChatContext): Promise<void> {
  const current = running.get(context);
  if (current) {
    current.again = true;
    return current.done;
  }
  const state = { again: true, done: Promise.resolve() };
  running.set(context, state);
  state.done = (async () => {
    try {
      while (state.again && context.state().connection.status === 'connected') {
        state.again = false;
        await resumeOnce(context);
      }
    } finally {
      running.delete(context);
    }
  })();
  return state.done;
}
