import { ChatError } from '../model/ChatError.ts';
import type { StickTopInfo } from '../model/Session.ts';

/** Most sessions one account can pin (seeds 000 and 002). */
export const MAX_PINS = 50;

/**
 * Rule 4: throws `PIN_LIMIT` when pinning one more session would exceed the limit.
 * Re-pinning an already pinned session is not a new pin.
 * @param limit default {@link MAX_PINS}
 */
export function assertCanPin(pinnedCount: number, alreadyPinned: boolean, limit = MAX_PINS): void {
  if (alreadyPinned || pinnedCount < limit) return;
  throw new ChatError('PIN_LIMIT', `At most ${limit} sessions can be pinned`, {
    details: { limit },
  });
}

/**
 * Last writer wins by `updateTime`; ties resolve by content so every device converges.
 * Returns `current` when it wins.
 */
export function mergeStickTop(current: StickTopInfo, incoming: StickTopInfo): StickTopInfo {
  if (incoming.updateTime !== current.updateTime) {
    return incoming.updateTime > current.updateTime ? incoming : current;
  }
  if (incoming.createTime !== current.createTime) {
    return incoming.createTime > current.createTime ? incoming : current;
  }
  if (incoming.isStickOnTop !== current.isStickOnTop) {
    return incoming.isStickOnTop ? incoming : current;
  }
  return incoming.ext > current.ext ? incoming : current;
}
