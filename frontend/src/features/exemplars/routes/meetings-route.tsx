import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, List, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useCreateMeeting, useMeetings } from '../api/meetings';
import { ExemplarChoice } from '../components/exemplar-choice';

interface Values {
  title: string;
  heldOn: Dayjs;
  place: string;
  leaders?: string;
  minutes?: string;
  exemplarIds: number[];
}

/** /exemplars/meetings — 交流会: date, place, leaders, the exemplars presented in order. */
export function MeetingsRoute() {
  const { t } = useTranslation('exemplars');
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const meetings = useMeetings();
  const create = useCreateMeeting();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const canWrite = me.roles.includes('district-admin') || me.roles.includes('township-staff');

  function submit(v: Values) {
    create.mutate(
      { ...v, heldOn: v.heldOn.format('YYYY-MM-DD'), exemplarIds: v.exemplarIds ?? [] },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
        },
      },
    );
  }

  return (
    <Card
      title={t('meetings.title')}
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('meetings.create')}
          </Button>
        ) : null
      }
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <ProblemAlert error={meetings.error} />
      <List
        loading={meetings.isPending}
        dataSource={meetings.data?.items ?? []}
        locale={{ emptyText: t('meetings.empty') }}
        renderItem={(m) => (
          <List.Item key={m.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>{m.title}</Typography.Text>
              <Typography.Text type="secondary">
                {m.heldOn} · {m.place}
                {m.leaders ? ` · ${m.leaders}` : ''}
              </Typography.Text>
              <Typography.Text>{t('meetings.count', { count: m.exemplars.length })}</Typography.Text>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {m.exemplars.map((e) => (
                  <li key={e.id}>
                    <Link to={`/exemplars/${e.id}`}>{e.title}</Link>
                  </li>
                ))}
              </ol>
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        title={t('meetings.create')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        width={mobile ? '100%' : 640}
        destroyOnHidden
      >
        <ProblemAlert error={create.error} />
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          <Form.Item label={t('meetings.name')} name="title" rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('meetings.heldOn')} name="heldOn" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('meetings.place')} name="place" rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('meetings.leaders')} name="leaders" rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('meetings.minutes')} name="minutes">
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
          </Form.Item>
          <Form.Item label={t('meetings.exemplars')} name="exemplarIds" initialValue={[]}>
            <ExemplarChoice aria-label={t('meetings.exemplars')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
