import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredFile } from '@/lib/upload-file';
import { api } from '@/lib/api-client';
import { problemText } from '@/lib/api-error';
import { download } from '@/lib/download';

/** A session's material, downloaded with the bearer token (a plain link to /api/v1/files/… would carry none). */
export function MaterialLink({ file }: { file: StoredFile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      type="link"
      icon={<PaperClipOutlined />}
      style={{ padding: 0 }}
      onClick={() =>
        void download(
          api.GET('/api/v1/files/{id}', { params: { path: { id: file.id } }, parseAs: 'blob' }),
          file.name,
        ).catch((e: unknown) => void message.error(problemText(e) ?? t('error.generic')))
      }
    >
      {file.name}
    </Button>
  );
}
