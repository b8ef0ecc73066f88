import { bench, describe } from 'vitest';
import { compareSessions } from '../rules/sessionOrder.ts';
import { bigState, newestFrom } from '../test/bigState.ts';
import { applyEvent } from './applyEvent.ts';

const state = bigState(10_000);
const middle = newestFrom('u5000', 'bench-1');
const alreadyFirst = newestFrom('u0', 'bench-2');

describe('one incoming message, 10,000 sessions', () => {
  bench('applyEvent (incremental place, moves to top)', () => {
    applyEvent(state, { type: 'message', message: middle });
  });

  bench('applyEvent (session already first, order kept)', () => {
    applyEvent(state, { type: 'message', message: alreadyFirst });
  });

  bench('floor: copying the flat byId record alone (ChatState contract)', () => {
    const current = state.sessions.byId['p2p-u5000'];
    if (!current) throw new Error('missing session');
    void { ...state.sessions.byId, 'p2p-u5000': { ...current } };
  });

  bench('naive: update the session, then full re-sort', () => {
    const current = state.sessions.byId['p2p-u5000'];
    if (!current) throw new Error('missing session');
    const byId = {
      ...state.sessions.byId,
      'p2p-u5000': {
        ...current,
        lastMsg: middle,
        updateTime: middle.time,
        unread: current.unread + 1,
      },
    };
    Object.values(byId)
      .sort(compareSessions)
      .map((s) => s.id);
  });
});
