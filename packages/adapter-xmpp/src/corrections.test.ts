import type { ReplyRef } from '@parley/core';
import { xml } from '@xmpp/client';
import { describe, expect, it } from 'vitest';
import { correctionStanza } from './corrections.ts';
import { NS } from './namespaces.ts';
import { replyParts } from './replies.ts';
import { parseStanza } from './stanzas.ts';

const scope = { me: 'bob', mucDomain: 'conference.localhost', archiveBy: 'bob@localhost' };
const chat = { jid: 'bob@localhost', type: 'chat' } as const;

describe('edits (XEP-0308 corrections)', () => {
  it('replaces the original by its id and is read as an edit, not a message', () => {
    const stanza = correctionStanza('orig-1', 'fixed text', chat, 42, 'edit-1');
    expect(stanza.getChild('replace', NS.correct)?.attrs.id).toBe('orig-1');
    expect(stanza.getChildText('body')).toBe('fixed text');
    stanza.attrs.from = 'alice@localhost/phone';
    expect(parseStanza(stanza, scope)).toEqual({
      kind: 'edit',
      id: 'edit-1',
      sessionId: 'p2p-alice',
      ref: 'orig-1',
      by: 'alice',
      body: 'fixed text',
      time: 42,
    });
  });

  it("repeats a reply's quote for other clients and strips it on receipt", () => {
    const ref: ReplyRef = {
      idClient: 'q',
      idServer: '',
      from: 'bob',
      type: 'text',
      body: 'cake?',
      time: 1,
    };
    const stanza = correctionStanza('orig-1', 'yes!', chat, 42, 'edit-2', replyParts(ref, chat));
    expect(stanza.getChildText('body')).toBe('> bob wrote:\n> cake?\nyes!');
    expect(stanza.getChild('reply', NS.reply)?.attrs.id).toBe('q');
    stanza.attrs.from = 'alice@localhost/phone';
    expect(parseStanza(stanza, scope)).toMatchObject({ kind: 'edit', body: 'yes!' });
  });

  it("reads another client's correction, timed by its delay stamp", () => {
    const stanza = xml(
      'message',
      { from: 'alice@localhost/gajim', to: 'bob@localhost', type: 'chat', id: 'g-2' },
      xml('body', {}, 'typo fixed'),
      xml('replace', { xmlns: NS.correct, id: 'g-1' }),
    );
    expect(parseStanza(stanza, { ...scope, stamp: 9 })).toMatchObject({
      kind: 'edit',
      ref: 'g-1',
      body: 'typo fixed',
      time: 9,
    });
  });
});
