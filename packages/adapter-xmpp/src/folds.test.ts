import type { ChatAdapter, Message } from '@parley/core';
import { summarizeReactions } from '@parley/core/rules';
import { expectCode, findSession, setup, text } from '@parley/core/testing';
import { xml } from '@xmpp/client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { NS } from './namespaces.ts';
import { fillArchive } from './test/fillArchive.ts';
import { prosodyTestBackend } from './test/prosodyFactory.ts';
import { rawClient } from './test/rawClient.ts';

const { factory, current } = prosodyTestBackend();

/** A new device of `account` whose login reads almost nothing: history must come from MAM. */
async function smallWindow(account: string): Promise<ChatAdapter> {
  const adapter = await current().adapter(account, undefined, { loginWindow: 2, unreadScan: 2 });
  await adapter.connect();
  return adapter;
}

/** Every message of a session, paged newest first by `limit`. */
async function pages(adapter: ChatAdapter, sessionId: string, limit: number) {
  const messages: Message[] = [];
  let cursor = '';
  do {
    const page = await adapter.getHistory({ sessionId, cursor, limit });
    messages.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return messages;
}

const keysOf = (m: Message | undefined, viewer: string) =>
  summarizeReactions(m?.reactions, viewer).map((r) => `${r.key}:${r.accounts.join('+')}`);

describe('reactions and corrections folded from MAM', () => {
  it('folds them into a p2p message that comes pages later, and never shows them as messages', async () => {
    const b = await setup(factory);
    const alice = await b.device('alice');
    const bob = await b.device('bob');
    const original = await alice.adapter.send(text('bob', 'tyop'));
    const seen = await bob.waitFor('message', (e) => e.message.idClient === original.idClient);
    const fill = await fillArchive(current().server, 'alice', 'bob', 25, {
      startTime: original.time + 1,
    });
    const before = await findSession(bob.adapter, 'p2p-alice');

    await bob.adapter.react?.(seen.message, { key: '👍', on: true }, ['👍']);
    await alice.waitFor('reaction', (e) => e.idClient === original.idClient);
    await alice.adapter.react?.(original, { key: '❤️', on: true }, ['❤️']);
    const { time } = (await alice.adapter.edit?.(original, 'typo')) ?? { time: 0 };
    const edit = await bob.waitFor('edit', (e) => e.idClient === original.idClient);
    expect(edit).toMatchObject({ sessionId: 'p2p-alice', body: 'typo', time });

    // Not messages: bob's session neither moved nor counted them.
    const after = await findSession(bob.adapter, 'p2p-alice');
    expect(after?.unread).toBe(before?.unread);
    expect(after?.updateTime).toBe(before?.updateTime);
    expect(after?.lastMsg?.idClient).toBe(fill.at(-1));

    // Newer than the folds, so that the new device's login window holds none of them.
    const late = await fillArchive(current().server, 'alice', 'bob', 5, {
      prefix: 'late',
      startTime: time + 1,
    });
    const laptop = await smallWindow('bob');
    const history = await pages(laptop, 'p2p-alice', 10);
    expect(history.map((m) => m.idClient)).toEqual([original.idClient, ...fill, ...late].reverse());
    const folded = history.at(-1);
    expect(folded).toMatchObject({ body: 'typo', editedAt: time });
    expect(keysOf(folded, 'bob')).toEqual(['👍:bob', '❤️:alice']);
  });

  it('folds them in a room, where they name the message by the room stanza-id', async () => {
    const b = await setup(factory);
    const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
    const alice = await b.device('alice');
    const bob = await b.device('bob');
    const original = await alice.adapter.send(text(teamId, 'lunch?', 'team'));
    const seen = await bob.waitFor('message', (e) => e.message.idClient === original.idClient);
    for (let i = 0; i < 12; i++) await alice.adapter.send(text(teamId, `more ${i}`, 'team'));
    await bob.adapter.react?.(seen.message, { key: '🍕', on: true }, ['🍕']);
    const reaction = await alice.waitFor('reaction', (e) => e.idClient === original.idClient);
    expect(reaction).toMatchObject({ account: 'bob', change: { keys: ['🍕'] } });
    await alice.adapter.edit?.(original, 'lunch at noon?');
    await bob.waitFor('edit', (e) => e.idClient === original.idClient);
    // Newer than the folds, so that carol's login window holds none of them.
    for (let i = 0; i < 3; i++) await alice.adapter.send(text(teamId, `later ${i}`, 'team'));

    const carol = await smallWindow('carol');
    const history = await pages(carol, `team-${teamId}`, 5);
    expect(history).toHaveLength(16);
    const folded = history.find((m) => m.idClient === original.idClient);
    expect(folded).toMatchObject({ body: 'lunch at noon?' });
    expect(keysOf(folded, 'carol')).toEqual(['🍕:bob']);
  });

  it("reads another client's reactions, ignores a correction by anyone but the sender, and fills in a reply's original", async () => {
    const b = await setup(factory);
    const alice = await b.device('alice');
    await b.device('bob');
    const original = await alice.adapter.send(text('bob', 'the plan'));
    const client = await rawClient(current().server, 'bob', 'other-client');
    onTestFinished(() => client.client.stop());
    const to = `alice@${current().server.domain}`;
    await client.send(
      xml(
        'message',
        { to, type: 'chat', id: 'foreign-r1' },
        xml('reactions', { xmlns: NS.reactions, id: original.idClient }, xml('reaction', {}, '🐢')),
        xml('store', { xmlns: NS.hints }),
      ),
    );
    const reaction = await alice.waitFor('reaction', (e) => e.idClient === original.idClient);
    expect(reaction).toMatchObject({ account: 'bob', change: { keys: ['🐢'] } });

    await client.send(
      xml(
        'message',
        { to, type: 'chat', id: 'foreign-e1' },
        xml('body', {}, 'forged'),
        xml('replace', { xmlns: NS.correct, id: original.idClient }),
      ),
    );
    const quote = '> alice wrote:\n> the plan\n';
    await client.send(
      xml(
        'message',
        { to, type: 'chat', id: 'foreign-q1' },
        xml('body', {}, `${quote}agreed`),
        xml('reply', { xmlns: NS.reply, to, id: original.idClient }),
        xml(
          'fallback',
          { xmlns: NS.fallback, for: NS.reply },
          xml('body', { start: '0', end: String(quote.length) }),
        ),
      ),
    );
    const reply = await alice.waitFor('message', (e) => e.message.idClient === 'foreign-q1');
    expect(reply.message).toMatchObject({
      body: 'agreed',
      replyTo: {
        idClient: original.idClient,
        from: 'alice',
        body: 'the plan',
        time: original.time,
      },
    });
    // The forged correction came before the reply: had it applied, it would have been raised.
    expect(alice.events.some((e) => e.type === 'edit')).toBe(false);
    const laptop = await smallWindow('alice');
    const history = await pages(laptop, 'p2p-bob', 10);
    expect(history.find((m) => m.idClient === original.idClient)?.body).toBe('the plan');
  });

  it('refuses edits of messages that are not my text, and after the edit window', async () => {
    const b = await setup(factory);
    const bob = await b.device('bob');
    const alice = await current().adapter('alice', undefined, { editWindowMs: 1 });
    await alice.connect();
    const mine = await alice.send(text('bob', 'quick'));
    const theirs = (await bob.adapter.send(text('alice', 'not yours'))) as Message;
    await expectCode(alice.edit?.(theirs, 'x') ?? Promise.resolve(), 'EDIT_NOT_ALLOWED');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expectCode(alice.edit?.(mine, 'too late') ?? Promise.resolve(), 'EDIT_EXPIRED');
    expect(alice.editWindowMs).toBe(1);
  });
});
