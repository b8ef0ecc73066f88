import { describe, expect, it } from 'vitest';
import { expectCode, setup, text } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** The optional `searchDirectory`: people and teams to start a chat with. */
export function directoryTests(factory: ConformanceFactory): void {
  describe('directory search', () => {
    it('finds a peer by account, prefix and case, never the signed-in account', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await b.device('bob');
      await alice.adapter.send(text('bob', 'hi'));
      const search = (t: string) => alice.adapter.searchDirectory?.({ text: t });
      for (const query of ['bob', 'bo', 'BOB']) {
        expect((await search(query))?.users.map((u) => u.account)).toContain('bob');
      }
      // A known account is a person, not an unchecked entry.
      expect((await search('bob'))?.enteredAccount).toBeUndefined();
      const mine = await search('alice');
      expect(mine?.users.map((u) => u.account) ?? []).not.toContain('alice');
      expect(mine?.enteredAccount).toBeUndefined();
    });

    it('ranks an exact account first and returns at most the limit', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      for (const peer of ['p1', 'p2', 'p3', 'p4', 'p5']) {
        await (await b.connect(peer)).send(text('alice', `hi from ${peer}`));
      }
      const found = await alice.adapter.searchDirectory?.({ text: 'p3' });
      expect(found?.users[0]?.account).toBe('p3');
      const two = await alice.adapter.searchDirectory?.({ text: 'p', limit: 2 });
      expect(two?.users).toHaveLength(2);
    });

    it('finds the teams the account is in by id, not the others', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const mine = await b.createTeam({ owner: 'bob', members: ['alice'] });
      const theirs = await b.createTeam({ owner: 'bob', members: ['carol'] });
      // Being in a team is certain once alice has written in it.
      await alice.adapter.send(text(mine, 'hello team', 'team'));
      await bob.adapter.send(text(theirs, 'not for alice', 'team'));
      const found = await alice.adapter.searchDirectory?.({ text: mine });
      expect(found?.teams.map((t) => [t.teamId, t.scene])).toEqual([[mine, 'team']]);
      const other = await alice.adapter.searchDirectory?.({ text: theirs });
      expect(other?.teams).toEqual([]);
    });

    it('rejects with NOT_CONNECTED after disconnect', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await alice.adapter.disconnect();
      await expectCode(
        alice.adapter.searchDirectory?.({ text: 'bob' }) ?? Promise.resolve(),
        'NOT_CONNECTED',
      );
    });
  });
}
