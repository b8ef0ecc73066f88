import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { sampleData } from './sampleData.ts';

async function firstScreen(account: string) {
  const server = await LocalServer.open({ data: sampleData(account) });
  const device = createLocalAdapter({ server, account });
  await device.connect();
  return { server, device, sessions: (await device.getSessions({})).items };
}

describe('sampleData', () => {
  it('gives a first screen with unread conversations, a team and a read receipt', async () => {
    const { server, device, sessions } = await firstScreen('alice');
    expect(sessions.map((s) => [s.id, s.unread])).toEqual([
      ['p2p-sam', 2],
      ['p2p-wen', 0],
      ['team-weekend-trip', 1],
      ['p2p-priya', 0],
    ]);
    expect(server.getUsers(['sam', 'priya', 'wen']).map((u) => u.nick)).toEqual([
      'Sam Lee',
      'Priya Patel',
      'Wen Zhang',
    ]);
    const withWen = await device.getHistory({ sessionId: 'p2p-wen', limit: 1 });
    expect(withWen.items[0]).toMatchObject({ from: 'alice', status: 'read' });
    expect(sessions[0]?.lastMsg?.time).toBeLessThan(Date.now());
  });

  it('leaves the signed-in account out of its contacts', async () => {
    const { sessions } = await firstScreen('sam');
    expect(sessions.map((s) => s.id)).toEqual([
      'p2p-priya',
      'p2p-jonas',
      'team-weekend-trip',
      'p2p-wen',
    ]);
  });
});
