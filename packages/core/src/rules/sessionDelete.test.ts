import { describe, expect, it } from 'vitest';
import { survivesHistoryDelete } from './sessionDelete.ts';

describe('delete semantics (rule 5, seed 000 three logins)', () => {
  it('one-sided history deletes by time and by id', () => {
    expect(survivesHistoryDelete({ idClient: 'a', time: 10 }, 10, {})).toBe(false);
    expect(survivesHistoryDelete({ idClient: 'a', time: 11 }, 10, {})).toBe(true);
    expect(survivesHistoryDelete({ idClient: 'a', time: 11 }, 10, { a: true })).toBe(false);
  });
});
