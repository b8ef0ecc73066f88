import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createParleyI18n } from './createParleyI18n.ts';
import { LocaleProvider } from './LocaleProvider.tsx';
import { useLocale, useT } from './useT.ts';

function Send() {
  const t = useT();
  return <span>{t('input.send')}</span>;
}

describe('LocaleProvider', () => {
  it('translates in its own locale, independently of siblings', () => {
    render(
      <>
        <LocaleProvider locale="en">
          <Send />
        </LocaleProvider>
        <LocaleProvider locale="zh-CN">
          <Send />
        </LocaleProvider>
      </>,
    );
    expect(screen.getByText('Send')).toBeTruthy();
    expect(screen.getByText('发送')).toBeTruthy();
  });

  it('follows locale changes', () => {
    const { rerender } = render(
      <LocaleProvider locale="en">
        <Send />
      </LocaleProvider>,
    );
    rerender(
      <LocaleProvider locale="zh-CN">
        <Send />
      </LocaleProvider>,
    );
    expect(screen.getByText('发送')).toBeTruthy();
  });

  it('follows language changes of a shared instance', async () => {
    const i18n = createParleyI18n({ locale: 'en' });
    render(
      <LocaleProvider i18n={i18n}>
        <Send />
      </LocaleProvider>,
    );
    await i18n.changeLanguage('zh-CN');
    expect(await screen.findByText('发送')).toBeTruthy();
  });

  it('shows strings added to a shared instance after mount', () => {
    const i18n = createParleyI18n({ locale: 'en' });
    const { result } = renderHook(() => useT(), {
      wrapper: ({ children }) => <LocaleProvider i18n={i18n}>{children}</LocaleProvider>,
    });
    expect(result.current('input.send')).toBe('Send');
    i18n.addResourceBundle('en', 'parley', { input: { send: 'Ship it' } }, true, true);
    expect(result.current('input.send')).toBe('Ship it');
  });

  it('applies app overrides', () => {
    render(
      <LocaleProvider locale="en" resources={{ en: { input: { send: 'Ship it' } } }}>
        <Send />
      </LocaleProvider>,
    );
    expect(screen.getByText('Ship it')).toBeTruthy();
  });

  it('survives a malformed locale tag', () => {
    const { result } = renderHook(() => useLocale(), {
      wrapper: ({ children }) => <LocaleProvider locale="not a locale!">{children}</LocaleProvider>,
    });
    expect(result.current.format.locale).toBe('en');
    expect(result.current.t('input.send')).toBe('Send');
  });

  it('throws a clear error outside a provider', () => {
    expect(() => renderHook(() => useT())).toThrow(
      /must be used within <ParleyRoot> or <LocaleProvider>/,
    );
  });
});
