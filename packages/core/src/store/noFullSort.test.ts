import { describe, expect, it, vi } from 'vitest';
import { bigState, newestFrom } from '../test/bigState.ts';
import { applyEvent } from './applyEvent.ts';
import { selectSession } from './selectors.ts';

describe('one message in a store of 10,000 sessions', () => {
  it('moves its session without sorting the list', () => {
    const state = bigState(10_000);
    const sortSpy = vi.spyOn(Array.prototype, 'sort');
    try {
      const next = applyEvent(state, { type: 'message', message: newestFrom('u5000', 'x') });
      expect(next.sessions.order[0]).toBe('p2p-u5000');
      expect(next.sessions.order[1]).toBe('p2p-u0');
      expect(next.sessions.order).toHaveLength(10_000);
      expect(sortSpy).not.toHaveBeenCalled();
    } finally {
      sortSpy.mockRestore();
    }
  });

  it('keeps the very same order array when the session is already in place', () => {
    const state = bigState(10_000);
    const next = applyEvent(state, { type: 'message', message: newestFrom('u0', 'y') });
    expect(next.sessions.order).toBe(state.sessions.order);
    expect(selectSession(next, 'p2p-u1')).toBe(selectSession(state, 'p2p-u1'));
  });
});
