import { SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BulletinRecipientFields,
  type RecipientValues,
  recipientsOf,
} from '@/components/bulletin-recipients';
import { ProblemAlert } from '@/components/problem-alert';
import { applyFieldErrors } from '@/lib/form-errors';
import { useBookletDistributions, useDistributeBooklet } from '../api/booklet-distributions';
import type { Booklet } from '../api/types';

interface Values extends RecipientValues {
  title?: string;
}

/** The bulletins that carried the booklet down the tree, each with its receipt share. */
export function BookletDistributions({ booklet }: { booklet: Booklet }) {
  const { t } = useTranslation('exemplars');
  const sent = useBookletDistributions(booklet.id);
  if (!sent.data?.length) return null;
  return (
    <Flex vertical gap={4} aria-label={t('distribution.sent')} role="list">
      {sent.data.map((b) => (
        <Flex key={b.id} gap={8} wrap align="center" role="listitem">
          <Typography.Text type="secondary">
            {t('distribution.line', { label: b.issueLabel })}
          </Typography.Text>
          <Progress
            percent={b.acknowledgedShare === null ? 0 : Math.round(b.acknowledgedShare * 100)}
            size="small"
            style={{ width: 120, margin: 0 }}
          />
          <Typography.Text>
            {t('distribution.share', { acknowledged: b.acknowledged, recipients: b.recipients })}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** 下发: a button that sends the booklet's Word file in a 《情况反映》 bulletin to the units chosen. */
export function DistributeBookletButton({ booklet }: { booklet: Booklet }) {
  const { t } = useTranslation('exemplars');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const distribute = useDistributeBooklet(booklet.id);
  const [form] = Form.useForm<Values>();

  function submit(v: Values) {
    distribute.mutate(
      { title: v.title?.trim() || null, note: null, recipients: recipientsOf(v) },
      {
        onSuccess: (sent) => {
          void message.success(
            t('distribution.sentOk', { label: sent.summary.issueLabel, count: sent.summary.recipients }),
          );
          setOpen(false);
          form.resetFields();
        },
        onError: (e) => applyFieldErrors(form, e, ['title', 'unitIds', 'subtreeUnitId', 'kinds']),
      },
    );
  }

  return (
    <>
      <Button icon={<SendOutlined />} onClick={() => setOpen(true)}>
        {t('distribution.action')}
      </Button>
      <Modal
        open={open}
        title={t('distribution.title', { title: booklet.title })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('distribution.send')}
        confirmLoading={distribute.isPending}
        width="min(640px, 100vw)"
        destroyOnHidden
      >
        <ProblemAlert error={distribute.error} />
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ALL' }}>
          <Form.Item name="title" label={t('distribution.bulletinTitle')}>
            <Input maxLength={200} placeholder={t('distribution.defaultTitle', { title: booklet.title })} />
          </Form.Item>
          <BulletinRecipientFields />
        </Form>
      </Modal>
    </>
  );
}
