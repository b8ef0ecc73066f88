import type { ChatAdapter, StickTopInfo } from '@parley/core';
import { NOT_PINNED } from '@parley/core/rules';
import type { NIM_StickTopSessionInfo } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import type { NimAdapterDeps } from './NimAdapterDeps.ts';
import { nimCall } from './nimErrors.ts';
import { sessionTarget } from './sessionTarget.ts';
import { toStickTop } from './toSession.ts';

/**
 * Pins (the SDK's stick-top list, seed 000): add, update ext, delete. The server keeps them;
 * the issuing device's `pin` event comes from here, other devices' from their `updateSession`.
 */
export function pinMethods({
  nim,
  live,
  emit,
}: NimAdapterDeps): Pick<ChatAdapter, 'pin' | 'unpin' | 'updatePinExt'> {
  const stickTop = async (run: () => Promise<{ stickTopInfo?: NIM_StickTopSessionInfo }>) =>
    toStickTop((await nimCall('pin', run))?.stickTopInfo);

  return {
    async pin(sessionId, ext) {
      sessionTarget(sessionId);
      live();
      const info = await stickTop(() =>
        nim.session.addStickTopSession({ id: sessionId, ...(ext === undefined ? {} : { ext }) }),
      );
      emit({ type: 'pin', sessionId, stickTopInfo: info });
      return info;
    },

    async unpin(sessionId) {
      sessionTarget(sessionId);
      live();
      const info = await stickTop(() => nim.session.deleteStickTopSession({ id: sessionId }));
      const unpinned: StickTopInfo = info.isStickOnTop
        ? { ...NOT_PINNED, updateTime: Date.now() }
        : info;
      emit({ type: 'pin', sessionId, stickTopInfo: unpinned });
      return unpinned;
    },

    async updatePinExt(sessionId, ext) {
      sessionTarget(sessionId);
      live();
      const info = await stickTop(() => nim.session.updateStickTopSession({ id: sessionId, ext }));
      emit({ type: 'pin', sessionId, stickTopInfo: info });
      return info;
    },
  };
}
