import { xml } from '@xmpp/client';
import { describe, expect, it } from 'vitest';
import { XmppLink } from './XmppLink.ts';

describe('XmppLink', () => {
  it('a stanza written while no stream is open rejects with NOT_CONNECTED, not a TypeError', async () => {
    const link = new XmppLink({
      service: 'ws://127.0.0.1:1/xmpp-websocket',
      domain: 'example.com',
      username: 'alice',
      password: 'pw-alice',
      resource: 'phone',
    });
    const sent = link.send(xml('message', { to: 'bob@example.com', type: 'chat' }));
    await expect(sent).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});
