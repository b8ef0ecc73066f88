import type { Session } from '@parley/core';
import type {
  Session as NimSession,
  SessionServiceInterface,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import { accountSession } from './FakeNimCloud.ts';
import { asNimError, paramError } from './FakeNimError.ts';
import type { FakeNimState } from './FakeNimState.ts';
import { nimSessionOf } from './fakeShapes.ts';

/** `nim.session`: the SDK's in-memory recent sessions (seed 000). */
export function fakeSessionService(nim: FakeNimState) {
  const view = (session: Session): NimSession =>
    nimSessionOf(session, nim.account, nim.cloud.threads);
  const ordered = () =>
    [...nim.memory.values()]
      .filter((s) => s.lastMsg !== undefined)
      .sort((a, b) => b.updateTime - a.updateTime)
      .map(view);
  const checkId = (id: unknown): string => {
    if (typeof id !== 'string' || !/^(p2p|team|superTeam)-./.test(id)) throw paramError('id');
    return id;
  };
  const reset = async (id: string) => {
    const session = nim.memory.get(id);
    const newest = session?.lastMsg?.time ?? 0;
    if (!session || (session.unread === 0 && session.ack >= newest)) return;
    await nim.device().markSessionRead(id, newest);
    nim.memory.set(id, { ...session, unread: 0, ack: Math.max(session.ack, newest) });
    nim.updated(id);
  };
  const pinned = async (id: string, run: () => Promise<Session['stickTopInfo']>) => {
    checkId(id);
    const info = await run().catch((error: unknown) => {
      throw asNimError(error);
    });
    return view(nim.keepPin(id, info));
  };

  return {
    getSession: ({ id }) => {
      const session = nim.memory.get(id);
      return session ? view(session) : undefined;
    },
    getSessions: ({ limit = 100, lastSessionId, desc = false }) => {
      const list = desc ? ordered() : ordered().reverse();
      const start = lastSessionId ? list.findIndex((s) => s.id === lastSessionId) + 1 : 0;
      return list.slice(start, start + limit);
    },
    getAllSessions: ordered,
    resetSessionUnreadCount: async ({ id }) => reset(checkId(id)),
    resetMultiSessionUnreadCount: async ({ ids }) => {
      for (const id of ids) await reset(checkId(id));
    },
    resetAllSessionsUnreadCount: async () => {
      for (const id of [...nim.memory.keys()]) await reset(id);
    },
    deleteSession: async ({ id, isSyncToServer }) => {
      checkId(id);
      const newest = nim.memory.get(id)?.lastMsg?.time ?? 0;
      nim.memory.delete(id);
      // Deleting roaming makes the next login's sync skip the session until a newer message.
      if (isSyncToServer) {
        nim.cloud.roamingClearedAt.set(
          accountSession(nim.account, id),
          Math.max(newest, Date.now()),
        );
      }
    },
    deleteAllSessionsFromLocal: () => {
      nim.memory.clear();
    },
    addStickTopSession: ({ id, ext }) => pinned(id, () => nim.device().pin(id, ext)),
    updateStickTopSession: ({ id, ext }) => pinned(id, () => nim.device().updatePinExt(id, ext)),
    deleteStickTopSession: ({ id }) => pinned(id, () => nim.device().unpin(id)),
  } satisfies SessionServiceInterface;
}
