import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { ProblemAlert } from '@/components/problem-alert';
import { downloadBulletinAttachment, useBulletin } from '../api/bulletins';
import { RuleBody } from './rule-body';

/** A bulletin's text and its attachments, each downloaded through the bulletin (scoped like it). */
export function BulletinText({ id }: { id: number }) {
  const { t } = useTranslation('rules');
  const bulletin = useBulletin(id, true);
  if (bulletin.isPending) return <Skeleton active />;
  if (bulletin.isError) return <ProblemAlert error={bulletin.error} />;
  const { body, attachments } = bulletin.data;
  return (
    <Flex vertical gap={8}>
      <RuleBody body={body} />
      {attachments.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('bulletins.attachments')}</Typography.Text>}
          aria-label={t('bulletins.attachments')}
          dataSource={attachments}
          renderItem={(f) => (
            <List.Item>
              <DownloadButton
                type="link"
                icon={<PaperClipOutlined />}
                style={{ minHeight: 44, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
                save={() => downloadBulletinAttachment(id, f.id, f.name)}
              >
                {f.name}
              </DownloadButton>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
