export { createXmppAdapter } from './createXmppAdapter.ts';
export type { XmppAdapterOptions } from './XmppAdapterOptions.ts';
