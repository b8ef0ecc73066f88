import { setup } from '@parley/core/testing';
import { xml } from '@xmpp/client';
import { describe, expect, it } from 'vitest';
import { type ProsodyBackend, prosodyFactory } from './test/prosodyFactory.ts';
import { XmppLink } from './XmppLink.ts';

let backend: ProsodyBackend | undefined;
const factory = prosodyFactory((b) => {
  backend = b;
});

/** Puts a contact in `owner`'s roster from a raw connection, as another client would. */
async function addContact(owner: string, jid: string, name: string): Promise<void> {
  if (!backend) throw new Error('no backend');
  const { server } = backend;
  const link = new XmppLink({
    service: server.websocketUrl,
    domain: server.domain,
    username: owner,
    password: `pw-${owner}`,
    resource: 'roster-editor',
    mechanism: 'PLAIN',
  });
  link.client.reconnect.stop();
  await link.client.start();
  try {
    await link.request(
      xml(
        'iq',
        { type: 'set' },
        xml('query', { xmlns: 'jabber:iq:roster' }, xml('item', { jid, name })),
      ),
    );
  } finally {
    await link.client.stop();
  }
}

describe('XMPP directory search', () => {
  it('finds roster contacts by their roster name, and offers a typed JID on my domain', async () => {
    const b = await setup(factory);
    const domain = backend?.server.domain ?? '';
    await addContact('alice', `carol@${domain}`, 'Carol Ng');
    await addContact('alice', 'dave@elsewhere.example', 'Dave Far');
    const alice = await b.device('alice');
    const search = (text: string) => alice.adapter.searchDirectory?.({ text });

    expect((await search('ng'))?.users).toEqual([{ account: 'carol', nick: 'Carol Ng' }]);
    // Another domain cannot be addressed: neither the contact nor the typed JID is offered.
    expect(await search('dave')).toEqual({ users: [], teams: [], enteredAccount: 'dave' });
    expect(await search('dave@elsewhere.example')).toEqual({ users: [], teams: [] });
    // Someone not in the roster: the JID as typed, lowercased, unchecked.
    expect(await search(`Erin@${domain}`)).toMatchObject({ users: [], enteredAccount: 'erin' });
    // A contact's full JID finds the contact, not an unchecked entry.
    expect(await search(`carol@${domain}`)).toEqual({
      users: [{ account: 'carol', nick: 'Carol Ng' }],
      teams: [],
    });
    expect(await search('not a jid')).toEqual({ users: [], teams: [] });
  });
});
