// The smallest real app: list + pane + input on a backend the app supplies. What this
// bundles (minus React) is what Parley adds to an app.
import '@parley/ui/styles.css';
import { type ChatAdapter, ChatProvider } from '@parley/react';
import { ChatLayout, ParleyRoot } from '@parley/ui';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    parleyAdapter: ChatAdapter;
  }
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ParleyRoot>
      <ChatProvider adapter={window.parleyAdapter}>
        <ChatLayout />
      </ChatProvider>
    </ParleyRoot>,
  );
}
