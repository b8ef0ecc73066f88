import type { StoreApi } from 'zustand/vanilla';
import type { AdapterEvent } from '../model/AdapterEvent.ts';
import { toChatError } from '../model/ChatError.ts';
import { applyEvent } from '../store/applyEvent.ts';
import { applyEvents } from '../store/applyEvents.ts';
import type { ChatState } from '../store/ChatState.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';
import type { ServerClock } from './ServerClock.ts';

/**
 * Looks at an applied adapter event and returns work to run once the store holds the
 * result, or nothing.
 */
export type FollowUp = (
  event: AdapterEvent,
  before: ChatState,
  after: ChatState,
) => (() => void) | undefined;

/**
 * The one writer of a chat's store. Events pushed in the same task are applied together in
 * a microtask (one store update, one notification); `dispatch` and `state` apply the queue
 * first, so commands always see every event that arrived before them, in order.
 */
export class EventQueue {
  #queue: AdapterEvent[] = [];
  readonly #store: StoreApi<ChatState>;
  readonly #clock: ServerClock;
  readonly #followUp: FollowUp;

  constructor(store: StoreApi<ChatState>, clock: ServerClock, followUp: FollowUp) {
    this.#store = store;
    this.#clock = clock;
    this.#followUp = followUp;
  }

  /** The current state, queued adapter events included. */
  state(): ChatState {
    this.flush();
    return this.#store.getState();
  }

  /** Applies an event made by the chat itself at once, after any queued adapter events. */
  dispatch(event: StoreEvent): void {
    this.flush();
    this.#clock.observe(event);
    this.#store.setState((state) => applyEvent(state, event), true);
  }

  /** Queues a pushed adapter event. */
  enqueue(event: AdapterEvent): void {
    this.#clock.observe(event);
    this.#queue.push(event);
    if (this.#queue.length === 1) queueMicrotask(() => this.flush());
  }

  /** Applies the queued adapter events now. */
  flush(): void {
    if (this.#queue.length === 0) return;
    const events = this.#queue;
    this.#queue = [];
    // Decided per event, run after the one store update; no intermediate state is kept.
    const followUps: (() => void)[] = [];
    const state = applyEvents(this.#store.getState(), events, (event, before, after) => {
      const followUp = this.#followUp(event, before, after);
      if (followUp) followUps.push(followUp);
    });
    this.#store.setState(state, true);
    for (const followUp of followUps) followUp();
  }

  /** Records a failure of background work (auto read marks, profiles) where the UI sees it. */
  report(error: unknown): void {
    this.flush();
    const loading = this.#store.getState().sessions.loading;
    this.dispatch({ type: 'sessionsLoading', loading, error: toChatError(error).toJSON() });
  }
}
