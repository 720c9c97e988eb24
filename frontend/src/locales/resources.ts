import enAccounts from './en/accounts.json';
import enActivities from './en/activities.json';
import enAudit from './en/audit.json';
import enCommittees from './en/committees.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enExemplars from './en/exemplars.json';
import enHierarchy from './en/hierarchy.json';
import enHome from './en/home.json';
import enRules from './en/rules.json';
import enTrainings from './en/trainings.json';
import enVolunteerImports from './en/volunteerImports.json';
import enVolunteers from './en/volunteers.json';
import zhAccounts from './zh-CN/accounts.json';
import zhActivities from './zh-CN/activities.json';
import zhAudit from './zh-CN/audit.json';
import zhCommittees from './zh-CN/committees.json';
import zhCommon from './zh-CN/common.json';
import zhDashboard from './zh-CN/dashboard.json';
import zhExemplars from './zh-CN/exemplars.json';
import zhHierarchy from './zh-CN/hierarchy.json';
import zhHome from './zh-CN/home.json';
import zhRules from './zh-CN/rules.json';
import zhTrainings from './zh-CN/trainings.json';
import zhVolunteerImports from './zh-CN/volunteerImports.json';
import zhVolunteers from './zh-CN/volunteers.json';

/**
 * Every bundle of both languages at once: the source of the typed keys (lib/i18n-types.d.ts) and what
 * tests start i18next with. The application fetches each bundle when a screen needs it (lib/i18n.ts).
 */
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
