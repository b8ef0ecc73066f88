import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { recalled, session, textMessage } from '../test/fixtures.ts';
import { edit, messageOf, opened, react, receive } from '../test/p2pEvents.ts';
import { stateAfter } from '../test/stateAfter.ts';
import { EARLY_CHANGES_LIMIT } from './earlyChanges.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { selectSession } from './selectors.ts';

const theirs = textMessage({ idClient: 'a1', time: 10, from: 'a', peer: 'a' });
const page = (items: Message[]): StoreEvent => ({
  type: 'historyPage',
  sessionId: 'p2p-a',
  direction: 'older',
  page: { items, cursor: '', hasMore: false },
});
const message = messageOf;

describe('applyEvent: an edit or a reaction that arrives before its message', () => {
  it('an edit waits for its message and shows in the window and the preview', () => {
    const state = stateAfter('me', [opened, edit('a1', 'fixed', 30), receive(theirs)]);
    expect(message(state, 'a1')).toMatchObject({ body: 'fixed', editedAt: 30, time: 10 });
    expect(selectSession(state, 'p2p-a')?.lastMsg).toMatchObject({ body: 'fixed' });
  });

  it('a reaction waits for its message, and it still counts as unread once', () => {
    const state = stateAfter('me', [
      opened,
      react('a1', 'b', '👍', true, 30),
      react('a1', 'c', '👍', true, 31),
      receive(theirs),
    ]);
    expect(message(state, 'a1')?.reactions?.['👍']).toEqual({
      b: { on: true, time: 30 },
      c: { on: true, time: 31 },
    });
    expect(selectSession(state, 'p2p-a')?.unread).toBe(1);
  });

  it('ends equal to one in-order delivery, whatever the order and repeats', () => {
    const [arrive, change, mark] = [
      receive(theirs),
      edit('a1', 'one', 30),
      react('a1', 'b', '👍', true, 31),
    ] as const;
    const inOrder = stateAfter('me', [opened, arrive, change, mark]);
    const shuffled = stateAfter('me', [opened, mark, change, change, arrive, arrive]);
    expect(message(shuffled, 'a1')).toEqual(message(inOrder, 'a1'));
    expect(selectSession(shuffled, 'p2p-a')).toEqual(selectSession(inOrder, 'p2p-a'));
  });

  it('folds into a history page, and its edit into a session snapshot lastMsg', () => {
    const paged = stateAfter('me', [opened, edit('a1', 'fixed', 30), page([theirs])]);
    expect(message(paged, 'a1')?.body).toBe('fixed');
    const snapshot = session('a', { updateTime: 10, lastMsg: theirs });
    const listed = stateAfter('me', [
      react('a1', 'b', '👍', true, 31),
      edit('a1', 'fixed', 30),
      { type: 'sessionSnapshots', sessions: [snapshot] },
    ]);
    const last = selectSession(listed, 'p2p-a')?.lastMsg;
    expect(last).toMatchObject({ body: 'fixed', editedAt: 30 });
    expect(last?.reactions).toBeUndefined();
    const opening = stateAfter('me', [opened, receive(theirs)], listed);
    expect(message(opening, 'a1')?.reactions?.['👍']?.b?.on).toBe(true);
  });

  it('the later edit wins over the one the message carries; a recall beats both', () => {
    const carried = { ...theirs, body: 'two', editedAt: 40 };
    const state = stateAfter('me', [opened, edit('a1', 'one', 30), receive(carried)]);
    expect(message(state, 'a1')?.body).toBe('two');
    const gone = recalled(theirs, 'a', 50);
    const after = stateAfter('me', [
      opened,
      edit('a1', 'one', 30),
      { type: 'recall', message: gone },
    ]);
    expect(message(after, 'a1')).toMatchObject({ type: 'tip', body: '' });
    expect(message(after, 'a1')?.reactions).toBeUndefined();
  });

  it('is not kept for a message older than the preview of a session not open', () => {
    const listed = stateAfter('me', [receive({ ...theirs, idClient: 'a9', time: 90 })]);
    expect(stateAfter('me', [edit('a1', 'fixed', 30)], listed)).toBe(listed);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const events = Array.from({ length: EARLY_CHANGES_LIMIT + 5 }, (_, i) =>
      edit(`x${i}`, `body ${i}`, 100 + i),
    );
    const state = stateAfter('me', [opened, ...events]);
    expect(state.early.table.size).toBe(EARLY_CHANGES_LIMIT);
    const first = textMessage({ idClient: 'x0', time: 1, from: 'a', peer: 'a' });
    const last = textMessage({
      idClient: `x${EARLY_CHANGES_LIMIT + 4}`,
      time: 2,
      from: 'a',
      peer: 'a',
    });
    const after = stateAfter('me', [receive(first), receive(last)], state);
    expect(message(after, 'x0')?.body).toBe(first.body);
    expect(message(after, last.idClient)?.body).toBe(`body ${EARLY_CHANGES_LIMIT + 4}`);
  });
});
