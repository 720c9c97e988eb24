import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '@/testing/fixtures';
import { importDb, seedImport } from '@/testing/import-db';
import { renderApp } from '@/testing/render-app';
import { nodeFiles } from '@/testing/node-files';
import { server } from '@/testing/server';

function fileInput(container: HTMLElement) {
  return container.querySelector('input[type="file"]') as HTMLInputElement;
}

function csv(name = '平台镇五老花名册.csv', text = '姓名,身份证号码\n赵一,229996195001010011\n') {
  return new nodeFiles.File([text], name, { type: 'text/csv' });
}

function columnSelect(letter: string, header: string) {
  return screen.getByRole('combobox', { name: `${letter} 列（${header}）导入为` });
}

/** The open dropdown's option with this label (closed dropdowns stay in the DOM, hidden). */
async function choose(user: UserEvent, combobox: HTMLElement, label: string) {
  await user.click(combobox);
  await waitFor(() =>
    expect(document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).not.toBeNull(),
  );
  const dropdown = document.querySelector(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  ) as HTMLElement;
  await user.click(within(dropdown).getByTitle(label));
}

function rowOf(letter: string) {
  return screen.getByRole('cell', { name: letter }).closest('tr') as HTMLElement;
}

async function uploadAndMap(user: UserEvent, container: HTMLElement) {
  await waitFor(() => expect(fileInput(container)).not.toBeNull());
  await user.upload(fileInput(container), csv());
  await screen.findByText(/表头在第 1 行/);
}

beforeEach(() => {
  vi.stubGlobal('FormData', nodeFiles.FormData);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('批量导入 wizard', () => {
  it('uploads a file and shows its columns with the recognised ones pre-selected', async () => {
    const { user, container, router } = renderApp({ path: '/volunteers/imports/new' });
    await uploadAndMap(user, container);

    expect(importDb.uploads).toEqual(['平台镇五老花名册.csv']);
    expect(router.state.location.pathname).toBe('/volunteers/imports/7');
    for (const [letter, field] of [
      ['B', '姓名'],
      ['C', '身份证号'],
      ['D', '联系电话'],
      ['E', '所在村/社区'],
    ]) {
      const row = rowOf(letter);
      expect(within(row).getByText('已自动识别')).toBeInTheDocument();
      expect(within(row).getByTitle(field)).toBeInTheDocument();
    }
    for (const letter of ['A', 'F']) {
      expect(within(rowOf(letter)).queryByText('已自动识别')).not.toBeInTheDocument();
      expect(within(rowOf(letter)).getByTitle('不导入')).toBeInTheDocument();
    }
    // A unit column is mapped: no default-unit picker.
    expect(screen.queryByLabelText('这些人所在的村/社区')).not.toBeInTheDocument();
  });

  it('sends exactly the mapped columns, with the village as the default unit when no column names it', async () => {
    const { user, container } = renderApp({ path: '/volunteers/imports/new', user: users.villageStaff });
    await uploadAndMap(user, container);

    await choose(user, columnSelect('E', '所在村/社区'), '不导入');
    await choose(user, columnSelect('F', '备注'), '健康状况');
    // The village account's own village is the default unit.
    expect(await screen.findByLabelText('这些人所在的村/社区')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '开始预检' }));

    await waitFor(() => expect(importDb.mappings).toHaveLength(1));
    expect(importDb.mappings[0]).toEqual({
      columns: [
        { index: 1, field: 'NAME' },
        { index: 2, field: 'ID_NUMBER' },
        { index: 3, field: 'PHONE' },
        { index: 5, field: 'HEALTH' },
      ],
      defaultUnitId: 1001,
      version: 1,
    });
    expect(await screen.findByText('正在逐行核对，名册暂不改动…')).toBeInTheDocument();
  });

  it('checks the mapping before sending it: a field twice, name and ID required', async () => {
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await uploadAndMap(user, container);

    await choose(user, columnSelect('D', '联系电话'), '姓名');
    await choose(user, columnSelect('C', '身份证号码'), '不导入');
    await user.click(screen.getByRole('button', { name: '开始预检' }));

    expect(await within(rowOf('D')).findByText('只能有一列对应“姓名”。')).toBeInTheDocument();
    expect(screen.getByText('请指定哪一列是“身份证号”。')).toBeInTheDocument();
    expect(importDb.mappings).toHaveLength(0);
  });

  it('puts the server’s field errors on the column they name', async () => {
    server.use(
      http.put('*/api/v1/volunteer-imports/:id/mapping', () =>
        HttpResponse.json(
          {
            status: 400,
            title: '请求无效',
            detail: '请修正标出的字段。',
            errors: [{ field: 'columns[2].field', message: '服务器说：这一列不对。' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await uploadAndMap(user, container);
    await user.click(screen.getByRole('button', { name: '开始预检' }));
    // columns[2] is the third column sent: D (联系电话).
    expect(await within(rowOf('D')).findByText('服务器说：这一列不对。')).toBeInTheDocument();
  });

  it('shows the server’s message when the upload is refused (400)', async () => {
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await waitFor(() => expect(fileInput(container)).not.toBeNull());
    await user.upload(fileInput(container), csv('空表.csv', ''));
    expect(await screen.findByText('文件是空的，没有任何数据行。')).toBeInTheDocument();
    expect(importDb.imports.size).toBe(0);
  });

  it('refuses a file over 30 MB before uploading it, in the server’s words', async () => {
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await waitFor(() => expect(fileInput(container)).not.toBeNull());
    const big = csv('大文件.csv');
    Object.defineProperty(big, 'size', { value: 31 * 1024 * 1024 });
    await user.upload(fileInput(container), big);
    expect(
      await screen.findByText('文件超过 30 MB。请把名单拆成几个小文件，或删去图片和空白工作表后再上传。'),
    ).toBeInTheDocument();
    expect(importDb.uploads).toHaveLength(0);
  });

  it('polls the dry run and reports each problem by its spreadsheet row and column', async () => {
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await uploadAndMap(user, container);
    await user.click(screen.getByRole('button', { name: '开始预检' }));

    expect(await screen.findByText('第 5 行 · D 列（联系电话）：电话号码格式不对')).toBeInTheDocument();
    expect(
      screen.getByText('第 8 行 · C 列（身份证号码）：身份证号最后一位校验码不对，请核对'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-toCreate')).getByText('6')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-rejected')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-withWarnings')).getByText('1')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /将更新/ }));
    expect(await screen.findByText('联系电话：138****5678 → 139****1234')).toBeInTheDocument();
  });

  it('resumes a checked import at the report, notes an earlier import of the same file', async () => {
    seedImport({
      status: 'VALIDATED',
      sameFileAs: {
        id: 3,
        fileName: '平台镇五老花名册.xlsx',
        committedAt: '2026-02-01T02:00:00Z',
        createdBy: 'township.staff',
      },
    });
    renderApp({ path: '/volunteers/imports/7' });
    expect(await screen.findByText('第 5 行 · D 列（联系电话）：电话号码格式不对')).toBeInTheDocument();
    expect(screen.getByText(/此文件已于 2026-02-01 .* 由 township.staff 导入过/)).toBeInTheDocument();
    expect(screen.getByText('待确认导入')).toBeInTheDocument();
  });

  it('disables 全部导入 while rows are rejected and commits the valid rows, polling to the result', async () => {
    seedImport({ status: 'VALIDATED' });
    const { user } = renderApp({ path: '/volunteers/imports/7' });
    await user.click(await screen.findByRole('button', { name: '下一步：确认导入' }));

    const all = screen.getByRole('radio', { name: /全部导入，有一行不合格就全部不导入/ });
    expect(all).toBeDisabled();
    expect(screen.getByText(/有 2 行未通过，不能选“全部导入”/)).toBeInTheDocument();
    const valid = screen.getByRole('radio', { name: /只导入合格的行，不合格的行下载后修改再导/ });
    expect(valid).toBeChecked();

    await user.click(screen.getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(importDb.commits).toHaveLength(1));
    expect(importDb.commits[0]).toEqual({ mode: 'VALID_ROWS', confirmWarnings: false, version: 1 });
    expect(await screen.findByText('正在写入名册…')).toBeInTheDocument();

    expect(await screen.findByText('导入完成')).toBeInTheDocument();
    expect(within(screen.getByTestId('result-created')).getByText('6')).toBeInTheDocument();
    expect(within(screen.getByTestId('result-skipped')).getByText('3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看五老名册' })).toHaveAttribute('href', '/volunteers');
    expect(screen.getByRole('link', { name: '再导入一个文件' })).toHaveAttribute(
      'href',
      '/volunteers/imports/new',
    );
  });

  it('asks to confirm the warnings before an all-or-nothing import of a clean file', async () => {
    importDb.summary = { ...importDb.summary, rejected: 0, toCreate: 8 };
    seedImport({ status: 'VALIDATED' });
    const { user } = renderApp({ path: '/volunteers/imports/7' });
    await user.click(await screen.findByRole('button', { name: '下一步：确认导入' }));

    expect(screen.getByRole('radio', { name: /全部导入/ })).toBeChecked();
    const submit = screen.getByRole('button', { name: '开始导入' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /我已核对需确认的 1 行/ }));
    expect(submit).toBeEnabled();
    await user.click(submit);
    await waitFor(() => expect(importDb.commits).toHaveLength(1));
    expect(importDb.commits[0]).toEqual({ mode: 'ALL_OR_NOTHING', confirmWarnings: true, version: 1 });
    expect(await screen.findByText('导入完成')).toBeInTheDocument();
  });

  it('shows why an import failed and lets the user map and check again', async () => {
    seedImport({
      status: 'FAILED',
      failure: {
        code: 'import.registry-changed',
        message: '核对之后名册发生了变化（第 4 行已不能通过），本次未写入任何数据，请重新核对。',
      },
    });
    renderApp({ path: '/volunteers/imports/7' });
    expect(await screen.findByText('导入失败，名册未作任何改动')).toBeInTheDocument();
    expect(screen.getByText(/核对之后名册发生了变化（第 4 行已不能通过）/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '开始预检' })).toBeInTheDocument();
  });

  it('downloads the rejected rows with the bearer header, never a token in the URL', async () => {
    seedImport({ status: 'VALIDATED' });
    const createObjectURL = vi.fn(() => 'blob:rejected');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp({ path: '/volunteers/imports/7' });
    await user.click(await screen.findByRole('button', { name: /下载未通过的行/ }));

    expect(await screen.findByText('已下载 平台镇五老花名册-未通过.xlsx')).toBeInTheDocument();
    expect(importDb.downloads).toEqual([
      { authorization: 'Bearer test-token', url: expect.not.stringContaining('token') as string },
    ]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('作废 from the wizard', () => {
  it('discards a checked import after confirming and returns to the list', async () => {
    seedImport({ status: 'VALIDATED' });
    const { user, router } = renderApp({ path: '/volunteers/imports/7' });
    await user.click(await screen.findByRole('button', { name: '作废此导入' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^作\s*废$/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/volunteers/imports'));
    expect(importDb.imports.get(7)?.status).toBe('DISCARDED');
    await waitFor(() => expect(screen.getByText('已作废')).toBeInTheDocument());
  });

  it('says a proxy’s bare 413 in the server’s words', async () => {
    server.use(http.post('*/api/v1/volunteer-imports', () => new HttpResponse(null, { status: 413 })));
    const { user, container } = renderApp({ path: '/volunteers/imports/new' });
    await waitFor(() => expect(fileInput(container)).not.toBeNull());
    await user.upload(fileInput(container), csv());
    expect(
      await screen.findByText('文件超过 30 MB。请把名单拆成几个小文件，或删去图片和空白工作表后再上传。'),
    ).toBeInTheDocument();
  });
});

describe('批量导入 in English', () => {
  it('names rows and columns in English after switching the language', async () => {
    seedImport({ status: 'VALIDATED' });
    const { user } = renderApp({ path: '/volunteers/imports/7' });
    await screen.findByText('第 5 行 · D 列（联系电话）：电话号码格式不对');
    await user.click(screen.getByText('English'));
    expect(await screen.findByText('Row 5 · column D (联系电话): 电话号码格式不对')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next: import' })).toBeInTheDocument();
    expect(screen.getByText('Ready to import')).toBeInTheDocument();
  });
});

describe('导入记录', () => {
  it('lists the imports with their status, to continue or discard', async () => {
    seedImport({ id: 7, status: 'VALIDATED', fileName: '平台镇.xlsx' });
    seedImport({
      id: 8,
      status: 'COMMITTED',
      fileName: '平安镇.xlsx',
      result: { created: 5, updated: 0, unchanged: 0, skipped: 0 },
    });
    const { user } = renderApp({ path: '/volunteers/imports' });
    const first = await screen.findByRole('listitem', { name: '平台镇.xlsx' });
    expect(within(first).getByText('待确认导入')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '继续' })).toHaveAttribute(
      'href',
      '/volunteers/imports/7',
    );
    const done = screen.getByRole('listitem', { name: '平安镇.xlsx' });
    expect(within(done).getByText('已导入')).toBeInTheDocument();
    expect(within(done).queryByRole('button', { name: '作废' })).not.toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: '作废' }));
    const popconfirm = await waitFor(() => {
      const open = document.querySelector('.ant-popconfirm');
      expect(open).not.toBeNull();
      return open as HTMLElement;
    });
    await user.click(within(popconfirm).getByRole('button', { name: /^作\s*废$/ }));
    await waitFor(() => expect(importDb.imports.get(7)?.status).toBe('DISCARDED'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('listitem', { name: '平台镇.xlsx' })).getByText('已作废'),
      ).toBeInTheDocument(),
    );
  });

  it('lists every sheet of a workbook with its rows and reads the one the clerk picks instead', async () => {
    importDb.workbook = [
      { name: '花名册', rows: 12 },
      { name: '补充名单', rows: 16 },
      { name: '说明', rows: 0 },
    ];
    const { user, container, router } = renderApp({ path: '/volunteers/imports/new' });
    await waitFor(() => expect(fileInput(container)).not.toBeNull());
    await user.upload(fileInput(container), csv('平台镇五老花名册.xlsx'));
    const picker = await screen.findByTestId('import-sheets');
    expect(picker).toHaveTextContent('本工作簿共有 3 张工作表，现在读取的是“花名册”');
    const sheets = within(picker).getByRole('radiogroup', { name: '要读取的工作表' });
    const first = within(sheets).getByRole('radio', { name: /“花名册”，12 行/ });
    expect(first).toBeChecked();
    expect(within(first.closest('label') as HTMLElement).getByText('正在读取')).toBeInTheDocument();
    // An empty sheet holds nobody to read.
    expect(within(sheets).getByRole('radio', { name: /“说明”，0 行/ })).toBeDisabled();
    const reread = within(picker).getByRole('button', { name: '读取所选工作表' });
    expect(reread).toBeDisabled();

    await user.click(within(sheets).getByRole('radio', { name: /“补充名单”，16 行/ }));
    await user.click(reread);

    // The same file again, with the sheet; the import of the first sheet (nothing checked yet) is discarded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/volunteers/imports/8'));
    expect(importDb.uploads).toEqual(['平台镇五老花名册.xlsx', '平台镇五老花名册.xlsx']);
    expect(importDb.uploadSheets).toEqual([null, '补充名单']);
    await waitFor(() => expect(importDb.imports.get(7)?.status).toBe('DISCARDED'));
    await waitFor(() =>
      expect(screen.getByTestId('import-sheets')).toHaveTextContent('现在读取的是“补充名单”'),
    );
    expect(
      within(screen.getByTestId('import-sheets')).getByRole('radio', { name: /“补充名单”，16 行/ }),
    ).toBeChecked();
  });

  it('asks for the workbook again to read another sheet once the page was reloaded', async () => {
    importDb.workbook = [
      { name: 'Sheet1', rows: 4 },
      { name: '补充名单', rows: 16 },
    ];
    // An import of an earlier visit (an id no upload of this test file used): the browser holds no file for it.
    seedImport({
      id: 20,
      sheets: [
        { name: 'Sheet1', rows: 4, read: true },
        { name: '补充名单', rows: 16, read: false },
      ],
    });
    const { user, router } = renderApp({ path: '/volunteers/imports/20' });
    const picker = await screen.findByTestId('import-sheets');
    await user.click(within(picker).getByRole('radio', { name: /“补充名单”，16 行/ }));
    await user.click(within(picker).getByRole('button', { name: '读取所选工作表' }));

    expect(await within(picker).findByText(/请再选择一次“平台镇五老花名册.xlsx”/)).toBeInTheDocument();
    expect(importDb.uploads).toEqual([]);
    await user.upload(
      picker.querySelector('input[type="file"]') as HTMLInputElement,
      csv('平台镇五老花名册.xlsx'),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/volunteers/imports/21'));
    expect(importDb.uploadSheets).toEqual(['补充名单']);
  });

  it('offers 批量导入 on the 五老 list to a village account on a phone', async () => {
    const { user } = renderApp({ path: '/volunteers', user: users.villageStaff, width: 390 });
    await user.click(await screen.findByRole('link', { name: /批量导入/ }));
    expect(await screen.findByRole('link', { name: /导入新文件/ })).toBeInTheDocument();
  });

  it('hides 批量导入 from the read-only leader', async () => {
    renderApp({ path: '/volunteers', user: users.districtViewer });
    await screen.findByRole('link', { name: '王德明' });
    expect(screen.queryByRole('link', { name: /批量导入/ })).not.toBeInTheDocument();
  });

  it('answers the viewer typing /volunteers/imports/new with the 403 page', async () => {
    renderApp({ path: '/volunteers/imports/new', user: users.districtViewer });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});
