import type { Message } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  audioMessage,
  fileMessage,
  geoMessage,
  getName,
  imageMessage,
  textMessage,
  videoMessage,
} from '../../test/fixtures.ts';
import { createMessageRenderers } from './createMessageRenderers.ts';
import { MessageContent } from './MessageContent.tsx';
import type { CustomRendererProps } from './MessageRenderers.ts';

function PollCard({ data }: CustomRendererProps) {
  const question = typeof data === 'object' && data !== null && 'q' in data ? String(data.q) : '';
  return <strong>📊 {question}</strong>;
}

const renderers = createMessageRenderers({ customKinds: { poll: PollCard } });

const meta = {
  title: 'Messages/MessageContent',
  component: MessageContent,
  args: { message: textMessage('Hello https://parley.dev'), me: 'me', getName, renderers },
  decorators: [(Story) => <div style={{ maxWidth: 420, display: 'grid', gap: 16 }}>{Story()}</div>],
} satisfies Meta<typeof MessageContent>;
export default meta;
type Story = StoryObj<typeof meta>;

const loose = (fields: Record<string, unknown>) => ({ ...textMessage(''), ...fields }) as Message;

export const Text: Story = {};
export const Image: Story = { args: { message: imageMessage() } };
export const ImageUploading: Story = {
  args: {
    message: imageMessage({ from: 'me', status: 'sending', progress: 0.37 }),
    onCancelUpload: () => {},
  },
};
export const Audio: Story = { args: { message: audioMessage() } };
export const Video: Story = { args: { message: videoMessage() } };
export const File: Story = { args: { message: fileMessage() } };
export const FileUploading: Story = {
  args: {
    message: fileMessage({ from: 'me', status: 'sending', progress: 0.62 }),
    onCancelUpload: () => {},
  },
};
export const FileLongName: Story = {
  args: {
    message: {
      ...fileMessage(),
      attach: {
        url: 'https://example.com/f',
        name: `${'quarterly-report-final-v2-'.repeat(6)}.xlsx`,
        size: 9_876_543_210,
        mime: 'application/vnd.ms-excel',
      },
    },
  },
};
export const Geo: Story = { args: { message: geoMessage() } };
export const Custom: Story = {
  args: {
    message: loose({ type: 'custom', attach: { kind: 'poll', data: { q: 'Lunch at 12?' } } }),
  },
};
export const Notification: Story = {
  args: {
    message: loose({
      type: 'notification',
      scene: 'team',
      from: 'alice',
      attach: { kind: 'addMembers', accounts: ['bob', 'carol'] },
    }),
  },
};
export const Recalled: Story = {
  args: {
    message: textMessage('', {
      from: 'me',
      recall: { by: 'me', time: 1, original: { type: 'text', body: 'typo' } },
    }),
    onReEdit: () => {},
  },
};
export const Unsupported: Story = {
  args: { message: loose({ type: 'hologram', body: 'A hologram' }) },
};
export const Malformed: Story = {
  args: { message: loose({ type: 'image', attach: { url: 42 } }) },
};
export const Dark: Story = { ...FileUploading, globals: { theme: 'dark' } };
export const Chinese: Story = { ...Notification, globals: { locale: 'zh-CN' } };
