import type { ReplyRef, SendRequest } from '@parley/core';
import { xml } from '@xmpp/client';
import { describe, expect, it } from 'vitest';
import { NS } from './namespaces.ts';
import { contentStanza, type Target } from './outgoing.ts';
import { parseStanza } from './stanzas.ts';

const chat: Target = { jid: 'bob@localhost', type: 'chat' };
const room: Target = { jid: 'team1@conference.localhost', type: 'groupchat' };

const original: ReplyRef = {
  idClient: 'orig-1',
  idServer: 'room-archive-7',
  from: 'bob',
  type: 'text',
  body: 'We should bake a cake 🎂',
  time: 1_700_000_000_000,
};

function request(to: string, scene: 'p2p' | 'team', replyTo?: ReplyRef): SendRequest {
  return { idClient: 'reply-1', scene, to, type: 'text', body: 'Great idea!', replyTo };
}

/** The stanza as the peer receives it: from the sender, with the archive's stanza-id. */
function received(stanza: ReturnType<typeof xml>, from: string, stanzaId: string, by: string) {
  stanza.attrs.from = from;
  stanza.attrs.to = 'bob@localhost';
  stanza.children.push(xml('stanza-id', { xmlns: NS.sid, id: stanzaId, by }));
  return stanza;
}

const asBob = (archiveBy: string) => ({
  me: 'bob',
  mucDomain: 'conference.localhost',
  archiveBy,
});

describe('replies (XEP-0461 with an XEP-0428 quote)', () => {
  it('quotes the original for other clients and marks the quote as a fallback', () => {
    const stanza = contentStanza(request('bob', 'p2p', original), chat, 5);
    const body = stanza.getChildText('body') ?? '';
    const quote = '> bob wrote:\n> We should bake a cake 🎂\n';
    expect(body).toBe(`${quote}Great idea!`);
    expect(stanza.getChild('reply', NS.reply)?.attrs).toMatchObject({
      to: 'bob@localhost',
      id: 'orig-1',
    });
    const range = stanza.getChild('fallback', NS.fallback)?.getChild('body')?.attrs;
    // Code points (XEP-0426): the cake is one, though two UTF-16 units.
    expect(range).toMatchObject({ start: '0', end: String(Array.from(quote).length) });
    expect(Array.from(quote).length).toBe(quote.length - 1);
  });

  it('references a room message by the room stanza-id and its author by occupant JID', () => {
    const stanza = contentStanza(request('team1', 'team', original), room, 5);
    expect(stanza.getChild('reply', NS.reply)?.attrs).toMatchObject({
      to: 'team1@conference.localhost/bob',
      id: 'room-archive-7',
    });
    const unknownId = contentStanza(
      request('team1', 'team', { ...original, idServer: '' }),
      room,
      5,
    );
    expect(unknownId.getChild('reply', NS.reply)?.attrs.id).toBe('orig-1');
  });

  it('reads back the body without the quote and the full snapshot', () => {
    const stanza = received(
      contentStanza(request('team1', 'team', original), room, 5),
      'team1@conference.localhost/alice',
      'room-archive-9',
      'team1@conference.localhost',
    );
    const parsed = parseStanza(stanza, asBob('team1@conference.localhost'));
    expect(parsed).toMatchObject({
      kind: 'content',
      message: { body: 'Great idea!', replyTo: original, sessionId: 'team-team1' },
    });
  });

  it("drops the sender's archive id of a p2p original: it names nothing in mine", () => {
    const stanza = contentStanza({ ...request('bob', 'p2p', original), to: 'bob' }, chat, 5);
    stanza.attrs.from = 'alice@localhost/phone';
    const parsed = parseStanza(stanza, asBob('bob@localhost'));
    expect(parsed?.kind === 'content' && parsed.message.replyTo).toEqual({
      ...original,
      idServer: '',
    });
  });

  it("builds the snapshot of another client's reply from its quote", () => {
    const quote = '> Bob wrote:\n> We should\n> bake a cake\n';
    const stanza = xml(
      'message',
      { from: 'alice@localhost/dino', to: 'bob@localhost', type: 'chat', id: 'dino-2' },
      xml('body', {}, `${quote}Great idea!`),
      xml('reply', { xmlns: NS.reply, to: 'bob@localhost/laptop', id: 'orig-1' }),
      xml(
        'fallback',
        { xmlns: NS.fallback, for: NS.reply },
        xml('body', { start: 0, end: quote.length }),
      ),
    );
    const parsed = parseStanza(stanza, asBob('bob@localhost'));
    expect(parsed).toMatchObject({
      kind: 'content',
      message: {
        idClient: 'dino-2',
        body: 'Great idea!',
        replyTo: {
          idClient: 'orig-1',
          idServer: '',
          from: 'bob',
          type: 'text',
          body: 'We should bake a cake',
          time: 0,
        },
      },
    });
  });

  it('keeps the whole text when a fallback range does not fit the body', () => {
    const stanza = xml(
      'message',
      { from: 'alice@localhost/x', to: 'bob@localhost', type: 'chat', id: 'x-1' },
      xml('body', {}, 'short'),
      xml('reply', { xmlns: NS.reply, to: 'bob@localhost', id: 'orig-1' }),
      xml('fallback', { xmlns: NS.fallback, for: NS.reply }, xml('body', { start: 0, end: 99 })),
    );
    const parsed = parseStanza(stanza, asBob('bob@localhost'));
    expect(parsed?.kind === 'content' && parsed.message.body).toBe('short');
  });

  it('ignores a payload snapshot of the wrong shape and falls back to the reply element', () => {
    const stanza = contentStanza(request('bob', 'p2p', original), chat, 5);
    const parley = stanza.getChild('parley', NS.parley);
    if (!parley) throw new Error('no Parley element');
    parley.children = [JSON.stringify({ replyTo: { idClient: 7, from: 'bob' } })];
    stanza.attrs.from = 'alice@localhost/phone';
    const parsed = parseStanza(stanza, asBob('bob@localhost'));
    expect(parsed?.kind === 'content' && parsed.message.replyTo).toMatchObject({
      idClient: 'orig-1',
      from: 'bob',
      body: 'We should bake a cake 🎂',
      time: 0,
    });
  });

  it('leaves a message that replies to nothing as it was', () => {
    const stanza = contentStanza(request('bob', 'p2p'), chat, 5);
    expect(stanza.getChildText('body')).toBe('Great idea!');
    expect(stanza.getChild('reply', NS.reply)).toBeUndefined();
    stanza.attrs.from = 'alice@localhost/phone';
    const parsed = parseStanza(stanza, asBob('bob@localhost'));
    expect(parsed?.kind === 'content' && 'replyTo' in parsed.message).toBe(false);
  });
});
