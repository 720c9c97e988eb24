import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import type { OrgUnitRef } from '@/api/types';
import { db } from './db';
import { english, problem, url } from './http';

type Dashboard = components['schemas']['Dashboard'];
type DashboardLine = components['schemas']['DashboardLine'];
type DashboardChild = components['schemas']['DashboardChild'];

// A small fake of GET /dashboard: the district → 平台镇 → villages, with the demo report's figures at the top.
const units: Record<number, OrgUnitRef & { parent?: number }> = {
  1: { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' },
  100: { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP', parent: 1 },
  101: { id: 101, code: '220802001', name: '海明街道', kind: 'STREET', parent: 1 },
  1001: { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE', parent: 100 },
  1002: { id: 1002, code: '220802100202', name: '永丰村', kind: 'VILLAGE', parent: 100 },
  1003: { id: 1003, code: '220802100203', name: '合并村', kind: 'VILLAGE', parent: 100 },
};
const inactive = new Set([1003]);

/** Figures per unit: teams, complete, on register, filled (the district's are the seed's). */
const figures: Record<number, [number, number, number, number]> = {
  1: [168, 162, 7845, 28],
  100: [15, 14, 640, 3],
  101: [12, 12, 510, 1],
  1001: [1, 1, 40, 0],
  1002: [1, 0, 35, 1],
  1003: [0, 0, 0, 0],
};

function lines(id: number, previous: boolean): DashboardLine[] {
  const [teams, complete, register, filled] = figures[id] ?? [0, 0, 0, 0];
  const p = previous ? 1 : 0;
  return [
    {
      line: 'COMMITTEES',
      label: '抓班子',
      headline: 'committees.completeShare',
      kpis: [
        {
          key: 'committees.teams',
          label: '班子数',
          kind: 'COUNT',
          temporal: 'STOCK',
          value: teams,
          previous: teams,
          change: 0,
          numerator: null,
          denominator: null,
        },
        {
          key: 'committees.completeShare',
          label: '班子健全率',
          kind: 'RATIO',
          temporal: null,
          value: teams ? complete / teams : null,
          previous: teams ? (complete - p) / teams : null,
          change: teams ? p / teams : null,
          numerator: complete,
          denominator: teams,
        },
        {
          key: 'committees.seatsFilled',
          label: '补充进班子人数',
          kind: 'COUNT',
          temporal: 'FLOW',
          value: filled,
          previous: 20,
          change: filled - 20,
          numerator: null,
          denominator: null,
        },
      ],
    },
    {
      line: 'VOLUNTEERS',
      label: '抓队伍',
      headline: 'volunteers.onRegister',
      kpis: [
        {
          key: 'volunteers.onRegister',
          label: '在册五老',
          kind: 'COUNT',
          temporal: 'STOCK',
          value: register,
          previous: register - 45,
          change: 45,
          numerator: null,
          denominator: null,
        },
      ],
    },
  ];
}

function child(id: number): DashboardChild {
  const [teams, complete, register, filled] = figures[id] ?? [0, 0, 0, 0];
  const { parent: _parent, ...unit } = units[id]!;
  return {
    unit,
    counts: {
      'committees.teams': teams,
      'committees.seatsFilled': filled,
      'volunteers.onRegister': register,
    },
    ratios: teams ? { 'committees.completeShare': complete / teams } : {},
  };
}

function ref(id: number): OrgUnitRef {
  const { parent: _parent, ...unit } = units[id]!;
  return unit;
}

export function dashboardHandlers() {
  return [
    http.get(url('/api/v1/dashboard'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const own = db.me.unit?.id ?? 0;
      const id = Number(params.get('unitId') ?? own);
      // The way up from the unit to the caller's own: none means out of scope (404 like unknown).
      const trail: number[] = [];
      for (let u: number | undefined = id; u !== undefined; u = units[u]?.parent) {
        trail.unshift(u);
        if (u === own) break;
      }
      if (!units[id] || trail[0] !== own) return problem(404, '未找到', '单位不存在。');
      if (inactive.has(id)) {
        return problem(400, '请求有误', '“合并村”已停用，不再单独统计：请回到上一级单位查看。', [
          { field: 'unitId', message: '已停用' },
        ]);
      }
      const from = params.get('from') ?? '2026-01-01';
      const to = params.get('to') ?? '2026-11-26';
      const body: Dashboard = {
        unit: ref(id),
        trail: trail.map(ref),
        from,
        to,
        previousFrom: '2025-01-01',
        previousTo: '2025-12-31',
        asOf: '2026-11-26T08:30:00Z',
        lines: lines(id, true),
        linesWithoutFigures: ['RULES', 'TRAININGS', 'EXEMPLARS'],
        children: Object.values(units)
          .filter((u) => u.parent === id && !inactive.has(u.id))
          .map((u) => child(u.id)),
        attention:
          id === 1 || id === 100
            ? [
                {
                  line: 'COMMITTEES',
                  kind: 'committees.vacancy',
                  unit: ref(1002),
                  since: '2026-03-01',
                  days: 270,
                  count: null,
                  overdue: true,
                  text: '永丰村：常务副主任空缺 270 天',
                  link: '/committees/vacancies',
                },
                ...(id === 1
                  ? [
                      {
                        line: 'RULES' as const,
                        kind: 'rules.bulletinUnacknowledged',
                        unit: ref(1002),
                        since: '2026-11-20',
                        days: 17,
                        count: 2,
                        overdue: true,
                        text: english(request)
                          ? '永丰村: 2 bulletins sent more than 7 days ago not acknowledged'
                          : '永丰村：2 期《情况反映》下发超过 7 天仍未签收',
                        link: '/rules/bulletins',
                      },
                      {
                        line: 'TRAININGS' as const,
                        kind: 'trainings.onboardingOwed',
                        unit: ref(1002),
                        since: '2026-11-01',
                        days: 36,
                        count: 1,
                        overdue: false,
                        text: english(request)
                          ? '永丰村: 1 newcomers not yet on-boarded (by 31 December)'
                          : '永丰村：1 名新任人员尚未参加岗位培训（12月31日前完成）',
                        link: '/trainings/coverage',
                      },
                    ]
                  : []),
              ]
            : [],
      };
      return HttpResponse.json(body);
    }),
  ];
}
