import { describe, expect, it, vi } from 'vitest';
import { createParleyI18n } from './createParleyI18n.ts';
import { loadParleyLocale, parleyLocaleLoaded, parleyLocales } from './loadParleyLocale.ts';

describe('lazily loaded locales', () => {
  it('show English until their module arrives, then switch by themselves', async () => {
    const i18n = createParleyI18n({ locale: 'ko' });
    const changed = vi.fn();
    i18n.on('languageChanged', changed);
    expect(i18n.t('input.send')).toBe('Send');
    expect(i18n.resolvedLanguage).toBe('en');
    await parleyLocaleLoaded(i18n);
    expect(i18n.t('input.send')).toBe('전송');
    expect(i18n.resolvedLanguage).toBe('ko');
    expect(changed).toHaveBeenCalledWith('ko');
  });

  it('are translated from the start once loaded', async () => {
    await loadParleyLocale('ja');
    const i18n = createParleyI18n({ locale: 'ja' });
    expect(i18n.t('input.send')).toBe('送信');
    expect(i18n.resolvedLanguage).toBe('ja');
  });

  it('load on a language change of an existing instance', async () => {
    const i18n = createParleyI18n({ locale: 'en' });
    await i18n.changeLanguage('de');
    expect(i18n.t('input.send')).toBe('Send');
    await parleyLocaleLoaded(i18n);
    expect(i18n.t('input.send')).toBe('Senden');
  });

  it.each([
    ['ja-JP', '送信'],
    ['zh-HK', '傳送'],
    ['zh-Hant-TW', '傳送'],
    ['pt', 'Enviar'],
    ['pt-PT', 'Enviar'],
    ['es-MX', 'Enviar'],
    ['ar-EG', 'إرسال'],
    ['he-IL', 'שליחה'],
    ['fr-CA', 'Envoyer'],
  ])('serve the regional tag %s from its language', async (locale, send) => {
    await loadParleyLocale(locale);
    expect(createParleyI18n({ locale }).t('input.send')).toBe(send);
  });

  it('keep Simplified Chinese for Simplified variants, never for Traditional ones', () => {
    expect(createParleyI18n({ locale: 'zh-SG' }).t('input.send')).toBe('发送');
    for (const locale of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant']) {
      const { languages } = createParleyI18n({ locale });
      expect(languages, locale).toContain('zh-TW');
      expect(languages, locale).not.toContain('zh-CN');
    }
  });

  it('stay under app overrides when they arrive', async () => {
    const i18n = createParleyI18n({
      locale: 'fr',
      resources: { fr: { input: { send: 'Go' } } },
    });
    await parleyLocaleLoaded(i18n);
    expect(i18n.t('input.send')).toBe('Go');
    expect(i18n.t('input.placeholder')).toBe('Écrire un message…');
  });

  it('leave unknown and malformed locales in English without loading anything', async () => {
    await expect(loadParleyLocale('xx')).resolves.toBeUndefined();
    await expect(loadParleyLocale('not a locale!')).resolves.toBeUndefined();
    expect(createParleyI18n({ locale: 'xx' }).t('input.send')).toBe('Send');
  });

  it.each(parleyLocales)(
    '%s, once loaded, is what an instance in it resolves to',
    async (locale) => {
      await loadParleyLocale(locale);
      const i18n = createParleyI18n({ locale });
      expect(i18n.resolvedLanguage).toBe(locale);
      expect(locale === 'en' || i18n.t('input.send') !== 'Send').toBe(true);
    },
  );
});

describe('plural forms', () => {
  const forms = async (
    locale: string,
    key: Parameters<ReturnType<typeof createParleyI18n>['t']>[0],
    counts: number[],
  ) => {
    await loadParleyLocale(locale);
    const i18n = createParleyI18n({ locale });
    return counts.map((count) => i18n.t(key, { count }));
  };

  it('follow Arabic’s six categories', async () => {
    expect(await forms('ar', 'pane.newMessages', [0, 1, 2, 3, 11, 100])).toEqual([
      'لا توجد رسائل جديدة',
      'رسالة جديدة واحدة',
      'رسالتان جديدتان',
      '3 رسائل جديدة',
      '11 رسالة جديدة',
      '100 رسالة جديدة',
    ]);
  });

  it('follow Russian’s one, few and many', async () => {
    expect(await forms('ru', 'badge.unread', [1, 2, 5, 21, 22, 11])).toEqual([
      '1 непрочитанное сообщение',
      '2 непрочитанных сообщения',
      '5 непрочитанных сообщений',
      '21 непрочитанное сообщение',
      '22 непрочитанных сообщения',
      '11 непрочитанных сообщений',
    ]);
  });

  it('follow Hebrew’s dual, French’s zero-as-one and Japanese’s single form', async () => {
    expect(await forms('he', 'pane.header.members', [1, 2, 3])).toEqual([
      'משתתף אחד',
      'שני משתתפים',
      '3 משתתפים',
    ]);
    expect(await forms('fr', 'badge.unread', [0, 1, 2, 1_000_000])).toEqual([
      '0 message non lu',
      '1 message non lu',
      '2 messages non lus',
      '1000000 de messages non lus',
    ]);
    expect(await forms('ja', 'badge.unread', [1, 2])).toEqual([
      '未読メッセージ 1 件',
      '未読メッセージ 2 件',
    ]);
  });
});
