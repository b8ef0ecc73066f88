import type { SessionId } from '@parley/core';
import { isCountable } from '@parley/core/rules';
import type { SessionStates } from './SessionStates.ts';
import { CLOCK_SLACK_MS, parseStanza } from './stanzas.ts';
import { visible } from './views.ts';
import type { ArchivedItem, XmppLink } from './XmppLink.ts';

/** MAM probes in flight at once at login. */
const PROBES_AT_ONCE = 8;

/** What reading the recent archive at login needs of the device. */
export interface RecentDeps {
  readonly me: string;
  readonly domain: string;
  readonly mucDomain: string;
  readonly bareJid: string;
  readonly link: Pick<XmppLink, 'archiveNewest'>;
  readonly states: Pick<SessionStates, 'get' | 'states'>;
  /** Newest entries of my archive to read. */
  readonly loginWindow: number;
  /** Older entries to read per session the window does not cover. */
  readonly unreadScan: number;
}

/** What login read of my archive: the entries to index, oldest first, and where catch-up goes on. */
export interface RecentArchive {
  items: ArchivedItem[];
  /** The newest archive id; undefined when the archive is empty. */
  lastId: string | undefined;
}

/** Countable unread messages per p2p session among `items`, under the PEP read positions. */
function unreadIn(d: RecentDeps, items: ArchivedItem[]): Map<SessionId, number> {
  const counts = new Map<SessionId, number>();
  for (const item of items) {
    const parsed = parseStanza(item.message, {
      me: d.me,
      mucDomain: d.mucDomain,
      archiveBy: d.bareJid,
      stamp: item.stamp,
    });
    if (parsed?.kind !== 'content' || parsed.message.scene !== 'p2p') continue;
    const m = parsed.message;
    const state = d.states.get(m.sessionId);
    const counts0 = counts.get(m.sessionId) ?? 0;
    const unread = m.from !== d.me && m.time > state.ack && isCountable(m) && visible(m, state);
    counts.set(m.sessionId, counts0 + (unread ? 1 : 0));
  }
  return counts;
}

async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task) results[i] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

/**
 * Login without downloading the archive: reads the newest `loginWindow` entries of my archive,
 * then, per p2p session the window does not cover (known only from its PEP state, or read up
 * to a point older than the window), up to `unreadScan` older entries of that conversation
 * (a MAM `with` query ending where the window starts), for its `lastMsg` and unread. The device
 * indexes what it returns without events, oldest first, and catches up from its `lastId`.
 */
export async function loadRecent(d: RecentDeps): Promise<RecentArchive> {
  const window = await d.link.archiveNewest({ count: d.loginWindow });
  const first = window.items[0];
  let probes: ArchivedItem[][] = [];
  if (first && !window.complete) {
    const covered = first.stamp + CLOCK_SLACK_MS;
    const unread = unreadIn(d, window.items);
    const ids = new Set(unread.keys());
    for (const id of d.states.states.keys()) if (id.startsWith('p2p-')) ids.add(id);
    const todo = [...ids].filter((id) => {
      const state = d.states.get(id);
      if (state.clearedBefore >= covered) return false; // nothing older is visible
      const count = unread.get(id);
      // In the window: only when unread may go on past it and is not large already.
      return count === undefined || (state.ack < covered && count < d.unreadScan);
    });
    probes = await inParallel(
      todo.map((id) => async () => {
        const peer = `${id.slice('p2p-'.length)}@${d.domain}`;
        // By time, not `before: first.id`: Prosody's memory store rejects an RSM id that the
        // `with` filter excludes. Entries of that second come twice; the index dedups them.
        const probe = await d.link.archiveNewest({
          with: peer,
          end: first.stamp,
          count: d.unreadScan,
        });
        return probe.items;
      }),
      PROBES_AT_ONCE,
    );
  }
  return { items: [...probes.flat(), ...window.items], lastId: window.items.at(-1)?.id };
}
