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

  it('gives each session its newest message of the remaining types, or leaves it out', () => {
    const older = textMessage({ idClient: 'c-old', time: 50, from: 'c', peer: 'c' });
    const held = (id: string) =>
      id === 'p2p-c' ? [list[2]?.lastMsg, older].flatMap((m) => m ?? []) : [];
    const page = queryLocalSessions(list, { excludeLastMsgTypes: ['tip'] }, held);
    expect(page.map((s) => [s.to, s.lastMsg?.idClient])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c-old'],
      ['d', 'd'],
    ]);
    expect(page[0]).toBe(list[0]);
    expect(queryLocalSessions(list, { excludeLastMsgTypes: ['tip'] }).map((s) => s.to)).toEqual([
      'a',
      'b',
      'd',
    ]);
    expect(queryLocalSessions([session('e')], { excludeLastMsgTypes: ['tip'] })).toEqual([]);
  });
});
