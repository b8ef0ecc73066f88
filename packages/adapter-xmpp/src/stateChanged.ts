import type { AdapterEvent, SessionId } from '@parley/core';
import type { SessionIndex } from './SessionIndex.ts';
import type { SessionState } from './SessionStates.ts';

/** What a session state changed by another device acts on. */
export interface StateChangeDeps {
  /** This device's resource: a change it made itself raises nothing here. */
  readonly resource: string;
  readonly index: SessionIndex;
  readonly hiddenUntil: Map<SessionId, number>;
  emit(event: AdapterEvent): void;
  ensureTeam(teamId: string): Promise<void>;
}

/** Another device changed a session state: raise the matching event. */
export function stateChanged(device: StateChangeDeps, state: SessionState): void {
  const change = state.change;
  if (change.by === device.resource) return;
  const id = state.id;
  switch (change.op) {
    case 'read':
      device.emit({ type: 'sessionRead', sessionId: id, ack: state.ack });
      return;
    case 'pin':
      device.emit({ type: 'pin', sessionId: id, stickTopInfo: state.stickTopInfo });
      return;
    case 'ext': {
      const scene = id.slice(0, id.indexOf('-'));
      if (scene !== 'p2p' && scene !== 'team' && scene !== 'superTeam') return;
      const session = {
        id,
        scene,
        to: id.slice(id.indexOf('-') + 1),
        ext: state.ext,
        mute: state.mute,
      } as const;
      device.emit({ type: 'sessionUpdated', session, time: change.time });
      return;
    }
    case 'delete': {
      if (!change.clearHistory) {
        const last = device.index.logs.get(id)?.ordered.at(-1);
        device.hiddenUntil.set(id, last?.time ?? change.time);
      }
      device.emit({
        type: 'sessionsDeleted',
        sessionIds: [id],
        time: change.time,
        clearHistory: change.clearHistory,
      });
      return;
    }
    case 'history':
      device.emit({
        type: 'historyDeleted',
        sessionId: id,
        time: change.time,
        ...(change.idClients ? { idClients: change.idClients } : {}),
        ...(change.before !== undefined ? { before: change.before } : {}),
      });
      return;
    case 'team':
      void device.ensureTeam(id.slice(id.indexOf('-') + 1)).catch(() => undefined);
      return;
  }
}
