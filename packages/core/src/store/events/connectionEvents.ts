import type { EventHandler } from '../StoreEvent.ts';

/** The connection's status; its error is kept until the connection is back. */
export const onConnection: EventHandler<'connection'> = (state, event) => {
  const error = event.error ?? (event.status === 'connected' ? null : state.connection.error);
  if (state.connection.status === event.status && state.connection.error === error) return state;
  return { ...state, connection: { status: event.status, error } };
};

/** The signed-in account. */
export const onSignedIn: EventHandler<'signedIn'> = (state, event) =>
  state.me === event.me ? state : { ...state, me: event.me };
