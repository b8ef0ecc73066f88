import { reconnectDelay } from './keepReconnecting.ts';
import type { TeamRoom } from './TeamRooms.ts';
import { selfPing } from './teams.ts';
import type { XmppLink } from './XmppLink.ts';

/** What keeping a device in its team rooms needs of it. */
export interface RoomDeps {
  readonly me: string;
  readonly mucDomain: string;
  readonly link: Pick<XmppLink, 'onStanza' | 'request'> & {
    readonly client: { readonly status: string };
  };
  /** The device's team rooms. */
  readonly rooms: {
    readonly rooms: ReadonlyMap<string, Pick<TeamRoom, 'joined' | 'lost'>>;
    roomJid(teamId: string): string;
    join(teamId: string): Promise<void>;
    rejoin(teamId: string): Promise<void>;
  };
  /** False once the adapter disconnected. */
  readonly online: boolean;
}

/**
 * Keeps this device in its team rooms while its connection stays up. A room lives in one
 * server process; when that process ends (the cluster node hosting it stops, the MUC service
 * restarts) the room comes back without its occupants, and tells them only when it shut down
 * cleanly, so they would miss its messages until they reconnect. Every `quietMs / 4`:
 * - a room that is lost (it told me it shut down, or its last join failed) is joined again,
 *   at once the first time and then after drawn waits that grow with each failure (up to
 *   `2 × quietMs`): a node too busy to answer joins is not asked more and more often;
 * - a room that sent nothing for `quietMs` is asked whether I am still in it (XEP-0410 MUC
 *   self-ping), and joined again if not.
 * A join reads what the room archived after the last entry this device saw. Stops once the
 * adapter disconnects.
 */
export function keepRooms(d: RoomDeps, quietMs: number): () => void {
  const lastSign = new Map<string, number>();
  const tickMs = Math.max(250, quietMs / 4);
  /** Failed joins of each lost room in a row, and when it may be tried next. */
  const retries = new Map<string, { failures: number; at: number }>();
  d.link.onStanza((stanza) => {
    const room = stanza.attrs.from?.split('/')[0];
    if (room?.endsWith(`@${d.mucDomain}`)) lastSign.set(room, Date.now());
  });
  const check = async (teamId: string, joined: Promise<void>) => {
    const ok = await joined.then(
      () => true,
      () => false,
    );
    if (!ok || d.link.client.status !== 'online') return;
    const state = await selfPing(d.link, d.rooms.roomJid(teamId), d.me);
    if (state === 'left' && d.rooms.rooms.get(teamId)?.joined === joined) {
      await d.rooms.rejoin(teamId).catch(() => undefined);
    }
  };
  const timer = setInterval(() => {
    if (!d.online) {
      clearInterval(timer);
      return;
    }
    if (d.link.client.status !== 'online') return;
    const now = Date.now();
    for (const [teamId, team] of d.rooms.rooms) {
      const room = d.rooms.roomJid(teamId);
      if (team.lost && !team.joined) {
        const retry = retries.get(teamId) ?? { failures: 0, at: now };
        if (now < retry.at) continue;
        const timing = { firstDelayMs: tickMs, maxDelayMs: 2 * quietMs };
        retries.set(teamId, {
          failures: retry.failures + 1,
          at: now + reconnectDelay(retry.failures, timing),
        });
        lastSign.set(room, now);
        d.rooms.join(teamId).then(
          () => retries.delete(teamId),
          () => undefined, // lost again: tried after the wait just drawn
        );
        continue;
      }
      const last = lastSign.get(room);
      if (last === undefined) lastSign.set(room, now); // just joined
      if (!team.joined || last === undefined || now - last < quietMs) continue;
      lastSign.set(room, now); // one ping per quiet period, answered or not
      void check(teamId, team.joined);
    }
  }, tickMs);
  return () => clearInterval(timer);
}
