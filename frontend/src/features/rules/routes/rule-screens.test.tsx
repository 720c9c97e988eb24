import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import dayjs from 'dayjs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type {
  Inspection,
  InspectionSheet,
  RuleComment,
  RuleDetail,
  RuleVersion,
  RuleVersionSummary,
  SendBulletin,
} from '../api/types';

/** Typing long Chinese text key by key re-renders the form per key: paste it instead. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Picks a unit by name from the open picker's dropdown (its options are labelled by content, not title). */
async function pickUnit(user: UserEvent, combobox: HTMLElement, search: string, name: string) {
  await user.type(combobox, search);
  const dropdown = await waitFor(() => {
    const open = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    expect(open).not.toBeNull();
    return open as HTMLElement;
  });
  await user.click(await within(dropdown).findByText(name, {}, slow));
}

// The first render of a lazy route is slow on a loaded 2-core machine.
const slow = { timeout: 90_000 };
const long = 240_000;

const district = { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' as const };
const pingtai = { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP' as const };

function version(over: Partial<RuleVersion>): RuleVersion {
  return {
    id: 73,
    ruleId: 7,
    code: 'LH-01',
    owner: district,
    number: 3,
    status: 'PUBLISHED',
    title: '例会制度',
    category: 'MEETING',
    body: { blocks: [{ type: 'CLAUSE', number: '第一条', text: '每月召开一次例会。' }] },
    appliesTo: ['TOWNSHIP', 'VILLAGE'],
    obligation: { kind: 'MEETING', frequency: 'MONTHLY', evidence: '会议记录' },
    changeNote: null,
    effectiveFrom: '2013-07-01',
    effectiveTo: null,
    publishedAt: '2013-06-20T01:00:00Z',
    publishedBy: 'district.leader',
    version: 1,
    writable: true,
    ...over,
  };
}

const summaryOf = (v: RuleVersion): RuleVersionSummary => ({
  id: v.id,
  number: v.number,
  status: v.status,
  title: v.title,
  category: v.category,
  effectiveFrom: v.effectiveFrom,
  effectiveTo: v.effectiveTo,
  changeNote: v.changeNote,
});

/** A fake of the rule endpoints holding one rule's versions; returns what the screen sent. */
function ruleServer(initial: RuleVersion[]) {
  const versions = new Map(initial.map((v) => [v.id, v]));
  const sent: { put?: unknown; publication?: unknown; consultation?: number; answers: unknown[] } = {
    answers: [],
  };
  const comments: RuleComment[] = [
    {
      id: 31,
      versionId: 74,
      unit: pingtai,
      clause: null,
      text: '建议例会改为每两月一次',
      createdAt: '2026-11-01T01:00:00Z',
      createdBy: 'township.staff',
      answer: null,
      answeredAt: null,
      answeredBy: null,
    },
  ];
  const detail = (): RuleDetail => ({
    id: 7,
    code: 'LH-01',
    sortOrder: 3,
    owner: district,
    writable: true,
    versions: [...versions.values()].sort((a, b) => b.number - a.number).map(summaryOf),
  });
  server.use(
    http.get(url('/api/v1/rules/{id}'), () => HttpResponse.json(detail())),
    http.get(url('/api/v1/rule-versions/{id}'), ({ params }) =>
      HttpResponse.json(versions.get(Number(params.id))),
    ),
    http.post(url('/api/v1/rules/{id}/versions'), () => {
      const draft = version({
        id: 74,
        number: 4,
        status: 'DRAFT',
        effectiveFrom: null,
        publishedAt: null,
        publishedBy: null,
        version: 0,
      });
      versions.set(74, draft);
      return HttpResponse.json(draft, { status: 201 });
    }),
    http.put(url('/api/v1/rule-versions/{id}'), async ({ params, request }) => {
      const body = (await request.json()) as Partial<RuleVersion>;
      sent.put = body;
      const v = versions.get(Number(params.id))!;
      const next = { ...v, ...body, version: v.version + 1 } as RuleVersion;
      versions.set(v.id, next);
      return HttpResponse.json(next);
    }),
    http.post(url('/api/v1/rule-versions/{id}/consultation'), ({ params }) => {
      const v = versions.get(Number(params.id))!;
      sent.consultation = v.id;
      versions.set(v.id, { ...v, status: 'CONSULTATION', version: v.version + 1 });
      return HttpResponse.json(versions.get(v.id));
    }),
    http.get(url('/api/v1/rule-versions/{id}/comments'), () => HttpResponse.json(comments)),
    http.post(url('/api/v1/rule-comments/{id}/answer'), async ({ request }) => {
      const body = (await request.json()) as { answer: string };
      sent.answers.push(body);
      Object.assign(comments[0]!, { answer: body.answer, answeredBy: 'district.leader' });
      return HttpResponse.json(comments[0]);
    }),
    http.post(url('/api/v1/rule-versions/{id}/publication'), async ({ params, request }) => {
      const body = (await request.json()) as { effectiveFrom: string };
      sent.publication = body;
      if (body.effectiveFrom <= '2013-07-01')
        return problem(400, '请求有误', '施行日期须晚于现行第 3 版的施行日期（2013-07-01）。');
      const v = versions.get(Number(params.id))!;
      versions.set(73, { ...versions.get(73)!, status: 'SUPERSEDED', effectiveTo: body.effectiveFrom });
      versions.set(v.id, { ...v, status: 'PUBLISHED', effectiveFrom: body.effectiveFrom, writable: true });
      return HttpResponse.json(versions.get(v.id));
    }),
  );
  return sent;
}

describe('制度修订 rulebook editor', () => {
  it(
    'creates a draft from the version in force, edits a clause and saves the whole version',
    async () => {
      const sent = ruleServer([version({})]);
      const { user, router } = renderApp({ path: '/rules/editor/7', user: users.districtAdmin });
      await user.click(await screen.findByRole('button', { name: '新建修订稿' }, slow));
      const text = await screen.findByLabelText('第 1 段内容', {}, slow);
      expect(router.state.location.search).toContain('version=74');
      await user.clear(text);
      await fill(user, text, '每月召开一次例会，会议须有记录。');
      await user.click(screen.getByRole('button', { name: /添加条款/ }));
      await fill(user, screen.getByLabelText('第 2 段条号'), '第二条');
      await fill(user, screen.getByLabelText('第 2 段内容'), '例会由常务副主任主持。');
      await fill(user, screen.getByLabelText('修订说明'), '增加第二条');
      await user.click(screen.getByRole('button', { name: /^保\s*存$/ }));
      await waitFor(() => expect(sent.put).toBeDefined());
      expect(sent.put).toMatchObject({
        title: '例会制度',
        category: 'MEETING',
        changeNote: '增加第二条',
        version: 0,
        obligation: { kind: 'MEETING', frequency: 'MONTHLY' },
        body: {
          blocks: [
            { type: 'CLAUSE', number: '第一条', text: '每月召开一次例会，会议须有记录。' },
            { type: 'CLAUSE', number: '第二条', text: '例会由常务副主任主持。' },
          ],
        },
      });
      // With a draft open there is no second one to create.
      expect(screen.queryByRole('button', { name: '新建修订稿' })).toBeNull();
    },
    long,
  );

  it(
    'opens consultation, answers a comment, and publishes after a confirmation that says what changes',
    async () => {
      const sent = ruleServer([
        version({}),
        version({ id: 74, number: 4, status: 'DRAFT', effectiveFrom: null, version: 0 }),
      ]);
      const { user } = renderApp({ path: '/rules/editor/7?version=74', user: users.districtAdmin });
      await user.click(await screen.findByRole('button', { name: '征求意见' }, slow));
      const confirm = await screen.findByRole('dialog');
      await user.click(within(confirm).getByRole('button', { name: '征求意见' }));
      await waitFor(() => expect(sent.consultation).toBe(74));
      await waitFor(() => expect(screen.queryByRole('button', { name: '征求意见' })).toBeNull(), slow);

      await user.click(screen.getByRole('tab', { name: '意见' }));
      const comment = await screen.findByRole('article', { name: '平台镇的意见' });
      await fill(user, within(comment).getByLabelText('答复平台镇'), '采纳，改为每两月一次');
      await user.click(within(comment).getByRole('button', { name: /答\s*复/ }));
      expect(
        await within(comment).findByText('答复（district.leader）：采纳，改为每两月一次'),
      ).toBeInTheDocument();
      expect(sent.answers).toEqual([{ answer: '采纳，改为每两月一次' }]);

      await user.click(screen.getByRole('tab', { name: '修改' }));
      await user.click(screen.getByRole('button', { name: '发布施行' }));
      let dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText('发布第 4 版')).toBeInTheDocument();
      const tomorrow = dayjs().add(1, 'day').format('YYYY-MM-DD');
      await user.click(within(dialog).getByRole('button', { name: '下一步' }));
      dialog = screen.getByRole('dialog');
      expect(
        await within(dialog).findByText(
          `第 4 版将自 ${tomorrow} 起施行，现行第 3 版同日废止。发布后以《情况反映》印发到全部下级单位。发布后不能再修改。`,
        ),
      ).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: '确认发布' }));
      await waitFor(() =>
        expect(sent.publication).toEqual({ effectiveFrom: tomorrow, version: 1, announce: true }),
      );
      // Published: read-only, and the next revision can start.
      expect(await screen.findByRole('button', { name: '新建修订稿' }, slow)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '发布施行' })).toBeNull();
    },
    long,
  );

  it(
    'shows a backend problem when publishing is refused',
    async () => {
      ruleServer([
        version({}),
        version({ id: 74, number: 4, status: 'DRAFT', effectiveFrom: null, version: 0 }),
      ]);
      server.use(
        http.post(url('/api/v1/rule-versions/{id}/publication'), () =>
          problem(409, '冲突', '第 4 版已经发布，不能再修改。'),
        ),
      );
      const { user } = renderApp({ path: '/rules/editor/7?version=74', user: users.townshipStaff });
      await user.click(await screen.findByRole('button', { name: '发布施行' }, slow));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '下一步' }));
      const dialog = screen.getByRole('dialog');
      await user.click(await within(dialog).findByRole('button', { name: '确认发布' }));
      // The modal goes back to its first step and shows the server's words; nothing was published.
      expect(await within(dialog).findByText('第 4 版已经发布，不能再修改。')).toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: '下一步' })).toBeInTheDocument();
    },
    long,
  );

  it(
    'gives the read-only leader the text and the diff with the previous version, but no buttons',
    async () => {
      ruleServer([
        version({}),
        version({ id: 71, number: 1, status: 'SUPERSEDED', effectiveFrom: '2009-04-01' }),
      ]);
      server.use(
        http.get(url('/api/v1/rule-versions/diff'), ({ request }) => {
          const q = new URL(request.url).searchParams;
          expect([q.get('from'), q.get('to')]).toEqual(['71', '73']);
          return HttpResponse.json({
            from: summaryOf(
              version({ id: 71, number: 1, status: 'SUPERSEDED', effectiveFrom: '2009-04-01' }),
            ),
            to: summaryOf(version({})),
            titleBefore: null,
            rows: [
              {
                change: 'ADDED',
                before: null,
                after: { type: 'CLAUSE', number: '第五条', text: '本制度自印发之日起施行。' },
              },
            ],
            added: 1,
            removed: 0,
            changed: 0,
          });
        }),
      );
      const { user } = renderApp({ path: '/rules/editor/7', user: users.districtViewer });
      expect(await screen.findByText('每月召开一次例会。', {}, slow)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '新建修订稿' })).toBeNull();
      await user.click(screen.getByRole('tab', { name: '与上一版对照' }));
      expect(await screen.findByText('本制度自印发之日起施行。')).toBeInTheDocument();
    },
    long,
  );
});

describe('年终检查评分 on a phone', () => {
  it(
    'scores a unit rule by rule, shows a refused score’s message, finalises, and then shows the round read-only',
    async () => {
      const round: Inspection = {
        summary: {
          id: 3,
          owner: district,
          year: 2026,
          title: '2026年度规章制度执行情况年终检查',
          maxScore: 10,
          status: 'OPEN',
          finalisedAt: null,
          finalisedBy: null,
          version: 4,
          writable: true,
        },
        units: [
          {
            unit: pingtai,
            rank: 0,
            rulesScored: 0,
            rulesApplicable: 1,
            totalScore: 0,
            maxTotal: 10,
            scoreShare: null,
            obligationsDue: 11,
            obligationsMet: 9,
            bulletinsReceived: 1,
            bulletinsAcknowledged: 1,
            shortfall: false,
            weakestRules: [],
          },
        ],
      };
      const sheet: InspectionSheet = {
        round: round.summary,
        unit: pingtai,
        rules: [
          {
            ruleId: 7,
            code: 'LH-01',
            title: '例会制度',
            due: 11,
            met: 9,
            missing: ['2026-03', '2026-08'],
            score: null,
            findings: null,
          },
        ],
      };
      const scores: unknown[] = [];
      let finalised: unknown;
      server.use(
        http.get(url('/api/v1/inspections/{id}'), () => HttpResponse.json(round)),
        http.get(url('/api/v1/inspections/{id}/units/{unitId}'), () => HttpResponse.json(sheet)),
        http.put(url('/api/v1/inspections/{id}/scores'), async ({ request }) => {
          const body = (await request.json()) as { score: number; findings: string | null };
          scores.push(body);
          if (body.score === 0) return problem(400, '请求有误', '零分须写明检查意见。');
          sheet.rules[0] = { ...sheet.rules[0]!, score: body.score, findings: body.findings };
          return HttpResponse.json({
            roundId: 3,
            unit: pingtai,
            ruleId: 7,
            score: body.score,
            findings: body.findings,
            scoredAt: '2026-12-06T01:00:00Z',
            scoredBy: 'district.leader',
          });
        }),
        http.post(url('/api/v1/inspections/{id}/finalisation'), async ({ request }) => {
          finalised = await request.json();
          round.summary = { ...round.summary, status: 'FINAL', finalisedBy: 'district.leader', version: 5 };
          sheet.round = round.summary;
          return HttpResponse.json(round.summary);
        }),
      );
      const { user } = renderApp({
        path: '/rules/inspections/3/score',
        user: users.districtAdmin,
        width: 390,
      });
      const card = await screen.findByRole('article', { name: 'LH-01 例会制度' }, slow);
      expect(within(card).getByText('应记录 11 次，已记录 9 次；缺：2026-03、2026-08')).toBeInTheDocument();

      const score = within(card).getByLabelText('LH-01 例会制度 得分');
      await user.type(score, '0');
      await user.click(within(card).getByRole('button', { name: '保存评分' }));
      expect(await within(card).findByText('零分须写明检查意见。')).toBeInTheDocument();

      await user.clear(score);
      await user.type(score, '8');
      await fill(user, within(card).getByLabelText('LH-01 例会制度 检查意见'), '3月、8月缺记录');
      await user.click(within(card).getByRole('button', { name: '保存评分' }));
      expect(await within(card).findByText('8 / 10 分')).toBeInTheDocument();
      expect(scores.at(-1)).toEqual({ unitId: 100, ruleId: 7, score: 8, findings: '3月、8月缺记录' });

      await user.click(screen.getByRole('button', { name: '结束检查' }));
      const confirm = await screen.findByRole('dialog');
      await user.click(within(confirm).getByRole('button', { name: '结束检查' }));
      expect(
        await screen.findByText('检查已结束（district.leader），评分只能查看，不能修改。'),
      ).toBeInTheDocument();
      expect(finalised).toEqual({ version: 4 });
      const locked = screen.getByRole('article', { name: 'LH-01 例会制度' });
      expect(within(locked).queryByRole('button', { name: '保存评分' })).toBeNull();
      expect(within(locked).queryByLabelText('LH-01 例会制度 得分')).toBeNull();
      expect(within(locked).getByText('3月、8月缺记录')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '结束检查' })).toBeNull();
    },
    long,
  );

  it(
    'gives the read-only leader the way to the scores but no score form and no 结束检查',
    async () => {
      const summary = {
        id: 3,
        owner: district,
        year: 2026,
        title: '2026年度规章制度执行情况年终检查',
        maxScore: 10,
        status: 'OPEN' as const,
        finalisedAt: null,
        finalisedBy: null,
        version: 4,
        writable: false,
      };
      server.use(
        http.get(url('/api/v1/inspections'), () => HttpResponse.json([summary])),
        http.get(url('/api/v1/inspections/{id}'), () =>
          HttpResponse.json<Inspection>({
            summary,
            units: [
              {
                unit: pingtai,
                rank: 1,
                rulesScored: 1,
                rulesApplicable: 1,
                totalScore: 8,
                maxTotal: 10,
                scoreShare: 0.8,
                obligationsDue: 11,
                obligationsMet: 9,
                bulletinsReceived: 1,
                bulletinsAcknowledged: 1,
                shortfall: false,
                weakestRules: [],
              },
            ],
          }),
        ),
        http.get(url('/api/v1/inspections/{id}/units/{unitId}'), () =>
          HttpResponse.json<InspectionSheet>({
            round: summary,
            unit: pingtai,
            rules: [
              {
                ruleId: 7,
                code: 'LH-01',
                title: '例会制度',
                due: 11,
                met: 9,
                missing: [],
                score: 8,
                findings: '记录基本齐全',
              },
            ],
          }),
        ),
      );
      const { user, router } = renderApp({ path: '/rules/inspections', user: users.districtViewer });
      await user.click(await screen.findByRole('link', { name: '逐项得分' }, slow));
      await waitFor(() => expect(router.state.location.pathname).toBe('/rules/inspections/3/score'));
      const card = await screen.findByRole('article', { name: 'LH-01 例会制度' }, slow);
      expect(within(card).getByText('8 / 10 分')).toBeInTheDocument();
      expect(within(card).getByText('记录基本齐全')).toBeInTheDocument();
      expect(within(card).queryByRole('button', { name: '保存评分' })).toBeNull();
      expect(screen.queryByRole('button', { name: '结束检查' })).toBeNull();
    },
    long,
  );
});

describe('印发《情况反映》 with chosen recipients', () => {
  it(
    'sends to units picked from the caller’s scope, and shows the server’s refusal first',
    async () => {
      const bodies: SendBulletin[] = [];
      server.use(
        http.get(url('/api/v1/bulletins'), () => HttpResponse.json({ items: [], nextCursor: null })),
        http.post(url('/api/v1/bulletins'), async ({ request }) => {
          const body = (await request.json()) as SendBulletin;
          bodies.push(body);
          if (bodies.length === 1) return problem(400, '请求有误', '接收单位须在本单位之下。');
          return HttpResponse.json(
            {
              summary: {
                id: 9,
                sender: district,
                year: 2026,
                issueNo: 3,
                issueLabel: '2026年第3期',
                title: body.title,
                sentAt: '2026-12-06T01:00:00Z',
                ruleVersionId: null,
                recipients: 2,
                acknowledged: 0,
                acknowledgedShare: 0,
                ownReceipt: null,
                senderSide: true,
              },
              body: body.body,
              receipts: [],
            },
            { status: 201 },
          );
        }),
      );
      const { user } = renderApp({ path: '/rules/bulletins?box=SENT', user: users.districtAdmin });
      await user.click(await screen.findByRole('button', { name: '印发《情况反映》' }, slow));
      const dialog = await screen.findByRole('dialog');
      await fill(user, within(dialog).getByLabelText('标题'), '关于做好冬季关爱工作的通知');
      await fill(user, within(dialog).getByLabelText('正文'), '各村要走访留守儿童。');
      await user.click(within(dialog).getByLabelText('逐个选择单位'));
      const picker = within(dialog).getByRole('combobox', { name: '选择接收单位' });
      await pickUnit(user, picker, '平台', '平台镇');
      await pickUnit(user, picker, '永丰', '永丰村');
      await user.click(within(dialog).getByRole('button', { name: /印\s*发/ }));
      expect(await within(dialog).findByText('接收单位须在本单位之下。')).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: /印\s*发/ }));
      expect(await screen.findByText('已印发 2026年第3期，共 2 个单位')).toBeInTheDocument();
      expect(bodies.at(-1)).toMatchObject({
        title: '关于做好冬季关爱工作的通知',
        body: { blocks: [{ type: 'PARAGRAPH', text: '各村要走访留守儿童。' }] },
        recipients: { unitIds: [100, 1002], subtreeUnitId: null, kinds: null },
      });
    },
    long,
  );
});
