import type { SessionId, StickTopInfo } from '@parley/core';
import { NOT_PINNED } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { retryWhileBusy } from './retryWhileBusy.ts';
import type { XmppLink } from './XmppLink.ts';

/** The last change of a session state, so other devices know which event to raise. */
export type StateChange = { by: string; time: number } & (
  | { op: 'read' | 'pin' | 'ext' | 'team' }
  | { op: 'delete'; clearHistory: boolean }
  | { op: 'history'; idClients?: string[]; before?: number }
);

/** One PEP item: the account's server-side state of one session, as JSON. */
export interface SessionState {
  id: SessionId;
  /** Everything at or before this time is read (multi-device unread reset). */
  ack: number;
  stickTopInfo: StickTopInfo;
  ext: string;
  mute: boolean;
  /** My history of the session at or before this time is gone (delete with history). */
  clearedBefore: number;
  /** Single messages deleted from my history. */
  deletedIds: string[];
  change: StateChange;
}

/** A state with nothing set. */
export function blankState(id: SessionId): SessionState {
  return {
    id,
    ack: 0,
    stickTopInfo: NOT_PINNED,
    ext: '',
    mute: false,
    clearedBefore: 0,
    deletedIds: [],
    change: { op: 'ext', by: '', time: 0 },
  };
}

function parseItem(item: Element): SessionState | null {
  const text = item.getChild('state', NS.sessions)?.getText();
  if (!item.attrs.id || !text) return null;
  try {
    const value = JSON.parse(text) as Partial<SessionState>;
    return { ...blankState(item.attrs.id), ...value, id: item.attrs.id };
  } catch {
    // A corrupt item is ignored rather than breaking the session list.
    return null;
  }
}

/**
 * Per-session state in one PEP node (XEP-0223 private storage style, one JSON item per
 * session). Publishing notifies the account's other devices, which subscribe by full JID.
 */
export class SessionStates {
  readonly states = new Map<SessionId, SessionState>();
  /** Notifications before the first load are the server replaying the last item on subscribe. */
  private loaded = false;

  constructor(private readonly link: XmppLink) {}

  get(id: SessionId): SessionState {
    return this.states.get(id) ?? blankState(id);
  }

  /** Creates the node (once per account), subscribes this device and loads every item. */
  async load(fullJid: string): Promise<void> {
    const config = xml(
      'x',
      { xmlns: NS.dataForm, type: 'submit' },
      xml(
        'field',
        { var: 'FORM_TYPE', type: 'hidden' },
        xml('value', {}, `${NS.pubsub}#node_config`),
      ),
      xml('field', { var: 'pubsub#access_model' }, xml('value', {}, 'whitelist')),
      xml('field', { var: 'pubsub#persist_items' }, xml('value', {}, '1')),
      xml('field', { var: 'pubsub#max_items' }, xml('value', {}, '10000')),
    );
    await this.pubsub(
      'set',
      xml('create', { node: NS.sessions }),
      xml('configure', {}, config),
    ).catch(() => undefined); // conflict: another device created it (other failures show next)
    await this.pubsub('set', xml('subscribe', { node: NS.sessions, jid: fullJid }));
    const answer = await this.pubsub('get', xml('items', { node: NS.sessions }));
    const items =
      answer.getChild('pubsub', NS.pubsub)?.getChild('items')?.getChildren('item') ?? [];
    for (const item of items) {
      const state = parseItem(item);
      if (state) this.states.set(state.id, state);
    }
    this.loaded = true;
  }

  /** Stores a new state locally and on the server. */
  async publish(state: SessionState): Promise<void> {
    this.states.set(state.id, state);
    await this.pubsub(
      'set',
      xml(
        'publish',
        { node: NS.sessions },
        xml('item', { id: state.id }, xml('state', { xmlns: NS.sessions }, JSON.stringify(state))),
      ),
    );
  }

  /**
   * One PEP request on my own account. Asked again while the server says to wait: ejabberd
   * does when many accounts create or write their nodes at once in a cluster.
   */
  private pubsub(type: 'get' | 'set', ...children: Element[]): Promise<Element> {
    return retryWhileBusy(() =>
      this.link.request(xml('iq', { type }, xml('pubsub', { xmlns: NS.pubsub }, ...children))),
    );
  }

  /** Reads a PEP notification; returns the changed states (already stored). */
  receive(stanza: Element): SessionState[] {
    const items = stanza.getChild('event', NS.pubsubEvent)?.getChild('items');
    if (items?.attrs.node !== NS.sessions || !this.loaded) return [];
    const changed: SessionState[] = [];
    for (const item of items.getChildren('item')) {
      const state = parseItem(item);
      if (!state) continue;
      const known = this.states.get(state.id);
      if (known && known.change.time >= state.change.time) continue;
      this.states.set(state.id, state);
      changed.push(state);
    }
    return changed;
  }
}
