import { MAX_REACTION_KEYS } from '@parley/core/rules';
import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { codeOf } from '../test/world.ts';
import { LocalServer } from './LocalServer.ts';

async function signedIn(...accounts: string[]) {
  const server = await LocalServer.open();
  const devices = accounts.map((account) => createLocalAdapter({ server, account }));
  for (const device of devices) await device.connect();
  const [alice] = devices;
  if (!alice) throw new Error('nobody signed in');
  const sent = await alice.send({
    idClient: 'm',
    scene: 'p2p',
    to: 'bob',
    type: 'text',
    body: 'hi',
  });
  return { devices, sent };
}

describe('reactions and edits on the embedded server', () => {
  it('refuses a key beyond the limit, a recalled message and a stranger', async () => {
    const { devices, sent } = await signedIn('alice', 'bob', 'eve');
    const [alice, bob, eve] = devices;
    if (!alice?.react || !bob?.react || !eve?.react) throw new Error('no react');
    for (let i = 0; i < MAX_REACTION_KEYS; i++) {
      const device = i % 2 ? alice : bob;
      await device.react?.(sent, { key: `k${i}`, on: true }, []);
    }
    expect(await codeOf(bob.react(sent, { key: 'one more', on: true }, []))).toBe('REACTION_LIMIT');
    // A key someone holds already is no new key.
    await bob.react(sent, { key: 'k1', on: true }, []);
    expect(await codeOf(eve.react(sent, { key: 'k0', on: true }, []))).toBe('NOT_FOUND');
    expect(await codeOf(bob.react(sent, { key: '\u202E', on: true }, []))).toBe('INVALID_ARGUMENT');
    await alice.recall(sent);
    expect(await codeOf(bob.react(sent, { key: 'k0', on: false }, []))).toBe('INVALID_STATE');
  });

  it('edits only the sender’s text, inside the window; a forward copies none of it', async () => {
    const { devices, sent } = await signedIn('alice', 'bob');
    const [alice, bob] = devices;
    if (!alice?.edit || !bob?.edit || !alice.react || !alice.forward) throw new Error('no edit');
    expect(await codeOf(bob.edit(sent, 'mine'))).toBe('EDIT_NOT_ALLOWED');
    expect(await codeOf(alice.edit(sent, ' '))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(alice.edit({ ...sent, idClient: 'nope' }, 'x'))).toBe('NOT_FOUND');
    await alice.edit(sent, 'hello');
    await alice.react(sent, { key: '👍', on: true }, ['👍']);
    const copy = await alice.forward(sent, { scene: 'p2p', to: 'carol', idClient: 'c' });
    expect(copy).toMatchObject({ body: 'hello' });
    expect(copy.editedAt).toBeUndefined();
    expect(copy.reactions).toBeUndefined();
  });
});
