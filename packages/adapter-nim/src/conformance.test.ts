import { runAdapterConformance } from '@parley/core/testing';
import { nimFactory } from './test/nimFactory.ts';

// Several devices per account: every `connect` of the suite is a new SDK instance.
runAdapterConformance(
  'NetEase IM SDK (fake, over LocalServer)',
  nimFactory({ cloudSessions: true }),
  {
    getSession: true,
    setSessionExt: true,
    getTeamReceiptDetail: true,
    markAllSessionsRead: true,
    files: true,
    // Quick comments and message modification are the SDK's V2 API only (see the README).
    replies: true,
  },
);
