import type { ChatAdapter, SessionId, StickTopInfo } from '@parley/core';
import { ChatError } from '@parley/core';
import { NOT_PINNED } from '@parley/core/rules';
import { conversationTarget } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { toStickTop } from './toSession.ts';

const NO_EXT = 'Easemob pins carry no ext (pinConversation takes none)';

/**
 * Pins (`pinConversation`, seed 002). The server keeps them and tells my other devices
 * (`pinnedConversation` / `unpinnedConversation`); this device's `pin` event comes from here.
 * Easemob stores no ext with a pin, so an ext is refused rather than kept on one device only.
 */
export function pinMethods(
  deps: EasemobAdapterDeps,
): Pick<ChatAdapter, 'pin' | 'unpin' | 'updatePinExt'> {
  const { conn, live, emit } = deps;

  const setPinned = async (sessionId: SessionId, isPinned: boolean): Promise<StickTopInfo> => {
    const { to, chatType } = conversationTarget(sessionId);
    live();
    const result = await emCall('pin', () =>
      conn.pinConversation({ conversationId: to, conversationType: chatType, isPinned }),
    );
    // An unpin comes back without a time: it must still win over the pin it undoes.
    const info = isPinned
      ? toStickTop({ isPinned: true, pinnedTime: result?.data?.pinnedTime ?? Date.now() })
      : { ...NOT_PINNED, updateTime: Date.now() };
    emit({ type: 'pin', sessionId, stickTopInfo: info });
    return info;
  };

  return {
    async pin(sessionId, ext) {
      if (ext !== undefined && ext !== '') throw new ChatError('UNSUPPORTED', NO_EXT);
      return setPinned(sessionId, true);
    },

    unpin: (sessionId) => setPinned(sessionId, false),

    async updatePinExt(sessionId) {
      conversationTarget(sessionId);
      live();
      const pinned = await deps.pinnedIds();
      if (!pinned.has(sessionId)) {
        throw new ChatError('NOT_FOUND', `${sessionId} is not pinned`);
      }
      throw new ChatError('UNSUPPORTED', NO_EXT);
    },
  };
}
