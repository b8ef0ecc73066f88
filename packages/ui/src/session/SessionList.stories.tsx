import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { LocalChat } from '../stories/LocalChat.tsx';
import {
  type StoryBackend as Backend,
  livelyBackend as lively,
  longContentBackend,
  tenThousandBackend,
} from '../stories/sessionDemo.ts';
import { SessionList } from './SessionList.tsx';

type Args = ComponentProps<typeof SessionList> & { backend?: Backend };

function ListStory({ backend, ...props }: Args) {
  return (
    <LocalChat {...backend}>
      <div
        style={{ inlineSize: 380, blockSize: 640, border: '1px solid var(--parley-color-border)' }}
      >
        <SessionList {...props} />
      </div>
    </LocalChat>
  );
}

const meta = {
  title: 'Connected/SessionList',
  component: ListStory,
  args: { backend: lively, showHeader: true, searchable: true },
  argTypes: { backend: { table: { disable: true } } },
} satisfies Meta<typeof ListStory>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A few dozen sessions: unread, pinned, muted, drafts, teams and one-to-one. */
export const Default: Story = {};
/** Signed in, no sessions yet. */
export const Empty: Story = { args: { backend: {} } };
/** Still connecting: skeleton rows. */
export const Loading: Story = { args: { backend: { ...lively, connection: 'connecting' } } };
/** Sign-in failed: an error with a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { backend: { ...lively, connection: 'failed' } },
};
/** Very long names and previews (with and without spaces) and a huge unread count. */
export const LongContent: Story = {
  args: { backend: longContentBackend },
};
/** 10,000 sessions, loaded page by page while scrolling. */
export const TenThousandRows: Story = {
  args: { backend: tenThousandBackend },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const ZhCN: Story = { globals: { locale: 'zh-CN' } };
/** Right to left: Arabic strings, mirrored layout. */
export const Arabic: Story = { globals: { locale: 'ar' } };
export const Japanese: Story = { globals: { locale: 'ja' } };
