import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { formatBytes, formatMoney, formatNumber } from './format';
import { resolveLocale } from './index';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keys(child as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  it('French has exactly the English keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('every translation keeps the same placeholders', () => {
    const get = (obj: object, path: string): string =>
      path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    for (const key of keys(en))
      expect(placeholders(get(fr, key)), key).toEqual(placeholders(get(en, key)));
  });

  it('resolves the system locale to a supported one', () => {
    expect(resolveLocale('system', ['fr-CA', 'en-US'])).toBe('fr');
    expect(resolveLocale('system', ['de-DE'])).toBe('en');
    expect(resolveLocale('en', ['fr-FR'])).toBe('en');
  });
});

describe('locale formatting', () => {
  it('formats numbers, sizes and money by locale', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'fr').replace(/\s/g, ' ')).toBe('1 234 567,5');
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(289_723, 'en')).toBe('282.9 kB');
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(123456, 'EUR', 'fr-FR').replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatMoney(1500, 'JPY', 'ja-JP')).toBe('￥1,500');
  });
});
