export { chatOn, type Faults, itIsAbsent, loaded, untilState } from './chatHarness.ts';
export type { Device } from './harness.ts';
export {
  allHistory,
  allSessions,
  expectCode,
  findSession,
  historyPages,
  setup,
  text,
  uid,
} from './harness.ts';
export { runAdapterConformance } from './runAdapterConformance.ts';
export type { ViewerContext } from './sessionTable.ts';
export { applyMessageToSession, applyRecallToSession, resetUnread } from './sessionTable.ts';
export type {
  ConformanceBackend,
  ConformanceFactory,
  ConformanceFeatures,
  ConformanceOptions,
  ConformanceTeam,
} from './types.ts';
