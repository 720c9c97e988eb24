import { Drawer, Flex, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useRule, useRuleDiff } from '../api/get-rule';
import { DiffTable } from './diff-table';

/** Every version of a rule, and the diff between any two (default: the first and the latest). */
export function RuleVersionsDrawer({ ruleId, onClose }: { ruleId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation('rules');
  const rule = useRule(ruleId);
  const versions = rule.data?.versions ?? [];
  const [chosenFrom, setFrom] = useState<number>();
  const [chosenTo, setTo] = useState<number>();
  // Default: the first version against the latest.
  const from = chosenFrom ?? (versions.length > 1 ? versions[versions.length - 1]?.id : undefined);
  const to = chosenTo ?? (versions.length > 1 ? versions[0]?.id : undefined);
  const diff = useRuleDiff(from, to);
  const options = versions.map((v) => ({
    value: v.id,
    label: t('diff.version', { number: v.number, from: v.effectiveFrom ?? '—' }),
  }));

  return (
    <Drawer
      open={ruleId !== undefined}
      onClose={onClose}
      title={t('versions.title')}
      width="min(720px, 100vw)"
    >
      {rule.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <ProblemAlert error={rule.error} />
          <Timeline
            items={versions.map((v) => ({
              children: (
                <span>
                  {t('diff.version', { number: v.number, from: v.effectiveFrom ?? '—' })}{' '}
                  <Tag>{t(`status.${v.status}`)}</Tag>
                  {v.changeNote && <Typography.Text type="secondary"> {v.changeNote}</Typography.Text>}
                </span>
              ),
            }))}
          />
          {versions.length > 1 && (
            <Flex gap={8} wrap>
              <Select
                aria-label={t('diff.from')}
                value={from}
                options={options}
                onChange={setFrom}
                style={{ minWidth: 160 }}
              />
              <Select
                aria-label={t('diff.to')}
                value={to}
                options={options}
                onChange={setTo}
                style={{ minWidth: 160 }}
              />
            </Flex>
          )}
          <ProblemAlert error={diff.error} />
          {diff.data && <DiffTable diff={diff.data} />}
        </Flex>
      )}
    </Drawer>
  );
}
