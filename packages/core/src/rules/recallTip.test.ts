import { describe, expect, it } from 'vitest';
import { textMessage } from '../test/fixtures.ts';
import { recallTip } from './recallTip.ts';

describe('recallTip (rule 8)', () => {
  const sent = {
    ...textMessage({ idClient: 'x', time: 5, from: 'me', peer: 'p', body: 'hi' }),
    ext: '{"a":1}',
    countable: true,
  };

  it('keeps identity, place and status, and drops the content', () => {
    const tip = recallTip(sent, { by: 'me', time: 9, viewer: 'me' });
    expect(tip).toEqual({
      idClient: 'x',
      idServer: 's-x',
      scene: 'p2p',
      sessionId: 'p2p-p',
      from: 'me',
      to: 'p',
      time: 5,
      status: 'sent',
      type: 'tip',
      body: '',
      recall: { by: 'me', time: 9, original: { type: 'text', body: 'hi' } },
    });
  });

  it("keeps the original for the sender's re-edit only", () => {
    expect(recallTip(sent, { by: 'admin', time: 9, viewer: 'me' }).recall).toEqual({
      by: 'admin',
      time: 9,
    });
  });

  it("keeps no original on the receiver's copy of the sender's recall", () => {
    expect(recallTip(sent, { by: 'me', time: 9, viewer: 'p' }).recall).toEqual({
      by: 'me',
      time: 9,
    });
  });

  it('carries the body it is given', () => {
    expect(
      recallTip(sent, { by: 'me', time: 9, viewer: 'me', body: 'me recalled a message' }).body,
    ).toBe('me recalled a message');
  });
});
