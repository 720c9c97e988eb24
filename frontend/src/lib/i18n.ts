import i18n, { type BackendModule, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'ggw.language';

// Each language's namespaces are chunks of their own, fetched when a screen first needs them: a phone
// downloads the Chinese words of its home page, not both languages of every feature (tests pass all
// bundles at once, see locales/resources.ts).
const bundles = import.meta.glob<ResourceLanguage>('../locales/*/*.json', { import: 'default' });

export const lazyBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = bundles[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (bundle) => callback(null, bundle),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The namespaces every screen uses (the shell, and 首页 where everybody lands). */
const firstNamespaces = ['common', 'home'];

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** The language the UI shows now; sent as Accept-Language so server texts match it. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

function applyLocale(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function changeLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  // The namespaces in use arrive before the switch, so no screen falls back to its loading state.
  await i18n.loadLanguages(language);
  applyLocale(language);
  await i18n.changeLanguage(language);
}

/**
 * Starts i18next in the stored language; the promise settles once the first namespaces are there. With
 * `resources` (tests) every bundle is given at once and nothing is fetched.
 */
export function initI18n(language: Language = storedLanguage(), resources?: Resource): Promise<unknown> {
  applyLocale(language);
  if (i18n.isInitialized)
    return i18n.language === language ? Promise.resolve() : i18n.changeLanguage(language);
  const options = {
    lng: language,
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  };
  if (resources) {
    return i18n
      .use(initReactI18next)
      .init({ ...options, resources, ns: Object.keys(resources['zh-CN'] ?? {}), initAsync: false });
  }
  return i18n
    .use(initReactI18next)
    .use(lazyBundles)
    .init({ ...options, ns: firstNamespaces });
}

export { i18n };
