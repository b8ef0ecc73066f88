import { describe, expect, it } from 'vitest';
import { emptySession } from './Session.ts';
import { parseSessionId, toSessionId } from './SessionId.ts';

describe('session ids', () => {
  it('builds scene-to ids as the seeds do', () => {
    expect(toSessionId('p2p', 'cs1')).toBe('p2p-cs1');
    expect(toSessionId('team', '113879441')).toBe('team-113879441');
  });

  it('parses ids whose target contains dashes', () => {
    expect(parseSessionId('p2p-jean-luc')).toEqual({ scene: 'p2p', to: 'jean-luc' });
    expect(parseSessionId('superTeam-42')).toEqual({ scene: 'superTeam', to: '42' });
  });

  it('rejects ids that are not scene-target', () => {
    for (const bad of ['', 'p2p', 'p2p-', '-alice', 'room-1', 'P2P-alice']) {
      expect(parseSessionId(bad)).toBeNull();
    }
  });

  it('keeps account case as given', () => {
    expect(emptySession('p2p', 'Alice').id).toBe('p2p-Alice');
  });
});
