import { ChatError } from '@parley/core';
import type { Client, Element } from '@xmpp/client';
import { client, xml } from '@xmpp/client';
import { endStaleCloses } from './endStaleCloses.ts';
import { NS } from './namespaces.ts';
import { StanzaWaiters } from './StanzaWaiters.ts';
import { delayStamp } from './stanzas.ts';
import { withoutStreamManagement } from './withoutStreamManagement.ts';

/** One archived message from a MAM result. */
export interface ArchivedItem {
  /** Archive id (XEP-0359 stanza-id of that archive). */
  id: string;
  /** Archive stamp, ms (second precision on Prosody). */
  stamp: number;
  message: Element;
}

/** How a link signs in. */
export interface LinkOptions {
  service: string;
  domain: string;
  username: string;
  password: string;
  resource: string;
  /** SASL mechanism; `PLAIN` only over TLS or loopback. */
  mechanism?: string;
}

let queries = 0;

/** A thin layer over an @xmpp/client connection: IQs as ChatErrors, MAM result collection. */
export class XmppLink {
  readonly client: Client;
  private readonly collecting = new Map<string, ArchivedItem[]>();
  private readonly listeners = new Set<(stanza: Element) => void>();
  private readonly waiters = new StanzaWaiters();

  constructor(options: LinkOptions) {
    this.client = client({
      service: options.service,
      domain: options.domain,
      resource: options.resource,
      credentials: async (authenticate, mechanisms) => {
        const wanted = options.mechanism;
        const mechanism =
          wanted && mechanisms.includes(wanted)
            ? wanted
            : (mechanisms.find((m) => m.startsWith('SCRAM')) ?? mechanisms[0] ?? 'PLAIN');
        await authenticate({ username: options.username, password: options.password }, mechanism);
      },
    });
    withoutStreamManagement(this.client);
    endStaleCloses(this.client);
    this.client.on('stanza', (stanza) => this.route(stanza));
    // @xmpp/connection 0.14 hands socket data to the stream parser even after a stream close
    // timed out and dropped it: the server's late answer then throws a TypeError from a
    // socket event handler, uncaught. Data for a closed stream is dropped instead.
    const onData = this.client._onData;
    this.client._onData = function (this: Client, data: unknown) {
      if (this.parser) onData.call(this, data);
    };
  }

  /** Receives every stanza that is not a MAM result of a running query. */
  onStanza(listener: (stanza: Element) => void): void {
    this.listeners.add(listener);
  }

  private route(stanza: Element): void {
    const result = stanza.is('message') ? stanza.getChild('result', NS.mam) : undefined;
    const bucket = result?.attrs.queryid ? this.collecting.get(result.attrs.queryid) : undefined;
    if (result && bucket) {
      const forwarded = result.getChild('forwarded', NS.forward);
      const message = forwarded?.getChild('message');
      if (message && result.attrs.id) {
        bucket.push({ id: result.attrs.id, stamp: delayStamp(forwarded) ?? 0, message });
      }
      return;
    }
    this.waiters.offer(stanza);
    for (const listener of this.listeners) listener(stanza);
  }

  /** Resolves with the next stanza that matches, or rejects with `TIMEOUT`. */
  waitFor(match: (stanza: Element) => boolean, timeout = 10_000): Promise<Element> {
    return this.waiters.wait(match, timeout);
  }

  /** Sends an IQ and resolves with its result; errors become `ChatError`s. */
  async request(element: Element, timeout = 10_000): Promise<Element> {
    try {
      return await this.client.iqCaller.request(element, timeout);
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const condition = (error as { condition?: unknown }).condition;
      if (name === 'TimeoutError') throw new ChatError('TIMEOUT', 'The XMPP server did not answer');
      throw new ChatError(
        condition === 'forbidden' || condition === 'not-allowed'
          ? 'PERMISSION_DENIED'
          : condition === 'item-not-found'
            ? 'NOT_FOUND'
            : 'INTERNAL',
        `XMPP request failed: ${typeof condition === 'string' ? condition : String(error)}`,
        { cause: error },
      );
    }
  }

  /**
   * Writes a stanza; rejects with `NOT_CONNECTED` when the stream is closing, reconnecting or
   * gone (@xmpp/client throws plain errors from the socket then).
   */
  async send(element: Element): Promise<void> {
    try {
      await this.client.send(element);
    } catch (error) {
      throw new ChatError('NOT_CONNECTED', 'The connection to the XMPP server is not open', {
        cause: error,
      });
    }
  }

  /**
   * A round trip to the server. Everything the server routed to this connection before it
   * answered has then been received, so local queries after it are consistent.
   */
  async barrier(timeout = 10_000): Promise<void> {
    await this.request(xml('iq', { type: 'get' }, xml('ping', { xmlns: NS.ping })), timeout);
  }

  /**
   * One MAM page (XEP-0313 + RSM, XEP-0059). `after` pages forward from an archive id,
   * `before` backward (`''` = the newest page); items always come oldest first. `archive`
   * is a room JID for MUC MAM, or undefined for my own archive; `start`/`end` (ms) filter
   * by archive stamp, which the server compares at second precision.
   */
  async archivePage(query: ArchiveQuery): Promise<ArchivePage> {
    queries += 1;
    const queryid = `q${queries}`;
    const items: ArchivedItem[] = [];
    this.collecting.set(queryid, items);
    const field = (name: string, value: string | undefined) =>
      value === undefined ? null : xml('field', { var: name }, xml('value', {}, value));
    const iso = (ms: number | undefined) =>
      ms === undefined ? undefined : new Date(Math.max(0, ms)).toISOString();
    const filtered =
      query.with !== undefined || query.start !== undefined || query.end !== undefined;
    const fields = filtered
      ? xml(
          'x',
          { xmlns: NS.dataForm, type: 'submit' },
          xml('field', { var: 'FORM_TYPE', type: 'hidden' }, xml('value', {}, NS.mam)),
          field('with', query.with),
          field('start', iso(query.start)),
          field('end', iso(query.end)),
        )
      : null;
    const set = xml(
      'set',
      { xmlns: NS.rsm },
      xml('max', {}, String(query.max)),
      query.after ? xml('after', {}, query.after) : null,
      query.before !== undefined ? xml('before', {}, query.before) : null,
    );
    try {
      const answer = await this.request(
        xml(
          'iq',
          { type: 'set', to: query.archive },
          xml('query', { xmlns: NS.mam, queryid }, fields, set),
        ),
      );
      const fin = answer.getChild('fin', NS.mam);
      const rsm = fin?.getChild('set', NS.rsm);
      return {
        items,
        first: rsm?.getChildText('first') ?? undefined,
        last: rsm?.getChildText('last') ?? undefined,
        complete: fin?.attrs.complete === 'true',
      };
    } finally {
      this.collecting.delete(queryid);
    }
  }

  /** Every archived message after `after` (all of them without it), oldest first. */
  async archiveSince(
    archive: string | undefined,
    after: string | undefined,
  ): Promise<ArchivedItem[]> {
    const all: ArchivedItem[] = [];
    let cursor = after;
    for (;;) {
      const page = await this.archivePage({ archive, after: cursor, max: 500 });
      all.push(...page.items);
      if (page.complete || !page.last || page.items.length === 0) return all;
      cursor = page.last;
    }
  }

  /**
   * The newest `count` entries (at least; whole server pages) before `before` (default: the
   * end of the archive), oldest first. `complete` when the archive has nothing older.
   */
  async archiveNewest(
    query: Omit<ArchiveQuery, 'before' | 'after' | 'max'> & { before?: string; count: number },
  ): Promise<{ items: ArchivedItem[]; complete: boolean }> {
    const { count, before = '', ...filters } = query;
    const pages: ArchivedItem[][] = [];
    let total = 0;
    let cursor = before;
    for (;;) {
      const page = await this.archivePage({
        ...filters,
        before: cursor,
        max: Math.min(100, count - total),
      });
      pages.unshift(page.items);
      total += page.items.length;
      if (page.complete || !page.first || page.items.length === 0) {
        return { items: pages.flat(), complete: true };
      }
      if (total >= count) return { items: pages.flat(), complete: false };
      cursor = page.first;
    }
  }
}

/** A MAM query: which archive, filters and one RSM step. */
export interface ArchiveQuery {
  /** Room JID for MUC MAM; my own archive when undefined. */
  archive?: string;
  /** Only entries exchanged with this bare JID. */
  with?: string;
  /** Only entries stamped at or after this time, ms. */
  start?: number;
  /** Only entries stamped at or before this time, ms. */
  end?: number;
  after?: string;
  before?: string;
  max: number;
}

/** One MAM answer: the items (oldest first) and the RSM bounds. */
export interface ArchivePage {
  items: ArchivedItem[];
  first?: string;
  last?: string;
  complete: boolean;
}
