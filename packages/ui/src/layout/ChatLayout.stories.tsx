import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { LocalChat } from '../stories/LocalChat.tsx';
import {
  type StoryBackend as Backend,
  livelyBackend as lively,
  longContentBackend,
  tenThousandBackend,
} from '../stories/sessionDemo.ts';
import { ChatLayout } from './ChatLayout.tsx';

type Args = ComponentProps<typeof ChatLayout> & { backend?: Backend; width?: number };

function LayoutStory({ backend, width, ...props }: Args) {
  return (
    <LocalChat {...backend}>
      <div
        style={{
          inlineSize: width ?? '100%',
          blockSize: 'calc(100vh - 32px)',
          minBlockSize: 480,
          border: '1px solid var(--parley-color-border)',
        }}
      >
        <ChatLayout {...props} />
      </div>
    </LocalChat>
  );
}

const meta = {
  title: 'Connected/ChatLayout',
  component: LayoutStory,
  args: { backend: lively, list: { showHeader: true, searchable: true } },
  argTypes: { backend: { table: { disable: true } } },
} satisfies Meta<typeof LayoutStory>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `<ChatLayout />` alone: the list beside the first session. */
export const Default: Story = {};
/** A narrow container: one column, the pane with a back button after a pick. */
export const Narrow: Story = { args: { width: 400 } };
export const Empty: Story = { args: { backend: {} } };
export const Loading: Story = { args: { backend: { ...lively, connection: 'connecting' } } };
export const ErrorState: Story = {
  name: 'Error',
  args: { backend: { ...lively, connection: 'failed' } },
};
export const LongContent: Story = {
  args: { backend: longContentBackend },
};
export const TenThousandRows: Story = {
  args: { backend: tenThousandBackend },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const ZhCN: Story = { globals: { locale: 'zh-CN' } };
/** Japanese strings, loaded on first use like every locale beyond English and Chinese. */
export const Japanese: Story = { globals: { locale: 'ja' } };
/** Arabic strings, with Arabic's six plural forms. */
export const Arabic: Story = { globals: { locale: 'ar' } };
