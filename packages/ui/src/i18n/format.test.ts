import { describe, expect, it } from 'vitest';
import { createParleyI18n, PARLEY_NAMESPACE } from './createParleyI18n.ts';
import { createFormatters } from './format.ts';
import { loadParleyLocale, parleyLocales } from './loadParleyLocale.ts';
import type { ParleyT } from './ParleyKey.ts';

function formatters(locale: string) {
  const i18n = createParleyI18n({ locale });
  const fixed = i18n.getFixedT(locale, PARLEY_NAMESPACE);
  const t: ParleyT = (key, options) => fixed(key, options);
  return createFormatters(locale, t);
}

const now = new Date(2024, 2, 13, 15, 30).getTime(); // Wednesday 13 March 2024
const at = (d: number, h = 9, m = 5, y = 2024, mo = 2) => new Date(y, mo, d, h, m).getTime();

describe('createFormatters', () => {
  const en = formatters('en');
  const zh = formatters('zh-CN');

  it('labels days relative to now', () => {
    expect(en.dayLabel(at(13), now)).toBe('Today');
    expect(en.dayLabel(at(12, 23, 59), now)).toBe('Yesterday');
    expect(en.dayLabel(at(10), now)).toBe('Sunday');
    expect(en.dayLabel(at(1), now)).toBe('Mar 1');
    expect(en.dayLabel(at(1, 9, 5, 2023), now)).toBe('Mar 1, 2023');
    expect(zh.dayLabel(at(13), now)).toBe('今天');
    expect(zh.dayLabel(at(12), now)).toBe('昨天');
    expect(zh.dayLabel(at(10), now)).toBe('星期日');
  });

  it('shows the clock for today in list rows, the day otherwise', () => {
    expect(en.listTime(at(13, 9, 5), now)).toBe(
      new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at(13, 9, 5)),
    );
    expect(en.listTime(at(12), now)).toBe('Yesterday');
    expect(en.listTime(at(10), now)).toBe('Sun');
    expect(zh.listTime(at(13, 9, 5), now)).toMatch(/^0?9:05$/);
  });

  it('formats sizes, counts, durations and lists in the locale', () => {
    expect(en.fileSize(512)).toBe('512 bytes');
    expect(en.fileSize(1536)).toBe('1.5 kB');
    expect(en.fileSize(2_621_440)).toBe('2.5 MB');
    expect(en.count(7)).toBe('7');
    expect(en.count(100)).toBe('99+');
    expect(en.count(1500, 999)).toBe('999+');
    expect(en.duration(65_000)).toBe('1:05');
    expect(en.duration(3_725_000)).toBe('1:02:05');
    expect(en.list(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob, and Cy');
    expect(zh.list(['甲', '乙'])).toBe('甲和乙');
  });

  it('never throws on bad numbers', () => {
    expect(en.time(Number.NaN)).toBe('');
    expect(en.dayLabel(Number.POSITIVE_INFINITY, now)).toBe('');
    expect(en.fileSize(-1)).toBe('');
    expect(en.count(Number.NaN)).toBe('0');
    expect(en.duration(-5)).toBe('0:00');
  });
});

describe('createFormatters in every shipped locale', () => {
  it.each(parleyLocales)('%s labels days in its words and formats through Intl', async (locale) => {
    await loadParleyLocale(locale);
    const i18n = createParleyI18n({ locale });
    const f = formatters(locale);
    expect(f.dayLabel(at(13), now)).toBe(i18n.t('time.today'));
    expect(f.dayLabel(at(12), now)).toBe(i18n.t('time.yesterday'));
    expect(f.listTime(at(12), now)).toBe(i18n.t('time.yesterday'));
    if (locale !== 'en') expect(f.dayLabel(at(12), now)).not.toBe('Yesterday');
    expect(f.dayLabel(at(10), now)).toBe(
      new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(at(10)),
    );
    expect(f.time(at(13, 9, 5))).toBe(
      new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at(13, 9, 5)),
    );
    expect(f.count(1234, 9999)).toBe(new Intl.NumberFormat(locale).format(1234));
  });

  it('writes numbers, sizes and durations the way each locale does', async () => {
    await Promise.all(['de', 'fr', 'ru', 'ar-EG', 'ja'].map(loadParleyLocale));
    const de = formatters('de');
    expect(de.fileSize(1536)).toBe('1,5 kB');
    expect(de.count(1234, 9999)).toBe('1.234');
    expect(de.dayLabel(at(12), now)).toBe('Gestern');
    expect(formatters('fr').fileSize(2_621_440)).toBe('2,5\u202fMo');
    expect(formatters('ru').fileSize(1536)).toBe('1,5 кБ');
    expect(formatters('ja').dayLabel(at(10), now)).toBe('日曜日');
    expect(formatters('ja').dayLabel(at(1), now)).toBe('3月1日');
    // Egyptian Arabic writes Arabic-Indic digits (Intl says so), in counts, sizes and clocks.
    const ar = formatters('ar-EG');
    expect(new Intl.NumberFormat('ar-EG').resolvedOptions().numberingSystem).toBe('arab');
    expect(ar.count(7)).toBe('٧');
    expect(ar.count(100)).toBe('٩٩+');
    expect(ar.fileSize(1536)).toBe('١٫٥ كيلوبايت');
    expect(ar.duration(65_000)).toBe('١:٠٥');
    expect(ar.dayLabel(at(12), now)).toBe('أمس');
    expect(formatters('en').duration(3_725_000)).toBe('1:02:05');
  });
});
