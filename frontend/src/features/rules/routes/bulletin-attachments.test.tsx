import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { BulletinSummary, RuleConsultation, SendBulletin } from '../api/types';

// The first render of a lazy route is slow on a loaded 2-core machine.
const slow = { timeout: 90_000 };
const long = 240_000;

const district = { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' as const };

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const stored = (id: number, name: string) => ({
  id,
  name,
  mediaType: 'application/pdf',
  kind: 'PDF' as const,
  size: 1200,
  widthPx: null,
  heightPx: null,
  createdAt: '2026-12-06T01:00:00Z',
  createdBy: 'district.leader',
});

function summary(over: Partial<BulletinSummary>): BulletinSummary {
  return {
    id: 9,
    sender: district,
    year: 2026,
    issueNo: 3,
    issueLabel: '2026年第3期',
    title: '关于印发2026年工作要点的通知',
    sentAt: '2026-12-06T01:00:00Z',
    ruleVersionId: null,
    recipients: 1,
    acknowledged: 0,
    acknowledgedShare: 0,
    ownReceipt: null,
    senderSide: false,
    ...over,
  };
}

describe('《情况反映》 attachments', () => {
  it(
    'the composer uploads a file, shows a refused one’s reason, and sends the ids of those kept',
    async () => {
      const bodies: SendBulletin[] = [];
      let uploads = 0;
      server.use(
        http.get(url('/api/v1/bulletins'), () => HttpResponse.json({ items: [], nextCursor: null })),
        http.post(url('/api/v1/files'), () => {
          uploads += 1;
          if (uploads === 2) return problem(400, '请求有误', '文件名写的是 .pdf，内容却是 PNG 图片。');
          return HttpResponse.json(stored(501, '工作要点.pdf'), { status: 201 });
        }),
        http.post(url('/api/v1/bulletins'), async ({ request }) => {
          const body = (await request.json()) as SendBulletin;
          bodies.push(body);
          return HttpResponse.json(
            {
              summary: summary({ title: body.title, senderSide: true }),
              body: body.body,
              sentBy: 'x',
              attachments: [],
            },
            { status: 201 },
          );
        }),
      );
      const { user } = renderApp({ path: '/rules/bulletins?box=SENT', user: users.districtAdmin });
      await user.click(await screen.findByRole('button', { name: '印发《情况反映》' }, slow));
      const dialog = await screen.findByRole('dialog');
      await fill(user, within(dialog).getByLabelText('标题'), '关于印发2026年工作要点的通知');
      await fill(user, within(dialog).getByLabelText('正文'), '现将工作要点印发给你们。');
      const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
      await user.upload(input, new File(['%PDF-1.4'], '工作要点.pdf', { type: 'application/pdf' }));
      expect(await within(dialog).findByText('工作要点.pdf')).toBeInTheDocument();
      // rc-upload mounts a new input after each file.
      await user.upload(
        dialog.querySelector('input[type=file]') as HTMLInputElement,
        new File(['png'], '假的.pdf', { type: 'application/pdf' }),
      );
      expect(await within(dialog).findByText('文件名写的是 .pdf，内容却是 PNG 图片。')).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: /印\s*发/ }));
      await waitFor(() => expect(bodies).toHaveLength(1));
      expect(bodies[0]).toMatchObject({ title: '关于印发2026年工作要点的通知', fileIds: [501] });
    },
    long,
  );

  it(
    'a village opens a bulletin’s text and downloads its attachment through the bulletin',
    async () => {
      const asked: string[] = [];
      server.use(
        http.get(url('/api/v1/bulletins'), () =>
          HttpResponse.json({
            items: [summary({ ownReceipt: { unitId: 1001, acknowledgedAt: null, acknowledgedBy: null } })],
            nextCursor: null,
          }),
        ),
        http.get(url('/api/v1/bulletins/{id}'), () =>
          HttpResponse.json({
            summary: summary({}),
            body: { blocks: [{ type: 'PARAGRAPH', text: '请各村对照要点抓好落实。' }] },
            sentBy: 'district.leader',
            attachments: [stored(501, '工作要点.pdf')],
          }),
        ),
        http.get(url('/api/v1/bulletins/{id}/attachments/{fileId}'), ({ request }) => {
          asked.push(new URL(request.url).pathname);
          return new HttpResponse('%PDF-1.4', {
            headers: {
              'Content-Type': 'application/pdf',
              'Content-Disposition': 'attachment; filename="a.pdf"',
            },
          });
        }),
      );
      const { user } = renderApp({ path: '/rules/bulletins', user: users.villageStaff });
      const card = await screen.findByRole('article', { name: /2026年第3期/ }, slow);
      await user.click(within(card).getByRole('button', { name: '阅读全文' }));
      expect(await within(card).findByText('请各村对照要点抓好落实。')).toBeInTheDocument();
      await user.click(within(card).getByRole('button', { name: /工作要点\.pdf/ }));
      await waitFor(() => expect(asked).toEqual(['/api/v1/bulletins/9/attachments/501']));
    },
    long,
  );
});

describe('征求意见 from below', () => {
  it(
    'a village reads the draft against the version in force and comments on one clause',
    async () => {
      const comments: unknown[] = [];
      const consultation: RuleConsultation = {
        ruleId: 7,
        code: 'LH-01',
        owner: district,
        draft: {
          id: 74,
          number: 4,
          status: 'CONSULTATION',
          title: '例会制度',
          category: 'MEETING',
          effectiveFrom: null,
          effectiveTo: null,
          changeNote: null,
        },
        inForce: {
          id: 73,
          number: 3,
          status: 'PUBLISHED',
          title: '例会制度',
          category: 'MEETING',
          effectiveFrom: '2013-07-01',
          effectiveTo: null,
          changeNote: null,
        },
        comments: 0,
        answered: 0,
      };
      server.use(
        http.get(url('/api/v1/rule-consultations'), () => HttpResponse.json([consultation])),
        // Before {id}, which would match 'diff' too.
        http.get(url('/api/v1/rule-versions/diff'), () =>
          HttpResponse.json({
            from: consultation.inForce,
            to: consultation.draft,
            titleBefore: null,
            rows: [
              {
                change: 'CHANGED',
                before: { type: 'CLAUSE', number: '第一条', text: '每月召开一次例会。' },
                after: { type: 'CLAUSE', number: '第一条', text: '每月第一周召开一次例会。' },
              },
              {
                change: 'ADDED',
                before: null,
                after: { type: 'CLAUSE', number: '第二条', text: '例会记录须附照片。' },
              },
            ],
            added: 1,
            removed: 0,
            changed: 1,
          }),
        ),
        http.get(url('/api/v1/rule-versions/{id}'), () =>
          HttpResponse.json({
            id: 74,
            ruleId: 7,
            code: 'LH-01',
            owner: district,
            number: 4,
            status: 'CONSULTATION',
            title: '例会制度',
            category: 'MEETING',
            body: {
              blocks: [
                { type: 'CLAUSE', number: '第一条', text: '每月第一周召开一次例会。' },
                { type: 'CLAUSE', number: '第二条', text: '例会记录须附照片。' },
              ],
            },
            appliesTo: ['VILLAGE'],
            obligation: null,
            changeNote: null,
            effectiveFrom: null,
            effectiveTo: null,
            publishedAt: null,
            publishedBy: null,
            version: 2,
            writable: false,
          }),
        ),
        http.get(url('/api/v1/rule-versions/{id}/comments'), () => HttpResponse.json([])),
        http.post(url('/api/v1/rule-versions/{id}/comments'), async ({ request }) => {
          const body = (await request.json()) as { clause: string | null; text: string };
          comments.push(body);
          return HttpResponse.json(
            {
              id: 1,
              versionId: 74,
              unit: users.villageStaff.unit,
              clause: body.clause,
              text: body.text,
              createdAt: '2026-12-06T01:00:00Z',
              createdBy: 'village.staff',
              answer: null,
              answeredAt: null,
              answeredBy: null,
            },
            { status: 201 },
          );
        }),
      );
      const { user } = renderApp({ path: '/rules/consultations', user: users.villageStaff });
      await user.click(await screen.findByRole('button', { name: '阅读草案' }, slow));
      expect(await screen.findByText('修改 1 条，新增 1 条，删除 0 条')).toBeInTheDocument();
      await user.click(screen.getByRole('combobox', { name: '针对条款' }));
      await user.click(
        await screen.findByText('第二条 例会记录须附照片。', { selector: '.ant-select-item-option-content' }),
      );
      await fill(user, screen.getByLabelText('意见'), '村里没有相机，用手机拍照可以吗');
      await user.click(screen.getByRole('button', { name: '提交意见' }));
      await waitFor(() =>
        expect(comments).toEqual([{ clause: '第二条', text: '村里没有相机，用手机拍照可以吗' }]),
      );
    },
    long,
  );
});
