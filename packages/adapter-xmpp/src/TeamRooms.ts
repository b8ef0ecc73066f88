import { ChatError } from '@parley/core';
import { withDeadline } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { joinRoom, roomMembers } from './teams.ts';
import type { ArchivedItem, XmppLink } from './XmppLink.ts';

/** One team room of a device, across its connections. */
export interface TeamRoom {
  /** Owners, admins and members, read at each join. */
  members: Set<string>;
  /**
   * Archive id of the newest room entry this device read, live or from the room's archive: a
   * join reads what the room archived after it. Undefined before the first read, or when the
   * room's archive was empty then.
   */
  lastId: string | undefined;
  /** The room's archive was read once: from then on a join reads all that is newer. */
  read: boolean;
  /** I am an occupant on this connection and read the member list; null when not. */
  entered: Promise<void> | null;
  /** Entered, members read and the archive caught up; null when not joined or it failed. */
  joined: Promise<void> | null;
  /** Joined and caught up: live entries advance `lastId`. */
  live: boolean;
  /**
   * The room forgot me (it restarted elsewhere, or its node shut down) or a join failed on a
   * live connection: {@link keepRooms} joins it again.
   */
  lost: boolean;
}

/** What team rooms use of a device's link. */
export type RoomLink = Pick<
  XmppLink,
  'onStanza' | 'send' | 'waitFor' | 'request' | 'archiveSince' | 'archiveNewest'
>;

/** What a device's team rooms need of it. */
export interface TeamRoomsDeps {
  readonly me: string;
  readonly mucDomain: string;
  readonly link: RoomLink;
  /** Newest entries read from a room's archive the first time. */
  readonly loginWindow: number;
  /** How long a command waits to be in a room before it rejects with `TIMEOUT`, ms. */
  readonly enterTimeoutMs: number;
  /** Applies one entry of a room's archive, raising its events when `emit`. */
  ingest(item: ArchivedItem, room: string, emit: boolean): void;
}

/** XEP-0045 status codes of my own presence: it is mine, and the service is shutting down. */
const SELF = '110';
const SHUTDOWN = '332';

function statusCodes(stanza: Element): string[] {
  const x = stanza.getChild('x', NS.mucUser);
  return (x?.getChildren('status') ?? []).map((s) => s.attrs.code ?? '');
}

/**
 * The team rooms of one device: joins each once per connection, reads what its archive holds
 * after the last entry this device saw, follows the live entries, and marks a room lost when
 * it forgets me, so that nothing the room archived is missed and nothing is read twice.
 */
export class TeamRooms {
  readonly rooms = new Map<string, TeamRoom>();

  constructor(private readonly d: TeamRoomsDeps) {
    d.link.onStanza((stanza) => this.observe(stanza));
  }

  roomJid(teamId: string): string {
    return `${teamId}@${this.d.mucDomain}`;
  }

  /** The room of `teamId`, recorded (not joined) if it was not known. */
  know(teamId: string): TeamRoom {
    let room = this.rooms.get(teamId);
    if (!room) {
      room = {
        members: new Set(),
        lastId: undefined,
        read: false,
        entered: null,
        joined: null,
        live: false,
        lost: false,
      };
      this.rooms.set(teamId, room);
    }
    return room;
  }

  /**
   * Joins the room once per connection and reads its archive: the newest `loginWindow` entries
   * the first time, everything after the last entry seen afterwards. A join that fails marks
   * the room lost, for {@link keepRooms} to try again.
   */
  join(teamId: string, emit = true): Promise<void> {
    const room = this.know(teamId);
    if (room.joined) return room.joined;
    const jid = this.roomJid(teamId);
    const { link, me, loginWindow } = this.d;
    room.live = false;
    room.lost = false;
    const entered = (async () => {
      await joinRoom(link, jid, me);
      room.members = await roomMembers(link, jid);
    })();
    const newest = async () =>
      (await link.archiveNewest({ archive: jid, count: loginWindow })).items;
    const joined = (async () => {
      await entered;
      const items = room.read
        ? await link.archiveSince(jid, room.lastId).catch((error: unknown) => {
            // The entry I saw last has expired from the archive: start over from the newest.
            if (error instanceof ChatError && error.code === 'NOT_FOUND') return newest();
            throw error;
          })
        : await newest();
      for (const item of items) {
        this.d.ingest(item, jid, emit);
        room.lastId = item.id;
      }
      room.read = true;
      if (room.entered === entered) room.live = true; // not lost meanwhile
    })();
    room.entered = entered;
    room.joined = joined;
    joined.catch((error: unknown) => {
      if (room.joined !== joined) return;
      room.entered = null;
      room.joined = null;
      // A room that refuses me (not a member any more) is not tried again.
      room.lost = !(error instanceof ChatError && error.code === 'PERMISSION_DENIED');
    });
    return joined;
  }

  /**
   * Resolves once I am an occupant of the room and know its members (joining it if needed),
   * without waiting for its archive; rejects with `TIMEOUT` after `enterTimeoutMs`, the join
   * going on meanwhile. What a command sending into the room waits for.
   */
  async enter(teamId: string): Promise<void> {
    const room = this.know(teamId);
    const joined = this.join(teamId);
    // A join that fails after entering rejects `joined`; the caller learns it at the next send.
    joined.catch(() => undefined);
    await withDeadline(
      room.entered ?? joined,
      this.d.enterTimeoutMs,
      () => new ChatError('TIMEOUT', `The team room ${teamId} was not joined in time`),
    );
  }

  /** Joins the room again, whatever this connection believed, and reads what it missed. */
  rejoin(teamId: string): Promise<void> {
    this.lose(teamId);
    return this.join(teamId);
  }

  /** The room forgot me: not joined any more, and to be joined again. */
  lose(teamId: string): void {
    const room = this.rooms.get(teamId);
    if (!room) return;
    room.entered = null;
    room.joined = null;
    room.live = false;
    room.lost = true;
  }

  /** A new connection: every room is to be joined on it (by the login's recovery). */
  reset(): void {
    for (const room of this.rooms.values()) {
      room.entered = null;
      room.joined = null;
      room.live = false;
      room.lost = false;
    }
  }

  /** Follows live room stanzas: entries seen, and my removal by a room that shuts down. */
  private observe(stanza: Element): void {
    const [bare = '', nick] = (stanza.attrs.from ?? '').split('/');
    const at = bare.lastIndexOf('@');
    if (at < 0 || bare.slice(at + 1) !== this.d.mucDomain) return;
    const teamId = bare.slice(0, at);
    const room = this.rooms.get(teamId);
    if (!room) return;
    if (stanza.is('message') && stanza.attrs.type === 'groupchat' && room.live) {
      const id = stanza.getChildren('stanza-id', NS.sid).find((e) => e.attrs.by === bare)?.attrs.id;
      if (id) room.lastId = id;
      return;
    }
    if (
      stanza.is('presence') &&
      stanza.attrs.type === 'unavailable' &&
      nick === this.d.me &&
      room.joined
    ) {
      const codes = statusCodes(stanza);
      // Removed because the room's node shuts down: it comes back elsewhere, without me.
      if (codes.includes(SELF) && codes.includes(SHUTDOWN)) this.lose(teamId);
    }
  }
}
