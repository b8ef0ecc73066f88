import { describe, expect, it } from 'vitest';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { selectSession } from '../store/selectors.ts';
import { chatOn, itIsAbsent, loaded, untilState } from './chatHarness.ts';
import {
  allHistory,
  expectCode,
  findSession,
  historyPages,
  setup,
  sleep,
  text,
} from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** The peer's copy of a p2p message I sent (its session is named after me). */
const theirCopy = (message: Message, me: string): Message => ({
  ...message,
  sessionId: `p2p-${me}`,
});

/** Edits: seen by the peer and in previews, read kept, recall wins, the window, history. */
export function editTests(factory: ConformanceFactory, supported: boolean): void {
  describe('edits', () => {
    if (!supported) {
      itIsAbsent(factory, 'edit', (adapter) => adapter.edit === undefined);
      return;
    }

    it('the peer and my other devices see the edit, in the message and the preview', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const laptop = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'see you at 5'));
      const { time } = (await alice.adapter.edit?.(sent, 'see you at 6')) ?? { time: 0 };
      expect(time).toBeGreaterThanOrEqual(sent.time);
      for (const device of [bob, laptop]) {
        const got = await device.waitFor('edit', (e) => e.idClient === sent.idClient);
        expect(got).toMatchObject({ body: 'see you at 6', time });
      }
      for (const [device, sessionId] of [
        [bob, 'p2p-alice'],
        [alice, 'p2p-bob'],
      ] as const) {
        const [newest] = await allHistory(device.adapter, sessionId);
        expect(newest).toMatchObject({
          idClient: sent.idClient,
          body: 'see you at 6',
          editedAt: time,
        });
        const session = await findSession(device.adapter, sessionId);
        expect(session?.lastMsg).toMatchObject({ idClient: sent.idClient, body: 'see you at 6' });
        expect(session?.updateTime).toBe(sent.time);
      }
    });

    it('an edit of a read message keeps it read and counts nothing', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const chat = await chatOn(alice);
      await chat.openSession('p2p-bob');
      const sent = await chat.send('p2p-bob', { type: 'text', body: 'teh plan' });
      await bob.waitFor('message', (e) => e.message.idClient === sent.idClient);
      await bob.adapter.markSessionRead('p2p-alice', sent.time);
      await bob.adapter.sendReceipt(theirCopy(sent, 'alice'));
      await untilState(chat, () => loaded(chat, 'p2p-bob', sent.idClient).status === 'read');
      await chat.edit(loaded(chat, 'p2p-bob', sent.idClient), 'the plan');
      expect(loaded(chat, 'p2p-bob', sent.idClient)).toMatchObject({
        body: 'the plan',
        status: 'read',
      });
      expect(selectSession(chat.store.getState(), 'p2p-bob')?.lastMsg?.status).toBe('read');
      await bob.waitFor('edit', (e) => e.idClient === sent.idClient);
      expect(await findSession(bob.adapter, 'p2p-alice')).toMatchObject({ unread: 0 });
    });

    it('a recall beats an edit; a recalled message cannot be edited', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'draft'));
      await alice.adapter.edit?.(sent, 'final draft');
      const recalled = await alice.adapter.recall(sent);
      await expectCode(
        alice.adapter.edit?.(recalled, 'resurrected') ?? Promise.resolve(),
        'EDIT_NOT_ALLOWED',
      );
      await bob.waitFor('recall', (e) => e.message.idClient === sent.idClient);
      const [newest] = await allHistory(bob.adapter, 'p2p-alice');
      expect(newest).toMatchObject({ idClient: sent.idClient, type: 'tip' });
      expect(newest?.body).not.toContain('draft');
    });

    it('only the sender edits, only text, and only inside the window', async () => {
      const b = await setup(factory, { editWindowMs: 30 });
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'quick'));
      await expectCode(
        bob.adapter.edit?.(theirCopy(sent, 'alice'), 'not mine') ?? Promise.resolve(),
        'EDIT_NOT_ALLOWED',
      );
      expect(alice.adapter.editWindowMs).toBe(30);
      await sleep(80);
      await expectCode(alice.adapter.edit?.(sent, 'too late') ?? Promise.resolve(), 'EDIT_EXPIRED');
      const [newest] = await allHistory(alice.adapter, 'p2p-bob');
      expect(newest).toMatchObject({ body: 'quick' });
      expect(newest?.editedAt).toBeUndefined();
    });

    it('team members see the edit', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
      const sent = await alice.adapter.send(text(teamId, 'meeting at 10', 'team'));
      await alice.adapter.edit?.(sent, 'meeting at 11');
      for (const member of [bob, carol]) {
        const got = await member.waitFor('edit', (e) => e.idClient === sent.idClient);
        expect(got).toMatchObject({ sessionId: `team-${teamId}`, body: 'meeting at 11' });
      }
    });

    it('an edit of a message on an older page comes folded into it', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const first = await alice.adapter.send(text('bob', 'tpyo'));
      for (let i = 0; i < 24; i++) await alice.adapter.send(text('bob', `later ${i}`));
      await alice.adapter.edit?.(first, 'typo');
      const bob = await b.device('bob');
      const pages = await historyPages(bob.adapter, 'p2p-alice', 10);
      expect(pages.length).toBeGreaterThan(2);
      const found = pages.at(-1)?.find((m) => m.idClient === first.idClient);
      expect(found).toMatchObject({ body: 'typo', time: first.time });
      expect(found?.editedAt).toBeGreaterThan(0);
      expect(pages.flat().filter((m) => m.idClient === first.idClient)).toHaveLength(1);
    });

    it('a failed edit rolls back and rejects with the coded error', async () => {
      const b = await setup(factory);
      const failure = new ChatError('TIMEOUT', 'no answer (injected)');
      const chat = await chatOn(await b.device('alice'), { edit: failure });
      await chat.openSession('p2p-bob');
      const sent = await chat.send('p2p-bob', { type: 'text', body: 'orignal' });
      const error = await chat.edit(sent, 'original').catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ChatError', code: 'TIMEOUT' });
      expect(loaded(chat, 'p2p-bob', sent.idClient)).toMatchObject({ body: 'orignal' });
      expect(selectSession(chat.store.getState(), 'p2p-bob')?.lastMsg?.body).toBe('orignal');
      await chat.edit(sent, 'original');
      expect(loaded(chat, 'p2p-bob', sent.idClient)).toMatchObject({ body: 'original' });
    });
  });
}
