import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import enAccounts from '@/locales/en/accounts.json';
import enActivities from '@/locales/en/activities.json';
import enAudit from '@/locales/en/audit.json';
import enCommittees from '@/locales/en/committees.json';
import enCommon from '@/locales/en/common.json';
import enDashboard from '@/locales/en/dashboard.json';
import enExemplars from '@/locales/en/exemplars.json';
import enHierarchy from '@/locales/en/hierarchy.json';
import enHome from '@/locales/en/home.json';
import enTrainings from '@/locales/en/trainings.json';
import enVolunteerImports from '@/locales/en/volunteerImports.json';
import enRules from '@/locales/en/rules.json';
import enVolunteers from '@/locales/en/volunteers.json';
import zhAccounts from '@/locales/zh-CN/accounts.json';
import zhActivities from '@/locales/zh-CN/activities.json';
import zhAudit from '@/locales/zh-CN/audit.json';
import zhCommittees from '@/locales/zh-CN/committees.json';
import zhCommon from '@/locales/zh-CN/common.json';
import zhDashboard from '@/locales/zh-CN/dashboard.json';
import zhExemplars from '@/locales/zh-CN/exemplars.json';
import zhHierarchy from '@/locales/zh-CN/hierarchy.json';
import zhHome from '@/locales/zh-CN/home.json';
import zhTrainings from '@/locales/zh-CN/trainings.json';
import zhVolunteerImports from '@/locales/zh-CN/volunteerImports.json';
import zhRules from '@/locales/zh-CN/rules.json';
import zhVolunteers from '@/locales/zh-CN/volunteers.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'ggw.language';

export const resources = {
  'zh-CN': {
    common: zhCommon,
    hierarchy: zhHierarchy,
    accounts: zhAccounts,
    audit: zhAudit,
    home: zhHome,
    volunteers: zhVolunteers,
    activities: zhActivities,
    volunteerImports: zhVolunteerImports,
    committees: zhCommittees,
    trainings: zhTrainings,
    dashboard: zhDashboard,
    rules: zhRules,
    exemplars: zhExemplars,
  },
  en: {
    common: enCommon,
    hierarchy: enHierarchy,
    accounts: enAccounts,
    audit: enAudit,
    home: enHome,
    volunteers: enVolunteers,
    activities: enActivities,
    volunteerImports: enVolunteerImports,
    committees: enCommittees,
    trainings: enTrainings,
    dashboard: enDashboard,
    rules: enRules,
    exemplars: enExemplars,
  },
} as const;

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
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function changeLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  applyLocale(language);
  await i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'zh-CN',
      defaultNS: 'common',
      ns: [
        'common',
        'hierarchy',
        'accounts',
        'audit',
        'home',
        'volunteers',
        'activities',
        'volunteerImports',
        'committees',
        'trainings',
        'dashboard',
      ],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  applyLocale(language);
  return i18n;
}

export { i18n };
