import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { downloadAttendance, downloadSignInSheet } from '../api/download-documents';

/** 签到表 (Word, to print for the day) and 出勤表 (Excel) of a published session. */
export function SessionDownloads({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation('trainings');
  return (
    <Flex gap={8} wrap className="no-print">
      <DownloadButton size="small" icon={<FileWordOutlined />} save={() => downloadSignInSheet(sessionId)}>
        {t('documents.signInSheet')}
      </DownloadButton>
      <DownloadButton size="small" icon={<FileExcelOutlined />} save={() => downloadAttendance(sessionId)}>
        {t('documents.attendance')}
      </DownloadButton>
    </Flex>
  );
}
