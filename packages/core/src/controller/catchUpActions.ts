import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { ChatState, MessageWindow } from '../store/ChatState.ts';
import { selectMessage } from '../store/selectors.ts';
import type { ChatContext } from './ChatContext.ts';
import { loadLatest } from './historyActions.ts';
import { DEFAULT_RECALL_WINDOW_MS } from './messageActions.ts';
import { acknowledge, markSessionRead } from './sessionActions.ts';

/** Most pages one window reads to catch up; past them it goes on as the user scrolls down. */
const CATCH_UP_PAGES = 10;
const CATCH_UP_PAGE_SIZE = 100;
/** Windows caught up at the same time. */
const PARALLEL = 4;

/** Per chat, the newest message of each opened window when the connection went (null: none). */
const edges = new WeakMap<ChatContext, Map<SessionId, Message | null>>();

/**
 * Notes where each opened window stood in `state`, the last state while connected, so its
 * catch-up starts there. The first gap's edges stay until a catch-up used them.
 */
export function rememberEdges(context: ChatContext, state: ChatState): void {
  let known = edges.get(context);
  if (!known) {
    known = new Map();
    edges.set(context, known);
  }
  for (const sessionId of context.openedSessions) {
    const window = state.messages[sessionId];
    if (!known.has(sessionId) && window) known.set(sessionId, serverEdges(window).newest ?? null);
  }
}

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
  const known = edges.get(context);
  const newest = known?.get(sessionId);
  if (!window || window.hasMoreNewer || newest === undefined) return;
  // Messages pushed since the connection came back may be newer than the gap: it starts at
  // the newest message the window had when the connection went.
  const { oldest } = serverEdges(window);
  if (!newest || !oldest) {
    await loadLatest(context, sessionId);
    known?.delete(sessionId);
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
    if (last) {
      known?.delete(sessionId);
      return;
    }
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
  // What was read while not connected (the active session's catch-up among it) is told now.
  const reads = new Set(context.unsentReads);
  context.unsentReads.clear();
  if (active) reads.add(active);
  for (const sessionId of reads) {
    const read =
      sessionId === context.state().activeSessionId
        ? markSessionRead(context, sessionId)
        : acknowledge(context, sessionId);
    await read.catch((error: unknown) => {
      context.unsentReads.add(sessionId);
      report(error);
    });
  }
  const others = [...context.openedSessions].filter((id) => id !== active);
  await inParallel(others, (id) => catchUpWindow(context, id).catch(report));
}

/** The resume running, by chat, and whether another was asked for meanwhile. */
const running = new WeakMap<ChatContext, { again: boolean; done: Promise<void> }>();

/**
 * After the connection came back (a reconnect of the adapter, or `connect()` after
 * `disconnect()`): every opened window catches up from where it was, the active one first;
 * the active session is acknowledged and receipted, and so is every session read while not
 * connected. A resume asked for while one runs makes it run once more.
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
