import { selfPing } from './teams.ts';
import type { XmppLink } from './XmppLink.ts';

/** What keeping a device in its team rooms needs of it. */
export interface RoomDeps {
  readonly me: string;
  readonly mucDomain: string;
  readonly link: XmppLink;
  /** The rooms joined, or being joined, on this connection. */
  readonly teams: ReadonlyMap<string, { readonly joined: Promise<void> | null }>;
  /** False once the adapter disconnected. */
  readonly online: boolean;
  roomJid(teamId: string): string;
  rejoinTeam(teamId: string): Promise<void>;
}

/**
 * Keeps this device in its team rooms while its connection stays up. A room lives in one
 * server process; when that process ends (the cluster node hosting it stops, the MUC service
 * restarts) the room comes back without its occupants and tells none of them, so they would
 * miss its messages until they reconnect. A room that sent nothing for `quietMs` is asked
 * whether I am still in it (XEP-0410 MUC self-ping); a room that forgot me is joined again,
 * which also reads what it archived meanwhile. Stops once the adapter disconnects.
 */
export function keepRooms(d: RoomDeps, quietMs: number): void {
  const lastSign = new Map<string, number>();
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
    const state = await selfPing(d.link, d.roomJid(teamId), d.me);
    if (state === 'left' && d.teams.get(teamId)?.joined === joined) {
      await d.rejoinTeam(teamId).catch(() => undefined);
    }
  };
  const timer = setInterval(
    () => {
      if (!d.online) {
        clearInterval(timer);
        return;
      }
      if (d.link.client.status !== 'online') return;
      const now = Date.now();
      for (const [teamId, team] of d.teams) {
        const room = d.roomJid(teamId);
        const last = lastSign.get(room);
        if (last === undefined) lastSign.set(room, now); // just joined
        if (!team.joined || last === undefined || now - last < quietMs) continue;
        lastSign.set(room, now); // one ping per quiet period, answered or not
        void check(teamId, team.joined);
      }
    },
    Math.max(250, quietMs / 4),
  );
}
