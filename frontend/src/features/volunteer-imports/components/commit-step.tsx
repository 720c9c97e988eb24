import { Alert, Button, Checkbox, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCommitImport } from '../api/commit-import';
import type { ImportMode, VolunteerImport } from '../api/types';

/**
 * Step 4 (确认导入): all or nothing, or the valid rows only. The server refuses all-or-nothing
 * while rows are rejected, and wants the warnings confirmed for it; the form says so up front.
 */
export function CommitStep({ imp, onBack }: { imp: VolunteerImport; onBack: () => void }) {
  const { t } = useTranslation('volunteerImports');
  const mobile = useIsMobile();
  const commit = useCommitImport();
  const { rejected, withWarnings } = imp.summary!;
  const [mode, setMode] = useState<ImportMode>(rejected > 0 ? 'VALID_ROWS' : 'ALL_OR_NOTHING');
  const [confirmWarnings, setConfirmWarnings] = useState(false);
  const needsConfirm = mode === 'ALL_OR_NOTHING' && withWarnings > 0 && !confirmWarnings;

  function submit() {
    commit.mutate({
      id: imp.id,
      body: { mode, ...(withWarnings > 0 ? { confirmWarnings } : {}), version: imp.version },
    });
  }

  const option = (value: ImportMode, title: string, help: string, disabled = false) => (
    <Radio value={value} disabled={disabled} style={{ alignItems: 'flex-start' }}>
      <Flex vertical>
        <Typography.Text strong disabled={disabled} style={{ fontSize: 16 }}>
          {title}
        </Typography.Text>
        <Typography.Text type="secondary">{help}</Typography.Text>
      </Flex>
    </Radio>
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('commit.title')}
      </Typography.Title>
      <ProblemAlert error={commit.error} />
      <Typography.Text strong id="import-mode">
        {t('commit.mode')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby="import-mode"
        value={mode}
        onChange={(e) => setMode(e.target.value as ImportMode)}
      >
        <Flex vertical gap={12}>
          {option('ALL_OR_NOTHING', t('commit.allOrNothing'), t('commit.allOrNothingHelp'), rejected > 0)}
          {option('VALID_ROWS', t('commit.validRows'), t('commit.validRowsHelp'))}
        </Flex>
      </Radio.Group>
      {rejected > 0 && (
        <Alert type="warning" showIcon title={t('commit.allOrNothingDisabled', { count: rejected })} />
      )}
      {withWarnings > 0 && (
        <Flex vertical gap={4}>
          <Checkbox checked={confirmWarnings} onChange={(e) => setConfirmWarnings(e.target.checked)}>
            {t('commit.confirmWarnings', { count: withWarnings })}
          </Checkbox>
          <Typography.Text type={needsConfirm ? 'danger' : 'secondary'}>
            {mode === 'ALL_OR_NOTHING' ? t('commit.confirmNeeded') : t('commit.skipWarnings')}
          </Typography.Text>
        </Flex>
      )}
      <Flex gap={8} justify="flex-end" wrap vertical={mobile}>
        <Button onClick={onBack} block={mobile}>
          {t('commit.back')}
        </Button>
        <Button
          type="primary"
          size="large"
          block={mobile}
          disabled={needsConfirm}
          loading={commit.isPending}
          onClick={submit}
          style={{ minWidth: 200, height: 52, fontSize: 18 }}
        >
          {t('commit.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
