import { describe, expect, it } from 'vitest';
import { recalled, textMessage } from '../test/fixtures.ts';
import { FoldMemory } from './foldMemory.ts';
import { summarizeReactions } from './reactions.ts';

const original = textMessage({ idClient: 'm1', time: 1000, from: 'alice', peer: 'bob' });
const session = original.sessionId;

describe('FoldMemory', () => {
  it('folds a reaction read before its message into the message when it comes', () => {
    const memory = new FoldMemory();
    const change = { keys: ['👍'] };
    expect(
      memory.remember(session, 'm1', { type: 'reaction', account: 'bob', change, time: 5 }),
    ).toBe(true);
    expect(
      memory.remember(session, 'm1', { type: 'reaction', account: 'bob', change, time: 5 }),
    ).toBe(false);
    const folded = memory.fold(original);
    expect(summarizeReactions(folded.reactions, 'bob')).toEqual([
      { key: '👍', count: 1, mine: true, accounts: ['bob'] },
    ]);
    expect(folded.body).toBe(original.body);
  });

  it("keeps each account's newest whole set, whatever order the sets are read in", () => {
    const memory = new FoldMemory();
    // Newest first, as a MAM page read backwards meets them.
    memory.remember(session, 'm1', {
      type: 'reaction',
      account: 'bob',
      change: { keys: ['❤️'] },
      time: 30,
    });
    memory.remember(session, 'm1', {
      type: 'reaction',
      account: 'bob',
      change: { keys: ['👍', '😂'] },
      time: 20,
    });
    memory.remember(session, 'm1', {
      type: 'reaction',
      account: 'carol',
      change: { keys: ['👍'] },
      time: 10,
    });
    expect(summarizeReactions(memory.fold(original).reactions, 'bob')).toEqual([
      { key: '👍', count: 1, mine: false, accounts: ['carol'] },
      { key: '❤️', count: 1, mine: true, accounts: ['bob'] },
    ]);
  });

  it('keeps the union of two sets of one account made in the same millisecond, in any order', () => {
    const phone = { type: 'reaction', account: 'bob', change: { keys: ['😂'] }, time: 7 } as const;
    const laptop = {
      type: 'reaction',
      account: 'bob',
      change: { keys: ['👍', '😂'] },
      time: 7,
    } as const;
    const shown = (first: typeof phone | typeof laptop, second: typeof phone | typeof laptop) => {
      const memory = new FoldMemory();
      memory.remember(session, 'm1', first);
      memory.remember(session, 'm1', second);
      return summarizeReactions(memory.fold(original).reactions, 'bob').map((r) => r.key);
    };
    expect(shown(phone, laptop)).toEqual(['👍', '😂']);
    expect(shown(laptop, phone)).toEqual(shown(phone, laptop));
  });

  it("applies the sender's latest edit, read in any order", () => {
    const memory = new FoldMemory();
    memory.remember(session, 'm1', { type: 'edit', by: 'alice', body: 'second', time: 3000 });
    expect(
      memory.remember(session, 'm1', { type: 'edit', by: 'alice', body: 'first', time: 2000 }),
    ).toBe(false);
    expect(memory.fold(original)).toMatchObject({ body: 'second', editedAt: 3000 });
    const alreadyNewer = { ...original, body: 'third', editedAt: 4000 };
    expect(memory.fold(alreadyNewer)).toBe(alreadyNewer);
  });

  it("never lets someone else's edit apply or hide the sender's", () => {
    const memory = new FoldMemory();
    memory.remember(session, 'm1', { type: 'edit', by: 'alice', body: 'mine', time: 2000 });
    memory.remember(session, 'm1', { type: 'edit', by: 'mallory', body: 'forged', time: 9000 });
    expect(memory.fold(original)).toMatchObject({ body: 'mine', editedAt: 2000 });
  });

  it('ignores an edit after the window, of a non-text message, or of a recalled one', () => {
    const memory = new FoldMemory(60_000);
    memory.remember(session, 'm1', { type: 'edit', by: 'alice', body: 'late', time: 62_000 });
    expect(memory.fold(original)).toBe(original);
    memory.remember(session, 'm2', { type: 'edit', by: 'alice', body: 'x', time: 1500 });
    const image = { ...original, idClient: 'm2', idServer: 's-m2', type: 'image' as const };
    expect(memory.fold(image as typeof original)).toBe(image);
    const gone = recalled({ ...original, idClient: 'm2', idServer: 's-m2' }, 'alice', 1200);
    expect(memory.fold(gone)).toBe(gone);
  });

  it("finds what was remembered under the message's server id (rooms reference those)", () => {
    const memory = new FoldMemory();
    memory.remember(session, 's-m1', {
      type: 'reaction',
      account: 'bob',
      change: { keys: ['🎉'] },
      time: 5,
    });
    memory.remember(session, 'm1', { type: 'edit', by: 'alice', body: 'fixed', time: 2000 });
    const folded = memory.fold(original);
    expect(folded.body).toBe('fixed');
    expect(summarizeReactions(folded.reactions, 'alice').map((r) => r.key)).toEqual(['🎉']);
  });

  it('keeps sessions apart and returns the message itself when nothing applies', () => {
    const memory = new FoldMemory();
    memory.remember('p2p-carol', 'm1', {
      type: 'reaction',
      account: 'carol',
      change: { keys: ['👍'] },
      time: 5,
    });
    expect(memory.fold(original)).toBe(original);
  });
});
