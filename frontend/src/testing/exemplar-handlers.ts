import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import { url } from './http';

type CategoryDefinition = components['schemas']['ExemplarCategoryDefinition'];

function builtIn(code: string, nameZh: string, nameEn: string, kinds: CategoryDefinition['subjectKinds']): CategoryDefinition {
  return { code, nameZh, nameEn, subjectKinds: kinds, active: true, builtIn: true, unit: null, inUse: true, version: 0 };
}

/** The register of exemplar categories as a district starts: the four of the report and 其他. */
export const builtInCategories: CategoryDefinition[] = [
  builtIn('FOUR_SELF_GROUP', '四自小组', 'Four-self groups', ['GROUP']),
  builtIn('EXECUTIVE_VICE_DIRECTOR', '村关工委常务副主任', 'Village executive vice-directors', ['PERSON']),
  builtIn('COMMUNITY_COMMITTEE', '社区“五好”关工委', 'Community committees', ['UNIT']),
  builtIn('FIVE_ELDERS', '五老', '五老 volunteers', ['PERSON']),
  builtIn('OTHER', '其他', 'Other', ['PERSON', 'TEAM', 'UNIT', 'GROUP']),
];

export function exemplarHandlers() {
  return [http.get(url('/api/v1/exemplar-categories'), () => HttpResponse.json(builtInCategories))];
}
