import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { recallWindowOf } from '../rules/recall.ts';
import type { ChatState, MessageWindow } from '../store/ChatState.ts';
import { selectMessage } from '../store/selectors.ts';
import { loadLatest, type Paging } from './history.ts';
import { acknowledge, markRead, type Reading } from './readMarks.ts';

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

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
}

/**
 * Brings the opened windows up to date after a gap in the events (a reconnect, a sign-in),
 * and tells the server what was read meanwhile.
 */
export class CatchUp {
  /** The newest message of each opened window when the connection went (null: none). */
  readonly #edges = new Map<SessionId, Message | null>();
  /** The resume running, and whether another was asked for meanwhile. */
  #running: { again: boolean; done: Promise<void> } | null = null;
  readonly #paging: Paging;
  readonly #reading: Reading;

  constructor(paging: Paging, reading: Reading) {
    this.#paging = paging;
    this.#reading = reading;
  }

  /**
   * Notes where each opened window stood in `state`, the last state while connected, so its
   * catch-up starts there. The first gap's edges stay until a catch-up used them.
   */
  rememberEdges(state: ChatState): void {
    for (const sessionId of this.#paging.opened) {
      const window = state.messages[sessionId];
      if (!this.#edges.has(sessionId) && window) {
        this.#edges.set(sessionId, serverEdges(window).newest ?? null);
      }
    }
  }

  /**
   * After the connection came back (a reconnect of the adapter, or `connect()` after
   * `disconnect()`): every opened window catches up from where it was, the active one first;
   * the active session is acknowledged and receipted, and so is every session read while not
   * connected. A resume asked for while one runs makes it run once more.
   */
  resume(): Promise<void> {
    const current = this.#running;
    if (current) {
      current.again = true;
      return current.done;
    }
    const running = { again: true, done: Promise.resolve() };
    this.#running = running;
    const { events } = this.#paging;
    running.done = (async () => {
      try {
        while (running.again && events.state().connection.status === 'connected') {
          running.again = false;
          await this.#resumeOnce();
        }
      } finally {
        this.#running = null;
      }
    })();
    return running.done;
  }

  async #resumeOnce(): Promise<void> {
    const { events, opened } = this.#paging;
    const { unsent } = this.#reading.receipts;
    const report = (error: unknown) => events.report(error);
    const active = events.state().activeSessionId;
    if (active && opened.has(active)) {
      await this.#catchUpWindow(active).catch(report);
    }
    // What was read while not connected (the active session's catch-up among it) is told now.
    const reads = new Set(unsent);
    unsent.clear();
    if (active) reads.add(active);
    for (const sessionId of reads) {
      const read =
        sessionId === events.state().activeSessionId
          ? markRead(this.#reading, sessionId)
          : acknowledge(this.#reading, sessionId);
      await read.catch((error: unknown) => {
        unsent.add(sessionId);
        report(error);
      });
    }
    const others = [...opened].filter((id) => id !== active);
    await inParallel(others, (id) => this.#catchUpWindow(id).catch(report));
  }

  /**
   * Brings one loaded window up to date: every message newer than its newest one, and again
   * the recall window before it, so recalls made meanwhile show. While it reads, the window
   * stays at the newest end and messages pushed meanwhile join it; past `CATCH_UP_PAGES` it
   * stops there and `loadNewer` goes on.
   */
  async #catchUpWindow(sessionId: SessionId): Promise<void> {
    const { adapter, events, profiles } = this.#paging;
    const window = events.state().messages[sessionId];
    const newest = this.#edges.get(sessionId);
    if (!window || window.hasMoreNewer || newest === undefined) return;
    // Messages pushed since the connection came back may be newer than the gap: it starts at
    // the newest message the window had when the connection went.
    const { oldest } = serverEdges(window);
    if (!newest || !oldest) {
      await loadLatest(this.#paging, sessionId);
      this.#edges.delete(sessionId);
      return;
    }
    const anchorTime = Math.max(newest.time - recallWindowOf(adapter), oldest.time - 1);
    let cursor = '';
    for (let read = 1; ; read++) {
      const page = await adapter.getHistory({
        sessionId,
        direction: 'newer',
        limit: CATCH_UP_PAGE_SIZE,
        ...(cursor ? { cursor } : { anchorTime }),
      });
      const last = !page.hasMore || read === CATCH_UP_PAGES;
      events.dispatch({
        type: 'historyPage',
        sessionId,
        direction: 'newer',
        page: last ? page : { ...page, hasMore: false, cursor: '' },
      });
      profiles.request(page.items.map((m) => m.from));
      if (last) {
        this.#edges.delete(sessionId);
        return;
      }
      cursor = page.cursor;
    }
  }
}
