import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, ConfigProvider } from 'antd';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { changeLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { problem, url } from '@/testing/http';
import { server } from '@/testing/server';
import { SessionDownloads } from './session-downloads';

function file(name: string, type: string) {
  return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="x"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}

function renderDownloads() {
  render(
    <ConfigProvider theme={{ token: { motion: false } }}>
      {/* antd's App (its message API) comes with the screens that use antd, not with AppProviders. */}
      <App>
        <AppProviders queryClient={createQueryClient()}>
          <SessionDownloads sessionId={7} />
        </AppProviders>
      </App>
    </ConfigProvider>,
  );
  return userEvent.setup();
}

describe('SessionDownloads', () => {
  it('saves the sign-in sheet and the attendance workbook of the session under the server’s names', async () => {
    const asked: string[] = [];
    server.use(
      http.get(url('/api/v1/trainings/{id}/sign-in-sheet.docx'), ({ request, params }) => {
        asked.push(`sheet ${String(params.id)} ${request.headers.get('Accept-Language') ?? ''}`);
        return file(
          '业务培训签到表-2026-05-01.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        );
      }),
      http.get(url('/api/v1/trainings/{id}/attendance.xlsx'), ({ params }) => {
        asked.push(`attendance ${String(params.id)}`);
        return file(
          '业务培训出勤情况-2026-05-01.xlsx',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:doc');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const user = renderDownloads();

    await user.click(screen.getByRole('button', { name: /签到表（Word）/ }));
    await waitFor(() => expect(names).toEqual(['业务培训签到表-2026-05-01.docx']));
    await user.click(screen.getByRole('button', { name: /出勤表（Excel）/ }));
    await waitFor(() => expect(names).toHaveLength(2));
    expect(names[1]).toBe('业务培训出勤情况-2026-05-01.xlsx');
    expect(asked[0]).toMatch(/^sheet 7 zh/);
    expect(asked[1]).toBe('attendance 7');
    expect(createObjectURL).toHaveBeenCalledTimes(2);
    click.mockRestore();
  });

  it('says why when the server refuses, in the language of the page', async () => {
    server.use(
      http.get(url('/api/v1/trainings/{id}/sign-in-sheet.docx'), () =>
        problem(404, 'Not found', 'There is no such session.'),
      ),
    );
    await changeLanguage('en');
    const user = renderDownloads();
    expect(screen.getByRole('button', { name: /Attendance \(Excel\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Sign-in sheet \(Word\)/ }));
    expect(await screen.findByText('There is no such session.')).toBeInTheDocument();
  });
});
