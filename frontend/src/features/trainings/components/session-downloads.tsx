import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';
import { downloadAttendance, downloadSignInSheet } from '../api/download-documents';

type Which = 'sheet' | 'attendance';

/** 签到表 (Word, to print for the day) and 出勤表 (Excel) of a published session. */
export function SessionDownloads({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation('trainings');
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Which>();

  async function save(which: Which) {
    setBusy(which);
    try {
      await (which === 'sheet' ? downloadSignInSheet(sessionId) : downloadAttendance(sessionId));
    } catch (e) {
      void message.error(problemText(e) ?? t('documents.failed'));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Flex gap={8} wrap className="no-print">
      <Button
        size="small"
        icon={<FileWordOutlined />}
        loading={busy === 'sheet'}
        onClick={() => void save('sheet')}
      >
        {t('documents.signInSheet')}
      </Button>
      <Button
        size="small"
        icon={<FileExcelOutlined />}
        loading={busy === 'attendance'}
        onClick={() => void save('attendance')}
      >
        {t('documents.attendance')}
      </Button>
    </Flex>
  );
}
