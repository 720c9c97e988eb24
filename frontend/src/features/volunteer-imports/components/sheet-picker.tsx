import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Radio, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useDiscardImport } from '../api/discard-import';
import type { VolunteerImport } from '../api/types';
import { uploadedFile } from '../api/uploaded-files';
import { useUploadImport } from '../api/upload-import';

/**
 * Every worksheet of the workbook with its rows, the one read marked: the clerk picks another and it is
 * read instead (the same file uploaded again with `?sheet=`; the import of the first sheet, not yet
 * checked, is discarded). After a reload the browser no longer holds the file: it is asked for again.
 */
export function SheetPicker({ imp }: { imp: VolunteerImport }) {
  const { t } = useTranslation('volunteerImports');
  const navigate = useNavigate();
  const upload = useUploadImport();
  const discard = useDiscardImport();
  const [chosen, setChosen] = useState<string | undefined>(imp.sheetName ?? undefined);
  const [askForFile, setAskForFile] = useState(false);
  const peopleLeftOut = imp.sheets.some((s) => !s.read && s.rows > 0);

  function read(file: File) {
    if (!chosen) return;
    upload.mutate(
      { file, sheet: chosen },
      {
        onSuccess: (created) => {
          discard.mutate(imp.id);
          void navigate(`/volunteers/imports/${created.id}`, { replace: true });
        },
      },
    );
  }

  function readChosen() {
    const file = uploadedFile(imp.id);
    if (file) read(file);
    else setAskForFile(true);
  }

  return (
    <Alert
      type={peopleLeftOut ? 'warning' : 'info'}
      showIcon
      data-testid="import-sheets"
      title={t('mapping.sheets', { total: imp.sheets.length, sheet: imp.sheetName })}
      description={
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Radio.Group
            aria-label={t('mapping.sheetsLabel')}
            value={chosen}
            onChange={(e) => {
              setChosen(e.target.value as string);
              upload.reset();
            }}
          >
            <Flex vertical gap={4}>
              {imp.sheets.map((sheet) => (
                <Radio key={sheet.name} value={sheet.name} disabled={sheet.rows === 0}>
                  {t('mapping.sheet', { name: sheet.name, rows: sheet.rows })}{' '}
                  {sheet.read && (
                    <Tag color="processing" variant="filled">
                      {t('mapping.sheetRead')}
                    </Tag>
                  )}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          <ProblemAlert error={upload.error} />
          {askForFile ? (
            <Flex vertical gap={4} align="flex-start">
              <Typography.Text>{t('mapping.sheetFileAgain', { file: imp.fileName })}</Typography.Text>
              <Upload
                accept=".xlsx,.xls"
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  read(file);
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending}>
                  {t('mapping.sheetChooseFile')}
                </Button>
              </Upload>
            </Flex>
          ) : (
            <span>
              <Button
                onClick={readChosen}
                disabled={!chosen || chosen === imp.sheetName}
                loading={upload.isPending}
              >
                {t('mapping.sheetReread')}
              </Button>
            </span>
          )}
        </Flex>
      }
    />
  );
}
