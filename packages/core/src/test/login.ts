import type { Chat } from '../Chat.ts';
import { createChat } from '../createChat.ts';
import { createFakeAdapter, type FakeControls } from './createFakeAdapter.ts';
import type { FakeServer } from './FakeServer.ts';

/** A connected chat of `account` on `server` with deterministic ids (test helper). */
export async function login(
  server: FakeServer,
  account: string,
  options: { withPinnedList?: boolean; connect?: boolean } = {},
): Promise<{ chat: Chat; controls: FakeControls }> {
  const adapter = createFakeAdapter(server, account, options);
  let next = 0;
  const chat = createChat({
    adapter,
    now: () => server.clock,
    createId: () => `${account}-${++next}`,
  });
  if (options.connect !== false) await chat.connect();
  return { chat, controls: adapter.controls };
}

/** Lets pending promise callbacks run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
