import type { AdapterEvent, AdapterListener, Message, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { handleStanza } from './handleStanza.ts';
import { loadRecent } from './loadRecent.ts';
import { NS } from './namespaces.ts';
import { SessionIndex } from './SessionIndex.ts';
import { SessionStates } from './SessionStates.ts';
import { parseStanza } from './stanzas.ts';
import { joinRoom, roomMembers } from './teams.ts';
import type { XmppAdapterOptions } from './XmppAdapterOptions.ts';
import { XmppLink } from './XmppLink.ts';

interface TeamEntry {
  members: Set<string>;
  lastId: string | undefined;
  joined: Promise<void> | null;
}

/**
 * One signed-in device: the XMPP connection, the roaming cache (index), the PEP session
 * states and joined team rooms. Turns stanzas into adapter events.
 */
export class XmppDevice {
  readonly me: string;
  readonly bareJid: string;
  readonly mucDomain: string;
  readonly link: XmppLink;
  readonly index: SessionIndex;
  readonly states: SessionStates;
  readonly hiddenUntil = new Map<SessionId, number>();
  readonly teams = new Map<string, TeamEntry>();
  readonly listeners = new Set<AdapterListener>();
  readonly recallWindowMs: number;
  readonly domain: string;
  /** Newest archive entries read at login, per archive (mine and each team room). */
  readonly loginWindow: number;
  /** Entries scanned per session older than the window, for its `lastMsg` and unread. */
  readonly unreadScan: number;
  /** idClients this device sent: their live echoes (MUC reflection) are not events here. */
  readonly sentHere = new Set<string>();
  resource = '';
  online = false;
  private lastArchiveId: string | undefined;
  private lastTime = 0;
  private syncing = false;
  private loaded = false;

  constructor(options: XmppAdapterOptions) {
    this.me = options.username;
    this.bareJid = `${options.username}@${options.domain}`;
    this.mucDomain = options.mucDomain ?? `conference.${options.domain}`;
    this.recallWindowMs = options.recallWindowMs ?? 120_000;
    this.domain = options.domain;
    this.loginWindow = Math.max(1, options.loginWindow ?? 100);
    this.unreadScan = Math.max(1, options.unreadScan ?? 100);
    this.link = new XmppLink({
      service: options.service,
      domain: options.domain,
      username: options.username,
      password: options.password,
      resource: options.resource ?? `parley-${Math.random().toString(36).slice(2, 10)}`,
      mechanism: options.mechanism,
    });
    this.index = new SessionIndex(this.me, this.recallWindowMs);
    this.states = new SessionStates(this.link);
    this.link.onStanza((stanza) => handleStanza(this, stanza));
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
    return `${teamId}@${this.mucDomain}`;
  }

  /** Signs in, loads states, reads the recent archive, goes online and catches up. */
  async start(): Promise<void> {
    const client = this.link.client;
    client.reconnect.delay = 200;
    client.on('error', () => undefined); // surfaced through status changes and rejected calls
    let first = true;
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
      if (status === 'disconnect' && this.online)
        this.emit({ type: 'connection', status: 'reconnecting' });
    });
    try {
      const jid = await client.start();
      this.resource = jid.resource;
    } catch (error) {
      client.reconnect.stop();
      const text = String(error);
      throw new ChatError(
        /not-authorized|auth/i.test(text) ? 'AUTH_FAILED' : 'TIMEOUT',
        `XMPP login failed: ${text}`,
        {
          cause: error,
        },
      );
    }
    first = false;
    await this.prepare(false);
    this.online = true;
  }

  /** After a reconnect or resumption: rejoin, and catch up from the last archive ids. */
  private async recover(): Promise<void> {
    if (!this.online || this.syncing) return;
    try {
      for (const team of this.teams.values()) team.joined = null;
      await this.prepare(true);
      this.emit({ type: 'connection', status: 'connected' });
    } catch {
      // The next reconnect tries again.
    }
  }

  private async prepare(emit: boolean): Promise<void> {
    this.syncing = true;
    try {
      await this.link.request(xml('iq', { type: 'set' }, xml('enable', { xmlns: NS.carbons })));
      await this.states.load(`${this.bareJid}/${this.resource}`);
      // Read MAM before presence: offline messages then stay in MAM instead of being pushed
      // twice. The first time only the recent window; after a reconnect, all that is new.
      if (this.loaded) await this.catchUp(emit);
      else {
        this.lastArchiveId = await loadRecent(this);
        this.loaded = true;
      }
      const self = `${this.bareJid}/${this.resource}`;
      const reflected = this.link.waitFor((s) => s.is('presence') && s.attrs.from === self);
      await this.link.send(xml('presence'));
      await reflected;
      // Whatever arrived between the sync and my presence went to MAM only.
      await this.catchUp(emit);
      for (const state of this.states.states.values()) {
        if (state.id.startsWith('team-') || state.id.startsWith('superTeam-')) {
          this.knowTeam(state.id.slice(state.id.indexOf('-') + 1));
        }
      }
      await Promise.all([...this.teams.keys()].map((teamId) => this.ensureTeam(teamId, emit)));
    } finally {
      this.syncing = false;
    }
  }

  private async catchUp(emit: boolean): Promise<void> {
    const items = await this.link.archiveSince(undefined, this.lastArchiveId);
    for (const item of items) {
      this.ingest(item.message, this.bareJid, item.stamp, emit, item.id);
      this.lastArchiveId = item.id;
    }
  }

  private knowTeam(teamId: string): TeamEntry {
    let team = this.teams.get(teamId);
    if (!team) {
      team = { members: new Set(), lastId: undefined, joined: null };
      this.teams.set(teamId, team);
    }
    return team;
  }

  /**
   * Joins a team room once per connection and reads its MUC archive: the newest
   * `loginWindow` entries the first time, everything new after a reconnect.
   */
  ensureTeam(teamId: string, emit = true): Promise<void> {
    const team = this.knowTeam(teamId);
    if (team.joined) return team.joined;
    const room = this.roomJid(teamId);
    team.joined = (async () => {
      await joinRoom(this.link, room, this.me);
      team.members = await roomMembers(this.link, room);
      const items =
        team.lastId === undefined
          ? (await this.link.archiveNewest({ archive: room, count: this.loginWindow })).items
          : await this.link.archiveSince(room, team.lastId);
      for (const item of items) {
        this.ingest(item.message, room, item.stamp, emit, item.id);
        team.lastId = item.id;
      }
    })();
    team.joined.catch(() => {
      team.joined = null;
    });
    return team.joined;
  }

  /** Team receipt counts of my message, from the readers seen in markers. */
  withTeamCounts(message: Message): Message {
    if (!message.teamReceipt || message.from !== this.me) return message;
    const members = this.teams.get(message.to)?.members.size ?? 0;
    const read = this.index.readCount(message);
    return { ...message, teamReceipt: { read, unread: Math.max(0, members - 1 - read) } };
  }

  /** Applies one message stanza (live, carbon or archived) and raises its events. */
  ingest(
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
      if (!this.teams.get(parsed.teamId)?.joined) void this.adoptTeam(parsed.teamId);
      return;
    }
    if (parsed.kind === 'content') {
      const added = this.index.add(this.withTeamCounts(parsed.message));
      if (added && emit && !this.sentHere.has(added.idClient)) {
        this.emit({ type: added.recall ? 'recall' : 'message', message: added });
      }
      return;
    }
    if (parsed.kind === 'retract') {
      const recalled = this.index.retract(parsed.sessionId, parsed.target, parsed.by, parsed.time);
      if (recalled && emit) this.emit({ type: 'recall', message: recalled });
      return;
    }
    const target = this.index.find(parsed.sessionId, parsed.target);
    if (parsed.sessionId.startsWith('p2p-')) {
      if (parsed.reader === this.me) return;
      const time = this.index.displayed(parsed.sessionId, parsed.target);
      if (time !== null && emit)
        this.emit({ type: 'p2pReceipt', sessionId: parsed.sessionId, time });
      return;
    }
    // Readers are kept even before their message is known: history pages count them too.
    if (!this.index.teamRead(parsed.sessionId, parsed.target, parsed.reader)) return;
    if (!target || parsed.reader === target.from) return;
    const counted = this.withTeamCounts(target);
    this.index.update(counted);
    if (emit && counted.teamReceipt && target.from === this.me) {
      this.emit({
        type: 'teamReceipt',
        sessionId: parsed.sessionId,
        idClient: target.idClient,
        ...counted.teamReceipt,
      });
    }
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
