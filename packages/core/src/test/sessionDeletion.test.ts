import { describe, expect, it } from 'vitest';
import { reappearsAtLogin, revivesSession } from './sessionDeletion.ts';

describe('delete semantics (rule 5, seed 000 three logins)', () => {
  const newest = 500;

  it('login 1 → 2: deleteAllSessionsFromLocal, the session comes back while messages exist', () => {
    expect(reappearsAtLogin({ time: newest, clearHistory: false }, newest)).toBe(true);
    expect(reappearsAtLogin(null, newest)).toBe(true);
  });

  it('login 2 → 3: deleteSession with isSyncToServer, it does not come back', () => {
    expect(reappearsAtLogin({ time: newest, clearHistory: true }, newest)).toBe(false);
    expect(reappearsAtLogin({ time: newest, clearHistory: true }, null)).toBe(false);
  });

  it('a message newer than the delete brings it back; one at or before does not', () => {
    expect(reappearsAtLogin({ time: newest, clearHistory: true }, newest + 1)).toBe(true);
    expect(revivesSession(newest, newest)).toBe(false);
    expect(revivesSession(newest + 1, newest)).toBe(true);
  });
});
