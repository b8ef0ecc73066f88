import { describe, expect, it } from 'vitest';
import { buildOutgoing } from './outgoingMessage.ts';

const meta = { idClient: 'c1', from: 'me', time: 100, teamReceipts: true };

describe('team read receipt requests', () => {
  it('asks for receipts on countable team and superTeam content by default', () => {
    const text = buildOutgoing('team-1', { type: 'text', body: 'hi' }, meta);
    expect(text.request.needReceipt).toBe(true);
    const geo = buildOutgoing(
      'superTeam-9',
      { type: 'geo', attach: { lat: 1, lng: 2, title: 'here' } },
      meta,
    );
    expect(geo.request.needReceipt).toBe(true);
  });

  it('does not ask for p2p messages or tips', () => {
    expect(buildOutgoing('p2p-bob', { type: 'text', body: 'hi' }, meta).request.needReceipt).toBe(
      undefined,
    );
    const tip = buildOutgoing('team-1', { type: 'tip', body: 'joined' }, meta);
    expect(tip.request.needReceipt).toBeUndefined();
  });

  it('follows the chat option and lets one send override it', () => {
    const off = { ...meta, teamReceipts: false };
    expect(buildOutgoing('team-1', { type: 'text', body: 'a' }, off).request.needReceipt).toBe(
      undefined,
    );
    const forced = buildOutgoing('team-1', { type: 'text', body: 'a', needReceipt: true }, off);
    expect(forced.request.needReceipt).toBe(true);
    const declined = buildOutgoing('team-1', { type: 'text', body: 'a', needReceipt: false }, meta);
    expect(declined.request.needReceipt).toBeUndefined();
  });
});
