import type { Session } from '../model/Session.ts';
import { mergeIntoOrder } from '../rules/sessionOrder.ts';
import { applyEvent } from './applyEvent.ts';
import type { ChatState } from './ChatState.ts';
import { tableGet } from './KeyedTable.ts';
import type { StoreEvent } from './StoreEvent.ts';

/** Called after each event of a batch with the states around it. */
export type AppliedListener<E extends StoreEvent = StoreEvent> = (
  event: E,
  before: ChatState,
  after: ChatState,
) => void;

/**
 * Applies a batch of events; the result equals applying them one by one.
 *
 * One event moves its session in `sessions.order` with one copy of the whole list, so a
 * burst of k messages would copy it k times. Here the batch starts from an empty order that
 * collects only the sessions it changes (kept sorted incrementally, as usual), and one
 * O(n + k) merge with the untouched part of the old order finishes it.
 *
 * @param onApplied sees every event with the state before and after it (the intermediate
 *   states' `sessions.order` holds only the sessions changed so far in the batch)
 */
export function applyEvents<E extends StoreEvent>(
  state: ChatState,
  events: readonly E[],
  onApplied?: AppliedListener<E>,
): ChatState {
  if (events.length <= 1) {
    const [event] = events;
    if (!event) return state;
    const next = applyEvent(state, event);
    onApplied?.(event, state, next);
    return next;
  }
  const start: ChatState = { ...state, sessions: { ...state.sessions, order: [] } };
  let next = start;
  for (const event of events) {
    const before = next;
    next = applyEvent(before, event);
    onApplied?.(event, before, next);
  }
  if (next === start) return state;
  const changed = next.sessions.order;
  const { byId } = next.sessions;
  if (changed.length === 0 && byId === state.sessions.byId) {
    return { ...next, sessions: { ...next.sessions, order: state.sessions.order } };
  }
  const moved: Session[] = [];
  for (const id of changed) {
    const session = tableGet(byId, id);
    if (session) moved.push(session);
  }
  const order = mergeIntoOrder(state.sessions.order, new Set(changed), moved, (id) =>
    tableGet(byId, id),
  );
  return { ...next, sessions: { ...next.sessions, order } };
}
