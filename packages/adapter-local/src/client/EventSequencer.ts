import type { FeedEntry } from '../server/Feed.ts';

/**
 * Turns a faulty stream of feed entries into exactly-once, in-order delivery: entries at or
 * below the last applied sequence number are duplicates, entries past a gap wait until the
 * gap is fetched from the server.
 */
export class EventSequencer {
  private last = 0;
  private readonly early = new Map<number, FeedEntry>();

  constructor(
    private readonly apply: (entry: FeedEntry) => void,
    private readonly fetchSince: (seq: number) => FeedEntry[],
  ) {}

  /** Starts after `seq` (the feed head at sign-in); earlier entries are not replayed. */
  reset(seq: number): void {
    this.last = seq;
    this.early.clear();
  }

  /** Sequence number of the last applied entry. */
  get position(): number {
    return this.last;
  }

  receive(entry: FeedEntry): void {
    if (entry.seq <= this.last) return;
    this.early.set(entry.seq, entry);
    this.drain();
    if (this.early.size > 0) this.catchUp();
  }

  /** Fetches and applies everything after the last applied entry. */
  catchUp(): void {
    for (const entry of this.fetchSince(this.last)) this.early.set(entry.seq, entry);
    this.drain();
    this.early.clear();
  }

  private drain(): void {
    for (let next = this.early.get(this.last + 1); next; next = this.early.get(this.last + 1)) {
      this.early.delete(next.seq);
      this.last = next.seq;
      this.apply(next);
    }
  }
}
