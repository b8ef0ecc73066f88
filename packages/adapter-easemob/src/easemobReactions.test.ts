import { summarizeReactions } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { describe, expect, it } from 'vitest';
import { reactionChanges, reactionsOf } from './easemobReactions.ts';

const event = (reactions: EasemobChat.Reaction[]): EasemobChat.ReactionMessage => ({
  from: 'bob',
  to: 'alice',
  chatType: 'singleChat',
  messageId: 'em1',
  ts: 1000,
  reactions,
});

describe('reactionChanges (onReactionChange)', () => {
  it('reads each op as one account’s change; the last op of an account on a key holds', () => {
    const changes = reactionChanges(
      event([
        {
          reaction: '👍',
          count: 1,
          userList: ['carol'],
          op: [
            { operator: 'bob', reactionType: 'create' },
            { operator: 'bob', reactionType: 'delete' },
            { operator: 'carol', reactionType: 'create' },
          ],
        },
      ]),
    );
    expect(changes).toEqual([
      { account: 'bob', change: { key: '👍', on: false } },
      { account: 'carol', change: { key: '👍', on: true } },
    ]);
  });

  it('without ops, only a complete list says who is on; a cut list says nothing', () => {
    expect(
      reactionChanges(
        event([
          { reaction: '❤️', count: 2, userList: ['bob', 'carol'] },
          { reaction: '🎉', count: 5, userList: ['a', 'b', 'c'] },
        ]),
      ),
    ).toEqual([
      { account: 'bob', change: { key: '❤️', on: true } },
      { account: 'carol', change: { key: '❤️', on: true } },
    ]);
  });

  it('skips what is not a reaction or an op', () => {
    // As it could come off the wire: JSON the SDK passes through untyped.
    const bad: EasemobChat.ReactionMessage = JSON.parse(
      '{"messageId":"em1","ts":1,"reactions":[null,{"reaction":5},{"reaction":"👍","op":[{"operator":"","reactionType":"x"}]}]}',
    );
    expect(reactionChanges(bad)).toEqual([]);
  });
});

describe('reactionsOf (lists on history messages)', () => {
  it('keeps the order keys were first used and users reacted in, every mark after the message', () => {
    const reactions = reactionsOf(
      [
        { reaction: '😂', count: 2, userList: ['dave', 'bob'] },
        { reaction: '👍', count: 4, userList: ['bob', 'carol', 'erin'] },
      ],
      5000,
      (key) => (key === '👍' ? ['bob', 'carol', 'erin', 'frank'] : []),
    );
    expect(summarizeReactions(reactions, 'bob')).toEqual([
      { key: '😂', count: 2, mine: true, accounts: ['dave', 'bob'] },
      { key: '👍', count: 4, mine: true, accounts: ['bob', 'carol', 'erin', 'frank'] },
    ]);
    const times = Object.values(reactions ?? {}).flatMap((marks) =>
      Object.values(marks).map((m) => m.time),
    );
    expect(Math.min(...times)).toBeGreaterThan(5000);
  });
});
