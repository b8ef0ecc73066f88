import { describe, expect, it } from 'vitest';
import type { SendRequest } from '../model/ChatAdapter.ts';
import { allHistory, expectCode, setup, text, uid } from './harness.ts';
import type { ConformanceFactory, ConformanceFeatures } from './types.ts';

/** Sending, receiving, idempotence and error codes. */
export function sendTests(factory: ConformanceFactory, features: ConformanceFeatures): void {
  describe('send', () => {
    it('resolves with the accepted message and delivers it to the peer', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const request = text('bob', 'hello');
      const sent = await alice.adapter.send(request);
      expect(sent).toMatchObject({
        idClient: request.idClient,
        status: 'sent',
        from: 'alice',
        to: 'bob',
        sessionId: 'p2p-bob',
        body: 'hello',
      });
      expect(sent.idServer).not.toBe('');
      expect(sent.time).toBeGreaterThan(0);
      const got = await bob.waitFor('message', (e) => e.message.idClient === request.idClient);
      expect(got.message).toMatchObject({ time: sent.time, from: 'alice' });
      // The contract does not make idServer global: XMPP archives (XEP-0359) give each side's
      // copy its own stanza-id. The peer's copy must still carry one.
      expect(got.message.idServer).not.toBe('');
    });

    it('is idempotent on idClient: a second send yields the same single message', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const request = text('bob', 'once');
      const first = await alice.adapter.send(request);
      const again = await alice.adapter.send(request);
      expect(again.idServer).toBe(first.idServer);
      expect(again.time).toBe(first.time);
      const history = await allHistory(alice.adapter, 'p2p-bob');
      expect(history.filter((m) => m.idClient === request.idClient)).toHaveLength(1);
    });

    it('delivers team messages to every member', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
      const sent = await alice.adapter.send(text(teamId, 'hi all', 'team'));
      for (const member of [bob, carol]) {
        const got = await member.waitFor('message', (e) => e.message.idClient === sent.idClient);
        expect(got.message.sessionId).toBe(`team-${teamId}`);
      }
    });

    it('rejects bad input with INVALID_ARGUMENT', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await expectCode(
        alice.adapter.send({ ...text('bob', 'x'), idClient: '' }),
        'INVALID_ARGUMENT',
      );
      await expectCode(
        alice.adapter.getHistory({ sessionId: 'not-a-session-id' }),
        'INVALID_ARGUMENT',
      );
      await expectCode(alice.adapter.markSessionRead('garbage', 1), 'INVALID_ARGUMENT');
      await expectCode(alice.adapter.pin(''), 'INVALID_ARGUMENT');
    });

    it('rejects ids with control or bidi characters, or too long, with INVALID_ARGUMENT', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      for (const to of ['bob\u0000x', 'line\nbreak', '\u202Eevil', 'a'.repeat(100_000)]) {
        await expectCode(alice.adapter.send(text(to, 'x')), 'INVALID_ARGUMENT');
        await expectCode(alice.adapter.markSessionRead(`p2p-${to}`, 1), 'INVALID_ARGUMENT');
      }
      await expectCode(
        alice.adapter.send({ ...text('bob', 'x'), type: 'notification' } as SendRequest),
        'INVALID_ARGUMENT',
      );
    });

    it("keeps a file message's attachment name on both sides", async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const attach = { url: 'https://files.example/r1', name: 'report.zip', size: 3, mime: '' };
      const request: SendRequest = {
        idClient: uid(),
        scene: 'p2p',
        to: 'bob',
        type: 'file',
        body: 'report.zip',
        attach,
      };
      const sent = await alice.adapter.send(request);
      expect(sent.type === 'file' ? sent.attach?.name : undefined).toBe('report.zip');
      const got = await bob.waitFor('message', (e) => e.message.idClient === request.idClient);
      expect(got.message.type === 'file' ? got.message.attach?.name : undefined).toBe('report.zip');
    });

    it('rejects every call with NOT_CONNECTED after disconnect', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await alice.adapter.disconnect();
      await expectCode(alice.adapter.send(text('bob', 'late')), 'NOT_CONNECTED');
      await expectCode(alice.adapter.getSessions({}), 'NOT_CONNECTED');
      await expectCode(alice.adapter.getHistory({ sessionId: 'p2p-bob' }), 'NOT_CONNECTED');
      await expectCode(alice.adapter.pin('p2p-bob'), 'NOT_CONNECTED');
    });

    if (features.forward) {
      it('forward copies a message into another session with a new idClient', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const carol = await b.device('carol');
        const original = await alice.adapter.send(text('bob', 'pass it on'));
        const idClient = uid('fwd');
        const copy = await alice.adapter.forward?.(original, {
          scene: 'p2p',
          to: 'carol',
          idClient,
        });
        expect(copy).toMatchObject({
          idClient,
          sessionId: 'p2p-carol',
          body: 'pass it on',
          type: 'text',
        });
        await carol.waitFor('message', (e) => e.message.idClient === idClient);
      });
    }

    if (features.files) {
      it('uploads file messages with progress up to 1', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const progress: number[] = [];
        const file = new Blob(['hello file'], { type: 'text/plain' });
        // What the client knows of the file travels with it; the backend fills the URL.
        const attach = { url: '', name: 'hello.txt', size: file.size, mime: file.type };
        const sent = await alice.adapter.send(
          { idClient: uid(), scene: 'p2p', to: 'bob', type: 'file', body: '', file, attach },
          { onProgress: (p) => progress.push(p) },
        );
        expect(progress.at(-1)).toBe(1);
        expect(sent.type === 'file' ? sent.attach?.size : undefined).toBe(file.size);
        expect(sent.type === 'file' ? sent.attach?.name : undefined).toBe('hello.txt');
        expect(sent.type === 'file' ? sent.attach?.url : '').not.toBe('');
      });

      it('cancels an upload with UPLOAD_CANCELLED and sends nothing', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const controller = new AbortController();
        controller.abort();
        const file = new Blob(['x'], { type: 'text/plain' });
        const request = {
          idClient: uid(),
          scene: 'p2p',
          to: 'bob',
          type: 'file',
          body: '',
          file,
        } as const;
        await expectCode(
          alice.adapter.send(request, { signal: controller.signal }),
          'UPLOAD_CANCELLED',
        );
        expect(await allHistory(alice.adapter, 'p2p-bob')).toHaveLength(0);
      });
    }
  });
}
