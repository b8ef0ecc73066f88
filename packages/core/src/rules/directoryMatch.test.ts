import { describe, expect, it } from 'vitest';
import { matchDirectory } from './directoryMatch.ts';

interface Person {
  account: string;
  nick: string;
}

const people: Person[] = [
  { account: 'user7', nick: 'Rosa Samuels' },
  { account: 'sam', nick: 'Sam Lee' },
  { account: 'samantha', nick: 'Samantha Ng' },
  { account: 'u-9', nick: 'Isam Haddad' },
  { account: 'bob', nick: 'Bob Stone' },
];
const names = (p: Person) => [p.nick, p.account];
const accounts = (found: Person[]) => found.map((p) => p.account);

describe('matchDirectory', () => {
  it('ranks a whole name, then a start, then a word start, then anywhere', () => {
    expect(accounts(matchDirectory('sam', people, names))).toEqual([
      'sam', // account equals the text
      'samantha', // nick starts with it
      'user7', // a word of the nick starts with it
      'u-9', // inside a word
    ]);
  });

  it('ignores case and surrounding blanks, and finds nothing for a blank text', () => {
    expect(accounts(matchDirectory('  BOB ', people, names))).toEqual(['bob']);
    expect(matchDirectory('   ', people, names)).toEqual([]);
    expect(matchDirectory('zz', people, names)).toEqual([]);
  });

  it('keeps equal matches in alphabetical order of their first name', () => {
    const found = matchDirectory('a', people, (p) => [p.nick]);
    expect(found.map((p) => p.nick)).toEqual([
      'Isam Haddad',
      'Rosa Samuels',
      'Sam Lee',
      'Samantha Ng',
    ]);
  });

  it('returns at most the limit, clamped into 1..50', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ account: `p${i}`, nick: `P ${i}` }));
    expect(matchDirectory('p', many, names, 3)).toHaveLength(3);
    expect(matchDirectory('p', many, names)).toHaveLength(20);
    expect(matchDirectory('p', many, names, 0)).toHaveLength(1);
    expect(matchDirectory('p', many, names, 500)).toHaveLength(50);
  });
});
