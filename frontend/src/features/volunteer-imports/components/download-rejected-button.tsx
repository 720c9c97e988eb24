import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';
import { useDownloadRejectedRows } from '../api/download-rejected-rows';
import type { ImportId } from '../api/types';

/** 下载未通过的行: the original columns plus the row number and the reason, to fix and re-import. */
export function DownloadRejectedButton({ id, block }: { id: ImportId; block?: boolean }) {
  const { t } = useTranslation(['volunteerImports', 'common']);
  const { message } = App.useApp();
  const download = useDownloadRejectedRows();
  return (
    <Button
      icon={<DownloadOutlined />}
      block={block}
      loading={download.isPending}
      onClick={() =>
        download.mutate(id, {
          onSuccess: (file) => void message.success(t('report.downloaded', { file })),
          onError: (e) => void message.error(problemText(e) ?? t('common:error.generic')),
        })
      }
    >
      {t('report.download')}
    </Button>
  );
}
