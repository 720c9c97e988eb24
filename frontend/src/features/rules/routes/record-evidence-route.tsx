import { CameraOutlined } from '@ant-design/icons';
import {
  Button,
  ConfigProvider,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Result,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoUnitResult } from '@/components/no-unit-result';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useCurrentUser } from '@/lib/current-user';
import { uploadPhoto, useRecordEvidence } from '../api/evidence';
import { useRulebook } from '../api/get-rulebook';
import type { RuleEvidence } from '../api/types';

interface Values {
  ruleId: number;
  heldOn: Dayjs;
  title?: string;
  attendees?: string;
  topics?: string;
  decisions?: string;
}

/** /rules/evidence/new — a village records its monthly meeting from a phone: rule, day, who, what, photos. */
export function RecordEvidenceRoute() {
  const me = useCurrentUser();
  return me.unit ? <RecordEvidence unitId={me.unit.id} /> : <NoUnitResult />;
}

function RecordEvidence({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rules');
  const today = dayjs().format('YYYY-MM-DD');
  const book = useRulebook(unitId, today);
  const record = useRecordEvidence();
  const [form] = Form.useForm<Values>();
  const [photoIds, setPhotoIds] = useState<{ id: number; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [saved, setSaved] = useState<RuleEvidence | null>(null);
  const rules = (book.data?.rules ?? []).filter((r) => r.obligation);

  async function addPhoto(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const stored = await uploadPhoto(file, unitId);
      setPhotoIds((list) => [...list, { id: stored.id, name: stored.name }]);
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading(false);
    }
  }

  function submit(values: Values) {
    record.mutate(
      {
        ruleId: values.ruleId,
        unitId,
        heldOn: values.heldOn.format('YYYY-MM-DD'),
        title: values.title || null,
        attendees: values.attendees || null,
        topics: values.topics || null,
        decisions: values.decisions || null,
        photoIds: photoIds.map((p) => p.id),
      },
      { onSuccess: setSaved },
    );
  }

  let content;
  if (saved) {
    content = (
      <Result
        status="success"
        title={t('evidence.saved', { title: saved.title })}
        extra={
          <Button
            type="primary"
            block
            style={{ height: 56, fontSize: 18 }}
            onClick={() => {
              setSaved(null);
              setPhotoIds([]);
              form.resetFields();
            }}
          >
            {t('evidence.again')}
          </Button>
        }
      />
    );
  } else if (book.isPending) {
    content = <Skeleton active />;
  } else if (book.isError) {
    content = <QueryErrorResult error={book.error} onRetry={() => void book.refetch()} />;
  } else if (rules.length === 0) {
    content = <Empty description={t('evidence.noRules')} />;
  } else {
    content = (
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ ruleId: rules[0]?.ruleId, heldOn: dayjs() }}
      >
        <ProblemAlert error={record.error} />
        <Form.Item name="ruleId" label={t('evidence.rule')} rules={[{ required: true }]}>
          <Select options={rules.map((r) => ({ value: r.ruleId, label: r.title }))} size="large" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('evidence.heldOn')} rules={[{ required: true }]}>
          <DatePicker
            size="large"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item name="title" label={t('evidence.meetingTitle')}>
          <Input size="large" maxLength={200} />
        </Form.Item>
        <Form.Item name="attendees" label={t('evidence.attendees')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="topics" label={t('evidence.topics')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item name="decisions" label={t('evidence.decisions')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item label={t('evidence.photos')}>
          <Flex vertical gap={8}>
            <ProblemAlert error={uploadError} />
            <Flex gap={4} wrap>
              {photoIds.map((p) => (
                <Tag
                  key={p.id}
                  closable
                  onClose={() => setPhotoIds((list) => list.filter((x) => x.id !== p.id))}
                >
                  {p.name}
                </Tag>
              ))}
            </Flex>
            <Button
              icon={<CameraOutlined />}
              size="large"
              loading={uploading}
              onClick={() => document.getElementById('evidence-photo')?.click()}
            >
              {t('evidence.addPhoto')}
            </Button>
            <input
              id="evidence-photo"
              aria-label={t('evidence.addPhoto')}
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              hidden
              onChange={(e) => {
                void addPhoto(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Flex>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={record.isPending}
          style={{ height: 56, fontSize: 18 }}
        >
          {t('evidence.save')}
        </Button>
      </Form>
    );
  }

  return (
    <ConfigProvider theme={{ token: { fontSize: 17, fontSizeLG: 18 } }}>
      <Flex vertical gap={16} style={{ maxWidth: 560, width: '100%', marginInline: 'auto' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('evidence.title')}
        </Typography.Title>
        {content}
      </Flex>
    </ConfigProvider>
  );
}
