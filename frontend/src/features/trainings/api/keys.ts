// Every training query key starts with 'trainings': one invalidation after a check-in refreshes the
// session, its list, the invitations and the coverage at once.
export const trainingKeys = {
  all: ['trainings'] as const,
  types: ['trainings', 'types'] as const,
  list: (type?: string) => ['trainings', 'list', type ?? 'all'] as const,
  detail: (id: number) => ['trainings', 'detail', id] as const,
  trainees: (id: number) => ['trainings', 'trainees', id] as const,
  invitations: ['trainings', 'invitations'] as const,
  coverage: (unitId: number | undefined, year: number, type?: string) =>
    ['trainings', 'coverage', unitId ?? 'mine', year, type ?? 'all'] as const,
  plans: (unitId: number | undefined, year: number) =>
    ['trainings', 'plans', unitId ?? 'mine', year] as const,
  owed: (unitId: number | undefined, year: number, type?: string) =>
    ['trainings', 'owed', unitId ?? 'mine', year, type ?? 'all'] as const,
};
