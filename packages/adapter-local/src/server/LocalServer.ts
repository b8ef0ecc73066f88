import type { Team, UserProfile } from '@parley/core';
import { ChatError, toChatError } from '@parley/core';
import { checkId, DEFAULT_MAX_TEXT_LENGTH, DEFAULT_RECALL_WINDOW_MS } from '@parley/core/rules';
import { applyImport } from '../import/applyImport.ts';
import type { ImportData } from '../import/ImportData.ts';
import { MemoryStorage } from '../storage/MemoryStorage.ts';
import { type ServerStorage, STORE_NAMES, type StorageSnapshot } from '../storage/ServerStorage.ts';
import { type DeviceLink, Feed } from './Feed.ts';
import { loadInto } from './load.ts';
import { ServerConnection } from './ServerConnection.ts';
import { ServerData } from './ServerData.ts';
import type { ServerPort } from './ServerPort.ts';
import type { ServerState } from './ServerState.ts';
import {
  addMembers,
  type CreateTeamInput,
  createTeam,
  leaveTeam,
  removeMembers,
  updateTeam,
} from './teams.ts';
import type { StoredMessage, TeamRecord } from './types.ts';

/** How long a sender may edit a text message on the embedded server by default, ms: a day. */
export const DEFAULT_EDIT_WINDOW_MS = 24 * 3600 * 1000;

/** Options of {@link LocalServer.open}. */
export interface LocalServerOptions {
  /** Where data lives. Default a fresh `MemoryStorage`. */
  storage?: ServerStorage;
  /** How long after sending a message its sender may recall it, ms. Default 120000 (2 min). */
  recallWindowMs?: number;
  /**
   * How long after sending a text message its sender may edit it, ms. Default 86400000
   * (`DEFAULT_EDIT_WINDOW_MS`, a day).
   */
  editWindowMs?: number;
  /** Most pinned sessions per account. Default 50. */
  maxPins?: number;
  /**
   * Longest text a message may carry, UTF-16 units; a longer send is rejected with
   * `TEXT_TOO_LONG`. Default 5000, as `createChat`'s `maxTextLength`.
   */
  maxTextLength?: number;
  /**
   * Creates unknown accounts when they connect or are messaged, instead of failing with
   * `AUTH_FAILED` / `NOT_FOUND`. Default true. Account ids are compared as given: the seeds
   * advise lowercase ids, and nothing is normalised here.
   */
  autoRegister?: boolean;
  /** Server clock, ms. Default `Date.now`. Times handed out always increase strictly. */
  now?: () => number;
  /**
   * Data to start with when the storage is empty (a first start; with `IdbStorage` a reload
   * keeps what is stored instead): an app's own data, or `sampleData(account)` for a first
   * screen with something to click. Imported as {@link LocalServer.import} does. Default none.
   */
  data?: ImportData;
}

/** Stored records imported as they are, without checks or events; see {@link LocalServer.importBulk}. */
export interface BulkData {
  users?: UserProfile[];
  teams?: TeamRecord[];
  messages?: StoredMessage[];
}

/**
 * The embedded IM server: accounts, teams, the message log and per-account session state,
 * kept in memory and written through to a {@link ServerStorage}. Clients (devices) talk to
 * it through `createLocalAdapter`; tests and fixtures may call its admin methods directly.
 */
export class LocalServer implements ServerPort {
  /** Recall window, ms. */
  readonly recallWindowMs: number;
  /** Edit window, ms. */
  readonly editWindowMs: number;
  /** Most pinned sessions per account. */
  readonly maxPins: number;
  /** Records that could not be read when the server opened; the rest was loaded. */
  readonly storageErrors: ChatError[];
  /** What the command modules work on; devices reach it through their `ServerConnection`. */
  readonly state: ServerState;
  private readonly storage: ServerStorage;
  private flushing: Promise<void> = Promise.resolve();
  private nextDevice = 0;

  private constructor(options: LocalServerOptions, storage: ServerStorage, data: ServerData) {
    this.recallWindowMs = options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
    this.editWindowMs = options.editWindowMs ?? DEFAULT_EDIT_WINDOW_MS;
    this.maxPins = options.maxPins ?? 50;
    this.storage = storage;
    this.storageErrors = [];
    this.state = {
      data,
      feed: new Feed(),
      recallWindowMs: this.recallWindowMs,
      editWindowMs: this.editWindowMs,
      maxPins: this.maxPins,
      maxTextLength: options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH,
      autoRegister: options.autoRegister ?? true,
    };
  }

  /** Opens a server on its storage, loading everything that can be read. */
  static async open(options: LocalServerOptions = {}): Promise<LocalServer> {
    const storage = options.storage ?? new MemoryStorage();
    const now = options.now ?? Date.now;
    const data = new ServerData(now);
    const server = new LocalServer(options, storage, data);
    const snapshot = await storage.load();
    server.storageErrors.push(...snapshot.errors, ...loadInto(data, snapshot, now()));
    if (options.data && isEmpty(snapshot)) await server.import(options.data);
    return server;
  }

  /** Writes everything changed since the last flush; resolves once storage has it. */
  flush(): Promise<void> {
    const writes = this.state.data.takeWrites();
    const run = this.flushing.then(() => this.storage.write(writes));
    this.flushing = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw new ChatError('INTERNAL', 'Storage rejected a write', { cause: error });
    });
  }

  /** Runs a change and resolves with its result once it is stored. */
  async commit<T>(change: () => T): Promise<T> {
    const result = change();
    await this.flush();
    return result;
  }

  /** A unique id for a new device. */
  newDeviceId(account: string): string {
    this.nextDevice += 1;
    return `${account}#${this.nextDevice}`;
  }

  /** Checks an account for sign-in, creating it when `autoRegister` allows. */
  async authenticate(account: string): Promise<void> {
    try {
      checkId(account, 'account');
    } catch (error) {
      throw new ChatError('AUTH_FAILED', toChatError(error).message, { cause: error });
    }
    if (this.state.data.users.has(account)) return;
    if (!this.state.autoRegister) throw new ChatError('AUTH_FAILED', `No account "${account}"`);
    await this.commit(() => this.state.data.putUser({ account, nick: account }));
  }

  /** Adds or replaces an account's profile. */
  putUser(user: UserProfile): Promise<void> {
    return this.commit(() => {
      this.state.data.putUser(user);
      for (const account of this.state.feed.onlineAccounts()) {
        this.state.feed.emit(account, { type: 'users', users: [user] });
      }
    });
  }

  /** Profiles of the given accounts that exist. */
  getUsers(accounts: readonly string[]): UserProfile[] {
    return this.state.data.profiles(accounts);
  }

  /**
   * Imports an app's own users, teams, messages and per-account session state (read marks or
   * unread counts, p2p read receipts, team readers, pins, ext, mute) in one storage write.
   * Messages keep their given times; sessions, unread counts and what each side sees as read
   * follow from the messages and read state, as if they had been sent and read here. No
   * events are pushed: import before devices connect (they see it when they sign in).
   * Everything is checked first, by the rules sends follow: bad input rejects with one
   * `ChatError` naming the entry (`INVALID_ARGUMENT`, `TEXT_TOO_LONG`, `NOT_FOUND` for an
   * unknown team or, when `autoRegister` is off, account, `PIN_LIMIT`), and nothing is imported.
   */
  import(data: ImportData): Promise<void> {
    return this.commit(() => applyImport(this.state, data));
  }

  /**
   * Imports stored records exactly as given (no checks, no defaults, no events), for tools
   * that already hold them, such as a copy of another server's storage. For an app's own
   * data, use {@link LocalServer.import}.
   */
  importBulk(bulk: BulkData): Promise<void> {
    const { data } = this.state;
    return this.commit(() => {
      for (const user of bulk.users ?? []) data.putUser(user);
      for (const team of bulk.teams ?? []) data.putTeam(team);
      for (const message of bulk.messages ?? []) data.putMessage(message, { bulk: true });
      data.sortAll();
    });
  }

  /** Signs a device in; it receives the account's events from now on. */
  connectDevice(link: DeviceLink): ServerConnection {
    return new ServerConnection(this, link);
  }

  /** Creates a team (or super team); members get an `addMembers` notification. */
  createTeam(input: CreateTeamInput): Promise<Team> {
    return this.commit(() => createTeam(this.state, input));
  }

  /** Adds members to a team, as `by` (owner or manager). */
  addTeamMembers(teamId: string, by: string, accounts: string[]): Promise<void> {
    return this.commit(() => addMembers(this.state, teamId, by, accounts));
  }

  /** Removes members from a team, as `by` (owner or manager). */
  removeTeamMembers(teamId: string, by: string, accounts: string[]): Promise<void> {
    return this.commit(() => removeMembers(this.state, teamId, by, accounts));
  }

  /** `account` leaves a team. */
  leaveTeam(teamId: string, account: string): Promise<void> {
    return this.commit(() => leaveTeam(this.state, teamId, account));
  }

  /** Renames a team or changes its avatar, as `by`. */
  updateTeam(teamId: string, by: string, patch: { name?: string; avatar?: string }): Promise<void> {
    return this.commit(() => updateTeam(this.state, teamId, by, patch));
  }

  /** Releases the storage. */
  async close(): Promise<void> {
    await this.flushing;
    await this.storage.close();
  }
}

function isEmpty(snapshot: StorageSnapshot): boolean {
  return STORE_NAMES.every((store) => snapshot.records[store].size === 0);
}
