import type { HistoryQuery, Message, Page } from '@parley/core';
import { ChatError, isChatError } from '@parley/core';
import { parseSessionId } from '@parley/core/rules';
import { applyFold } from './folds.ts';
import { CLOCK_SLACK_MS, parseStanza } from './stanzas.ts';
import { clampLimit, visible } from './views.ts';
import type { XmppDevice } from './XmppDevice.ts';
import type { ArchivedItem, ArchiveQuery } from './XmppLink.ts';

/** Most MAM pages one lookahead for retractions reads. */
const LOOKAHEAD_PAGES = 3;

type Filters = Pick<ArchiveQuery, 'archive' | 'with' | 'start' | 'end'>;

/** What a history scan learned: matching messages (with archive ids) and how far it read. */
interface Scan {
  found: { message: Message; id: string }[];
  /** The newest archive entry read. */
  newest?: ArchivedItem;
}

/**
 * Retractions (and team read markers) may sit after the newest entry the scan read, up to the
 * recall window later. Pages that did not start at the end of the archive read that range
 * too, so a recalled message never shows as plain text.
 */
async function lookahead(d: XmppDevice, filters: Filters, scan: Scan, newestTime: number) {
  const end = newestTime + d.recallWindowMs + CLOCK_SLACK_MS;
  let after = scan.newest;
  for (let i = 0; i < LOOKAHEAD_PAGES && after && after.stamp <= end; i++) {
    const page = await d.link.archivePage({
      archive: filters.archive,
      with: filters.with,
      end,
      after: after.id,
      max: 100,
    });
    for (const item of page.items) learn(d, filters, item);
    if (page.complete) return;
    after = page.items.at(-1);
  }
}

/**
 * Records what an archive entry says about other messages (retractions, team readers,
 * reactions, corrections); returns the message it is, if any. A reaction or correction of a
 * message on a later (older) page is folded into it there; one of a message handed out before
 * raises its event.
 */
function learn(d: XmppDevice, filters: Filters, item: ArchivedItem) {
  const parsed = parseStanza(item.message, {
    me: d.me,
    mucDomain: d.mucDomain,
    archiveBy: filters.archive ?? d.bareJid,
    stamp: item.stamp,
    archiveId: item.id,
  });
  if (parsed?.kind === 'retract') {
    d.index.retract(parsed.sessionId, parsed.target, parsed.by, parsed.time);
  } else if (parsed?.kind === 'displayed' && !parsed.sessionId.startsWith('p2p-')) {
    d.index.teamRead(parsed.sessionId, parsed.target, parsed.reader);
  } else if (parsed?.kind === 'reaction' || parsed?.kind === 'edit') {
    applyFold(d, parsed, true);
  }
  return parsed?.kind === 'content' ? parsed.message : null;
}

/**
 * One history page straight from MAM (XEP-0313) with RSM (XEP-0059): `before` the cursor,
 * newest first, for `older`; `after` it, oldest first, for `newer`. The cursor is the archive
 * id of the page's last message, so pages stay continuous while messages arrive. Reads one
 * entry more than `limit` to know whether there is more; my deletes (PEP state) are applied,
 * and messages are shown recalled and with team read counts as this device knows them.
 */
export async function fetchHistory(d: XmppDevice, query: HistoryQuery): Promise<Page<Message>> {
  const session = parseSessionId(query.sessionId);
  if (!session) throw new ChatError('INVALID_ARGUMENT', `Not a session id: ${query.sessionId}`);
  const limit = clampLimit(query.limit, 20);
  const newer = query.direction === 'newer';
  const p2p = session.scene === 'p2p';
  const filters: Filters = p2p
    ? { with: `${session.to}@${d.domain}` }
    : { archive: d.roomJid(session.to) };
  const anchor = query.cursor ? undefined : query.anchorTime;
  if (anchor !== undefined) {
    if (newer) filters.start = anchor - CLOCK_SLACK_MS;
    else filters.end = anchor + CLOCK_SLACK_MS;
  }
  const state = d.states.get(query.sessionId);
  const scan: Scan = { found: [] };
  let step: string | undefined = query.cursor || (newer ? undefined : '');
  try {
    for (let max = Math.min(100, limit + 1); ; max = 100) {
      const page = await d.link.archivePage({
        ...filters,
        [newer ? 'after' : 'before']: step,
        max,
      });
      const items = newer ? page.items : [...page.items].reverse();
      for (const item of items) {
        if (newer || !scan.newest) scan.newest = item;
        const message = learn(d, filters, item);
        if (!message || !visible(message, state)) continue;
        if (anchor !== undefined && (newer ? message.time <= anchor : message.time >= anchor))
          continue;
        scan.found.push({ message, id: item.id });
        if (scan.found.length > limit) break;
      }
      step = newer ? page.last : page.first;
      if (scan.found.length > limit || page.complete || !step) break;
    }
  } catch (error) {
    if (query.cursor && isChatError(error) && error.code === 'NOT_FOUND') {
      throw new ChatError('INVALID_ARGUMENT', 'Unknown history cursor', { cause: error });
    }
    throw error;
  }
  const shown = scan.found.slice(0, limit);
  const hasMore = scan.found.length > limit;
  const cursor = hasMore ? (shown.at(-1)?.id ?? '') : '';
  // Read from the end of the archive, now or by the earlier pages of this walk: every
  // retraction of these messages has been seen already (later ones arrive live).
  const log = d.index.log(query.sessionId);
  const toEnd = newer
    ? !hasMore
    : query.cursor
      ? log.walkedCursors.has(query.cursor)
      : anchor === undefined;
  if (!newer && toEnd && cursor) log.walkedCursors.add(cursor);
  const newest = newer ? shown.at(-1) : shown[0];
  if (newest && !toEnd) await lookahead(d, filters, scan, newest.message.time);
  for (const { message } of shown) d.index.note(message);
  return {
    items: shown.map(({ message }) => d.withTeamCounts(d.index.decorate(message))),
    cursor,
    hasMore,
  };
}
