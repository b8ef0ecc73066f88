import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { codeOf, world } from '../test/world.ts';

describe('embedded backend: bad input', () => {
  it('rejects ids with control or bidi characters, or too long, and creates no account', async () => {
    const { server } = await world();
    const adapter = createLocalAdapter({ server, account: 'alice' });
    await adapter.connect();
    const bad = ['bob\u0000x', '\u202Eevil', 'a'.repeat(100_000), 'line\nbreak'];
    for (const to of bad) {
      const request = { idClient: `c-${to.length}`, scene: 'p2p', to, type: 'text', body: 'x' };
      expect(await codeOf(adapter.send(request as never))).toBe('INVALID_ARGUMENT');
    }
    expect(server.getUsers(bad)).toEqual([]);
  });

  it('rejects an empty file and a text above its limit', async () => {
    const { server } = await world({ maxTextLength: 100 });
    const adapter = createLocalAdapter({ server, account: 'alice' });
    await adapter.connect();
    const empty = new Blob([]);
    expect(
      await codeOf(
        adapter.send({
          idClient: 'f',
          scene: 'p2p',
          to: 'bob',
          type: 'file',
          body: '',
          file: empty,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      await codeOf(
        adapter.send({
          idClient: 't',
          scene: 'p2p',
          to: 'bob',
          type: 'text',
          body: 'x'.repeat(101),
        }),
      ),
    ).toBe('TEXT_TOO_LONG');
  });
});
