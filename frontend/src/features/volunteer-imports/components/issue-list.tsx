import { Button, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useImportIssues } from '../api/get-import-issues';
import type { ImportId, ImportIssue, IssueSeverity } from '../api/types';
import { PlainList } from './plain-list';

/** "第 17 行 · C 列（身份证号码）：…": the row and column as the clerk sees them in Excel. */
export function useIssueText() {
  const { t } = useTranslation('volunteerImports');
  return (issue: ImportIssue) => {
    const base = { row: issue.rowNumber, column: issue.column, header: issue.header, message: issue.message };
    if (!issue.column) return t('report.issueRow', base);
    return issue.header ? t('report.issue', base) : t('report.issueNoHeader', base);
  };
}

export function IssueList({ id, severity }: { id: ImportId; severity: IssueSeverity }) {
  const { t } = useTranslation(['volunteerImports', 'common']);
  const issues = useImportIssues(id, severity);
  const text = useIssueText();
  const rows = issues.data?.pages.flatMap((page) => page.items) ?? [];

  if (issues.isPending) return <Skeleton active />;
  if (issues.error) return <ProblemAlert error={issues.error} />;
  if (rows.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={severity === 'ERROR' ? t('report.noErrors') : t('report.noWarnings')}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      <PlainList
        items={rows}
        itemKey={(issue) => `${issue.rowNumber}-${issue.column ?? ''}-${issue.code}`}
        label={severity === 'ERROR' ? t('report.rejected') : t('report.withWarnings')}
        render={(issue) => (
          <Flex gap={8} align="baseline" style={{ minWidth: 0 }}>
            <Tag color={severity === 'ERROR' ? 'error' : 'warning'} style={{ flexShrink: 0 }}>
              {t('report.row', { row: issue.rowNumber })}
            </Tag>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>{text(issue)}</Typography.Text>
          </Flex>
        )}
      />
      {issues.hasNextPage && (
        <Button block loading={issues.isFetchingNextPage} onClick={() => void issues.fetchNextPage()}>
          {t('common:action.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
