import type { Message } from '../model/Message.ts';
import type { ChatState } from '../store/ChatState.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';
import { selectMessage } from '../store/selectors.ts';

/** Store events of the p2p session with `a` (test data). */
export const opened: StoreEvent = {
  type: 'historyPage',
  sessionId: 'p2p-a',
  direction: 'latest',
  page: { items: [], cursor: '', hasMore: false },
};

export const receive = (message: Message): StoreEvent => ({ type: 'message', message });

export const react = (idClient: string, account: string, key: string, on: boolean, time: number) =>
  ({
    type: 'reaction',
    sessionId: 'p2p-a',
    idClient,
    account,
    time,
    change: { key, on },
  }) as const satisfies StoreEvent;

export const edit = (idClient: string, body: string, time: number) =>
  ({ type: 'edit', sessionId: 'p2p-a', idClient, body, time }) as const satisfies StoreEvent;

/** The loaded message `idClient` of the session with `a`. */
export const messageOf = (state: ChatState, idClient: string) =>
  selectMessage(state.messages['p2p-a'], idClient);
