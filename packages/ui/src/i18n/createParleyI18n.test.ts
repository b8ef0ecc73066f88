import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createParleyI18n } from './createParleyI18n.ts';

describe('createParleyI18n', () => {
  it('is ready synchronously and never touches the global instance', () => {
    const i18n = createParleyI18n({ locale: 'zh-CN' });
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('input.send')).toBe('发送');
    expect(Boolean(i18next.isInitialized)).toBe(false);
    expect(createParleyI18n()).not.toBe(i18n);
  });

  it('uses i18next plurals', () => {
    const i18n = createParleyI18n();
    expect(i18n.t('badge.unread', { count: 1 })).toBe('1 unread message');
    expect(i18n.t('badge.unread', { count: 5 })).toBe('5 unread messages');
    expect(createParleyI18n({ locale: 'zh-CN' }).t('badge.unread', { count: 1 })).toBe(
      '1 条未读消息',
    );
  });

  it('falls back: Chinese variants to zh-CN, others to English', () => {
    expect(createParleyI18n({ locale: 'zh-Hans' }).t('input.send')).toBe('发送');
    expect(createParleyI18n({ locale: 'zh' }).t('input.send')).toBe('发送');
    expect(createParleyI18n({ locale: 'en-GB' }).t('input.send')).toBe('Send');
    expect(createParleyI18n({ locale: 'fr' }).t('input.send')).toBe('Send');
  });

  it('deep-merges app overrides and added locales', () => {
    const i18n = createParleyI18n({
      locale: 'en',
      resources: { en: { input: { send: 'Go' } }, fr: { input: { send: 'Envoyer' } } },
    });
    expect(i18n.t('input.send')).toBe('Go');
    expect(i18n.t('input.placeholder')).toBe('Write a message…');
    void i18n.changeLanguage('fr');
    expect(i18n.t('input.send')).toBe('Envoyer');
    expect(i18n.t('input.label')).toBe('Message');
    expect(createParleyI18n().t('input.send'), 'overrides stay in their instance').toBe('Send');
  });

  it('does not HTML-escape interpolated names (React escapes text)', () => {
    const i18n = createParleyI18n();
    expect(i18n.t('message.recalled.byOther', { name: '<b>Tom & Jerry</b>' })).toBe(
      '<b>Tom & Jerry</b> recalled a message',
    );
  });
});
