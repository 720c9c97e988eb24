import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BulletinRecipientFields,
  type RecipientValues,
  recipientsOf,
} from '@/components/bulletin-recipients';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/current-user';
import { applyFieldErrors } from '@/lib/form-errors';
import type { StoredFile } from '@/lib/upload-file';
import { useSendBulletin } from '../api/bulletins';
import { AttachmentPicker } from './attachment-picker';

interface Values extends RecipientValues {
  title: string;
  text: string;
}

/** 印发《情况反映》: title, text, attachments and recipients (the same picker as every bulletin's). */
export function BulletinComposer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('rules');
  const { message } = App.useApp();
  const me = useCurrentUser();
  const send = useSendBulletin();
  const [form] = Form.useForm<Values>();
  const [attachments, setAttachments] = useState<StoredFile[]>([]);
  const [uploading, setUploading] = useState(false);

  function submit(values: Values) {
    const blocks = values.text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ type: 'PARAGRAPH' as const, text }));
    send.mutate(
      {
        title: values.title,
        body: { blocks },
        recipients: recipientsOf(values),
        ruleVersionId: null,
        fileIds: attachments.map((f) => f.id),
      },
      {
        onSuccess: (sent) => {
          void message.success(
            t('bulletins.sentOk', { label: sent.summary.issueLabel, count: sent.summary.recipients }),
          );
          onClose();
        },
        onError: (e) => applyFieldErrors(form, e, ['title', 'unitIds', 'subtreeUnitId', 'kinds']),
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
      okButtonProps={{ disabled: uploading }}
      width="min(640px, 100vw)"
    >
      <ProblemAlert error={send.error} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ALL' }}>
        <Form.Item
          name="title"
          label={t('bulletins.composeTitle')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('bulletins.composeBody')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
        {me.unit && (
          <Form.Item label={t('bulletins.attachments')} extra={t('bulletins.attachHint')}>
            <AttachmentPicker
              unitId={me.unit.id}
              files={attachments}
              onChange={setAttachments}
              onBusy={setUploading}
            />
          </Form.Item>
        )}
        <BulletinRecipientFields />
      </Form>
    </Modal>
  );
}
