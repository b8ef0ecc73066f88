import { describe, expect, it } from 'vitest';
import { createChat } from '../createChat.ts';
import type { SendRequest } from '../model/ChatAdapter.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';

describe('send', () => {
  it('sends team messages with a receipt request unless teamReceipts is off', async () => {
    const server = new FakeServer();
    server.teams.set('7', ['alice', 'bob']);
    const requests: SendRequest[] = [];
    const make = async (teamReceipts?: boolean) => {
      const adapter = createFakeAdapter(server, 'alice');
      const send = adapter.send.bind(adapter);
      adapter.send = (request, options) => {
        requests.push(request);
        return send(request, options);
      };
      const chat = createChat({ adapter, now: () => server.clock, teamReceipts });
      await chat.connect();
      return chat;
    };
    await (await make()).send('team-7', { type: 'text', body: 'news' });
    const off = await make(false);
    await off.send('team-7', { type: 'text', body: 'quiet' });
    await off.send('team-7', { type: 'text', body: 'asked', needReceipt: true });
    expect(requests.map((r) => [r.body, r.needReceipt])).toEqual([
      ['news', true],
      ['quiet', undefined],
      ['asked', true],
    ]);
  });
});
