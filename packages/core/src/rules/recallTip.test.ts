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
    const tip = recallTip(sent, 'me', 9);
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
    expect(recallTip(sent, 'admin', 9).recall).toEqual({ by: 'admin', time: 9 });
  });

  it('carries the body it is given', () => {
    expect(recallTip(sent, 'me', 9, 'me recalled a message').body).toBe('me recalled a message');
  });
});
