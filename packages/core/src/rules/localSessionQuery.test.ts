import { describe, expect, it } from 'vitest';
import { session, textMessage } from '../test/fixtures.ts';
import { queryLocalSessions } from './localSessionQuery.ts';

describe('local session queries (seed 001 getLocalSessions)', () => {
  const list = ['a', 'b', 'c', 'd'].map((to, i) =>
    session(to, {
      updateTime: 100 - i,
      lastMsg: textMessage({
        idClient: to,
        time: 100 - i,
        from: to,
        peer: to,
        type: to === 'c' ? 'tip' : 'text',
      }),
    }),
  );

  it('pages by lastSessionId and limit, newest first or reversed', () => {
    expect(queryLocalSessions(list, { limit: 2 }).map((s) => s.to)).toEqual(['a', 'b']);
    expect(queryLocalSessions(list, { limit: 2, lastSessionId: 'p2p-b' }).map((s) => s.to)).toEqual(
      ['c', 'd'],
    );
    expect(queryLocalSessions(list, { reverse: true, limit: 1 }).map((s) => s.to)).toEqual(['d']);
  });

  it('excludes sessions whose lastMsg has an excluded type', () => {
    expect(queryLocalSessions(list, { excludeLastMsgTypes: ['tip'] }).map((s) => s.to)).toEqual([
      'a',
      'b',
      'd',
    ]);
  });
});
