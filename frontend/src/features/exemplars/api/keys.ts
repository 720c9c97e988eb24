// Every exemplar query key starts with 'exemplars': one invalidation refreshes lists, detail, meetings and booklets.
export const exemplarKeys = {
  all: ['exemplars'] as const,
  list: (filters: object) => ['exemplars', 'list', filters] as const,
  one: (id: number) => ['exemplars', 'one', id] as const,
  meetings: ['exemplars', 'meetings'] as const,
  booklets: ['exemplars', 'booklets'] as const,
  categories: (includeInactive: boolean) => ['exemplars', 'categories', includeInactive] as const,
};
