'use client';

import {
  createLocalAdapter,
  type LocalAdapter,
  LocalServer,
  sampleData,
} from '@parley/adapter-local';
import { ChatProvider } from '@parley/react';
import { ChatLayout, Spinner } from '@parley/ui';
import { useEffect, useState } from 'react';

/**
 * The kit on the embedded backend, opened in the browser with a sample conversation. The
 * server render shows a spinner; the chat starts once the page is hydrated.
 */
export function LocalChat({ account }: { account: string }) {
  const [adapter, setAdapter] = useState<LocalAdapter | null>(null);
  useEffect(() => {
    let server: LocalServer | undefined;
    let closed = false;
    LocalServer.open({ data: sampleData(account) }).then((opened) => {
      server = opened;
      if (closed) void opened.close();
      else setAdapter(createLocalAdapter({ server: opened, account }));
    });
    return () => {
      closed = true;
      void server?.close();
    };
  }, [account]);
  if (!adapter) return <Spinner label="Starting the chat" />;
  return (
    <ChatProvider key={adapter.deviceId} adapter={adapter}>
      <ChatLayout />
    </ChatProvider>
  );
}
