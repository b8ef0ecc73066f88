export { createNimAdapter } from './createNimAdapter.ts';
export type { NimAdapterOptions } from './NimAdapterOptions.ts';
export type {
  NimCloudSessionService,
  NimEventArgs,
  NimEventName,
  NimInstance,
  NimListen,
  NimMsgExtendService,
  NimMsgLogService,
  NimMsgService,
  NimSessionService,
  NimTeamService,
  NimUserService,
} from './NimInstance.ts';
