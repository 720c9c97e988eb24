import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Progress,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { problemText } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/current-user';
import {
  useAcknowledgeBulletin,
  useBulletins,
  usePendingReceipts,
  useRemindBulletin,
  useSendBulletin,
} from '../api/bulletins';
import type { BulletinBox, BulletinSummary } from '../api/types';

/** /rules/bulletins — 《情况反映》 received (acknowledge) and sent (receipts, reminders, composing); ?box= in the URL. */
export function BulletinsRoute() {
  const { t } = useTranslation('rules');
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const box: BulletinBox = params.get('box') === 'SENT' ? 'SENT' : 'RECEIVED';
  const canSend = me.roles.includes('district-admin') || me.roles.includes('township-staff');
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
      {composing && <ComposeModal onClose={() => setComposing(false)} />}
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

interface ComposeValues {
  title: string;
  text: string;
  kinds?: string[];
}

function ComposeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('rules');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const send = useSendBulletin();
  const [form] = Form.useForm<ComposeValues>();
  const kinds = ['TOWNSHIP', 'STREET', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY'] as const;

  function submit(values: ComposeValues) {
    const blocks = values.text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ type: 'PARAGRAPH' as const, text }));
    send.mutate(
      {
        title: values.title,
        body: { blocks },
        recipients: {
          unitIds: null,
          subtreeUnitId: null,
          kinds: (values.kinds ?? []) as (typeof kinds)[number][],
        },
      },
      {
        onSuccess: (sent) => {
          void message.success(
            t('bulletins.sentOk', { label: sent.summary.issueLabel, count: sent.summary.recipients }),
          );
          onClose();
        },
      },
    );
  }

  return (
    <Modal
      open
      title={t('bulletins.compose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('bulletins.send')}
      confirmLoading={send.isPending}
    >
      <ProblemAlert error={send.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('bulletins.composeTitle')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="text" label={t('bulletins.composeBody')} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="kinds" label={t('bulletins.composeKinds')}>
          <Checkbox.Group options={kinds.map((k) => ({ value: k, label: tc(`kind.${k}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
