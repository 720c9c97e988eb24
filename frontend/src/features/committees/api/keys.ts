// Every committee query key starts with 'committees', so one invalidation refreshes the team
// cards, vacancy lists, coverage and figures after any appointment changes.
export const committeeKeys = {
  all: ['committees'] as const,
  committee: (unitId: number) => ['committees', 'committee', unitId] as const,
  history: (unitId: number) => ['committees', 'history', unitId] as const,
  vacancies: ['committees', 'vacancies'] as const,
  candidates: (unitId: number, role: string) => ['committees', 'candidates', unitId, role] as const,
  coverage: (unitId?: number) => ['committees', 'coverage', unitId ?? 'mine'] as const,
  figures: (unitId: number | undefined, from: string, to: string) =>
    ['committees', 'figures', unitId ?? 'mine', from, to] as const,
  adjustments: ['committees', 'adjustments'] as const,
  adjustment: (id: number) => ['committees', 'adjustments', 'one', id] as const,
  assessments: (appointmentId: number) => ['committees', 'assessments', appointmentId] as const,
  settings: ['committees', 'settings'] as const,
  templates: ['committees', 'seat-templates'] as const,
};
