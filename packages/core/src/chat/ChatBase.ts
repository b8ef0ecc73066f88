import type { StoreApi } from 'zustand/vanilla';
import type { ChatOptions, CreateChatOptions } from '../ChatOptions.ts';
import { CatchUp } from '../controller/CatchUp.ts';
import { ConnectionWatch } from '../controller/ConnectionWatch.ts';
import { checkOptions } from '../controller/checkOptions.ts';
import type { Delivery } from '../controller/deliver.ts';
import { EventQueue, type FollowUp } from '../controller/EventQueue.ts';
import { followUps } from '../controller/followUps.ts';
import { guard } from '../controller/guard.ts';
import type { Paging } from '../controller/history.ts';
import { createProfileLoader, type ProfileLoader } from '../controller/ProfileLoader.ts';
import { Receipts } from '../controller/Receipts.ts';
import type { Reading } from '../controller/readMarks.ts';
import { reconcileSession } from '../controller/reconcileSession.ts';
import { openOutbox, restoreSends } from '../controller/restoreSends.ts';
import { Sends } from '../controller/Sends.ts';
import { ServerClock } from '../controller/ServerClock.ts';
import { loadPinned, loadSessionsPage } from '../controller/sessionPages.ts';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { toChatError } from '../model/ChatError.ts';
import type { SessionId } from '../model/SessionId.ts';
import { recallWindowOf } from '../rules/recall.ts';
import type { ChatState } from '../store/ChatState.ts';
import { createChatStore } from '../store/createChatStore.ts';

/**
 * What every command of a chat builds on: the store and its one writer (the event queue),
 * the server clock, the sends in flight, the read receipts, the catch-up after a gap; and
 * the chat's life: connecting, disconnecting, the session list.
 */
export class ChatBase {
  /** The chat's state; read it with the selectors, never write it. */
  readonly store: StoreApi<ChatState>;
  /** The backend. */
  readonly adapter: ChatAdapter;
  /** Longest text `send` accepts (`CreateChatOptions.maxTextLength`). */
  readonly maxTextLength: number;
  /**
   * How long after sending a message its sender may recall it, ms: the adapter's
   * `recallWindowMs`, or 2 minutes (`DEFAULT_RECALL_WINDOW_MS`). Compare with `serverNow()`.
   */
  readonly recallWindowMs: number;

  protected readonly options: Omit<ChatOptions, 'adapter' | 'persistence'>;
  protected readonly events: EventQueue;
  protected readonly clock: ServerClock;
  protected readonly connection: ConnectionWatch;
  protected readonly sends: Sends;
  protected readonly receipts: Receipts;
  protected readonly profiles: ProfileLoader;
  protected readonly paging: Paging;
  protected readonly reading: Reading;
  protected readonly delivery: Delivery;
  protected readonly catchUp: CatchUp;
  #signingIn = false;
  readonly #unsubscribe: () => void;

  /**
   * Subscribes to `options.adapter` at once; call `connect()` to sign in and load the list.
   * @throws ChatError `INVALID_ARGUMENT` naming the option when an option is out of range
   */
  constructor(options: CreateChatOptions) {
    const { adapter, persistence, ...settings } = checkOptions(options);
    this.adapter = adapter;
    this.options = settings;
    this.maxTextLength = settings.maxTextLength;
    this.recallWindowMs = recallWindowOf(adapter);
    const store = createChatStore();
    this.store = store;
    this.clock = new ServerClock(settings.now);
    // The work that follows pushed events needs the machinery built below.
    let followUp: FollowUp = () => undefined;
    const events = new EventQueue(store, this.clock, (...args) => followUp(...args));
    this.events = events;
    this.connection = new ConnectionWatch(store);
    this.sends = new Sends(persistence);
    this.receipts = new Receipts(adapter);
    this.profiles = createProfileLoader(
      adapter,
      (account) => store.getState().users[account] !== undefined,
      (users) => events.dispatch({ type: 'users', users }),
      // A missing profile is not an error of the list: names fall back to account ids, and
      // the next message from the account asks again.
      () => undefined,
    );
    const pageSize = settings.historyPageSize;
    this.paging = { adapter, events, profiles: this.profiles, pageSize, opened: new Set() };
    this.reading = { adapter, events, receipts: this.receipts };
    this.catchUp = new CatchUp(this.paging, this.reading);
    const reconciling = new Set<SessionId>();
    const reconcile = (id: SessionId) => reconcileSession(adapter, events, reconciling, id);
    this.delivery = { events, sends: this.sends, connection: this.connection, reconcile };
    followUp = followUps({
      ...this.reading,
      profiles: this.profiles,
      catchUp: this.catchUp,
      reconcile,
      signingIn: () => this.#signingIn,
    });
    this.#unsubscribe = adapter.subscribe((event) => events.enqueue(event));
  }

  /**
   * Connects; puts back the sends of the outbox; loads the first session page and the pinned
   * sessions; then every opened window catches up from its newest message (a sign-in after
   * `disconnect()` misses nothing) and the active session is acknowledged.
   */
  connect = (): Promise<void> =>
    guard('INTERNAL', async () => {
      const { adapter, events } = this;
      this.#signingIn = true;
      try {
        events.dispatch({ type: 'connection', status: 'connecting' });
        try {
          const info = await adapter.connect();
          if (info.serverTime !== undefined) this.clock.setServerTime(info.serverTime);
          events.dispatch({ type: 'signedIn', me: info.account });
        } catch (error) {
          const chatError = toChatError(error, 'AUTH_FAILED');
          events.dispatch({
            type: 'connection',
            status: 'disconnected',
            error: chatError.toJSON(),
          });
          throw chatError;
        }
        const pending = await openOutbox(events, this.sends);
        events.dispatch({ type: 'connection', status: 'connected' });
        restoreSends(
          { ...this.delivery, adapter, teamReceipts: this.options.teamReceipts },
          pending,
        );
        await Promise.all([
          loadSessionsPage(events, adapter, this.options.sessionPageSize, true),
          loadPinned(events, adapter),
        ]);
      } finally {
        this.#signingIn = false;
      }
      await this.catchUp.resume();
    });

  /**
   * Disconnects; the store keeps its data. Text sends in flight stay `sending` and go out at
   * the next `connect()`; file uploads stop and show failed, with Resend.
   */
  disconnect = (): Promise<void> =>
    guard('INTERNAL', async () => {
      const { events, sends } = this;
      if (events.state().connection.status === 'connected') {
        this.catchUp.rememberEdges(events.state());
      }
      for (const [idClient, upload] of sends.uploads) {
        if (sends.files.has(idClient)) upload.abort();
      }
      await this.adapter.disconnect();
      events.dispatch({ type: 'connection', status: 'disconnected' });
    });

  /**
   * Unsubscribes from the adapter; the instance is unusable afterwards. Sends in flight stop
   * and stay in the outbox, for the next chat of the account to send.
   */
  destroy = (): void => {
    this.sends.destroyed = true;
    this.#unsubscribe();
    for (const upload of this.sends.uploads.values()) upload.abort();
  };

  /**
   * The server's clock, ms: the device clock (`CreateChatOptions.now`) corrected by the
   * offset of `ConnectInfo.serverTime` at connect, and moved forward when a pushed message
   * is stamped later than the corrected clock. Message `time`s are server times, so compare
   * them with this, not `Date.now()`: the UI uses it to hide "recall" once
   * `message.time + recallWindowMs` has passed. Equals `now()` until an adapter reports time.
   */
  serverNow = (): number => this.clock.serverNow();

  /** Loads the next page of the session list; nothing at its end or while one loads. */
  loadMoreSessions = (): Promise<void> =>
    guard('INTERNAL', () => {
      this.connection.require();
      return loadSessionsPage(this.events, this.adapter, this.options.sessionPageSize, false);
    });
}
