import { xml } from '@xmpp/client';
import { contentStanza } from '../outgoing.ts';
import { rawClient } from './rawClient.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';

/**
 * Sends `count` p2p texts `from` → `to` straight on the wire (no per-message MAM lookup, as
 * `send` does), with sender times 1 ms apart from `startTime` (default: ending now), and waits
 * until the server has archived them all. Returns their idClients, oldest first. The sender
 * must exist.
 */
export async function fillArchive(
  server: XmppEndpoint,
  from: string,
  to: string,
  count: number,
  { prefix = 'fill', startTime = Date.now() - count }: { prefix?: string; startTime?: number } = {},
): Promise<string[]> {
  const link = await rawClient(server, from, `filler-${prefix}`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const idClient = `${prefix}-${i}`;
    const request = { idClient, scene: 'p2p', to, type: 'text', body: `m ${i}` } as const;
    await link.send(
      contentStanza(request, { jid: `${to}@${server.domain}`, type: 'chat' }, startTime + i),
    );
    ids.push(idClient);
  }
  await link.barrier(600_000);
  await link.send(xml('presence', { type: 'unavailable' }));
  await link.client.stop();
  return ids;
}
