import type { Feed } from './Feed.ts';
import type { ServerData } from './ServerData.ts';

/** What the server's command modules share. */
export interface ServerContext {
  readonly data: ServerData;
  readonly feed: Feed;
  /** Recall window, ms. */
  readonly recallWindowMs: number;
  /** Most pinned sessions per account. */
  readonly maxPins: number;
  /** Longest text a message may carry, UTF-16 units. */
  readonly maxTextLength: number;
  /** Creates unknown accounts on first use instead of failing with `NOT_FOUND`. */
  readonly autoRegister: boolean;
}
