import { xml } from '@xmpp/client';
import { describe, expect, it } from 'vitest';
import { NS } from './namespaces.ts';
import { reactionsStanza } from './reactions.ts';
import { parseStanza } from './stanzas.ts';

const scope = { me: 'bob', mucDomain: 'conference.localhost', archiveBy: 'bob@localhost' };

describe('reactions (XEP-0444)', () => {
  it("sends the account's whole set, once per key, with a store hint for MAM", () => {
    const stanza = reactionsStanza(
      'orig-1',
      ['👍', '❤️', '👍'],
      { jid: 'bob@localhost', type: 'chat' },
      42,
      'r-1',
    );
    const reactions = stanza.getChild('reactions', NS.reactions);
    expect(reactions?.attrs.id).toBe('orig-1');
    expect(reactions?.getChildren('reaction').map((r) => r.getText())).toEqual(['👍', '❤️']);
    expect(stanza.getChild('store', NS.hints)).toBeDefined();
    expect(stanza.getChildText('body')).toBeNull();
  });

  it('reads a set as a reaction, never as a message', () => {
    const stanza = reactionsStanza(
      'orig-1',
      ['👍'],
      { jid: 'bob@localhost', type: 'chat' },
      42,
      'r-1',
    );
    stanza.attrs.from = 'alice@localhost/phone';
    expect(parseStanza(stanza, scope)).toEqual({
      kind: 'reaction',
      id: 'r-1',
      sessionId: 'p2p-alice',
      ref: 'orig-1',
      by: 'alice',
      keys: ['👍'],
      time: 42,
    });
  });

  it('reads an empty set (every reaction taken back) and drops duplicates and blanks', () => {
    const stanza = xml(
      'message',
      { from: 'alice@localhost/x', to: 'bob@localhost', type: 'chat', id: 'x' },
      xml(
        'reactions',
        { xmlns: NS.reactions, id: 'orig-1' },
        xml('reaction', {}, '🐢'),
        xml('reaction', {}, '🐢'),
        xml('reaction', {}, ' '),
      ),
    );
    expect(parseStanza(stanza, { ...scope, stamp: 7 })).toMatchObject({
      keys: ['🐢'],
      time: 7,
    });
    const none = xml(
      'message',
      { from: 'alice@localhost/x', to: 'bob@localhost', type: 'chat', id: 'y' },
      xml('reactions', { xmlns: NS.reactions, id: 'orig-1' }),
    );
    expect(parseStanza(none, scope)).toMatchObject({ kind: 'reaction', keys: [] });
  });

  it('names the reacting member of a room by their real JID', () => {
    const stanza = reactionsStanza(
      'room-archive-7',
      ['🎉'],
      { jid: 'team1@conference.localhost', type: 'groupchat' },
      42,
      'r-2',
    );
    stanza.attrs.from = 'team1@conference.localhost/carol';
    stanza.children.push(
      xml('x', { xmlns: NS.mucUser }, xml('item', { jid: 'carol@localhost/tablet' })),
    );
    expect(
      parseStanza(stanza, { ...scope, archiveBy: 'team1@conference.localhost' }),
    ).toMatchObject({
      kind: 'reaction',
      sessionId: 'team-team1',
      ref: 'room-archive-7',
      by: 'carol',
    });
  });
});
