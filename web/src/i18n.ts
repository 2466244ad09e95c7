import { zh, type Key } from './i18n/zh';
import { en } from './i18n/en';

export type { Key };
export type Lang = 'zh' | 'en';

const dictionaries: Record<Lang, Record<Key, string>> = { zh, en };
const storageKey = 'xjkeji.lang';
let current: Lang = localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
const listeners: Array<() => void> = [];

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(storageKey, next);
  applyDocumentLang();
  listeners.forEach(l => l());
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

export function applyDocumentLang(): void {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  document.title = t('app.title');
}

/** The text of a key in the current language, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text = dictionaries[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A key built from an API enum value (stage, action, kind…); the value itself when the dictionary lacks it. */
export function tx(prefix: string, value: string | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const key = `${prefix}.${value}` as Key;
  return key in dictionaries[current] ? dictionaries[current][key] : value;
}

/** The Chinese or English half of a bilingual API text: problems (title/titleEn), errors (message/messageEn), {zh, en}. */
export function pick(zhText: string | null | undefined, enText: string | null | undefined): string {
  return (current === 'en' ? enText || zhText : zhText || enText) ?? '';
}
