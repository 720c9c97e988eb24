import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { downloadBooklet, useBooklets, useCreateBooklet } from '../api/booklets';
import type { Booklet } from '../api/types';
import { BookletDistributions, DistributeBookletButton } from '../components/booklet-distribution';
import { ExemplarChoice } from '../components/exemplar-choice';

interface Values {
  title: string;
  foreword?: string;
  exemplarIds: number[];
}

/** /exemplars/booklets — 汇编成册: choose and order approved write-ups, download the Word file. */
export function BookletsRoute() {
  const { t } = useTranslation('exemplars');
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const booklets = useBooklets();
  const create = useCreateBooklet();
  const [open, setOpen] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>();
  const [form] = Form.useForm<Values>();
  const canWrite = me.roles.includes('district-admin') || me.roles.includes('township-staff');

  async function download(b: Booklet) {
    setDownloadError(undefined);
    try {
      const blob = await downloadBooklet(b.id);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${b.title}.docx`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setDownloadError(e);
    }
  }

  return (
    <Card
      title={t('booklets.title')}
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('booklets.create')}
          </Button>
        ) : null
      }
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <ProblemAlert error={booklets.error ?? downloadError} />
      <List
        loading={booklets.isPending}
        dataSource={booklets.data?.items ?? []}
        locale={{ emptyText: t('booklets.empty') }}
        renderItem={(b) => (
          <List.Item
            key={b.id}
            actions={[
              <Button key="docx" icon={<DownloadOutlined />} onClick={() => void download(b)}>
                {t('booklets.download')}
              </Button>,
              ...(canWrite ? [<DistributeBookletButton key="distribute" booklet={b} />] : []),
            ]}
          >
            <Flex vertical gap={4}>
              <Typography.Text strong>{b.title}</Typography.Text>
              <Typography.Text type="secondary">
                {b.issuer} · {b.issuedOn} · {t('booklets.count', { count: b.exemplars.length })}
              </Typography.Text>
              <BookletDistributions booklet={b} />
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        title={t('booklets.create')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        width={mobile ? '100%' : 640}
        destroyOnHidden
      >
        <ProblemAlert error={create.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            create.mutate(
              { ...v, exemplarIds: v.exemplarIds ?? [] },
              {
                onSuccess: () => {
                  setOpen(false);
                  form.resetFields();
                },
              },
            )
          }
        >
          <Form.Item label={t('booklets.name')} name="title" rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('booklets.foreword')} name="foreword">
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
          </Form.Item>
          <Form.Item
            label={t('booklets.exemplars')}
            name="exemplarIds"
            initialValue={[]}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <ExemplarChoice aria-label={t('booklets.exemplars')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
