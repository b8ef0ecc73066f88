import { runAdapterConformance } from '@parley/core/testing';
import { easemobFactory } from './test/easemobFactory.ts';

// Several devices per user: every `connect` of the suite is a new connection.
runAdapterConformance('Easemob SDK (fake, over LocalServer)', easemobFactory(), {
  getSession: true,
  getPinnedSessions: true,
  getTeamReceiptDetail: true,
  files: true,
  pinExt: false,
  replies: true,
  reactions: true,
  edits: true,
});
