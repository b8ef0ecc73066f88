import { applyEvent } from '../store/applyEvent.ts';
import type { ChatState } from '../store/ChatState.ts';
import { createChatStore } from '../store/createChatStore.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';

/** A fresh state signed in as `me`, with events applied in order (test helper). */
export function stateAfter(me: string, events: readonly StoreEvent[], from?: ChatState): ChatState {
  let state = from ?? applyEvent(createChatStore().getState(), { type: 'signedIn', me });
  for (const event of events) state = applyEvent(state, event);
  return state;
}
