import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from './LocalServer.ts';

async function signedIn(account: string) {
  const server = await LocalServer.open();
  for (const [id, nick] of [
    ['alice', 'Alice Chen'],
    ['sam', 'Sam Lee'],
    ['user7', 'Rosa Samuels'],
    ['bob', 'Bob Stone'],
  ] as const) {
    await server.putUser({ account: id, nick });
  }
  const adapter = createLocalAdapter({ server, account });
  await adapter.connect();
  return { server, adapter };
}

describe('the embedded directory', () => {
  it('finds every account on the server by nick or account, strangers included', async () => {
    const { adapter } = await signedIn('alice');
    const found = await adapter.searchDirectory?.({ text: 'sam' });
    expect(found).toEqual({
      users: [
        { account: 'sam', nick: 'Sam Lee' },
        { account: 'user7', nick: 'Rosa Samuels' },
      ],
      teams: [],
    });
  });

  it('finds the teams I am in by name, and loses one I left', async () => {
    const { server, adapter } = await signedIn('alice');
    const crew = await server.createTeam({ owner: 'sam', members: ['alice'], name: 'Design crew' });
    await server.createTeam({ owner: 'sam', members: ['bob'], name: 'Design leads' });
    const names = async () =>
      (await adapter.searchDirectory?.({ text: 'design' }))?.teams.map((t) => t.name);
    expect(await names()).toEqual(['Design crew']);
    await server.leaveTeam(crew.teamId, 'alice');
    expect(await names()).toEqual([]);
  });

  it('rejects a query without text with INVALID_ARGUMENT', async () => {
    const { adapter } = await signedIn('alice');
    const loose = JSON.parse('{"limit":3}');
    await expect(adapter.searchDirectory?.(loose)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
