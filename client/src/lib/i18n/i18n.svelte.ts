import { catalog, type MessageKey } from './catalog.ts';
import type { Language } from './define.ts';

export type { Language, MessageKey };
export const languages: Language[] = ['nl', 'en'];
const storageKey = 'vonk.language';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage can be blocked; fall back to the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

class I18n {
  #language = $state<Language>(initialLanguage());

  get language(): Language {
    return this.#language;
  }

  set language(language: Language) {
    this.#language = language;
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Not remembered; it still switches for this page.
    }
    document.documentElement.lang = language;
  }

  /** The message in the current language, with {placeholders} filled in. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const template = catalog[key][this.#language];
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? this.formatValue(params[name]!) : match,
    );
  };

  formatValue(value: string | number): string {
    return typeof value === 'number' ? new Intl.NumberFormat(this.#language).format(value) : value;
  }
}

export const i18n = new I18n();
export const t = i18n.t;
