import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetail } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useDeleteCareRecord } from '../api/delete-care-record';
import { useCareRecords } from '../api/get-care-records';
import { AddCareRecordModal } from './add-care-record-modal';
import { DeleteButton } from './delete-button';

/** 关爱记录: care the person received ("生活上关照"), newest first. */
export function CareRecordsPanel({ volunteer, canWrite }: { volunteer: VolunteerDetail; canWrite: boolean }) {
  const { t } = useTranslation('activities');
  const list = useCareRecords(volunteer.id);
  const remove = useDeleteCareRecord();
  const [adding, setAdding] = useState(false);
  const records = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Flex vertical gap={12}>
      {canWrite && volunteer.status !== 'DECEASED' && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('action.addCare')}
          </Button>
        </div>
      )}
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : records.length === 0 ? (
        <Empty description={t('list.careEmpty')} />
      ) : (
        <List
          dataSource={records}
          rowKey="id"
          renderItem={(r) => (
            <List.Item
              aria-label={`${r.date} ${t(`kind.${r.kind}`)}`}
              actions={
                canWrite
                  ? [
                      <DeleteButton
                        key="delete"
                        title={t('confirm.deleteCare')}
                        onDelete={() => remove.mutateAsync(r.id)}
                      />,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{r.date}</Typography.Text>
                  <Tag color="magenta">{t(`kind.${r.kind}`)}</Tag>
                  {r.givenBy && <Typography.Text type="secondary">{r.givenBy}</Typography.Text>}
                </Flex>
                {r.description && (
                  <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>
                    {r.description}
                  </Typography.Paragraph>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {list.hasNextPage && (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('action.loadMore')}
        </Button>
      )}
      {adding && <AddCareRecordModal volunteer={volunteer} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
