import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { selectSession } from './store/selectors.ts';

vi.mock('react', () => {
  throw new Error('core must not import react');
});
vi.mock('react-dom', () => {
  throw new Error('core must not import react-dom');
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('@parley/core without React', () => {
  it('imports the whole entry and runs a chat with React mocked away', async () => {
    const core = await import('./index.ts');
    const { FakeServer } = await import('./test/FakeServer.ts');
    const { createFakeAdapter } = await import('./test/createFakeAdapter.ts');
    const { createChatStore } = await import('./store/createChatStore.ts');
    const chat = core.createChat({ adapter: createFakeAdapter(new FakeServer(), 'alice') });
    await chat.connect();
    await chat.send('p2p-bob', { type: 'text', body: 'no react here' });
    expect(selectSession(chat.store.getState(), 'p2p-bob')?.lastMsg?.body).toBe('no react here');
    expect(createChatStore().getState().connection.status).toBe('idle');
  });

  it('no source file imports react', () => {
    const offenders = sourceFiles(import.meta.dirname).filter((file) =>
      /from\s+['"]react(-dom)?(\/[^'"]*)?['"]|require\(\s*['"]react/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
