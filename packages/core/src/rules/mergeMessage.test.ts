import { describe, expect, it } from 'vitest';
import { recalled, textMessage } from '../test/fixtures.ts';
import { mergeMessage } from './mergeMessage.ts';

describe('mergeMessage (rule 9)', () => {
  const sending = textMessage({
    idClient: 'x',
    time: 5,
    from: 'me',
    peer: 'p',
    status: 'sending',
    idServer: '',
  });
  const sent = { ...sending, status: 'sent' as const, time: 7, idServer: 's1' };

  it('never downgrades sent or read back to sending', () => {
    expect(mergeMessage(sent, sending)).toBe(sent);
    expect(mergeMessage(sending, sent)).toBe(sent);
    const read = { ...sent, status: 'read' as const };
    expect(mergeMessage(read, sent)).toBe(read);
  });

  it('a recall wins whichever arrives first', () => {
    const tomb = recalled(sent, 'me', 9);
    expect(mergeMessage(tomb, sent).recall).toEqual({ by: 'me', time: 9 });
    expect(mergeMessage(sent, tomb).recall).toEqual({ by: 'me', time: 9 });
  });

  it('team receipt counts only move toward read', () => {
    const a = { ...sent, scene: 'team' as const, teamReceipt: { read: 3, unread: 2 } };
    const b = { ...sent, scene: 'team' as const, teamReceipt: { read: 1, unread: 4 } };
    expect(mergeMessage(a, b).teamReceipt).toEqual({ read: 3, unread: 2 });
    expect(mergeMessage(b, a).teamReceipt).toEqual({ read: 3, unread: 2 });
  });

  it('returns the existing object for a duplicate', () => {
    expect(mergeMessage(sent, { ...sent })).toBe(sent);
  });
});

describe('mergeMessage: edits and reactions', () => {
  const sent = textMessage({ idClient: 'x', time: 7, from: 'me', peer: 'p' });
  const mark = (time: number) => ({ '👍': { p: { on: true, time } } });

  it('keeps the text of the later edit whichever version wins', () => {
    const edited = { ...sent, body: 'fixed', editedAt: 20 };
    const read = { ...sent, status: 'read' as const };
    expect(mergeMessage(edited, read)).toMatchObject({
      status: 'read',
      body: 'fixed',
      editedAt: 20,
    });
    expect(mergeMessage(read, edited)).toMatchObject({
      status: 'read',
      body: 'fixed',
      editedAt: 20,
    });
    const older = { ...sent, body: 'first fix', editedAt: 10 };
    expect(mergeMessage(edited, older)).toBe(edited);
  });

  it('merges reactions of both versions, and a recall drops them', () => {
    const a = { ...sent, reactions: mark(1) };
    const b = {
      ...sent,
      status: 'read' as const,
      reactions: { '😮': { q: { on: true, time: 2 } } },
    };
    expect(Object.keys(mergeMessage(a, b).reactions ?? {}).sort()).toEqual(['👍', '😮']);
    expect(mergeMessage(a, recalled(sent, 'me', 9)).reactions).toBeUndefined();
  });

  it('keeps the existing object when the other version adds nothing', () => {
    const a = { ...sent, reactions: mark(3), editedAt: 5, body: 'x' };
    expect(mergeMessage(a, { ...sent })).toBe(a);
  });
});
