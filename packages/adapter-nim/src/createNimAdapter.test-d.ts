import type { ChatAdapter } from '@parley/core';
import NIM from 'nim-web-sdk-ng';
import { describe, expectTypeOf, it } from 'vitest';
import { createNimAdapter } from './createNimAdapter.ts';
import type { NimInstance } from './NimInstance.ts';
import type { FakeNim } from './test/FakeNim.ts';

describe('createNimAdapter', () => {
  it('accepts what NIM.getInstance returns', () => {
    const make = () => NIM.getInstance({ appkey: 'app-key', account: 'alice', token: 'token' });
    expectTypeOf<ReturnType<typeof make>>().toExtend<NimInstance>();
    expectTypeOf(createNimAdapter).toBeCallableWith({ nim: make() });
    expectTypeOf(createNimAdapter).returns.toEqualTypeOf<ChatAdapter>();
  });

  it('accepts the fake SDK used by the tests', () => {
    expectTypeOf<FakeNim>().toExtend<NimInstance>();
  });

  it('rejects something that is not an SDK instance', () => {
    // @ts-expect-error a bare object lacks the SDK's services
    createNimAdapter({ nim: { options: {} } });
  });
});
