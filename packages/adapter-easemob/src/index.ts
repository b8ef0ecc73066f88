export { createEasemobAdapter } from './createEasemobAdapter.ts';
export type { EasemobAdapterOptions } from './EasemobAdapterOptions.ts';
export type { EasemobConnection, EasemobHandlers } from './EasemobConnection.ts';
