import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { linkifyText } from './linkifyText.ts';
import { MessageText } from './MessageText.tsx';
import { loadLinkify } from './useLinkify.ts';

describe('MessageText', () => {
  it('turns http(s) and mailto into safe anchors', async () => {
    const text = 'Docs at https://parley.dev/docs, mail me@example.com or www.example.org';
    const { container } = renderWithParley(<MessageText text={text} />);
    // The whole text shows at once; the links follow once the link matcher has loaded.
    expect(container.textContent).toBe(text);
    await screen.findAllByRole('link');
    expect(container.textContent).toBe(text);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://parley.dev/docs',
      'mailto:me@example.com',
      'http://www.example.org',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    await expectNoAxeViolations(container);
  });

  it('renders hostile strings as text', async () => {
    // With the link matcher loaded, so that "no links" is its verdict, not its absence.
    await loadLinkify();
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) data:text/html,<b>x</b> ftp://x.org //evil.com';
    const { container } = renderWithParley(<MessageText text={hostile} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([]);
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('never links a javascript: URL however it is spelled', () => {
    for (const text of [
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript://%0Aalert(1)',
    ]) {
      expect(linkifyText(text).some((t) => t.type === 'link')).toBe(false);
    }
  });

  it('keeps huge and zero-width text intact', async () => {
    const zeroWidth = '\u200b\u200d\u2060\ufeff'.repeat(1000);
    const huge = `${'a'.repeat(200_000)} https://example.com`;
    const { container } = renderWithParley(
      <>
        <MessageText text={zeroWidth} />
        <MessageText text={huge} />
      </>,
    );
    const texts = container.querySelectorAll('.parley-message-text');
    expect(texts[0]?.textContent).toBe(zeroWidth);
    expect(texts[1]?.textContent?.length).toBe(huge.length);
    expect((await screen.findByRole('link')).getAttribute('href')).toBe('https://example.com');
    expect(texts[1]?.textContent?.length).toBe(huge.length);
  });

  it('renders non-string bodies from bad backends without crashing', () => {
    // A backend may send anything; the component must not throw.
    const body: unknown = { toString: () => 'object body' };
    const { container } = renderWithParley(<MessageText text={String(body)} />);
    expect(container.textContent).toBe('object body');
    expect(linkifyText(null)).toEqual([]);
    expect(linkifyText(42)).toEqual([{ type: 'text', text: '42' }]);
  });
});
