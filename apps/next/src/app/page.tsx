import { ParleyRoot } from '@parley/ui';
import { LocalChat } from './LocalChat.tsx';

// A server component: it renders the kit's client components (the packages' entries are
// client modules) and hands the part that needs a browser-side backend to LocalChat.
export default function Home() {
  return (
    <ParleyRoot colorScheme="light" locale="en" style={{ height: '100dvh' }}>
      <LocalChat account="alice" />
    </ParleyRoot>
  );
}
