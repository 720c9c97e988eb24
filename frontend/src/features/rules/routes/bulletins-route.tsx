import { App, Button, Card, Empty, Flex, List, Progress, Skeleton, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorResult } from '@/components/query-error-result';
import { problemText } from '@/lib/api-error';
import {
  useAcknowledgeBulletin,
  useBulletins,
  usePendingReceipts,
  useRemindBulletin,
} from '../api/bulletins';
import type { BulletinBox, BulletinSummary } from '../api/types';
import { useRuleAccess } from '../api/use-rule-access';
import { BulletinComposer } from '../components/bulletin-composer';
import { BulletinText } from '../components/bulletin-text';

/** /rules/bulletins — 《情况反映》 received (acknowledge) and sent (receipts, reminders, composing); ?box= in the URL. */
export function BulletinsRoute() {
  const { t } = useTranslation('rules');
  const [params, setParams] = useSearchParams();
  const box: BulletinBox = params.get('box') === 'SENT' ? 'SENT' : 'RECEIVED';
  const { canWrite: canSend } = useRuleAccess();
  const [composing, setComposing] = useState(false);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900, width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('bulletins.title')}
        </Typography.Title>
        {canSend && (
          <Button type="primary" onClick={() => setComposing(true)}>
            {t('bulletins.compose')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={box}
        onChange={(key) => setParams({ box: key })}
        items={[
          { key: 'RECEIVED', label: t('bulletins.received') },
          { key: 'SENT', label: t('bulletins.sent') },
        ]}
      />
      <BulletinList box={box} />
      {composing && <BulletinComposer onClose={() => setComposing(false)} />}
    </Flex>
  );
}

function BulletinList({ box }: { box: BulletinBox }) {
  const { t } = useTranslation('rules');
  const list = useBulletins(box);
  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <Empty description={t('bulletins.empty')} />;
  return (
    <Flex vertical gap={12}>
      {list.data.items.map((b) => (
        <BulletinCard key={b.id} bulletin={b} />
      ))}
    </Flex>
  );
}

function BulletinCard({ bulletin: b }: { bulletin: BulletinSummary }) {
  const { t } = useTranslation('rules');
  const { message } = App.useApp();
  const acknowledge = useAcknowledgeBulletin();
  const remind = useRemindBulletin();
  const [showPending, setShowPending] = useState(false);
  const [reading, setReading] = useState(false);
  const pending = usePendingReceipts(b.id, showPending);
  const share = b.acknowledgedShare === null ? 0 : Math.round(b.acknowledgedShare * 100);

  return (
    <Card size="small" role="article" aria-label={`${b.issueLabel} ${b.title}`}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Tag color="red">{b.issueLabel}</Tag>
          <Typography.Text strong>{b.title}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary">
          {t('bulletins.from', { sender: b.sender.name, sentAt: dayjs(b.sentAt).format('YYYY-MM-DD') })}
        </Typography.Text>
        <Button
          size="large"
          aria-expanded={reading}
          onClick={() => setReading((v) => !v)}
          style={{ alignSelf: 'flex-start' }}
        >
          {reading ? t('bulletins.hideText') : t('bulletins.readText')}
        </Button>
        {reading && <BulletinText id={b.id} />}
        <Flex gap={8} align="center" wrap>
          <Progress percent={share} size="small" style={{ width: 160, margin: 0 }} />
          <Typography.Text>
            {t('bulletins.share', { acknowledged: b.acknowledged, recipients: b.recipients })}
          </Typography.Text>
        </Flex>
        {b.ownReceipt &&
          (b.ownReceipt.acknowledgedAt ? (
            <Typography.Text type="success">
              {t('bulletins.acknowledged', { by: b.ownReceipt.acknowledgedBy ?? '' })}
            </Typography.Text>
          ) : (
            <Button
              type="primary"
              size="large"
              block
              loading={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(b.id, {
                  onSuccess: () => void message.success(t('bulletins.acknowledgedOk')),
                  onError: (e) => void message.error(problemText(e) ?? t('error')),
                })
              }
            >
              {t('bulletins.acknowledge')}
            </Button>
          ))}
        {b.acknowledged < b.recipients && (
          <Flex gap={8} wrap>
            <Button onClick={() => setShowPending((v) => !v)}>{t('bulletins.pending')}</Button>
            {b.senderSide && (
              <Button
                loading={remind.isPending}
                onClick={() =>
                  remind.mutate(b.id, {
                    onSuccess: (r) => void message.success(t('bulletins.reminded', { count: r.reminded })),
                    onError: (e) => void message.error(problemText(e) ?? t('error')),
                  })
                }
              >
                {t('bulletins.remind')}
              </Button>
            )}
          </Flex>
        )}
        {showPending && (
          <List
            size="small"
            aria-label={t('bulletins.pending')}
            loading={pending.isPending}
            dataSource={pending.data?.items ?? []}
            renderItem={(r) => <List.Item>{r.unit.name}</List.Item>}
          />
        )}
      </Flex>
    </Card>
  );
}
