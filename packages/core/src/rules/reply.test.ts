import { describe, expect, it } from 'vitest';
import { recalled, textMessage } from '../test/fixtures.ts';
import { applyEdit } from './edit.ts';
import { MAX_REPLY_PREVIEW_LENGTH, quoteState, replyRefOf } from './reply.ts';

const original = textMessage({ idClient: 'o', time: 10, from: 'bob', peer: 'bob' });

describe('replyRefOf', () => {
  it('keeps the ids, sender, type and time with a one-line preview', () => {
    const ref = replyRefOf({ ...original, body: '  first line\n\nsecond\tline ' });
    expect(ref).toEqual({
      idClient: 'o',
      idServer: 's-o',
      from: 'bob',
      type: 'text',
      body: 'first line second line',
      time: 10,
    });
  });

  it('cuts a long text at the limit without splitting an emoji', () => {
    const ref = replyRefOf({ ...original, body: '😀'.repeat(500) });
    expect(Array.from(ref.body)).toHaveLength(MAX_REPLY_PREVIEW_LENGTH);
    expect(ref.body.endsWith('…')).toBe(true);
    expect(ref.body.slice(0, -1)).toBe('😀'.repeat(MAX_REPLY_PREVIEW_LENGTH - 1));
  });
});

describe('quoteState', () => {
  const ref = replyRefOf(original);
  it('tells whether the original stands, was recalled, deleted or is not at hand', () => {
    expect(quoteState(ref, original)).toBe('ok');
    expect(quoteState(ref, recalled(original, 'bob', 20))).toBe('recalled');
    expect(quoteState(ref, undefined, 'deleted')).toBe('deleted');
    expect(quoteState(ref, undefined, 'recalled')).toBe('recalled');
    expect(quoteState(ref, { ...original, status: 'delete' })).toBe('deleted');
    expect(quoteState(ref, undefined)).toBe('unknown');
  });
});

describe('applyEdit', () => {
  it('a later edit wins, an older one and a recalled message are left alone', () => {
    const edited = applyEdit(original, 'fixed', 20);
    expect(edited).toMatchObject({ body: 'fixed', editedAt: 20, status: 'sent', time: 10 });
    expect(applyEdit(edited, 'older', 15)).toBe(edited);
    const gone = recalled(original, 'bob', 30);
    expect(applyEdit(gone, 'too late', 40)).toBe(gone);
  });

  it('two edits at the same time end the same on every device', () => {
    const a = applyEdit(applyEdit(original, 'apple', 20), 'pear', 20);
    const b = applyEdit(applyEdit(original, 'pear', 20), 'apple', 20);
    expect(a.body).toBe(b.body);
  });
});
