import { LockOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useFinaliseInspection, useInspectionSheet, useScoreInspection } from '../api/inspection-scores';
import { useInspection } from '../api/inspections';
import type { InspectionSheetRow, InspectionSummary } from '../api/types';
import { useRuleAccess } from '../api/use-rule-access';

/** /rules/inspections/:id/score?unit= — 评分: one unit at a time, one card per rule (a phone's width), then 结束检查. */
export function InspectionScoringRoute() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundResult />;
  return <Scoring id={id} />;
}

function Scoring({ id }: { id: number }) {
  const { t } = useTranslation('rules');
  const { t: tc } = useTranslation();
  const { modal, message } = App.useApp();
  const { canWrite } = useRuleAccess();
  const [params, setParams] = useSearchParams();
  const round = useInspection(id);
  const finalise = useFinaliseInspection(id);
  const unitId = Number(params.get('unit')) || round.data?.units[0]?.unit.id;
  const sheet = useInspectionSheet(id, unitId);

  if (round.isPending) return <Skeleton active />;
  if (round.isError) return <QueryErrorResult error={round.error} onRetry={() => void round.refetch()} />;
  const summary = round.data.summary;
  const editable = canWrite && summary.writable && summary.status === 'OPEN';

  function confirmFinalise(s: InspectionSummary) {
    modal.confirm({
      title: t('scoring.finaliseConfirm', { title: s.title }),
      content: t('scoring.finaliseHint'),
      okText: t('scoring.finalise'),
      okButtonProps: { danger: true },
      cancelText: tc('action.cancel'),
      onOk: () =>
        finalise.mutateAsync(s.version).then(
          () => void message.success(t('scoring.finalised')),
          () => undefined,
        ),
    });
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {summary.title}
        </Typography.Title>
        {editable && (
          <Button danger loading={finalise.isPending} onClick={() => confirmFinalise(summary)}>
            {t('scoring.finalise')}
          </Button>
        )}
      </Flex>
      {summary.status === 'FINAL' && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('scoring.locked', { by: summary.finalisedBy ?? '' })}
        />
      )}
      <ProblemAlert error={finalise.error} />
      {round.data.units.length === 0 ? (
        <Empty description={t('scoring.noUnits')} />
      ) : (
        <Select
          aria-label={t('inspections.unit')}
          value={unitId}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(unit) => setParams({ unit: String(unit) })}
          options={round.data.units.map((u) => ({
            value: u.unit.id,
            label: `${u.unit.name}（${u.rulesScored}/${u.rulesApplicable}）`,
          }))}
          size="large"
        />
      )}
      {sheet.isError ? (
        <QueryErrorResult error={sheet.error} onRetry={() => void sheet.refetch()} />
      ) : sheet.isPending ? (
        unitId !== undefined && <Skeleton active />
      ) : (
        sheet.data.rules.map((row) => (
          <ScoreCard
            key={`${sheet.data.unit.id}-${row.ruleId}`}
            roundId={id}
            unitId={sheet.data.unit.id}
            maxScore={summary.maxScore}
            row={row}
            editable={editable}
          />
        ))
      )}
    </Flex>
  );
}

interface CardProps {
  roundId: number;
  unitId: number;
  maxScore: number;
  row: InspectionSheetRow;
  editable: boolean;
}

function ScoreCard({ roundId, unitId, maxScore, row, editable }: CardProps) {
  const { t } = useTranslation('rules');
  const score = useScoreInspection(roundId);
  const [value, setValue] = useState<number | null>(row.score);
  const [findings, setFindings] = useState(row.findings ?? '');
  const changed = value !== row.score || findings !== (row.findings ?? '');
  const label = `${row.code} ${row.title}`;
  return (
    <Card size="small" role="article" aria-label={label}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Tag>{row.code}</Tag>
          <Typography.Text strong>{row.title}</Typography.Text>
          {row.score !== null && (
            <Tag color="blue">{t('scoring.scored', { score: row.score, max: maxScore })}</Tag>
          )}
        </Flex>
        {row.due > 0 && (
          <Typography.Text type={row.met < row.due ? 'warning' : 'secondary'}>
            {t('scoring.evidence', { met: row.met, due: row.due })}
            {row.missing.length > 0 ? t('scoring.missing', { periods: row.missing.join('、') }) : ''}
          </Typography.Text>
        )}
        {editable ? (
          <>
            <ProblemAlert error={score.error} />
            <InputNumber
              aria-label={t('scoring.score', { rule: label })}
              min={0}
              max={maxScore}
              precision={0}
              inputMode="numeric"
              size="large"
              value={value}
              onChange={setValue}
              suffix={`/ ${maxScore}`}
              style={{ width: '100%' }}
            />
            <Input.TextArea
              aria-label={t('scoring.findings', { rule: label })}
              placeholder={t('scoring.findingsHint')}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={2000}
              value={findings}
              onChange={(e) => setFindings(e.target.value)}
            />
            <Button
              type="primary"
              block
              disabled={value === null || !changed}
              loading={score.isPending}
              onClick={() =>
                value !== null &&
                score.mutate({ unitId, ruleId: row.ruleId, score: value, findings: findings.trim() || null })
              }
            >
              {t('scoring.save')}
            </Button>
          </>
        ) : (
          row.findings && <Typography.Paragraph style={{ margin: 0 }}>{row.findings}</Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}
