export {
  createLocalAdapter,
  type LocalAdapter,
  type LocalAdapterOptions,
} from './client/createLocalAdapter.ts';
export type { FaultOptions } from './client/faults.ts';
export type { FileOptions } from './client/upload.ts';
export { type FixtureOptions, generateFixtures } from './fixtures/generateFixtures.ts';
export type {
  ImportData,
  ImportMessage,
  ImportMessageFields,
  ImportSession,
  ImportTeam,
  ImportUser,
} from './import/ImportData.ts';
export { sampleData } from './import/sampleData.ts';
export { createRandom } from './peers/prng.ts';
export { SimulatedPeers, type SimulatedPeersOptions } from './peers/SimulatedPeers.ts';
export {
  type BulkData,
  DEFAULT_EDIT_WINDOW_MS,
  LocalServer,
  type LocalServerOptions,
} from './server/LocalServer.ts';
export type { CreateTeamInput } from './server/teams.ts';
export type { SessionRecord, StoredMessage, TeamRecord } from './server/types.ts';
export { IdbStorage, type IdbStorageOptions } from './storage/IdbStorage.ts';
export { MemoryStorage } from './storage/MemoryStorage.ts';
export type {
  ServerStorage,
  StorageSnapshot,
  StorageWrite,
  StoredRecords,
} from './storage/ServerStorage.ts';
