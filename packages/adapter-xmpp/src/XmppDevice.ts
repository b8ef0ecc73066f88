import type {
  AdapterEvent,
  AdapterListener,
  ChatErrorInfo,
  Message,
  SessionId,
} from '@parley/core';
import { ChatError, toChatError } from '@parley/core';
import { DEFAULT_RECALL_WINDOW_MS } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { applyParsed } from './applyParsed.ts';
import { connectError } from './connectError.ts';
import { handleStanza, type StanzaDeps } from './handleStanza.ts';
import { keepReconnecting } from './keepReconnecting.ts';
import { keepRooms } from './keepRooms.ts';
import { loadRecent } from './loadRecent.ts';
import { NS } from './namespaces.ts';
import { SessionIndex } from './SessionIndex.ts';
import { SessionStates } from './SessionStates.ts';
import { parseStanza } from './stanzas.ts';
import { stateChanged } from './stateChanged.ts';
import { TeamRooms } from './TeamRooms.ts';
import { DEFAULT_EDIT_WINDOW_MS, type XmppAdapterOptions } from './XmppAdapterOptions.ts';
import { XmppLink } from './XmppLink.ts';

/**
 * Shortest and longest wait before a reconnect attempt, ms: each wait is drawn between the
 * shortest and a cap that doubles after each failed attempt (see keepReconnecting).
 */
const RECONNECT_DELAY_MS = 200;
const MAX_RECONNECT_DELAY_MS = 30_000;
/** Wait before a catch-up that failed on a live link is tried again, ms. */
const RETRY_CATCH_UP_MS = 1000;

/**
 * One signed-in device: the XMPP connection, the roaming cache (index), the PEP session
 * states and joined team rooms. Turns stanzas into adapter events.
 *
 * What stays public is what the adapter's commands read and change (identity, link, index,
 * states, hidden sessions, rooms, listeners); the login and recovery machinery is private,
 * and the modules it delegates to get only what they need (`StanzaDeps`, `RecentDeps`,
 * `RoomDeps`, `StateChangeDeps`).
 */
export class XmppDevice {
  readonly me: string;
  readonly bareJid: string;
  readonly mucDomain: string;
  readonly link: XmppLink;
  readonly index: SessionIndex;
  readonly states: SessionStates;
  readonly hiddenUntil = new Map<SessionId, number>();
  readonly rooms: TeamRooms;
  readonly listeners = new Set<AdapterListener>();
  readonly recallWindowMs: number;
  readonly editWindowMs: number;
  readonly domain: string;
  /**
   * idClients this device sent, and ids of its reactions and corrections: their live echoes
   * (MUC reflection) are not events here.
   */
  readonly sentHere = new Set<string>();
  /** Newest archive entries read at login, per archive (mine and each team room). */
  private readonly loginWindow: number;
  /** Entries scanned per session older than the window, for its `lastMsg` and unread. */
  private readonly unreadScan: number;
  /** How long a team room may stay silent before I check that I am still in it (keepRooms). */
  private readonly roomCheckMs: number;
  private boundResource = '';
  private signedIn = false;
  private lastArchiveId: string | undefined;
  private lastTime = 0;
  private loaded = false;
  /** Counts recoveries; one that a newer one overtook stops at its next step. */
  private recoveries = 0;
  private readonly connectTimeoutMs: number;
  /** The last error reported while reconnecting, so a repeated one is not reported again. */
  private lastError = '';
  /** `reconnecting` was reported and `connected` not yet again. */
  private dropped = false;
  /** Ends the reconnect watchdog (keepReconnecting). */
  private stopReconnecting: () => void = () => undefined;

  constructor(options: XmppAdapterOptions) {
    this.me = options.username;
    this.bareJid = `${options.username}@${options.domain}`;
    this.mucDomain = options.mucDomain ?? `conference.${options.domain}`;
    this.recallWindowMs = options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
    this.editWindowMs = options.editWindowMs ?? DEFAULT_EDIT_WINDOW_MS;
    this.domain = options.domain;
    this.loginWindow = Math.max(1, options.loginWindow ?? 100);
    this.unreadScan = Math.max(1, options.unreadScan ?? 100);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.roomCheckMs = Math.max(1000, options.roomCheckMs ?? 30_000);
    this.link = new XmppLink({
      service: options.service,
      domain: options.domain,
      username: options.username,
      password: options.password,
      resource: options.resource ?? `parley-${Math.random().toString(36).slice(2, 10)}`,
      mechanism: options.mechanism,
    });
    this.index = new SessionIndex(this.me, this.recallWindowMs, this.editWindowMs);
    this.states = new SessionStates(this.link);
    this.rooms = new TeamRooms({
      me: this.me,
      mucDomain: this.mucDomain,
      link: this.link,
      loginWindow: this.loginWindow,
      enterTimeoutMs: this.connectTimeoutMs,
      ingest: (item, room, emit) => this.ingest(item.message, room, item.stamp, emit, item.id),
    });
    const route: StanzaDeps = {
      bareJid: this.bareJid,
      link: this.link,
      states: this.states,
      ingest: (stanza, archiveBy) => this.ingest(stanza, archiveBy, undefined, true),
      stateChanged: (state) => stateChanged(this, state),
    };
    this.link.onStanza((stanza) => handleStanza(route, stanza));
  }

  /** The resource the server bound at sign-in; my changes carry it as their `by`. */
  get resource(): string {
    return this.boundResource;
  }

  /** Signed in and not disconnected since: commands may run. */
  get online(): boolean {
    return this.signedIn;
  }

  emit(event: AdapterEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** Monotonic ms clock of this device (see README: Prosody stamps to the second only). */
  now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  roomJid(teamId: string): string {
    return this.rooms.roomJid(teamId);
  }

  /** The team rooms this device knows I am in. */
  get teams(): ReadonlyMap<string, { readonly members: ReadonlySet<string> }> {
    return this.rooms.rooms;
  }

  /** Signs in, loads states, reads the recent archive, goes online and catches up. */
  async start(): Promise<void> {
    const client = this.link.client;
    let first = true;
    client.on('error', (error) => {
      if (first || !this.online || client.status === 'online') return;
      // A failed reconnect: the store says why while it keeps trying.
      this.reconnecting(error);
    });
    // Less and less often while the server stays away (one that comes back is found within
    // 30 s), at drawn times, and never stuck on an attempt that does not sign in.
    this.stopReconnecting = keepReconnecting(
      client,
      {
        firstDelayMs: RECONNECT_DELAY_MS,
        maxDelayMs: MAX_RECONNECT_DELAY_MS,
        attemptTimeoutMs: this.connectTimeoutMs,
      },
      () => this.online,
    );
    client.on('online', () => {
      if (first) return;
      void this.recover();
    });
    client.streamManagement.on('resumed', () => void this.recover());
    client.on(
      'offline',
      () => this.online && this.emit({ type: 'connection', status: 'disconnected' }),
    );
    client.on('status', (status) => {
      if (status !== 'disconnect' || !this.online || this.dropped) return;
      this.dropped = true;
      this.emit({ type: 'connection', status: 'reconnecting' });
    });
    try {
      const jid = await this.withTimeout(client.start());
      this.boundResource = jid.resource;
    } catch (error) {
      client.reconnect.stop();
      // Not awaited: a server that never answered would hold the close for seconds more.
      client.stop().catch(() => undefined);
      throw connectError(error);
    }
    first = false;
    await this.prepare(false, () => undefined);
    this.signedIn = true;
    keepRooms(this, this.roomCheckMs);
  }

  /** Signs out for good: no reconnects, and `disconnected` is reported. */
  async stop(): Promise<void> {
    this.signedIn = false;
    this.stopReconnecting();
    this.link.client.reconnect.stop();
    await this.link.client.stop().catch(() => undefined);
    this.emit({ type: 'connection', status: 'disconnected' });
  }

  /** Rejects with `TIMEOUT` when the login takes longer than `connectTimeoutMs`. */
  private withTimeout<T>(login: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new ChatError('TIMEOUT', 'The XMPP server did not answer in time')),
        this.connectTimeoutMs,
      );
    });
    return Promise.race([login, timeout]).finally(() => clearTimeout(timer));
  }

  /** Reports a reconnect that failed, once per distinct reason. */
  private reconnecting(cause: unknown): void {
    const error: ChatErrorInfo = connectError(cause).toJSON();
    const key = `${error.code} ${error.message}`;
    if (key === this.lastError) return;
    this.lastError = key;
    this.emit({ type: 'connection', status: 'reconnecting', error });
  }

  /**
   * After a reconnect or resumption: rejoin, and catch up from the last archive ids. A drop
   * during the catch-up starts a new recovery at the next reconnect, which overtakes this one;
   * a catch-up that failed on a live link is tried again.
   */
  private async recover(): Promise<void> {
    if (!this.online) return;
    this.recoveries += 1;
    const mine = this.recoveries;
    const current = () => {
      if (mine !== this.recoveries || !this.online) {
        throw new ChatError('NOT_CONNECTED', 'A newer recovery took over');
      }
    };
    try {
      this.rooms.reset();
      await this.prepare(true, current);
      current();
      this.lastError = '';
      this.dropped = false;
      this.emit({ type: 'connection', status: 'connected' });
    } catch (error) {
      if (mine !== this.recoveries || !this.online) return;
      this.reconnecting(toChatError(error));
      if (this.link.client.status !== 'online') return;
      setTimeout(() => {
        if (mine === this.recoveries) void this.recover();
      }, RETRY_CATCH_UP_MS);
    }
  }

  /** `current` throws once this preparation is stale (a newer recovery runs). */
  private async prepare(emit: boolean, current: () => void): Promise<void> {
    await this.link.request(xml('iq', { type: 'set' }, xml('enable', { xmlns: NS.carbons })));
    current();
    await this.states.load(`${this.bareJid}/${this.resource}`);
    current();
    // Read MAM before presence: offline messages then stay in MAM instead of being pushed
    // twice. The first time only the recent window; after a reconnect, all that is new.
    if (this.loaded) await this.catchUp(emit, current);
    else {
      const recent = await loadRecent({
        me: this.me,
        domain: this.domain,
        mucDomain: this.mucDomain,
        bareJid: this.bareJid,
        link: this.link,
        states: this.states,
        loginWindow: this.loginWindow,
        unreadScan: this.unreadScan,
      });
      for (const item of recent.items) {
        this.ingest(item.message, this.bareJid, item.stamp, false, item.id);
      }
      this.lastArchiveId = recent.lastId;
      this.loaded = true;
    }
    current();
    const self = `${this.bareJid}/${this.resource}`;
    const reflected = this.link.waitFor((s) => s.is('presence') && s.attrs.from === self);
    // Awaited below; when the send fails first, its timeout must not go unhandled.
    reflected.catch(() => undefined);
    await this.link.send(xml('presence'));
    await reflected;
    current();
    // Whatever arrived between the sync and my presence went to MAM only.
    await this.catchUp(emit, current);
    for (const state of this.states.states.values()) {
      if (state.id.startsWith('team-') || state.id.startsWith('superTeam-')) {
        this.rooms.know(state.id.slice(state.id.indexOf('-') + 1));
      }
    }
    // A room that cannot be joined now is marked lost and joined again by keepRooms: it holds
    // back neither the sign-in nor the other rooms.
    await Promise.allSettled([...this.rooms.rooms.keys()].map((id) => this.rooms.join(id, emit)));
  }

  private async catchUp(emit: boolean, current: () => void): Promise<void> {
    const items = await this.link.archiveSince(undefined, this.lastArchiveId);
    current();
    for (const item of items) {
      this.ingest(item.message, this.bareJid, item.stamp, emit, item.id);
      this.lastArchiveId = item.id;
    }
  }

  /** Joins a team room once per connection and reads what its archive holds (TeamRooms). */
  ensureTeam(teamId: string, emit = true): Promise<void> {
    return this.rooms.join(teamId, emit);
  }

  /** Team receipt counts of my message, from the readers seen in markers. */
  withTeamCounts(message: Message): Message {
    if (!message.teamReceipt || message.from !== this.me) return message;
    const members = this.teams.get(message.to)?.members.size ?? 0;
    const read = this.index.readCount(message);
    return { ...message, teamReceipt: { read, unread: Math.max(0, members - 1 - read) } };
  }

  /** Applies one message stanza (live, carbon or archived) and raises its events. */
  private ingest(
    stanza: Element,
    archiveBy: string,
    stamp: number | undefined,
    emit: boolean,
    archiveId?: string,
  ): void {
    const parsed = parseStanza(stanza, {
      me: this.me,
      mucDomain: this.mucDomain,
      archiveBy,
      stamp,
      archiveId,
    });
    if (!parsed) return;
    if (parsed.kind === 'invite') {
      if (!this.rooms.rooms.get(parsed.teamId)?.joined) void this.adoptTeam(parsed.teamId);
      return;
    }
    applyParsed(this, parsed, emit);
  }

  /** A team I was invited to: join it and record it for my other devices and logins. */
  private async adoptTeam(teamId: string): Promise<void> {
    try {
      await this.ensureTeam(teamId, true);
      const id = `team-${teamId}`;
      if (!this.states.states.has(id)) {
        await this.states.publish({
          ...this.states.get(id),
          change: { op: 'team', by: this.resource, time: this.now() },
        });
      }
    } catch {
      // Not a member (any more): the invite is stale.
    }
  }
}
