import type { AdapterEvent, Message, Scene, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSendRequest, recallTip } from '@parley/core/rules';
import { participants } from './ServerData.ts';
import type { ServerState } from './ServerState.ts';
import type { StoredMessage } from './types.ts';
import { viewMessage } from './view.ts';

/** Sends `event(account)` to every participant of a message. */
export function fanOut(
  state: ServerState,
  message: StoredMessage,
  event: (account: string) => AdapterEvent,
  origin?: string,
): void {
  for (const account of participants(state.data, message)) {
    state.feed.emit(account, event(account), origin);
  }
}

/** Stores a new message and pushes it to every device of every participant. */
export function post(state: ServerState, message: StoredMessage, origin?: string): void {
  state.data.putMessage(message);
  fanOut(
    state,
    message,
    (account) => ({
      type: 'message',
      message: viewMessage(state.data, account, message),
    }),
    origin,
  );
}

function checkTarget(state: ServerState, account: string, request: SendRequest): number {
  const { data } = state;
  if (request.scene === 'p2p') {
    if (!data.users.has(request.to)) {
      if (!state.autoRegister) throw new ChatError('NOT_FOUND', `No account "${request.to}"`);
      data.putUser({ account: request.to, nick: request.to });
    }
    return 1;
  }
  const team = data.teams.get(request.to);
  if (!team || team.team.scene !== request.scene) {
    throw new ChatError('NOT_FOUND', `No ${request.scene} "${request.to}"`);
  }
  if (!data.isMember(account, request.to)) {
    throw new ChatError('PERMISSION_DENIED', 'Not a member of this team');
  }
  return team.members.length;
}

/**
 * Accepts a message from `account`. Idempotent on `idClient`: a second send of an id the
 * server already has returns the stored message and creates nothing.
 */
export function send(
  state: ServerState,
  account: string,
  request: SendRequest,
  origin: string,
): Message {
  checkSendRequest(request, state);
  const { data } = state;
  const existing = data.byId.get(request.idClient);
  if (existing) {
    if (existing.from !== account) {
      throw new ChatError('INVALID_ARGUMENT', 'idClient is already used by another message');
    }
    return viewMessage(data, account, existing);
  }
  const members = checkTarget(state, account, request);
  const time = data.tick();
  const { file: _file, needReceipt, ...content } = request;
  const wantsReceipt = request.scene !== 'p2p' && needReceipt === true;
  const message: StoredMessage = {
    ...content,
    idServer: `srv-${time.toString(36)}-${data.byId.size.toString(36)}`,
    sessionId: `${request.scene}-${request.to}`,
    from: account,
    time,
    status: 'sent',
    ...(wantsReceipt
      ? { needReceipt: true, readers: [], teamReceipt: { read: 0, unread: members - 1 } }
      : {}),
  };
  post(state, message, origin);
  return viewMessage(data, account, message);
}

/**
 * Recalls a message of `account` inside the recall window: it becomes a tip carrying
 * `recall` on every side, and every participant's devices receive a `recall` event.
 */
export function recall(
  state: ServerState,
  account: string,
  idClient: string,
  origin: string,
): Message {
  const { data } = state;
  const message = data.byId.get(idClient);
  if (!message) {
    throw new ChatError('NOT_FOUND', 'The message was never sent', { details: { idClient } });
  }
  if (message.from !== account) {
    throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
  }
  if (message.recall) return viewMessage(data, account, message);
  const time = data.tick();
  if (time - message.time > state.recallWindowMs) {
    throw new ChatError('RECALL_EXPIRED', 'The recall window has passed', {
      details: { windowMs: state.recallWindowMs },
    });
  }
  const nick = data.users.get(account)?.nick ?? account;
  // Stored with the sender's original; `viewMessage` keeps it from everyone else.
  const recalled: StoredMessage = {
    ...recallTip(message, {
      by: account,
      time,
      viewer: account,
      body: `${nick} recalled a message`,
    }),
    countable: false,
  };
  data.putMessage(recalled);
  fanOut(
    state,
    recalled,
    (to) => ({ type: 'recall', message: viewMessage(data, to, recalled) }),
    origin,
  );
  return viewMessage(data, account, recalled);
}

/** Copies a message into another session as a new message (new idClient) from `account`. */
export function forward(
  state: ServerState,
  account: string,
  idClient: string,
  target: { scene: Scene; to: string; idClient: string },
  origin: string,
): Message {
  const source = state.data.byId.get(idClient);
  if (!source || !participants(state.data, source).includes(account)) {
    throw new ChatError('NOT_FOUND', 'No such message', { details: { idClient } });
  }
  if (source.recall) throw new ChatError('INVALID_STATE', 'A recalled message cannot be forwarded');
  // A copy is a new message: it quotes nothing, and has no reactions or edits of its own.
  const { replyTo: _replyTo, reactions: _reactions, editedAt: _editedAt, ...content } = source;
  const request: SendRequest = {
    ...content,
    idClient: target.idClient,
    scene: target.scene,
    to: target.to,
    needReceipt: false,
  };
  const { data } = state;
  const existing = data.byId.get(target.idClient);
  if (existing) return send(state, account, request, origin);
  checkSendRequest(request, state);
  checkTarget(state, account, request);
  const time = data.tick();
  const message: StoredMessage = {
    ...content,
    idClient: target.idClient,
    idServer: `srv-${time.toString(36)}-${data.byId.size.toString(36)}`,
    scene: target.scene,
    sessionId: `${target.scene}-${target.to}`,
    from: account,
    to: target.to,
    time,
    status: 'sent',
    teamReceipt: undefined,
    needReceipt: undefined,
    readers: undefined,
  };
  post(state, message, origin);
  return viewMessage(data, account, message);
}
