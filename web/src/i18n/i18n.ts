/**
 * Indonesian by default, English on the switch. Texts live beside the page
 * that shows them (`pages/<page>/texts.ts`) and are added when the page
 * loads, so a page's words travel in its own code-split chunk.
 */
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { common } from './shared-texts.ts';

export type Language = 'id' | 'en';
export type Texts = { id: Record<string, unknown>; en: Record<string, unknown> };

const STORAGE_KEY = 'akuntabel.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'id',
  ns: ['common'],
  defaultNS: 'common',
  resources: { id: { common: common.id }, en: { common: common.en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** A page's translator: registers the page's texts once under its namespace. */
export function useTexts(namespace: string, texts: Texts) {
  if (!i18n.hasResourceBundle('id', namespace)) {
    i18n.addResourceBundle('id', namespace, texts.id);
    i18n.addResourceBundle('en', namespace, texts.en);
  }
  return useTranslation([namespace, 'common']);
}

export default i18n;
