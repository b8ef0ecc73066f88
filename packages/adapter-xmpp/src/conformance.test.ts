import { runAdapterConformance } from '@parley/core/testing';
import { prosodyFactory } from './test/prosodyFactory.ts';

runAdapterConformance('XMPP on Prosody', prosodyFactory(), {
  getSession: true,
  getPinnedSessions: true,
  forward: true,
  markAllSessionsRead: true,
  searchDirectory: true,
});
