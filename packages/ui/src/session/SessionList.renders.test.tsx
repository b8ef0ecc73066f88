import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalList, TEST_RECT } from '../test/localList.tsx';

// Counts renders of SessionRow (the presentational row every list row renders) per session.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./SessionRow.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('./SessionRow.tsx')>();
  const Row = original.SessionRow;
  function CountingRow(props: Parameters<typeof Row>[0]) {
    renders.set(props.session.id, (renders.get(props.session.id) ?? 0) + 1);
    return <Row {...props} />;
  }
  return { ...original, SessionRow: CountingRow };
});

const { SessionList } = await import('./SessionList.tsx');

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('SessionList render isolation', { timeout: 20_000 }, () => {
  it('re-renders only the row of the session that got a message', async () => {
    env = await openLocalList({
      peers: [
        { account: 'alice', nick: 'Alice' },
        { account: 'bob', nick: 'Bob' },
        { account: 'carol', nick: 'Carol' },
      ],
    });
    env.render(<SessionList initialRect={TEST_RECT} />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    renders.clear();

    // Alice's session is already first: her row changes, the order does not.
    await act(() => env?.receive('alice', 'a new message for A'));
    await waitFor(() => expect(screen.getByText('a new message for A')).toBeTruthy());
    expect(renders.get('p2p-alice')).toBeGreaterThan(0);
    expect(renders.get('p2p-bob') ?? 0).toBe(0);
    expect(renders.get('p2p-carol') ?? 0).toBe(0);
  });
});
