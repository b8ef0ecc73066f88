import type { ConformanceFeatures } from '@parley/core/testing';

/** The optional parts of the adapter contract the XMPP adapter implements, on every server. */
export const XMPP_FEATURES: ConformanceFeatures = {
  getSession: true,
  getPinnedSessions: true,
  forward: true,
  markAllSessionsRead: true,
  searchDirectory: true,
  replies: true,
  reactions: true,
  edits: true,
};
