import { App, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { applyFieldErrors } from '@/lib/form-errors';
import { useRuleDiff } from '../api/get-rule';
import { useCommentOnDraft, useConsultations } from '../api/consultations';
import { useRuleVersion } from '../api/rule-versions';
import type { RuleConsultation } from '../api/types';
import { DiffTable } from '../components/diff-table';
import { RuleBody } from '../components/rule-body';
import { RuleComments } from '../components/rule-comments';

/**
 * /rules/consultations — 征求意见 from below: the drafts of the units above that bind the caller's unit; one
 * opened (?version=) shows what changes against the version in force, and takes comments per clause or overall,
 * with the owner's answers beneath. Designed at 390 px: the diff stacks, the form is one column.
 */
export function ConsultationsRoute() {
  const { t } = useTranslation('rules');
  const list = useConsultations();
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('version')) || undefined;

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  const open = list.data.find((c) => c.draft.id === chosen);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('consultation.title')}
      </Typography.Title>
      {list.data.length === 0 ? (
        <Empty description={t('consultation.empty')} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={t('consultation.title')}>
          {list.data.map((c) => (
            <Card
              key={c.draft.id}
              size="small"
              role="listitem"
              aria-current={c.draft.id === chosen}
              style={c.draft.id === chosen ? { borderColor: '#1677ff' } : undefined}
            >
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {c.code} {c.draft.title}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('consultation.line', { owner: c.owner.name, number: c.draft.number })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('consultation.counts', { comments: c.comments, answered: c.answered })}
                  </Typography.Text>
                </Flex>
                <Button
                  size="large"
                  type={c.draft.id === chosen ? 'default' : 'primary'}
                  onClick={() => setParams({ version: String(c.draft.id) })}
                >
                  {t('consultation.open')}
                </Button>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      {open && <ConsultationDraft key={open.draft.id} consultation={open} />}
    </Flex>
  );
}

interface CommentValues {
  clause?: string;
  text: string;
}

function ConsultationDraft({ consultation: c }: { consultation: RuleConsultation }) {
  const { t } = useTranslation('rules');
  const { message } = App.useApp();
  const draft = useRuleVersion(c.draft.id);
  const diff = useRuleDiff(c.inForce?.id, c.draft.id);
  const comment = useCommentOnDraft();
  const [form] = Form.useForm<CommentValues>();
  const clauses = (draft.data?.body.blocks ?? []).filter((b) => b.type === 'CLAUSE' && b.number);

  function submit(v: CommentValues) {
    comment.mutate(
      { versionId: c.draft.id, clause: v.clause ?? null, text: v.text.trim() },
      {
        onSuccess: () => {
          void message.success(t('consultation.sentOk'));
          form.resetFields();
        },
        onError: (e) => applyFieldErrors(form, e, ['clause', 'text']),
      },
    );
  }

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={
          <Flex gap={8} wrap align="center">
            <Tag color="orange">{t('status.CONSULTATION')}</Tag>
            <span>{c.draft.title}</span>
          </Flex>
        }
      >
        {c.inForce ? (
          diff.isPending ? (
            <Skeleton active />
          ) : diff.isError ? (
            <ProblemAlert error={diff.error} />
          ) : (
            <DiffTable diff={diff.data} />
          )
        ) : draft.data ? (
          <>
            <Typography.Paragraph type="secondary">{t('consultation.new')}</Typography.Paragraph>
            <RuleBody body={draft.data.body} />
          </>
        ) : (
          <Skeleton active />
        )}
      </Card>
      <Card size="small" title={t('consultation.comment')}>
        <ProblemAlert error={comment.error} />
        <Form<CommentValues> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="clause" label={t('consultation.clause')}>
            <Select
              allowClear
              aria-label={t('consultation.clause')}
              placeholder={t('consultation.whole')}
              options={clauses.map((b) => ({
                value: b.number as string,
                label: `${b.number} ${(b.text ?? '').slice(0, 30)}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('consultation.text')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={comment.isPending}>
            {t('consultation.send')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('comments.title')}>
        <RuleComments versionId={c.draft.id} canAnswer={false} />
      </Card>
    </Flex>
  );
}
