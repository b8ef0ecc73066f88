import type { Message } from '@parley/core';
import { toSessionId } from '@parley/core/rules';
import type { SystemMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SystemMessageServiceInterface.js';

const RECALL_SCENES = {
  recallMsgP2p: 'p2p',
  recallMsgTeam: 'team',
  recallMsgSuperTeam: 'superTeam',
} as const;

/**
 * The recalled message a recall system message describes, seen by `me`; null for other
 * system messages and for ones missing the recalled message's ids.
 */
export function recallFromSystemMessage(sys: SystemMessage, me: string): Message | null {
  const scene = RECALL_SCENES[sys.type as keyof typeof RECALL_SCENES];
  const info = sys.recallMessageInfo;
  if (!scene || !info || typeof info.idClient !== 'string' || info.idClient === '') return null;
  if (typeof sys.from !== 'string' || typeof sys.to !== 'string') return null;
  // p2p: from is the sender, to the receiver; a recall by my other device has from === me.
  const peer = scene === 'p2p' ? (sys.from === me ? sys.to : sys.from) : sys.to;
  const by = typeof info.opeAccount === 'string' && info.opeAccount ? info.opeAccount : sys.from;
  return {
    idClient: info.idClient,
    idServer: typeof info.idServer === 'string' ? info.idServer : '',
    scene,
    sessionId: toSessionId(scene, peer),
    from: sys.from,
    to: sys.to,
    time: typeof info.createTime === 'number' ? info.createTime : sys.time,
    status: sys.from === me ? 'sent' : 'read',
    type: 'tip',
    body: '',
    recall: { by, time: typeof sys.time === 'number' ? sys.time : 0 },
  };
}
