import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createParleyI18n } from './createParleyI18n.ts';
import { LocaleProvider } from './LocaleProvider.tsx';
import { loadParleyLocale } from './loadParleyLocale.ts';
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
    act(() => {
      i18n.addResourceBundle('en', 'parley', { input: { send: 'Ship it' } }, true, true);
    });
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

  it('shows English while a lazily loaded locale arrives, then the locale', async () => {
    const { result } = renderHook(() => useLocale(), {
      wrapper: ({ children }) => <LocaleProvider locale="ja">{children}</LocaleProvider>,
    });
    expect(result.current.t('input.send')).toBe('Send');
    expect(result.current.locale).toBe('en');
    // Dates and numbers are the requested locale's from the start.
    expect(result.current.format.locale).toBe('ja');
    await waitFor(() => expect(result.current.t('input.send')).toBe('送信'));
    expect(result.current.locale).toBe('ja');
  });

  it('is translated from the first render when the locale was loaded before', async () => {
    await loadParleyLocale('ar');
    render(
      <LocaleProvider locale="ar">
        <Send />
      </LocaleProvider>,
    );
    expect(screen.getByText('إرسال')).toBeTruthy();
  });

  it('re-renders when strings arrive for a language that already had some', async () => {
    const i18n = createParleyI18n({ resources: { es: { input: { label: 'Mensaje nuevo' } } } });
    // `es` already resolves (to the override), so its language does not change on arrival.
    await i18n.changeLanguage('es');
    expect(i18n.resolvedLanguage).toBe('es');
    render(
      <LocaleProvider i18n={i18n}>
        <Send />
      </LocaleProvider>,
    );
    expect(screen.getByText('Send')).toBeTruthy();
    expect(await screen.findByText('Enviar')).toBeTruthy();
  });

  it('falls back to English for a locale Parley does not ship', async () => {
    render(
      <LocaleProvider locale="xx-YY">
        <Send />
      </LocaleProvider>,
    );
    expect(screen.getByText('Send')).toBeTruthy();
    await loadParleyLocale('xx-YY');
    expect(screen.getByText('Send')).toBeTruthy();
  });

  it('throws a clear error outside a provider', () => {
    expect(() => renderHook(() => useT())).toThrow(
      /must be used within <ParleyRoot> or <LocaleProvider>/,
    );
  });
});
