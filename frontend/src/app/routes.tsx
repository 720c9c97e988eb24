import type { Role } from '@/api/types';
import { type ComponentType, lazy } from 'react';
import { matchPath } from 'react-router';
import type { Access } from '@/lib/current-user';
import { i18n } from '@/lib/i18n';

/** A page's chunk behind React.lazy, with `preload` to start its download before the page renders. */
type PageComponent = ComponentType & { preload: () => Promise<unknown> };

function page(load: () => Promise<{ default: ComponentType }>): PageComponent {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  // A page whose chunk is already here (preloadRoute) renders at once: through React.lazy it would suspend
  // for a tick, and React holds a boundary's reveal for up to 300 ms after the last fallback it showed.
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

// Each page is its own chunk (React.lazy); a route's `access` is checked before it renders.
const HomeRoute = page(() =>
  import('@/features/home/routes/home-route').then((m) => ({ default: m.HomeRoute })),
);
const OrgUnitsRoute = page(() =>
  import('@/features/hierarchy/routes/org-units-route').then((m) => ({ default: m.OrgUnitsRoute })),
);
const AccountsRoute = page(() =>
  import('@/features/accounts/routes/accounts-route').then((m) => ({ default: m.AccountsRoute })),
);
const VolunteersRoute = page(() =>
  import('@/features/volunteers/routes/volunteers-route').then((m) => ({ default: m.VolunteersRoute })),
);
const VolunteerRoute = page(() =>
  import('./volunteer-detail-page').then((m) => ({ default: m.VolunteerDetailPage })),
);
const ActivitiesRoute = page(() =>
  import('@/features/volunteer-activities/routes/activities-route').then((m) => ({
    default: m.ActivitiesRoute,
  })),
);
const LogActivityRoute = page(() =>
  import('@/features/volunteer-activities/routes/log-activity-route').then((m) => ({
    default: m.LogActivityRoute,
  })),
);
const VolunteerFormRoute = page(() =>
  import('@/features/volunteers/routes/volunteer-form-route').then((m) => ({
    default: m.VolunteerFormRoute,
  })),
);
const ImportsRoute = page(() =>
  import('@/features/volunteer-imports/routes/imports-route').then((m) => ({ default: m.ImportsRoute })),
);
const ImportNewRoute = page(() =>
  import('@/features/volunteer-imports/routes/import-new-route').then((m) => ({ default: m.ImportNewRoute })),
);
const ImportRoute = page(() =>
  import('@/features/volunteer-imports/routes/import-route').then((m) => ({ default: m.ImportRoute })),
);
const AuditRoute = page(() =>
  import('@/features/audit/routes/audit-route').then((m) => ({ default: m.AuditRoute })),
);

const CommitteeRoute = page(() =>
  import('@/features/committees/routes/committee-route').then((m) => ({ default: m.CommitteeRoute })),
);
const VacanciesRoute = page(() =>
  import('@/features/committees/routes/vacancies-route').then((m) => ({ default: m.VacanciesRoute })),
);
const AdjustmentsRoute = page(() =>
  import('@/features/committees/routes/adjustments-route').then((m) => ({ default: m.AdjustmentsRoute })),
);
const AdjustmentRoute = page(() =>
  import('@/features/committees/routes/adjustment-route').then((m) => ({ default: m.AdjustmentRoute })),
);
const CoverageRoute = page(() =>
  import('@/features/committees/routes/coverage-route').then((m) => ({ default: m.CoverageRoute })),
);
const TrainingSessionsRoute = page(() =>
  import('@/features/trainings/routes/sessions-route').then((m) => ({ default: m.SessionsRoute })),
);
const TrainingNewRoute = page(() =>
  import('@/features/trainings/routes/new-session-route').then((m) => ({ default: m.NewSessionRoute })),
);
const TrainingSessionRoute = page(() =>
  import('@/features/trainings/routes/session-route').then((m) => ({ default: m.SessionRoute })),
);
const TrainingCheckInRoute = page(() =>
  import('@/features/trainings/routes/check-in-route').then((m) => ({ default: m.CheckInRoute })),
);
const TrainingCoverageRoute = page(() =>
  import('@/features/trainings/routes/coverage-route').then((m) => ({ default: m.TrainingCoverageRoute })),
);
const CommitteeSettingsRoute = page(() =>
  import('@/features/committees/routes/settings-route').then((m) => ({ default: m.CommitteeSettingsRoute })),
);

const RulebookRoute = page(() =>
  import('@/features/rules/routes/rulebook-route').then((m) => ({ default: m.RulebookRoute })),
);
const BulletinsRoute = page(() =>
  import('@/features/rules/routes/bulletins-route').then((m) => ({ default: m.BulletinsRoute })),
);
const RecordEvidenceRoute = page(() =>
  import('@/features/rules/routes/record-evidence-route').then((m) => ({ default: m.RecordEvidenceRoute })),
);
const InspectionsRoute = page(() =>
  import('@/features/rules/routes/inspections-route').then((m) => ({ default: m.InspectionsRoute })),
);
const InspectionScoringRoute = page(() =>
  import('@/features/rules/routes/inspection-scoring-route').then((m) => ({
    default: m.InspectionScoringRoute,
  })),
);
const RuleListRoute = page(() =>
  import('@/features/rules/routes/rule-list-route').then((m) => ({ default: m.RuleListRoute })),
);
const ConsultationsRoute = page(() =>
  import('@/features/rules/routes/consultations-route').then((m) => ({ default: m.ConsultationsRoute })),
);
const RuleEditorRoute = page(() =>
  import('@/features/rules/routes/rule-editor-route').then((m) => ({ default: m.RuleEditorRoute })),
);
const TrainingEditRoute = page(() =>
  import('@/features/trainings/routes/edit-session-route').then((m) => ({ default: m.EditSessionRoute })),
);

// 抓典型
const ExemplarsRoute = page(() =>
  import('@/features/exemplars/routes/exemplars-route').then((m) => ({ default: m.ExemplarsRoute })),
);
const ReviewQueueRoute = page(() =>
  import('@/features/exemplars/routes/exemplars-route').then((m) => ({ default: m.ReviewQueueRoute })),
);
const NominateRoute = page(() =>
  import('@/features/exemplars/routes/nominate-route').then((m) => ({ default: m.NominateRoute })),
);
const EditExemplarRoute = page(() =>
  import('@/features/exemplars/routes/nominate-route').then((m) => ({ default: m.EditExemplarRoute })),
);
const ExemplarRoute = page(() =>
  import('@/features/exemplars/routes/exemplar-route').then((m) => ({ default: m.ExemplarRoute })),
);
const MeetingsRoute = page(() =>
  import('@/features/exemplars/routes/meetings-route').then((m) => ({ default: m.MeetingsRoute })),
);
const CategoriesRoute = page(() =>
  import('@/features/exemplars/routes/categories-route').then((m) => ({ default: m.CategoriesRoute })),
);
const BookletsRoute = page(() =>
  import('@/features/exemplars/routes/booklets-route').then((m) => ({ default: m.BookletsRoute })),
);

export type NavKey =
  | 'home'
  | 'orgUnits'
  | 'volunteers'
  | 'activities'
  | 'logActivity'
  | 'accounts'
  | 'audit'
  | 'committeeTeam'
  | 'committeeVacancies'
  | 'committeeAdjustments'
  | 'committeeCoverage'
  | 'committeeSettings'
  | 'rulebook'
  | 'ruleEditor'
  | 'ruleConsultations'
  | 'bulletins'
  | 'recordEvidence'
  | 'inspections'
  | 'trainingSessions'
  | 'trainingCheckIn'
  | 'trainingCoverage'
  | 'exemplarsNominate'
  | 'exemplarsReview'
  | 'exemplarsLibrary'
  | 'exemplarsMeetings'
  | 'exemplarsBooklets'
  | 'exemplarsCategories';

/** Menu groups: a route with `nav.group` is listed under that group's sub-menu (icons: layout/nav-icons.tsx). */
export const navGroups = {
  committees: { label: 'nav.committees' },
  rules: { label: 'nav.rules' },
  trainings: { label: 'nav.trainings' },
  exemplars: { label: 'nav.exemplars' },
} as const;
export type NavGroup = keyof typeof navGroups;

export interface AppRoute {
  path: string;
  Component: PageComponent;
  access?: Access;
  /** Locale namespaces the page's first screen needs beyond the shell's, fetched with its chunk. */
  ns?: readonly string[];
  /**
   * Shown in the menu under this label key when set; `hiddenFor`: roles whose work does not need the entry
   * in their menu (the page stays reachable by its links, e.g. a village's one-node 组织架构).
   */
  nav?: { key: NavKey; group?: NavGroup; hiddenFor?: readonly Role[] };
  /**
   * The page draws without antd (plain elements, styles.css): on a phone it shows without waiting for antd.
   * Every other page renders inside AntdScope.
   */
  light?: boolean;
}

const districtAdminOnly: Access = { roles: ['district-admin'] };
/** A village's staff work on one unit: no tree to browse, no coverage of one team, no district adjustments. */
const villageOnly: readonly Role[] = ['village-staff'];
/** 五老队伍: the four staff roles read; all but the read-only leader write (city-api has no UI). */
const volunteerReaders: Access = {
  roles: ['district-admin', 'district-viewer', 'township-staff', 'village-staff'],
};
const volunteerWriters: Access = { roles: ['district-admin', 'township-staff', 'village-staff'] };
/** 班子建设: the four staff roles read (the leader read-only; city-api has no UI). */
const committeeReaders: Access = volunteerReaders;
/** 抓典型: the four staff roles read; village and township staff and the district nominate; reviewers review. */
const exemplarReaders: Access = volunteerReaders;
const exemplarWriters: Access = volunteerWriters;
const exemplarReviewers: Access = { roles: ['district-admin', 'township-staff'] };

export const appRoutes: AppRoute[] = [
  // 首页: village staff's home is light; the leaders' dashboard brings antd itself.
  { path: '/', Component: HomeRoute, nav: { key: 'home' }, light: true },
  {
    path: '/org-units',
    Component: OrgUnitsRoute,
    nav: { key: 'orgUnits', hiddenFor: villageOnly },
  },
  { path: '/org-units/:id', Component: OrgUnitsRoute },
  {
    path: '/volunteers',
    Component: VolunteersRoute,
    access: volunteerReaders,
    nav: { key: 'volunteers' },
    // Light: cards in plain elements on a phone; the desk's table brings antd itself.
    light: true,
    ns: ['volunteers', 'volunteerImports'],
  },
  { path: '/volunteers/new', Component: VolunteerFormRoute, access: volunteerWriters },
  // 批量导入: the same roles as writing a volunteer (the server checks them too).
  { path: '/volunteers/imports', Component: ImportsRoute, access: volunteerWriters },
  { path: '/volunteers/imports/new', Component: ImportNewRoute, access: volunteerWriters },
  { path: '/volunteers/imports/:id', Component: ImportRoute, access: volunteerWriters },
  { path: '/volunteers/:id', Component: VolunteerRoute, access: volunteerReaders },
  { path: '/volunteers/:id/edit', Component: VolunteerFormRoute, access: volunteerWriters },
  {
    path: '/activities',
    Component: ActivitiesRoute,
    access: volunteerReaders,
    nav: { key: 'activities' },
  },
  // 记活动: the phone page of village staff, one tap from the menu.
  {
    path: '/activities/new',
    Component: LogActivityRoute,
    access: volunteerWriters,
    nav: { key: 'logActivity' },
  },
  {
    path: '/committees/mine',
    Component: CommitteeRoute,
    access: committeeReaders,
    nav: { key: 'committeeTeam', group: 'committees' },
  },
  {
    path: '/committees/vacancies',
    Component: VacanciesRoute,
    access: committeeReaders,
    nav: { key: 'committeeVacancies', group: 'committees' },
  },
  {
    path: '/committees/adjustments',
    Component: AdjustmentsRoute,
    access: committeeReaders,
    nav: { key: 'committeeAdjustments', group: 'committees', hiddenFor: villageOnly },
  },
  { path: '/committees/adjustments/:id', Component: AdjustmentRoute, access: committeeReaders },
  {
    path: '/committees/coverage',
    Component: CoverageRoute,
    access: committeeReaders,
    nav: { key: 'committeeCoverage', group: 'committees', hiddenFor: villageOnly },
  },
  {
    path: '/committees/settings',
    Component: CommitteeSettingsRoute,
    access: districtAdminOnly,
    nav: { key: 'committeeSettings', group: 'committees' },
  },
  { path: '/committees/:unitId', Component: CommitteeRoute, access: committeeReaders },
  // 抓培训: planners are district admins and township staff; village staff check their people in on a phone.
  {
    path: '/trainings',
    Component: TrainingSessionsRoute,
    access: committeeReaders,
    nav: { key: 'trainingSessions', group: 'trainings', hiddenFor: villageOnly },
  },
  {
    path: '/trainings/new',
    Component: TrainingNewRoute,
    access: { roles: ['district-admin', 'township-staff'] },
  },
  {
    path: '/trainings/check-in',
    Component: TrainingCheckInRoute,
    access: volunteerWriters,
    nav: { key: 'trainingCheckIn', group: 'trainings' },
  },
  {
    path: '/trainings/coverage',
    Component: TrainingCoverageRoute,
    access: committeeReaders,
    nav: { key: 'trainingCoverage', group: 'trainings' },
  },
  { path: '/trainings/:id', Component: TrainingSessionRoute, access: committeeReaders },
  {
    path: '/trainings/:id/edit',
    Component: TrainingEditRoute,
    access: { roles: ['district-admin', 'township-staff'] },
  },
  {
    path: '/rules',
    Component: RulebookRoute,
    access: committeeReaders,
    nav: { key: 'rulebook', group: 'rules' },
  },
  // 制度修订: what the caller's unit issues; read-only for the leader, the buttons for those the server lets write.
  {
    path: '/rules/editor',
    Component: RuleListRoute,
    access: committeeReaders,
    nav: { key: 'ruleEditor', group: 'rules', hiddenFor: villageOnly },
  },
  { path: '/rules/editor/:ruleId', Component: RuleEditorRoute, access: committeeReaders },
  // 征求意见 from below: the drafts of the units above; the district has none above it.
  {
    path: '/rules/consultations',
    Component: ConsultationsRoute,
    access: volunteerWriters,
    nav: { key: 'ruleConsultations', group: 'rules', hiddenFor: ['district-admin'] },
  },
  {
    path: '/rules/bulletins',
    Component: BulletinsRoute,
    access: committeeReaders,
    nav: { key: 'bulletins', group: 'rules' },
  },
  {
    path: '/rules/evidence/new',
    Component: RecordEvidenceRoute,
    access: volunteerWriters,
    nav: { key: 'recordEvidence', group: 'rules' },
  },
  {
    path: '/rules/inspections',
    Component: InspectionsRoute,
    access: committeeReaders,
    nav: { key: 'inspections', group: 'rules' },
  },
  { path: '/rules/inspections/:id/score', Component: InspectionScoringRoute, access: committeeReaders },
  {
    path: '/exemplars/new',
    Component: NominateRoute,
    access: exemplarWriters,
    nav: { key: 'exemplarsNominate', group: 'exemplars' },
  },
  {
    path: '/exemplars/reviews',
    Component: ReviewQueueRoute,
    access: exemplarReviewers,
    nav: { key: 'exemplarsReview', group: 'exemplars' },
  },
  {
    path: '/exemplars',
    Component: ExemplarsRoute,
    access: exemplarReaders,
    nav: { key: 'exemplarsLibrary', group: 'exemplars' },
  },
  {
    path: '/exemplars/meetings',
    Component: MeetingsRoute,
    access: exemplarReaders,
    nav: { key: 'exemplarsMeetings', group: 'exemplars' },
  },
  {
    path: '/exemplars/booklets',
    Component: BookletsRoute,
    access: exemplarReaders,
    nav: { key: 'exemplarsBooklets', group: 'exemplars' },
  },
  {
    path: '/exemplars/categories',
    Component: CategoriesRoute,
    access: districtAdminOnly,
    nav: { key: 'exemplarsCategories', group: 'exemplars' },
  },
  { path: '/exemplars/:id', Component: ExemplarRoute, access: exemplarReaders },
  { path: '/exemplars/:id/edit', Component: EditExemplarRoute, access: exemplarWriters },
  {
    path: '/accounts',
    Component: AccountsRoute,
    access: districtAdminOnly,
    nav: { key: 'accounts' },
  },
  {
    path: '/audit',
    Component: AuditRoute,
    access: districtAdminOnly,
    nav: { key: 'audit' },
  },
];

/**
 * Starts downloading the page the browser opened (its chunk and its words) while the sign-in finishes and
 * GET /me is under way, instead of after them (issue 15: a cold start of a deep link on a phone).
 */
export function preloadRoute(pathname: string) {
  const route = appRoutes.find(({ path }) => matchPath(path, pathname));
  if (!route) return;
  route.Component.preload().catch(() => undefined); // the page's own Suspense shows a failure
  if (route.ns) void i18n.loadNamespaces([...route.ns]);
}
