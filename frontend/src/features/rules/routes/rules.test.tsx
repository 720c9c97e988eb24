import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { BulletinSummary, Inspection, RuleDetail, RuleDiff, Rulebook } from '../api/types';

const district = { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' as const };
const village = users.villageStaff.unit;

const rulebook: Rulebook = {
  unit: village,
  on: '2014-01-01',
  rules: [
    {
      ruleId: 7,
      code: 'LH-01',
      owner: district,
      versionId: 73,
      number: 3,
      title: '例会制度',
      category: 'MEETING',
      body: {
        blocks: [
          { type: 'CLAUSE', number: '第一条', text: '每月召开一次例会。' },
          { type: 'CLAUSE', number: '第二条', text: '<script>alert(1)</script>' },
        ],
      },
      appliesTo: ['TOWNSHIP', 'VILLAGE'],
      obligation: { kind: 'MEETING', frequency: 'MONTHLY', evidence: '会议记录' },
      effectiveFrom: '2013-07-01',
    },
  ],
};

const rule: RuleDetail = {
  id: 7,
  code: 'LH-01',
  sortOrder: 3,
  owner: district,
  writable: false,
  versions: [
    {
      id: 73,
      number: 3,
      status: 'PUBLISHED',
      title: '例会制度',
      category: 'MEETING',
      effectiveFrom: '2013-07-01',
      effectiveTo: null,
      changeNote: '2013年7月修订',
    },
    {
      id: 71,
      number: 1,
      status: 'SUPERSEDED',
      title: '例会制度',
      category: 'MEETING',
      effectiveFrom: '2009-04-01',
      effectiveTo: '2011-03-01',
      changeNote: null,
    },
  ],
};

const diff: RuleDiff = {
  from: rule.versions[1]!,
  to: rule.versions[0]!,
  titleBefore: null,
  rows: [
    {
      change: 'CHANGED',
      before: { type: 'CLAUSE', number: '第二条', text: '每月召开一次例会。' },
      after: { type: 'CLAUSE', number: '第二条', text: '每月召开一次例会，会议须有记录。' },
    },
    {
      change: 'ADDED',
      before: null,
      after: { type: 'CLAUSE', number: '第五条', text: '本制度自印发之日起施行。' },
    },
  ],
  added: 1,
  removed: 0,
  changed: 1,
};

function bulletin(acknowledged: boolean): BulletinSummary {
  return {
    id: 5,
    sender: district,
    year: 2013,
    issueNo: 7,
    issueLabel: '2013年第7期',
    title: '关于印发修订后的规章制度的通知',
    sentAt: '2013-07-08T01:00:00Z',
    ruleVersionId: null,
    recipients: 1,
    acknowledged: acknowledged ? 1 : 0,
    acknowledgedShare: acknowledged ? 1 : 0,
    ownReceipt: {
      unitId: village!.id,
      acknowledgedAt: acknowledged ? '2026-12-06T01:00:00Z' : null,
      acknowledgedBy: acknowledged ? '张会计' : null,
    },
    senderSide: false,
  };
}

describe('规章制度 rulebook', () => {
  it('shows the rules in force as text (markup inert) and the diff between the first and the latest version', async () => {
    server.use(
      http.get(url('/api/v1/rulebook'), () => HttpResponse.json(rulebook)),
      http.get(url('/api/v1/rules/{id}'), () => HttpResponse.json(rule)),
      http.get(url('/api/v1/rule-versions/diff'), ({ request }) => {
        const q = new URL(request.url).searchParams;
        expect([q.get('from'), q.get('to')]).toEqual(['71', '73']);
        return HttpResponse.json(diff);
      }),
    );
    const { user } = renderApp({ path: '/rules?on=2014-01-01', user: users.villageStaff, width: 390 });
    const card = await screen.findByRole('article', { name: '例会制度' });
    expect(within(card).getByText('每月召开一次例会。')).toBeInTheDocument();
    expect(within(card).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(card).getByText('每月例会')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /版本与修订/ }));
    const table = await screen.findByRole('table', { name: '修订对照' });
    expect(within(table).getByText('每月召开一次例会，会议须有记录。')).toBeInTheDocument();
    expect(within(table).getByText('本制度自印发之日起施行。')).toBeInTheDocument();
    expect(within(table).getByText('修改 1 条，新增 1 条，删除 0 条')).toBeInTheDocument();
  });
});

describe('《情况反映》', () => {
  it('a village acknowledges a bulletin; the card then shows who acknowledged', async () => {
    let acknowledged = false;
    server.use(
      http.get(url('/api/v1/bulletins'), () =>
        HttpResponse.json({ items: [bulletin(acknowledged)], nextCursor: null }),
      ),
      http.post(url('/api/v1/bulletins/{id}/acknowledgement'), () => {
        acknowledged = true;
        return HttpResponse.json({
          id: 9,
          unit: village,
          acknowledgedAt: '2026-12-06T01:00:00Z',
          acknowledgedBy: '张会计',
          remindedAt: null,
        });
      }),
    );
    const { user } = renderApp({ path: '/rules/bulletins', user: users.villageStaff, width: 390 });
    const card = await screen.findByRole('article', { name: /2013年第7期/ });
    expect(within(card).getByText('已签收 0 / 1')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /^签\s*收$/ }));
    expect(await within(card).findByText('本单位已签收（张会计）')).toBeInTheDocument();
    expect(within(card).getByText('已签收 1 / 1')).toBeInTheDocument();
  });

  it('shows the server’s message when acknowledging fails', async () => {
    server.use(
      http.get(url('/api/v1/bulletins'), () =>
        HttpResponse.json({ items: [bulletin(false)], nextCursor: null }),
      ),
      http.post(url('/api/v1/bulletins/{id}/acknowledgement'), () =>
        problem(409, '冲突', '本单位已经签收过了（签收人：李四）。'),
      ),
    );
    const { user } = renderApp({ path: '/rules/bulletins', user: users.villageStaff });
    const card = await screen.findByRole('article', { name: /2013年第7期/ });
    await user.click(within(card).getByRole('button', { name: /^签\s*收$/ }));
    expect(await screen.findByText('本单位已经签收过了（签收人：李四）。')).toBeInTheDocument();
  });
});

describe('记例会 on a phone', () => {
  it('records a meeting for the rule in force and confirms it', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.get(url('/api/v1/rulebook'), () => HttpResponse.json(rulebook)),
      http.post(url('/api/v1/rule-evidence'), async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(
          {
            id: 1,
            ruleId: 7,
            ruleCode: 'LH-01',
            unit: village,
            heldOn: sent.heldOn,
            title: '12月份例会',
            attendees: null,
            topics: null,
            decisions: null,
            photos: [],
            createdAt: '2026-12-06T01:00:00Z',
            createdBy: 'village.staff',
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderApp({ path: '/rules/evidence/new', user: users.villageStaff, width: 390 });
    await user.type(await screen.findByLabelText('参会人员'), '王德明、李秀兰');
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    expect(await screen.findByText('已保存：12月份例会')).toBeInTheDocument();
    expect(sent).toMatchObject({ ruleId: 7, unitId: village!.id, attendees: '王德明、李秀兰', photoIds: [] });
  });
});

describe('年终检查', () => {
  it('on a phone shows each unit as a card with its rank, score, shortfall and receipts in view', async () => {
    const round: Inspection = {
      summary: {
        id: 3,
        owner: district,
        year: 2013,
        title: '2013年度规章制度执行情况年终检查',
        maxScore: 10,
        status: 'FINAL',
        finalisedAt: '2014-01-15T01:00:00Z',
        finalisedBy: 'demo',
        version: 2,
        writable: false,
      },
      units: [
        {
          unit: { id: 12, code: '220802002', name: '长庆街道', kind: 'STREET' },
          rank: 1,
          rulesScored: 16,
          rulesApplicable: 16,
          totalScore: 160,
          maxTotal: 160,
          scoreShare: 1,
          obligationsDue: 16,
          obligationsMet: 16,
          bulletinsReceived: 1,
          bulletinsAcknowledged: 1,
          shortfall: false,
          weakestRules: [],
        },
        {
          unit: { id: 13, code: '220802101', name: '平安镇', kind: 'TOWNSHIP' },
          rank: 2,
          rulesScored: 16,
          rulesApplicable: 16,
          totalScore: 70,
          maxTotal: 160,
          scoreShare: 0.4375,
          obligationsDue: 16,
          obligationsMet: 11,
          bulletinsReceived: 1,
          bulletinsAcknowledged: 0,
          shortfall: true,
          weakestRules: ['LH-01', 'XX-01'],
        },
      ],
    };
    server.use(
      http.get(url('/api/v1/inspections'), () => HttpResponse.json([round.summary])),
      http.get(url('/api/v1/inspections/{id}'), () => HttpResponse.json(round)),
    );
    renderApp({ path: '/rules/inspections', user: users.districtViewer, width: 390 });
    const second = await screen.findByRole('listitem', { name: '平安镇' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(second).getByText(/70 \/ 160/)).toBeInTheDocument();
    expect(within(second).getByText('未达标')).toBeInTheDocument();
    expect(within(second).getByText('薄弱项：LH-01、XX-01')).toBeInTheDocument();
    expect(within(second).getByText(/11 \/ 16/)).toBeInTheDocument();
  });

  it('ranks the units with their scores, evidence and receipts, marks the ones that fell short, and exports the round as Excel', async () => {
    const round: Inspection = {
      summary: {
        id: 3,
        owner: district,
        year: 2013,
        title: '2013年度规章制度执行情况年终检查',
        maxScore: 10,
        status: 'FINAL',
        finalisedAt: '2014-01-15T01:00:00Z',
        finalisedBy: 'demo',
        version: 2,
        writable: false,
      },
      units: [
        {
          unit: { id: 12, code: '220802002', name: '长庆街道', kind: 'STREET' },
          rank: 1,
          rulesScored: 16,
          rulesApplicable: 16,
          totalScore: 160,
          maxTotal: 160,
          scoreShare: 1,
          obligationsDue: 16,
          obligationsMet: 16,
          bulletinsReceived: 1,
          bulletinsAcknowledged: 1,
          shortfall: false,
          weakestRules: [],
        },
        {
          unit: { id: 13, code: '220802101', name: '平安镇', kind: 'TOWNSHIP' },
          rank: 2,
          rulesScored: 16,
          rulesApplicable: 16,
          totalScore: 70,
          maxTotal: 160,
          scoreShare: 0.4375,
          obligationsDue: 16,
          obligationsMet: 11,
          bulletinsReceived: 1,
          bulletinsAcknowledged: 0,
          shortfall: true,
          weakestRules: ['LH-01', 'XX-01'],
        },
      ],
    };
    server.use(
      http.get(url('/api/v1/inspections'), () => HttpResponse.json([round.summary])),
      http.get(url('/api/v1/inspections/{id}'), () => HttpResponse.json(round)),
    );
    const { user } = renderApp({ path: '/rules/inspections', user: users.districtViewer });
    const first = (await screen.findByText('长庆街道')).closest('tr');
    expect(first).not.toBeNull();
    expect(within(first!).getByText('160 / 160')).toBeInTheDocument();
    expect(within(first!).getByText('100%')).toBeInTheDocument();
    const second = screen.getByText('平安镇').closest('tr');
    expect(within(second!).getByText('未达标')).toBeInTheDocument();
    expect(within(second!).getByText('薄弱项：LH-01、XX-01')).toBeInTheDocument();
    await waitFor(() => expect(within(second!).getByText('11 / 16')).toBeInTheDocument());

    // 导出 Excel: the round on screen, saved under the server's name; a refusal is said in words.
    const asked: string[] = [];
    server.use(
      http.get(url('/api/v1/inspections/{id}/results.xlsx'), ({ params }) => {
        asked.push(String(params.id));
        return asked.length > 1
          ? problem(404, '未找到', '找不到该次年终检查，或不在您的管辖范围内。')
          : new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
              headers: {
                'Content-Disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('2013年度检查.xlsx')}`,
              },
            });
      }),
    );
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:round'), revokeObjectURL: vi.fn() });
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByText('导出 Excel'));
    await waitFor(() => expect(names).toEqual(['2013年度检查.xlsx']));
    expect(asked).toEqual([String(round.summary.id)]);
    await user.click(screen.getByText('导出 Excel'));
    expect(await screen.findByText('找不到该次年终检查，或不在您的管辖范围内。')).toBeInTheDocument();
    click.mockRestore();
  });
});
