import type { Message } from '../model/Message.ts';
import { mergeMessage } from '../rules/mergeMessage.ts';
import { compareMessages } from '../rules/messageOrder.ts';
import type { MessageWindow } from './ChatState.ts';
import { emptyTable, tableGet, tableSet, tableUpdate } from './KeyedTable.ts';

/** A window with nothing loaded; `hasMoreOlder` until the first page says otherwise. */
export function emptyWindow(): MessageWindow {
  return {
    ids: [],
    byId: emptyTable(),
    hasMoreOlder: true,
    hasMoreNewer: false,
    loadingOlder: false,
    loadingNewer: false,
    olderCursor: '',
    newerCursor: '',
    error: null,
    focus: null,
  };
}

function indexFor(window: MessageWindow, message: Message): number {
  let low = 0;
  let high = window.ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const id = window.ids[mid];
    const other = id === undefined ? undefined : tableGet(window.byId, id);
    if (other && compareMessages(other, message) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where a message may go. `live`: pushed messages only join a window showing the newest
 * end and not older than what it holds while older pages are still unloaded.
 */
export type UpsertMode = 'live' | 'page' | 'force';

/** Inserts or merges one message, keeping `ids` ascending by time (binary search). */
export function upsertWindowMessage(
  window: MessageWindow,
  message: Message,
  mode: UpsertMode,
): MessageWindow {
  const existing = tableGet(window.byId, message.idClient);
  if (existing) {
    const merged = mode === 'force' ? message : mergeMessage(existing, message);
    if (merged === existing) return window;
    const byId = tableSet(window.byId, message.idClient, merged);
    if (merged.time === existing.time) return { ...window, byId };
    const ids = window.ids.filter((id) => id !== message.idClient);
    const moved = { ...window, ids, byId };
    const at = indexFor(moved, merged);
    ids.splice(at, 0, message.idClient);
    return moved;
  }
  if (mode === 'live' && window.hasMoreNewer) return window;
  const at = indexFor(window, message);
  if (mode === 'live' && at === 0 && window.hasMoreOlder && window.ids.length > 0) return window;
  const ids =
    at === window.ids.length
      ? [...window.ids, message.idClient]
      : [...window.ids.slice(0, at), message.idClient, ...window.ids.slice(at)];
  return { ...window, ids, byId: tableSet(window.byId, message.idClient, message) };
}

/** Removes the messages `drop` selects; returns `window` when none is selected. */
export function removeWindowMessages(
  window: MessageWindow,
  drop: (message: Message) => boolean,
): MessageWindow {
  const removed = window.ids.filter((id) => {
    const message = tableGet(window.byId, id);
    return message !== undefined && drop(message);
  });
  if (removed.length === 0) return window;
  const gone = new Set(removed);
  const ids = window.ids.filter((id) => !gone.has(id));
  const byId = tableUpdate<Message>(
    window.byId,
    removed.map((id) => [id, undefined]),
  );
  return { ...window, ids, byId };
}

/** Updates one message in place when present. */
export function patchWindowMessage(
  window: MessageWindow,
  idClient: string,
  patch: (message: Message) => Message,
): MessageWindow {
  const existing = tableGet(window.byId, idClient);
  if (!existing) return window;
  const next = patch(existing);
  if (next === existing) return window;
  return upsertWindowMessage(window, next, 'force');
}
