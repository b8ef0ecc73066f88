// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionMenu } from '../menu/ActionMenu.tsx';
import { MessageText } from '../message/MessageText.tsx';
import { ReadReceiptBadge } from '../message/ReadReceiptBadge.tsx';
import { ParleyRoot } from '../root/ParleyRoot.tsx';

describe('lazily loaded popups and links on the server', () => {
  it('render without a window: nothing is loaded or scheduled at import or render', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ParleyRoot>
        <ActionMenu
          label="Actions"
          moreLabel="More"
          items={[{ id: 'a', label: 'A', onSelect: () => {} }]}
        >
          <span>Row</span>
        </ActionMenu>
        <ReadReceiptBadge
          kind="team"
          read={1}
          unread={2}
          loadDetail={async () => ({ read: [], unread: [] })}
        />
        <MessageText text="See https://example.com" />
      </ParleyRoot>,
    );
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('See https://example.com');
  });
});
