import {
  type Chat,
  type ChatErrorInfo,
  ChatProvider,
  createChat,
  idbOutbox,
  memoryOutbox,
  toChatError,
} from '@parley/react';
import { ChatLayout, ChatPane, ParleyRoot } from '@parley/ui';
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  type DemoBackend,
  deleteDemoData,
  OUTBOX_NAME,
  openDemoBackend,
} from './backend/openDemoBackend.ts';
import { FRIEND, ME } from './backend/seedDemo.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { Toolbar } from './Toolbar.tsx';
import { type DemoSettings, useDemoSettings } from './useDemoSettings.ts';

// Loaded when picked, with their clients: the embedded demo downloads neither the XMPP client
// nor NetEase's SDK (1.1 MB) nor Easemob's (0.6 MB), and no backend downloads another's.
const XmppDemo = lazy(() =>
  import('./xmpp/XmppDemo.tsx').then((module) => ({ default: module.XmppDemo })),
);
const NimDemo = lazy(() =>
  import('./nim/NimDemo.tsx').then((module) => ({ default: module.NimDemo })),
);
const EasemobDemo = lazy(() =>
  import('./easemob/EasemobDemo.tsx').then((module) => ({ default: module.EasemobDemo })),
);

/** The form of a backend the user signs in to. */
function RemoteBackend({ backend }: { backend: DemoSettings['backend'] }) {
  if (backend === 'xmpp') return <XmppDemo />;
  if (backend === 'easemob') return <EasemobDemo />;
  return <NimDemo />;
}

interface Device {
  key: string;
  label: string;
  chat: Chat;
}

/** Opens the backend for a data set and signs in the devices the view shows (when `enabled`). */
function useDevices(data: DemoSettings['data'], view: DemoSettings['view'], enabled: boolean) {
  const [state, setState] = useState<{ backend: DemoBackend; devices: Device[] } | null>(null);
  const [error, setError] = useState<ChatErrorInfo | null>(null);
  useEffect(() => {
    let cancelled = false;
    let opened: { backend: DemoBackend; devices: Device[] } | null = null;
    setState(null);
    if (!enabled) return;
    const query = new URLSearchParams(window.location.search);
    openDemoBackend(data, {
      peers: query.get('peers') !== 'off',
      failReactions: query.get('fail') === 'reactions',
    })
      .then((backend) => {
        const accounts =
          view === 'side-by-side'
            ? [
                { key: 'alex-1', label: 'Alex · laptop', account: ME },
                { key: 'alex-2', label: 'Alex · phone', account: ME },
                { key: 'sam', label: 'Sam', account: FRIEND },
              ]
            : [{ key: 'alex-1', label: 'Alex', account: ME }];
        // The stored data set keeps its pending sends in IndexedDB too; the stress set is
        // made afresh on every load, so its sends live as long as the page.
        const persistence =
          data === 'normal' && typeof indexedDB !== 'undefined'
            ? idbOutbox({ name: OUTBOX_NAME })
            : memoryOutbox();
        const devices = accounts.map(({ key, label, account }) => ({
          key,
          label,
          chat: createChat({ adapter: backend.device(account), persistence }),
        }));
        opened = { backend, devices };
        if (cancelled) return;
        setState(opened);
      })
      .catch((e: unknown) => setError(toChatError(e).toJSON()));
    return () => {
      cancelled = true;
      if (opened) {
        for (const device of opened.devices) device.chat.destroy();
        opened.backend.close().catch(() => undefined);
      }
    };
  }, [data, view, enabled]);
  return { state, error };
}

/** The demo: the whole kit on the embedded backend, or on an XMPP server, NetEase IM or Easemob. */
export function App() {
  const [settings, update] = useDemoSettings();
  const embedded = settings.backend === 'embedded';
  const { state, error } = useDevices(settings.data, settings.view, embedded);

  const reset = async () => {
    state?.backend.close().catch(() => undefined);
    await deleteDemoData();
    window.location.reload();
  };

  return (
    <ParleyRoot
      className="demo"
      colorScheme={settings.scheme}
      locale={settings.locale}
      data-view={settings.view}
    >
      <Toolbar settings={settings} onChange={update} onReset={reset} />
      <main className="demo-main">
        {embedded ? null : (
          <Suspense
            fallback={
              <p className="demo-status" role="status">
                Loading…
              </p>
            }
          >
            <RemoteBackend backend={settings.backend} />
          </Suspense>
        )}
        {error && embedded ? (
          <div className="demo-status" role="alert">
            <p>
              <code>{error.code}</code> {error.message}
            </p>
            {error.code === 'STORAGE_CORRUPT' || error.code === 'STORAGE_VERSION' ? (
              <button type="button" className="demo-reset" onClick={reset}>
                Reset data
              </button>
            ) : null}
          </div>
        ) : null}
        {state ? (
          <StorageNotice
            errors={state.backend.server.storageErrors.map((e) => e.toJSON())}
            onReset={reset}
          />
        ) : null}
        {state ? (
          <div className="demo-devices">
            {state.devices.map((device) => (
              <section key={device.key} className="demo-device" aria-label={device.label}>
                {settings.view === 'side-by-side' ? (
                  <h2 className="demo-device-label" id={`device-${device.key}`}>
                    {device.label}
                  </h2>
                ) : null}
                <ChatProvider chat={device.chat}>
                  <ChatLayout
                    // Two devices may show the same conversation: their panes' names say whose.
                    renderPane={
                      settings.view === 'side-by-side'
                        ? (sessionId, { onBack }) => (
                            <ChatPane
                              key={sessionId}
                              sessionId={sessionId}
                              onBack={onBack}
                              labelledBy={`device-${device.key}`}
                            />
                          )
                        : undefined
                    }
                  />
                </ChatProvider>
              </section>
            ))}
          </div>
        ) : error || !embedded ? null : (
          <p className="demo-status" role="status">
            {settings.data === 'stress'
              ? 'Generating 10,000 sessions and 100,000 messages…'
              : 'Loading…'}
          </p>
        )}
      </main>
    </ParleyRoot>
  );
}
