import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { applyEdit } from '../rules/edit.ts';
import { applyReaction } from '../rules/reactions.ts';
import type { FakeControls } from './createFakeAdapter.ts';
import type { FakeServer } from './FakeServer.ts';

/** Test controls of replies, reactions and edits on a fake adapter. */
export interface InteractionControls {
  /** The next `react` or `edit` rejects with this error. */
  failNext: ChatError | null;
  /** While set, `react` and `edit` wait for it (to observe the optimistic state). */
  gate: Promise<void> | null;
}

/**
 * Gives a fake adapter replies, reactions and edits (stored on the fake server, pushed to the
 * participants' devices) with an edit window of `editWindowMs` (test helper).
 */
export function withInteractions<A extends ChatAdapter & { controls: FakeControls }>(
  adapter: A,
  server: FakeServer,
  account: string,
  editWindowMs?: number,
): A & { interactions: InteractionControls } {
  const interactions: InteractionControls = { failNext: null, gate: null };
  /** Stores a change of a message at a new server time and pushes its event. */
  const change = async (
    method: string,
    message: Message,
    update: (stored: Message, time: number) => Message,
    event: (sessionId: SessionId, time: number) => AdapterEvent,
  ) => {
    adapter.controls.calls.push(method);
    if (interactions.gate) await interactions.gate;
    const error = interactions.failNext;
    interactions.failNext = null;
    if (error) throw error;
    const stored = server.find(message.idClient);
    if (!stored) throw server.notFound('Message');
    const time = server.tick();
    server.replace(update(stored, time));
    server.broadcast(server.participants(stored), (to) =>
      event(server.viewOf(stored, to).sessionId, time),
    );
    return { time };
  };
  return Object.assign(adapter, {
    interactions,
    replies: true,
    ...(editWindowMs === undefined ? {} : { editWindowMs }),
    react: (message: Message, reaction: { key: string; on: boolean }) =>
      change(
        'react',
        message,
        (stored, time) => {
          const reactions = applyReaction(stored.reactions, account, reaction, time);
          return reactions ? { ...stored, reactions } : stored;
        },
        (sessionId, time) => ({
          type: 'reaction',
          sessionId,
          idClient: message.idClient,
          account,
          time,
          change: reaction,
        }),
      ),
    edit: (message: Message, body: string) =>
      change(
        'edit',
        message,
        (stored, time) => applyEdit(stored, body, time),
        (sessionId, time) => ({ type: 'edit', sessionId, idClient: message.idClient, body, time }),
      ),
  });
}
