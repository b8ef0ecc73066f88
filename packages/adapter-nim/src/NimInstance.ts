import { ChatError } from '@parley/core';
import type { CloudSessionServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudSessionServiceInterface.js';
import type { MsgExtendServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgExtendServiceInterface.js';
import type { MsgLogServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgLogServiceInterface.js';
import type { MsgServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type {
  IMEventInterface,
  NIMInitializeOptions,
  NIMInterface,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/NIMInterface.js';
import type { SessionServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import type { TeamServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/TeamServiceInterface.js';
import type { UserServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/UserServiceInterface.js';

/** The recent-session calls the adapter makes (`nim.session.*`, seed 000). */
export type NimSessionService = Pick<
  SessionServiceInterface,
  | 'getSession'
  | 'getAllSessions'
  | 'resetSessionUnreadCount'
  | 'resetAllSessionsUnreadCount'
  | 'deleteSession'
  | 'addStickTopSession'
  | 'updateStickTopSession'
  | 'deleteStickTopSession'
>;

/** The message calls the adapter makes (`nim.msg.*`, seed 004). */
export type NimMsgService = Pick<
  MsgServiceInterface,
  | 'sendTextMsg'
  | 'sendTipMsg'
  | 'sendGeoLocationMsg'
  | 'sendCustomMsg'
  | 'sendImageMsg'
  | 'sendAudioMsg'
  | 'sendVideoMsg'
  | 'sendFileMsg'
  | 'recallMsg'
  | 'deleteSelfMsgs'
  | 'sendMsgReceipt'
  | 'sendTeamMsgReceipt'
  | 'getTeamMsgReadAccounts'
>;

/** The history calls the adapter makes (`nim.msgLog.*`). */
export type NimMsgLogService = Pick<
  MsgLogServiceInterface,
  'getHistoryMsgs' | 'clearHistoryMsgsFromServer'
>;

/** Whole messages by server id, for the originals replies name (`nim.msgExtend.*`). */
export type NimMsgExtendService = Pick<MsgExtendServiceInterface, 'getMsgsByIdServer'>;

/** The server-session calls the adapter makes (`nim.cloudSession.*`, seed 003). */
export type NimCloudSessionService = Pick<
  CloudSessionServiceInterface,
  'queryCloudSession' | 'updateCloudSession' | 'deleteCloudSessionList'
>;

/** Profiles (`nim.user.*`). */
export type NimUserService = Pick<UserServiceInterface, 'getUsersNameCardFromServer'>;

/** Teams (`nim.team.*`). */
export type NimTeamService = Pick<TeamServiceInterface, 'getTeamInfo' | 'getTeamMembers'>;

/** The SDK events the adapter listens to (`nim.on(name, …)`). */
export type NimEventName =
  | 'logined'
  | 'kicked'
  | 'willReconnect'
  | 'disconnect'
  | 'syncdone'
  | 'msg'
  | 'sysMsg'
  | 'syncSysMsgs'
  | 'updateSession'
  | 'msgReceipts'
  | 'deleteSelfMsgs'
  | 'clearServerHistoryMsgs'
  | 'multiSyncUpdateCloudSession'
  | 'users'
  | 'teams'
  | 'updateTeam';

/** Listener arguments of an SDK event, as `IMEventInterface` declares them. */
export type NimEventArgs<K extends NimEventName> = IMEventInterface[K] extends readonly unknown[]
  ? IMEventInterface[K]
  : [IMEventInterface[K]];

/** `nim.on` / `nim.off` for the events the adapter uses. */
export type NimListen = <K extends NimEventName>(
  event: K,
  listener: (...args: NimEventArgs<K>) => void,
) => void;

/**
 * An SDK instance made by the app with `NIM.getInstance({ appkey, account, token })`, as far as
 * the adapter uses it: the V1 services the seeds call.
 *
 * The lifecycle members (`connect`, `disconnect`, `on`, `off`) are optional here because the
 * `V2NIM` class type of nim-web-sdk-ng 10.8 leaves them out, although every instance has them
 * (they are typed on `NIMInterface` and `IMEventInterface`); the adapter checks for them when it
 * is created.
 */
export interface NimInstance {
  readonly options: Pick<NIMInitializeOptions, 'account'>;
  readonly session: NimSessionService;
  readonly msg: NimMsgService;
  readonly msgLog: NimMsgLogService;
  readonly msgExtend: NimMsgExtendService;
  readonly cloudSession: NimCloudSessionService;
  readonly user: NimUserService;
  readonly team: NimTeamService;
  connect?: NIMInterface['connect'];
  disconnect?: NIMInterface['disconnect'];
  on?: NimListen;
  off?: NimListen;
}

/** An instance whose lifecycle members were found. */
export type LiveNim = NimInstance &
  Required<Pick<NimInstance, 'connect' | 'disconnect' | 'on' | 'off'>>;

/**
 * Checks that `nim` is an SDK instance with the V1 lifecycle the adapter drives.
 * @throws ChatError `INVALID_ARGUMENT` naming what is missing
 */
export function assertLiveNim(nim: NimInstance): asserts nim is LiveNim {
  const missing = (['connect', 'disconnect', 'on', 'off'] as const).filter(
    (key) => typeof nim?.[key] !== 'function',
  );
  const services = (['session', 'msg', 'msgLog'] as const).filter(
    (key) => typeof nim?.[key] !== 'object' || nim[key] === null,
  );
  if (missing.length > 0 || services.length > 0) {
    throw new ChatError(
      'INVALID_ARGUMENT',
      `createNimAdapter needs an instance from NIM.getInstance(…); missing: ${[...missing, ...services].join(', ')}`,
    );
  }
}
