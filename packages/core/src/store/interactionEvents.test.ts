import { describe, expect, it } from 'vitest';
import { recalled, textMessage } from '../test/fixtures.ts';
import { edit, messageOf, opened, react, receive } from '../test/p2pEvents.ts';
import { stateAfter } from '../test/stateAfter.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { selectSession } from './selectors.ts';

const theirs = textMessage({ idClient: 'a1', time: 10, from: 'a', peer: 'a' });
const mine = textMessage({ idClient: 'm1', time: 20, from: 'me', peer: 'a' });
const message = messageOf;

describe('applyEvent: reactions', () => {
  it('a reaction is not a message: no unread, no move, lastMsg and session untouched', () => {
    const before = stateAfter('me', [opened, receive(theirs), receive(mine)]);
    const session = selectSession(before, 'p2p-a');
    const after = stateAfter('me', [react('a1', 'a', '👍', true, 30)], before);
    expect(selectSession(after, 'p2p-a')).toBe(session);
    expect(after.sessions).toBe(before.sessions);
    expect(message(after, 'a1')?.reactions?.['👍']?.a).toEqual({ on: true, time: 30 });
  });

  it('changes only the message it is on', () => {
    const before = stateAfter('me', [opened, receive(theirs), receive(mine)]);
    const after = stateAfter('me', [react('m1', 'a', '❤️', true, 30)], before);
    expect(message(after, 'a1')).toBe(message(before, 'a1'));
    expect(after.messages['p2p-a']?.ids).toBe(before.messages['p2p-a']?.ids);
  });

  it('changes no message that is not loaded, and not a recalled one', () => {
    const before = stateAfter('me', [opened, receive(theirs)]);
    const waiting = stateAfter('me', [react('nope', 'a', '👍', true, 30)], before);
    expect(waiting.messages).toBe(before.messages);
    expect(waiting.sessions).toBe(before.sessions);
    const gone = stateAfter('me', [{ type: 'recall', message: recalled(theirs, 'a', 40) }], before);
    expect(stateAfter('me', [react('a1', 'b', '👍', true, 50)], gone)).toBe(gone);
  });

  it('a rollback restores the mark before a failed change unless a later one came', () => {
    const optimistic = { on: true, time: 30.5 };
    const rollback: StoreEvent = {
      type: 'reactionRollback',
      sessionId: 'p2p-a',
      idClient: 'a1',
      account: 'me',
      key: '👍',
      optimistic,
      previous: null,
    };
    const pending = stateAfter('me', [
      opened,
      receive(theirs),
      react('a1', 'me', '👍', true, 30.5),
    ]);
    expect(message(stateAfter('me', [rollback], pending), 'a1')?.reactions).toBeUndefined();
    const later = stateAfter('me', [react('a1', 'me', '👍', false, 31), rollback], pending);
    expect(message(later, 'a1')?.reactions?.['👍']?.me).toEqual({ on: false, time: 31 });
  });
});

describe('applyEvent: edits', () => {
  it('the preview shows the new text; read, unread and order stay', () => {
    const before = stateAfter('me', [
      opened,
      receive(theirs),
      receive(mine),
      { type: 'p2pReceipt', sessionId: 'p2p-a', time: 20 },
    ]);
    const after = stateAfter('me', [edit('m1', 'fixed', 30)], before);
    const session = selectSession(after, 'p2p-a');
    expect(session?.lastMsg).toMatchObject({ idClient: 'm1', body: 'fixed', editedAt: 30 });
    expect(session?.lastMsg?.status).toBe('read');
    expect(message(after, 'm1')).toMatchObject({ body: 'fixed', status: 'read', time: 20 });
    expect(session).toMatchObject({
      unread: selectSession(before, 'p2p-a')?.unread,
      updateTime: selectSession(before, 'p2p-a')?.updateTime,
    });
    expect(after.sessions.order).toBe(before.sessions.order);
  });

  it('reaches the preview even when the message is not loaded', () => {
    const state = stateAfter('me', [receive(mine), edit('m1', 'fixed', 30)]);
    expect(selectSession(state, 'p2p-a')?.lastMsg?.body).toBe('fixed');
  });

  it('the later edit wins in any order; a recall beats any edit', () => {
    const a = stateAfter('me', [
      opened,
      receive(mine),
      edit('m1', 'one', 30),
      edit('m1', 'two', 40),
    ]);
    const b = stateAfter('me', [
      opened,
      receive(mine),
      edit('m1', 'two', 40),
      edit('m1', 'one', 30),
    ]);
    expect(message(a, 'm1')?.body).toBe('two');
    expect(message(b, 'm1')?.body).toBe('two');
    const recall = { type: 'recall', message: recalled(mine, 'me', 35) } as const;
    const c = stateAfter('me', [opened, receive(mine), recall, edit('m1', 'two', 40)]);
    expect(message(c, 'm1')).toMatchObject({ type: 'tip', body: '' });
    expect(selectSession(c, 'p2p-a')?.lastMsg?.recall).toBeDefined();
  });

  it('a rollback restores the text before a failed edit unless a later edit came', () => {
    const rollback: StoreEvent = {
      type: 'editRollback',
      sessionId: 'p2p-a',
      idClient: 'm1',
      optimistic: { body: 'oops', editedAt: 20.5 },
      previous: { body: mine.body },
    };
    const pending = stateAfter('me', [opened, receive(mine), edit('m1', 'oops', 20.5)]);
    const back = stateAfter('me', [rollback], pending);
    expect(message(back, 'm1')).toEqual(message(stateAfter('me', [opened, receive(mine)]), 'm1'));
    expect(selectSession(back, 'p2p-a')?.lastMsg?.body).toBe(mine.body);
    const later = stateAfter('me', [edit('m1', 'from my laptop', 25), rollback], pending);
    expect(message(later, 'm1')?.body).toBe('from my laptop');
  });

  it('a history page of an older version keeps the edit and the reactions', () => {
    const state = stateAfter('me', [
      opened,
      receive(mine),
      edit('m1', 'fixed', 30),
      react('m1', 'a', '👍', true, 31),
      {
        type: 'historyPage',
        sessionId: 'p2p-a',
        direction: 'older',
        page: { items: [mine], cursor: '', hasMore: false },
      },
    ]);
    expect(message(state, 'm1')).toMatchObject({ body: 'fixed', editedAt: 30 });
    expect(message(state, 'm1')?.reactions?.['👍']?.a?.on).toBe(true);
  });
});

describe('applyEvent: jumps and focus', () => {
  const older = [theirs, mine];
  const newer = [textMessage({ idClient: 'a2', time: 30, from: 'a', peer: 'a' })];
  const jump: StoreEvent = {
    type: 'historyJump',
    sessionId: 'p2p-a',
    older: { items: older, cursor: 'o', hasMore: true },
    newer: { items: newer, cursor: 'n', hasMore: true },
  };

  it('replaces the window by the pages around the target, paging on both sides', () => {
    const far = textMessage({ idClient: 'late', time: 900, from: 'a', peer: 'a' });
    const state = stateAfter('me', [opened, receive(far), jump]);
    const window = state.messages['p2p-a'];
    expect(window?.ids).toEqual(['a1', 'm1', 'a2']);
    expect(window).toMatchObject({
      hasMoreOlder: true,
      olderCursor: 'o',
      hasMoreNewer: true,
      newerCursor: 'n',
    });
    expect(selectSession(state, 'p2p-a')?.unread).toBe(1);
  });

  it('focus counts up, so the same message can be jumped to twice', () => {
    const focus: StoreEvent = { type: 'focus', sessionId: 'p2p-a', idClient: 'm1' };
    const once = stateAfter('me', [opened, jump, focus]);
    expect(once.messages['p2p-a']?.focus).toEqual({ idClient: 'm1', seq: 1 });
    const twice = stateAfter('me', [jump, focus], once);
    expect(twice.messages['p2p-a']?.focus).toEqual({ idClient: 'm1', seq: 2 });
    const missing = { type: 'focus', sessionId: 'p2p-a', idClient: 'zz' } as const;
    expect(stateAfter('me', [missing], twice)).toBe(twice);
  });
});
