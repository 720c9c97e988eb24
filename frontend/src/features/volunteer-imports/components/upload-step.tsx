import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-error';
import { useUploadImport } from '../api/upload-import';
import type { VolunteerImport } from '../api/types';

/** The server refuses more than this (413); checked here first to spare a long upload. */
export const maxFileBytes = 30 * 1024 * 1024;

const accepted = /\.(xlsx|xls|csv)$/i;

/** Step 1: choose an XLSX, XLS (Excel 97–2003) or CSV file; the server reads its header row. */
export function UploadStep({ onUploaded }: { onUploaded: (created: VolunteerImport) => void }) {
  const { t } = useTranslation('volunteerImports');
  const upload = useUploadImport();
  const [localError, setLocalError] = useState<string | null>(null);

  function choose(file: File) {
    upload.reset();
    setLocalError(null);
    if (file.size > maxFileBytes) {
      setLocalError(t('upload.tooLarge'));
      return;
    }
    if (!accepted.test(file.name)) {
      setLocalError(t('upload.wrongType'));
      return;
    }
    upload.mutate({ file }, { onSuccess: onUploaded });
  }

  return (
    <Flex vertical gap={16}>
      {localError && <Alert type="error" showIcon title={localError} role="alert" />}
      {/* A proxy may refuse a large body before the server can explain: say it in the server's words. */}
      {isApiError(upload.error, 413) && !upload.error.problem.detail ? (
        <Alert type="error" showIcon title={t('upload.tooLarge')} role="alert" />
      ) : (
        <ProblemAlert error={upload.error} />
      )}
      <Spin spinning={upload.isPending} description={t('upload.uploading')}>
        <Upload.Dragger
          accept=".xlsx,.xls,.csv"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            choose(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Paragraph strong style={{ fontSize: 16 }}>
            {t('upload.drag')}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ padding: '0 12px' }}>
            {t('upload.hint')}
          </Typography.Paragraph>
        </Upload.Dragger>
      </Spin>
    </Flex>
  );
}
