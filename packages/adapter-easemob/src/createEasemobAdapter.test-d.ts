import type { ChatAdapter } from '@parley/core';
import EasemobChat from 'easemob-websdk';
import { describe, expectTypeOf, it } from 'vitest';
import { createEasemobAdapter } from './createEasemobAdapter.ts';
import type { EasemobConnection } from './EasemobConnection.ts';
import type { FakeConnection } from './test/FakeConnection.ts';

describe('createEasemobAdapter', () => {
  it('accepts a connection made with new EasemobChat.connection(…)', () => {
    const make = () => new EasemobChat.connection({ appKey: 'org#app' });
    expectTypeOf<ReturnType<typeof make>>().toExtend<EasemobConnection>();
    const conn = make();
    expectTypeOf(createEasemobAdapter).toBeCallableWith({
      conn,
      open: () => conn.open({ user: 'alice', accessToken: 'token' }),
    });
    expectTypeOf(createEasemobAdapter).returns.toEqualTypeOf<ChatAdapter>();
  });

  it('accepts the fake SDK used by the tests', () => {
    expectTypeOf<FakeConnection>().toExtend<EasemobConnection>();
  });

  it('rejects something that is not a connection', () => {
    // @ts-expect-error a bare object lacks the SDK's calls
    createEasemobAdapter({ conn: { context: {} }, open: async () => undefined });
  });
});
