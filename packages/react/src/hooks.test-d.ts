import type {
  ChatErrorInfo,
  ChatTarget,
  ConnectionStatus,
  Message,
  Session,
  Team,
  TeamReceiptDetail,
  UserProfile,
} from '@parley/core';
import { describe, expectTypeOf, it } from 'vitest';
import { useChatStore } from './useChatStore.ts';
import type { useConnection } from './useConnection.ts';
import type { useDirectorySearch } from './useDirectorySearch.ts';
import type { useMessages } from './useMessages.ts';
import type { UseReadReceiptResult } from './useReadReceipt.ts';
import type { useSession } from './useSession.ts';
import { useSessions } from './useSessions.ts';

describe('public hook signatures', () => {
  it('useSessions', () => {
    expectTypeOf(useSessions).parameter(0).toEqualTypeOf<
      | {
          scene?: 'p2p' | 'team' | 'superTeam' | readonly ('p2p' | 'team' | 'superTeam')[];
          query?: string;
        }
      | undefined
    >();
    type R = ReturnType<typeof useSessions>;
    expectTypeOf<R['sessions']>().toEqualTypeOf<readonly Session[]>();
    expectTypeOf<R['pin']>().toEqualTypeOf<(sessionId: string, ext?: string) => Promise<void>>();
    expectTypeOf<R['deleteSession']>()
      .parameter(1)
      .toEqualTypeOf<{ clearHistory?: boolean; unpin?: boolean } | undefined>();
  });

  it('useMessages', () => {
    type R = ReturnType<typeof useMessages>;
    expectTypeOf<R['messages']>().toEqualTypeOf<readonly Message[]>();
    expectTypeOf<R['sendText']>().toEqualTypeOf<(text: string) => Promise<Message>>();
    expectTypeOf<R['error']>().toEqualTypeOf<ChatErrorInfo | null>();
  });

  it('useSession and useConnection', () => {
    expectTypeOf<ReturnType<typeof useSession>['session']>().toEqualTypeOf<Session | undefined>();
    expectTypeOf<ReturnType<typeof useConnection>['status']>().toEqualTypeOf<ConnectionStatus>();
  });

  it('useReadReceipt narrows by kind', () => {
    const r = {} as UseReadReceiptResult;
    if (r.kind === 'team')
      expectTypeOf(r.getTeamReceiptDetail).returns.resolves.toEqualTypeOf<TeamReceiptDetail>();
    if (r.kind === 'p2p') expectTypeOf(r.read).toBeBoolean();
  });

  it('useDirectorySearch', () => {
    type R = ReturnType<typeof useDirectorySearch>;
    expectTypeOf<R['startChat']>().toEqualTypeOf<(target: ChatTarget) => Session>();
    expectTypeOf<R['enteredAccount']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ChatTarget>().toEqualTypeOf<
      { user: UserProfile } | { team: Team } | { account: string }
    >();
  });

  it('useChatStore infers the selected type', () => {
    expectTypeOf(useChatStore((s) => s.me)).toBeString();
    expectTypeOf(useChatStore((s) => s.activeSessionId)).toEqualTypeOf<string | null>();
  });
});
