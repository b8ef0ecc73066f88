import type { Feed } from './Feed.ts';
import type { ServerData } from './ServerData.ts';

/**
 * The server as its command modules see it: the data, the feed that pushes events to devices,
 * and the limits the commands enforce.
 */
export interface ServerState {
  readonly data: ServerData;
  readonly feed: Feed;
  /** Recall window, ms. */
  readonly recallWindowMs: number;
  /** Edit window, ms. */
  readonly editWindowMs: number;
  /** Most pinned sessions per account. */
  readonly maxPins: number;
  /** Longest text a message may carry, UTF-16 units. */
  readonly maxTextLength: number;
  /** Creates unknown accounts on first use instead of failing with `NOT_FOUND`. */
  readonly autoRegister: boolean;
}
