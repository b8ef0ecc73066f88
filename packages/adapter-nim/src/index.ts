export { createNimAdapter } from './createNimAdapter.ts';
export type { NimAdapterOptions } from './NimAdapterOptions.ts';
export type {
  NimCloudSessionService,
  NimEventArgs,
  NimEventName,
  NimInstance,
  NimListen,
  NimMsgLogService,
  NimMsgService,
  NimSessionService,
  NimTeamService,
  NimUserService,
} from './NimInstance.ts';
