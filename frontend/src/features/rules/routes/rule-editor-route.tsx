import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { applyFieldErrors } from '@/lib/form-errors';
import { useRule, useRuleDiff } from '../api/get-rule';
import { useNewDraft, useOpenConsultation, useRuleVersion, useUpdateVersion } from '../api/rule-versions';
import type { RichTextBlock, RuleCategory, RuleDetail, RuleVersion } from '../api/types';
import { useRuleAccess } from '../api/use-rule-access';
import { ClauseEditor, blockOf } from '../components/clause-editor';
import { DiffTable } from '../components/diff-table';
import { PublishVersionModal } from '../components/publish-version-modal';
import { RuleBody } from '../components/rule-body';
import { RuleComments } from '../components/rule-comments';

const categories: RuleCategory[] = ['WORK', 'STUDY', 'MEETING', 'LEAVE', 'SELF_BUILDING', 'OTHER'];
const kinds = ['DISTRICT', 'TOWNSHIP', 'STREET', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY'] as const;
type Tab = 'text' | 'comments' | 'diff';

/** /rules/editor/:ruleId — one rule's versions (?version=, ?tab=): draft, edit, consultation, comments, publish, diff. */
export function RuleEditorRoute() {
  const { ruleId: raw } = useParams();
  const ruleId = Number(raw);
  if (!Number.isInteger(ruleId) || ruleId <= 0) return <NotFoundResult />;
  return <RuleEditor ruleId={ruleId} />;
}

function RuleEditor({ ruleId }: { ruleId: number }) {
  const { t } = useTranslation('rules');
  const { canWrite } = useRuleAccess();
  const [params, setParams] = useSearchParams();
  const rule = useRule(ruleId);
  const newDraft = useNewDraft();
  const versions = rule.data?.versions ?? [];
  const versionId = Number(params.get('version')) || versions[0]?.id;
  const version = useRuleVersion(versionId);

  if (rule.isPending) return <Skeleton active />;
  if (rule.isError) return <QueryErrorResult error={rule.error} onRetry={() => void rule.refetch()} />;
  const writer = canWrite && rule.data.writable;
  const open = versions.find((v) => v.status === 'DRAFT' || v.status === 'CONSULTATION');
  const set = (changes: Record<string, string>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      Object.entries(changes).forEach(([k, v]) => next.set(k, v));
      return next;
    });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {rule.data.code} {versions[0]?.title}
        </Typography.Title>
        {writer && !open && (
          <Button
            type="primary"
            loading={newDraft.isPending}
            onClick={() =>
              newDraft.mutate(ruleId, { onSuccess: (v) => set({ version: String(v.id), tab: 'text' }) })
            }
          >
            {t('editor.newDraft')}
          </Button>
        )}
      </Flex>
      <ProblemAlert error={newDraft.error} />
      <Select
        aria-label={t('editor.version')}
        value={versionId}
        onChange={(id) => set({ version: String(id) })}
        options={versions.map((v) => ({
          value: v.id,
          label: `${t('diff.version', { number: v.number, from: v.effectiveFrom ?? '—' })} · ${t(`status.${v.status}`)}`,
        }))}
        style={{ maxWidth: 360 }}
      />
      {version.isError ? (
        <QueryErrorResult error={version.error} onRetry={() => void version.refetch()} />
      ) : !version.data ? (
        <Skeleton active />
      ) : (
        <VersionPane
          key={`${version.data.id}-${version.data.version}`}
          rule={rule.data}
          version={version.data}
          writer={writer && version.data.writable}
          tab={(params.get('tab') as Tab | null) ?? 'text'}
          onTab={(tab) => set({ tab })}
        />
      )}
    </Flex>
  );
}

interface PaneProps {
  rule: RuleDetail;
  version: RuleVersion;
  writer: boolean;
  tab: Tab;
  onTab: (tab: Tab) => void;
}

function VersionPane({ rule, version: v, writer, tab, onTab }: PaneProps) {
  const { t } = useTranslation('rules');
  const editable = writer && (v.status === 'DRAFT' || v.status === 'CONSULTATION');
  const index = rule.versions.findIndex((x) => x.id === v.id);
  const previous = index >= 0 ? rule.versions[index + 1] : undefined;
  const diff = useRuleDiff(tab === 'diff' ? previous?.id : undefined, v.id);
  return (
    <Card size="small">
      <Flex gap={4} wrap style={{ marginBottom: 8 }}>
        <Tag color={v.status === 'PUBLISHED' ? 'blue' : v.status === 'SUPERSEDED' ? undefined : 'orange'}>
          {t(`status.${v.status}`)}
        </Tag>
        <Tag>{t(`category.${v.category}`)}</Tag>
        {v.effectiveFrom && <Tag>{t('rulebook.version', { number: v.number, from: v.effectiveFrom })}</Tag>}
        {v.changeNote && <Typography.Text type="secondary">{v.changeNote}</Typography.Text>}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => onTab(key as Tab)}
        items={[
          {
            key: 'text',
            label: editable ? t('editor.edit') : t('editor.text'),
            children: editable ? <VersionForm version={v} rule={rule} /> : <RuleBody body={v.body} />,
          },
          {
            key: 'comments',
            label: t('comments.title'),
            children: <RuleComments versionId={v.id} canAnswer={writer && v.status === 'CONSULTATION'} />,
          },
          {
            key: 'diff',
            label: t('editor.diff'),
            disabled: !previous,
            children: (
              <>
                <ProblemAlert error={diff.error} />
                {diff.isPending && previous ? (
                  <Skeleton active />
                ) : (
                  diff.data && <DiffTable diff={diff.data} />
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

interface Values {
  title: string;
  category: RuleCategory;
  appliesTo: RuleVersion['appliesTo'];
  changeNote?: string | null;
  blocks: RichTextBlock[];
}

/** A draft (or a version under consultation) in a form; saving sends the whole version with its row version. */
function VersionForm({ version: v, rule }: { version: RuleVersion; rule: RuleDetail }) {
  const { t } = useTranslation('rules');
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const update = useUpdateVersion();
  const consult = useOpenConsultation();
  const [publishing, setPublishing] = useState(false);
  const inForce = rule.versions.find((x) => x.status === 'PUBLISHED');

  function save(values: Values) {
    update.mutate(
      {
        id: v.id,
        body: {
          title: values.title,
          category: values.category,
          appliesTo: values.appliesTo,
          obligation: v.obligation,
          changeNote: values.changeNote?.trim() || null,
          body: { blocks: values.blocks.map(blockOf) },
          version: v.version,
        },
      },
      {
        onSuccess: () => void message.success(t('editor.saved')),
        onError: (e) => applyFieldErrors(form, e, ['title', 'category', 'appliesTo', 'changeNote']),
      },
    );
  }

  function openConsultation() {
    modal.confirm({
      title: t('editor.consultConfirm', { number: v.number }),
      okText: t('editor.consult'),
      cancelText: tc('action.cancel'),
      onOk: () =>
        consult.mutateAsync(v.id).then(
          () => void message.success(t('editor.consulting')),
          () => undefined,
        ),
    });
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{
        title: v.title,
        category: v.category,
        appliesTo: v.appliesTo,
        changeNote: v.changeNote,
        blocks: v.body.blocks,
      }}
    >
      <ProblemAlert error={update.error ?? consult.error} />
      <Form.Item name="title" label={t('editor.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="category" label={t('editor.category')} style={{ minWidth: 160 }}>
          <Select options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="appliesTo" label={t('editor.appliesTo')}>
          <Checkbox.Group options={kinds.map((k) => ({ value: k, label: tc(`kind.${k}`) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="changeNote" label={t('editor.changeNote')}>
        <Input maxLength={500} />
      </Form.Item>
      <Typography.Text strong>{t('editor.body')}</Typography.Text>
      <div style={{ margin: '8px 0 16px' }}>
        <ClauseEditor name="blocks" />
      </div>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('editor.save')}
        </Button>
        {v.status === 'DRAFT' && (
          <Button onClick={openConsultation} loading={consult.isPending}>
            {t('editor.consult')}
          </Button>
        )}
        <Button danger onClick={() => setPublishing(true)}>
          {t('editor.publish')}
        </Button>
        <Button type="text" onClick={() => void navigate('/rules/editor')}>
          {t('editor.back')}
        </Button>
      </Flex>
      {publishing && (
        <PublishVersionModal version={v} inForce={inForce} onClose={() => setPublishing(false)} />
      )}
    </Form>
  );
}
