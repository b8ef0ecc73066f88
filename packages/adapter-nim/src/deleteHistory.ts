import type { HistoryDelete, HistoryQuery, Message, Page, Scene } from '@parley/core';
import { ChatError } from '@parley/core';
import { MAX_PAGE_SIZE } from '@parley/core/rules';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { NimMsgService } from './NimInstance.ts';
import { nimCall } from './nimErrors.ts';

/** Messages per `deleteSelfMsgs` call. */
const DELETE_BATCH = 50;

/** What a one-sided history delete needs besides the target. */
export interface DeleteDeps {
  msg: NimMsgService;
  /** The SDK's copy of a message this device has seen. */
  find(idClient: string): IMMessage | undefined;
  /** A history page; the messages it reads become findable. */
  page(query: HistoryQuery): Promise<Page<Message>>;
  /** Drops recall notices at or before a time. */
  forgetRecalls(before: number): void;
}

/** Walks a session's history, older pages first from `anchorTime`, until `enough` says stop. */
async function walk(
  sessionId: string,
  anchorTime: number | undefined,
  deps: DeleteDeps,
  visit: (message: Message) => void,
  enough: () => boolean,
): Promise<void> {
  let cursor = '';
  do {
    const page = await deps.page({
      sessionId,
      limit: MAX_PAGE_SIZE,
      ...(cursor ? { cursor } : anchorTime === undefined ? {} : { anchorTime }),
    });
    for (const message of page.items) visit(message);
    cursor = page.cursor;
  } while (cursor && !enough());
}

/**
 * Parley's one-sided history delete with `nim.msg.deleteSelfMsgs`, which takes the messages
 * themselves: by ids, each found among the messages seen (or in history); before a time, every
 * message of my history at or before it. The server keeps them for the other side.
 */
export async function deleteHistory(
  target: HistoryDelete,
  scene: Scene,
  deps: DeleteDeps,
): Promise<void> {
  if (scene === 'superTeam') {
    throw new ChatError('UNSUPPORTED', 'The SDK deletes one-sided only in p2p and team sessions');
  }
  const doomed = new Map<string, IMMessage>();
  if ('idClients' in target) {
    if (!Array.isArray(target.idClients) || target.idClients.some((id) => typeof id !== 'string')) {
      throw new ChatError('INVALID_ARGUMENT', 'idClients must be an array of strings');
    }
    const wanted = new Set(target.idClients);
    const take = (id: string) => {
      const im = deps.find(id);
      if (im && im.sessionId === target.sessionId) doomed.set(id, im);
    };
    for (const id of wanted) take(id);
    if (doomed.size < wanted.size) {
      await walk(
        target.sessionId,
        undefined,
        deps,
        (m) => wanted.has(m.idClient) && take(m.idClient),
        () => doomed.size === wanted.size,
      );
    }
    const unknown = [...wanted].filter((id) => !doomed.has(id));
    if (unknown.length > 0) {
      throw new ChatError('NOT_FOUND', 'Some messages are not in this session', {
        details: { sessionId: target.sessionId, idClients: unknown },
      });
    }
  } else {
    if (typeof target.before !== 'number' || !Number.isFinite(target.before)) {
      throw new ChatError('INVALID_ARGUMENT', 'before must be a time in ms');
    }
    await walk(
      target.sessionId,
      target.before + 1,
      deps,
      (m) => {
        const im = deps.find(m.idClient);
        if (im && !m.recall) doomed.set(m.idClient, im);
      },
      () => false,
    );
    deps.forgetRecalls(target.before);
  }
  const msgs = [...doomed.values()];
  for (let i = 0; i < msgs.length; i += DELETE_BATCH) {
    const batch = msgs.slice(i, i + DELETE_BATCH);
    await nimCall('other', () => deps.msg.deleteSelfMsgs({ msgs: batch }));
  }
}
