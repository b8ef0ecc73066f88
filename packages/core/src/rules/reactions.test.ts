import { describe, expect, it } from 'vitest';
import type { ReactionChange } from '../model/AdapterEvent.ts';
import type { MessageReactions } from '../model/Message.ts';
import {
  applyReaction,
  mergeReactions,
  myReactionKeys,
  optimisticReactionTime,
  reactionKeyCount,
  rollbackReaction,
  summarizeReactions,
} from './reactions.ts';

type Change = [account: string, change: ReactionChange, time: number];

const apply = (changes: readonly Change[], from?: MessageReactions) =>
  changes.reduce<MessageReactions | undefined>(
    (reactions, [account, change, time]) => applyReaction(reactions, account, change, time),
    from,
  );

/** Every order of a list (small lists only). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('reactions', () => {
  it('counts each account once per key, mine marked, ordered by first reaction', () => {
    const reactions = apply([
      ['bob', { key: '❤️', on: true }, 5],
      ['alice', { key: '👍', on: true }, 3],
      ['bob', { key: '👍', on: true }, 4],
      ['carol', { key: '👍', on: true }, 6],
    ]);
    expect(summarizeReactions(reactions, 'bob')).toEqual([
      { key: '👍', count: 3, mine: true, accounts: ['alice', 'bob', 'carol'] },
      { key: '❤️', count: 1, mine: true, accounts: ['bob'] },
    ]);
    expect(myReactionKeys(reactions, 'alice')).toEqual(['👍']);
  });

  it('turning off leaves the key out once nobody holds it', () => {
    const reactions = apply([
      ['alice', { key: '👍', on: true }, 1],
      ['alice', { key: '👍', on: false }, 2],
    ]);
    expect(summarizeReactions(reactions, 'alice')).toEqual([]);
    expect(reactionKeyCount(reactions)).toBe(0);
  });

  it('converges whatever the order and duplication of changes', () => {
    const changes: Change[] = [
      ['alice', { key: '👍', on: true }, 1],
      ['alice', { key: '👍', on: false }, 3],
      ['alice', { key: '👍', on: true }, 2],
      ['bob', { keys: ['😂', '👍'] }, 4],
      ['bob', { key: '😂', on: false }, 5],
    ];
    const expected = summarizeReactions(apply(changes), 'alice');
    expect(expected).toEqual([{ key: '👍', count: 1, mine: false, accounts: ['bob'] }]);
    for (const order of permutations(changes)) {
      expect(summarizeReactions(apply([...order, ...order]), 'alice')).toEqual(expected);
    }
  });

  it('a whole set turns off every older key of the account, also ones that arrive later', () => {
    const late: Change = ['bob', { key: '🙏', on: true }, 2];
    const reactions = apply([['bob', { keys: ['👍'] }, 5], late]);
    expect(myReactionKeys(reactions, 'bob')).toEqual(['👍']);
    const newer = applyReaction(reactions, 'bob', { key: '🙏', on: true }, 6);
    expect(myReactionKeys(newer, 'bob')).toEqual(['👍', '🙏']);
  });

  it('returns the same object when a change is older or a duplicate', () => {
    const reactions = apply([['alice', { key: '👍', on: true }, 5]]);
    expect(applyReaction(reactions, 'alice', { key: '👍', on: false }, 4)).toBe(reactions);
    expect(applyReaction(reactions, 'alice', { key: '👍', on: true }, 5)).toBe(reactions);
  });

  it('merges two versions per key and account, later mark winning', () => {
    const a = apply([['alice', { key: '👍', on: true }, 1]]);
    const b = apply([
      ['alice', { key: '👍', on: false }, 2],
      ['bob', { key: '😮', on: true }, 1],
    ]);
    const merged = mergeReactions(a, b);
    expect(summarizeReactions(merged, 'alice')).toEqual([
      { key: '😮', count: 1, mine: false, accounts: ['bob'] },
    ]);
    expect(summarizeReactions(mergeReactions(b, a), 'alice')).toEqual(
      summarizeReactions(merged, 'alice'),
    );
    expect(mergeReactions(a, undefined)).toBe(a);
  });

  it("stamps an optimistic change after my known marks, before the server's next one", () => {
    const reactions = apply([
      ['alice', { key: '👍', on: true }, 7],
      ['alice', { keys: ['❤️'] }, 9],
      ['bob', { key: '😮', on: true }, 12],
    ]);
    const time = optimisticReactionTime(reactions, 'alice');
    expect(time).toBe(9.5);
    const mine = applyReaction(reactions, 'alice', { key: '👍', on: true }, time);
    expect(myReactionKeys(mine, 'alice')).toEqual(['❤️', '👍']);
    const serverLater = applyReaction(mine, 'alice', { key: '👍', on: false }, 10);
    expect(myReactionKeys(serverLater, 'alice')).toEqual(['❤️']);
  });

  it('rolls back an optimistic mark only while it is still there', () => {
    const optimistic = { on: true, time: 10.5 };
    const previous = { on: false, time: 4 };
    const reactions = apply([['alice', { key: '👍', on: true }, 10.5]]);
    expect(rollbackReaction(reactions, '👍', 'alice', optimistic, null)).toBeUndefined();
    const back = rollbackReaction(reactions, '👍', 'alice', optimistic, previous);
    expect(back?.['👍']?.alice).toEqual(previous);
    const later = applyReaction(reactions, 'alice', { key: '👍', on: false }, 11);
    expect(rollbackReaction(later, '👍', 'alice', optimistic, null)).toBe(later);
  });
});
