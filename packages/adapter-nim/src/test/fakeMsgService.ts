import type { CustomAttach, Message, SendOptions, SendRequest } from '@parley/core';
import { toSessionId } from '@parley/core/rules';
import type { UploadFileResult } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudStorageServiceInterface.js';
import type {
  IMMessage,
  MsgServiceInterface,
  NIMETeamMsgReceiptsQueryOptions,
  TMsgThreadMsgInfo,
  TMsgType,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type {
  IBaseSendFileOptions,
  IBaseSendMsgOptions,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/types.js';
import { toJson, toMessage } from '../toMessage.ts';
import { asNimError, paramError } from './FakeNimError.ts';
import type { FakeNimState } from './FakeNimState.ts';
import { imOf } from './fakeShapes.ts';

/** What any `send*Msg` call may carry. */
type SendOptionsOf = IBaseSendMsgOptions &
  Omit<IBaseSendFileOptions, keyof IBaseSendMsgOptions | 'attach'> & { attach?: unknown };

const SCENES = ['p2p', 'team', 'superTeam'];

function customOf(attach: unknown): CustomAttach {
  const parsed: unknown = typeof attach === 'string' ? JSON.parse(attach) : attach;
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'kind' in parsed &&
    typeof parsed.kind === 'string'
  ) {
    return { kind: parsed.kind, data: toJson('data' in parsed ? parsed.data : null) };
  }
  return { kind: 'nim', data: toJson(parsed) };
}

/** An uploaded file (`UploadFileResult`) as Parley's attachment fields. */
function fileFields(result: Partial<UploadFileResult>) {
  return {
    url: result.url ?? '',
    name: result.name ?? '',
    size: result.size ?? 0,
    mime: 'application/octet-stream',
    width: result.w ?? 0,
    height: result.h ?? 0,
    dur: result.dur ?? 0,
  };
}

/** The send request for the embedded server; throws 414 as the SDK's checks do. */
function requestOf(type: TMsgType, o: SendOptionsOf, idClient: string): SendRequest {
  const common = {
    idClient,
    scene: o.scene,
    to: o.to,
    body: typeof o.body === 'string' ? o.body : '',
    ...(o.ext ? { ext: o.ext } : {}),
    ...(o.teamSpecializationInfo?.needACK ? { needReceipt: true } : {}),
  };
  switch (type) {
    case 'text':
    case 'tip':
      if (!common.body) throw paramError('body');
      return { ...common, type };
    case 'geo': {
      const geo = o.attach as { lat?: unknown; lng?: unknown; title?: unknown } | undefined;
      if (
        typeof geo?.lat !== 'number' ||
        typeof geo.lng !== 'number' ||
        typeof geo.title !== 'string' ||
        !geo.title
      ) {
        throw paramError('attach');
      }
      return { ...common, type, attach: { lat: geo.lat, lng: geo.lng, title: geo.title } };
    }
    case 'custom':
      if (o.attach === undefined || o.attach === '') throw paramError('attach');
      return { ...common, type, attach: customOf(o.attach) };
    case 'image':
    case 'audio':
    case 'video':
    case 'file': {
      if (o.file) return { ...common, type, file: o.file };
      if (typeof o.attach !== 'object' || o.attach === null) throw paramError('file');
      const { width, height, dur, ...base } = fileFields(o.attach);
      if (type === 'image') return { ...common, type, attach: { ...base, width, height } };
      if (type === 'audio') return { ...common, type, attach: { ...base, dur } };
      if (type === 'video') return { ...common, type, attach: { ...base, dur, width, height } };
      return { ...common, type, attach: base };
    }
    default:
      throw paramError('type');
  }
}

/**
 * The reply links the server stores for a message sent with `replyMsg`: the message replied to,
 * and the root of its thread (the replied message's own root, or itself).
 */
function threadOf(reply: IMMessage): TMsgThreadMsgInfo {
  if (!reply.idClient || !reply.from || !reply.to || !reply.idServer) throw paramError('replyMsg');
  const root = reply.threadMessageInfo;
  return {
    replyMsgFromAccount: reply.from,
    replyMsgToAccount: reply.to,
    replyMsgTime: reply.time,
    replyMsgIdServer: reply.idServer,
    replyMsgIdClient: reply.idClient,
    threadMsgFromAccount: root?.threadMsgFromAccount ?? reply.from,
    threadMsgToAccount: root?.threadMsgToAccount ?? reply.to,
    threadMsgTime: root?.threadMsgTime ?? reply.time,
    threadMsgIdServer: root?.threadMsgIdServer ?? reply.idServer,
    threadMsgIdClient: root?.threadMsgIdClient ?? reply.idClient,
  };
}

/** `nim.msg`: sending (with `onSendBefore` and upload callbacks), recall, receipts (seed 004). */
export function fakeMsgService(nim: FakeNimState) {
  async function sendMsg(type: TMsgType, o: SendOptionsOf): Promise<IMMessage> {
    if (!SCENES.includes(o?.scene) || typeof o.to !== 'string' || !o.to)
      throw paramError('scene/to');
    // The SDK keeps a given idClient only on a resend (setting.resendFlag).
    const idClient = o.setting?.resendFlag ? o.idClient : crypto.randomUUID();
    if (!idClient) throw paramError('idClient is required to resend a message');
    const request = requestOf(type, o, idClient);
    if (o.replyMsg) nim.cloud.threads.set(idClient, threadOf(o.replyMsg));
    const pending: IMMessage = {
      flow: 'out',
      target: o.to,
      sessionId: toSessionId(o.scene, o.to),
      status: 'sending',
      scene: o.scene,
      to: o.to,
      from: nim.account,
      time: Date.now(),
      userUpdateTime: 0,
      type,
      body: request.body,
      idClient,
      feature: 'default',
    };
    try {
      o.onSendBefore?.(pending);
    } catch {
      // The SDK logs a throwing onSendBefore and sends anyway.
    }
    const abort = new AbortController();
    const size = o.file?.size ?? 0;
    const sendOptions: SendOptions = {
      signal: abort.signal,
      onProgress: (p) =>
        o.onUploadProgress?.({
          total: size,
          loaded: Math.round(p * size),
          percentage: p,
          percentageText: `${(p * 100).toFixed(2)}%`,
        }),
    };
    if (o.file) o.onUploadStart?.({ abort: () => abort.abort() });
    let sent: Message;
    try {
      sent = await nim.device().send(request, sendOptions);
    } catch (error) {
      const failed = asNimError(error);
      failed.msg = { ...pending, status: failed.code === 7101 ? 'refused' : 'sendFailed' };
      throw failed;
    }
    const im = imOf(sent, nim.account, nim.cloud.threads);
    if (o.file && im.attach) o.onUploadDone?.(im.attach as UploadFileResult);
    nim.applyMessage(sent);
    nim.updated(sent.sessionId);
    return im;
  }

  const parley = (msg: IMMessage): Message => {
    const message = toMessage(msg, nim.account);
    if (!message) throw paramError('msg');
    return message;
  };
  const teamMessage = (r: NIMETeamMsgReceiptsQueryOptions): Message => ({
    idClient: r.idClient,
    idServer: r.idServer,
    scene: 'team',
    sessionId: toSessionId('team', r.teamId),
    from: '',
    to: r.teamId,
    time: 0,
    status: 'read',
    type: 'text',
    body: '',
  });
  const server = <T>(run: () => Promise<T>) =>
    run().catch((error: unknown) => {
      throw asNimError(error);
    });

  return {
    sendTextMsg: (o) => sendMsg('text', o),
    sendTipMsg: (o) => sendMsg('tip', o),
    sendGeoLocationMsg: (o) => sendMsg('geo', o),
    sendCustomMsg: (o) => sendMsg('custom', o),
    sendImageMsg: (o) => sendMsg('image', o),
    sendAudioMsg: (o) => sendMsg('audio', o),
    sendVideoMsg: (o) => sendMsg('video', o),
    sendFileMsg: (o) => sendMsg('file', o),
    resendMsg: ({ msg }) =>
      sendMsg(msg.type, {
        scene: msg.scene,
        to: msg.to,
        body: msg.body,
        attach: msg.attach,
        idClient: msg.idClient,
        setting: { resendFlag: true },
      }),
    forwardMsg: ({ scene, to, msg }) =>
      sendMsg(msg.type, { scene, to, body: msg.body, attach: msg.attach }),
    recallMsg: async ({ msg }) => {
      const message = parley(msg);
      await server(() => nim.device().recall(message));
      await nim.reload(message.sessionId);
      return msg;
    },
    deleteSelfMsgs: async ({ msgs }) => {
      if (!Array.isArray(msgs) || msgs.some((m) => m.scene !== 'p2p' && m.scene !== 'team'))
        throw paramError('msgs');
      const bySession = new Map<string, Message[]>();
      for (const m of msgs.map(parley))
        bySession.set(m.sessionId, [...(bySession.get(m.sessionId) ?? []), m]);
      const deletedTime = Date.now();
      for (const [sessionId, list] of bySession) {
        await server(() =>
          nim.device().deleteHistory({ sessionId, idClients: list.map((m) => m.idClient) }),
        );
        await nim.reload(sessionId);
      }
      return msgs.map((m) => ({
        deletedTime,
        from: m.from,
        to: m.to,
        idClient: m.idClient,
        idServer: m.idServer ?? '',
        scene: m.scene === 'team' ? 'team' : 'p2p',
        time: m.time,
      }));
    },
    sendMsgReceipt: async ({ msg }) => {
      const message = parley(msg);
      await server(() => nim.device().sendReceipt(message));
      return { to: message.from, idClient: message.idClient, time: message.time };
    },
    sendTeamMsgReceipt: async ({ teamMsgReceipts }) => {
      for (const r of teamMsgReceipts) await server(() => nim.device().sendReceipt(teamMessage(r)));
    },
    getTeamMsgReads: async ({ teamMsgReceipts }) =>
      Promise.all(
        teamMsgReceipts.map(async (r) => {
          const detail = await server(async () =>
            nim.device().getTeamReceiptDetail?.(teamMessage(r)),
          );
          return { ...r, read: detail?.read.length ?? 0, unread: detail?.unread.length ?? 0 };
        }),
      ),
    getTeamMsgReadAccounts: async ({ teamMsgReceipt: r }) => {
      const detail = await server(async () => nim.device().getTeamReceiptDetail?.(teamMessage(r)));
      return {
        readAccounts: detail?.read ?? [],
        unreadAccounts: detail?.unread ?? [],
        teamMsgReceipt: { teamId: r.teamId, idClient: r.idClient },
      };
    },
  } satisfies MsgServiceInterface;
}
