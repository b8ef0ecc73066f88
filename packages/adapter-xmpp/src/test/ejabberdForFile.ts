import type { ConformanceFactory } from '@parley/core/testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ejabberdFactory, hostBatch } from './ejabberdFactory.ts';
import { ensureEjabberd } from './ensureEjabberd.ts';
import { type EjabberdCluster, startEjabberd } from './startEjabberd.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';
import type { XmppBackend } from './xmppFactory.ts';

/** A private ejabberd for one test file, and a conformance factory on it. */
export interface EjabberdForFile {
  /** The running nodes (throws before `beforeAll` has started them). */
  cluster(): EjabberdCluster;
  /** A fresh virtual host per test, accounts spread over the nodes. */
  factory: ConformanceFactory;
  /** The last backend the factory made, for tests that need more than the suite's interface. */
  backend(): XmppBackend<XmppEndpoint>;
}

/**
 * Starts a private ejabberd of `nodes` nodes (joined into one cluster when more than one)
 * before this test file's tests and stops it after them. Where ejabberd cannot be installed it
 * registers one skipped test whose title says why, warns on the console and returns null: the
 * only skip the XMPP tests allow.
 */
export function ejabberdForFile(name: string, nodes: number): EjabberdForFile | null {
  const status = ensureEjabberd();
  if (!status.ok) {
    console.warn(`\n!!! SKIPPED "${name}": ${status.reason}\n`);
    describe.skip(`${name} (SKIPPED: ${status.reason})`, () => {
      it('needs ejabberd', () => undefined);
    });
    return null;
  }
  let running: EjabberdCluster | undefined;
  let last: XmppBackend<XmppEndpoint> | undefined;
  beforeAll(async () => {
    running = await startEjabberd({ nodes, hosts: hostBatch(0) });
  }, 180_000);
  afterAll(() => running?.stop(), 60_000);
  const cluster = () => {
    if (!running) throw new Error(`the ejabberd nodes of "${name}" did not start`);
    return running;
  };
  return {
    cluster,
    factory: ejabberdFactory(cluster, (b) => {
      last = b;
    }),
    backend() {
      if (!last) throw new Error('no backend yet');
      return last;
    },
  };
}
