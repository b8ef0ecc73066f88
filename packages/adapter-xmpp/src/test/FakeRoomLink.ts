import { ChatError } from '@parley/core';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from '../namespaces.ts';
import { StanzaWaiters } from '../StanzaWaiters.ts';
import type { RoomLink } from '../TeamRooms.ts';
import type { ArchivedItem } from '../XmppLink.ts';

/** One room of the fake MUC service, as the server sees it. */
interface FakeRoom {
  archive: ArchivedItem[];
  /** I am an occupant. */
  inside: boolean;
}

/**
 * A link to a MUC service held in memory, for the room logic without a server: joins are
 * answered with my own presence (or an error, or never), self-pings by whether I am inside,
 * archives from what was posted. Timeouts are the link's (10 s), under fake timers.
 */
export class FakeRoomLink implements RoomLink {
  readonly client = { status: 'online' };
  /** Every `after` cursor a catch-up read with, oldest first. */
  readonly reads: (string | undefined)[] = [];
  joins = 0;
  /** How many catch-up reads fail (with `TIMEOUT`) before they work again. */
  failedReads = 0;
  /** How the service answers a join: `ok`, an error of that type, or not at all. */
  answer: 'ok' | 'auth' | 'wait' | 'never' = 'ok';
  private readonly rooms = new Map<string, FakeRoom>();
  private readonly listeners = new Set<(stanza: Element) => void>();
  private readonly waiters = new StanzaWaiters();
  private ids = 0;

  constructor(
    private readonly me: string,
    private readonly mucDomain: string,
  ) {}

  private room(teamId: string): FakeRoom {
    let room = this.rooms.get(teamId);
    if (!room) {
      room = { archive: [], inside: false };
      this.rooms.set(teamId, room);
    }
    return room;
  }

  /** The room's archive drops its entries up to `id` (retention). */
  expire(teamId: string, id: string): void {
    const room = this.room(teamId);
    room.archive = room.archive.filter((i) => i.id > id);
  }

  /** A member posts to the room: archived, and pushed to me if I am inside. */
  post(teamId: string, from: string, body: string): string {
    this.ids += 1;
    const id = `a${String(this.ids).padStart(4, '0')}`;
    const jid = `${teamId}@${this.mucDomain}`;
    const message = xml(
      'message',
      { type: 'groupchat', from: `${jid}/${from}`, id: `m-${id}` },
      xml('body', {}, body),
      xml('stanza-id', { xmlns: NS.sid, id, by: jid }),
    );
    const room = this.room(teamId);
    room.archive.push({ id, stamp: this.ids, message });
    if (room.inside) this.deliver(message);
    return id;
  }

  /** The room's process ends and starts again elsewhere: empty, and it tells me if `clean`. */
  restart(teamId: string, clean: boolean): void {
    const room = this.room(teamId);
    const wasInside = room.inside;
    room.inside = false;
    if (!clean || !wasInside) return;
    this.deliver(
      xml(
        'presence',
        { type: 'unavailable', from: `${teamId}@${this.mucDomain}/${this.me}` },
        xml(
          'x',
          { xmlns: NS.mucUser },
          xml('item', { affiliation: 'none', role: 'none' }),
          xml('status', { code: '332' }),
          xml('status', { code: '110' }),
        ),
      ),
    );
  }

  onStanza(listener: (stanza: Element) => void): void {
    this.listeners.add(listener);
  }

  private deliver(stanza: Element): void {
    this.waiters.offer(stanza);
    for (const listener of this.listeners) listener(stanza);
  }

  waitFor(match: (stanza: Element) => boolean, timeout = 10_000): Promise<Element> {
    return this.waiters.wait(match, timeout);
  }

  async send(element: Element): Promise<void> {
    const to = element.attrs.to ?? '';
    if (!element.is('presence') || !to.endsWith(`/${this.me}`)) return;
    this.joins += 1;
    if (this.answer === 'never') return;
    const teamId = to.slice(0, to.indexOf('@'));
    const reply =
      this.answer === 'ok'
        ? xml(
            'presence',
            { from: to },
            xml('x', { xmlns: NS.mucUser }, xml('status', { code: '110' })),
          )
        : xml('presence', { from: to, type: 'error' }, xml('error', { type: this.answer }));
    if (this.answer === 'ok') this.room(teamId).inside = true;
    queueMicrotask(() => this.deliver(reply));
  }

  /** Answers affiliation lists (empty) and self-pings (by whether I am inside). */
  async request(element: Element): Promise<Element> {
    const to = element.attrs.to ?? '';
    const teamId = to.slice(0, to.indexOf('@'));
    if (element.getChild('ping', NS.ping) && !this.room(teamId).inside) {
      throw new ChatError('INTERNAL', 'XMPP request failed: not-acceptable', {
        cause: { condition: 'not-acceptable', type: 'cancel' },
      });
    }
    return xml('iq', { type: 'result', from: to }, xml('query', { xmlns: NS.mucAdmin }));
  }

  async archiveSince(archive: string | undefined, after: string | undefined) {
    this.reads.push(after);
    if (this.failedReads > 0) {
      this.failedReads -= 1;
      throw new ChatError('TIMEOUT', 'The XMPP server did not answer');
    }
    const items = this.room(archive?.slice(0, archive.indexOf('@')) ?? '').archive;
    if (after !== undefined && !items.some((i) => i.id === after)) {
      throw new ChatError('NOT_FOUND', 'XMPP request failed: item-not-found');
    }
    return after === undefined ? [...items] : items.filter((i) => i.id > after);
  }

  async archiveNewest(query: { archive?: string; count: number }) {
    const items = this.room(query.archive?.slice(0, query.archive.indexOf('@')) ?? '').archive;
    return { items: items.slice(-query.count), complete: items.length <= query.count };
  }
}
