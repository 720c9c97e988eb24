import { Alert, Button, Card, Col, Flex, Row, Statistic, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '@/hooks/use-is-mobile';
import type { ImportSummary, VolunteerImport } from '../api/types';
import { ChangeList } from './change-list';
import { DownloadRejectedButton } from './download-rejected-button';
import { IssueList } from './issue-list';

type Counted = keyof Omit<ImportSummary, 'totalRows'>;

const cards: { key: Counted; color?: string }[] = [
  { key: 'toCreate', color: '#389e0d' },
  { key: 'toUpdate', color: '#1677ff' },
  { key: 'unchanged' },
  { key: 'rejected', color: '#cf1322' },
  { key: 'withWarnings', color: '#d48806' },
];

/** Step 3 (预检): what the commit would do, and every problem named by row and column. */
export function ImportReport({
  imp,
  onRemap,
  onNext,
  onDiscard,
}: {
  imp: VolunteerImport;
  onRemap: () => void;
  onNext: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('volunteerImports');
  const mobile = useIsMobile();
  const summary = imp.summary!;
  const earlier = imp.sameFileAs;

  const tabs = [
    { key: 'errors', count: summary.rejected, label: t('report.tabErrors', { count: summary.rejected }) },
    {
      key: 'warnings',
      count: summary.withWarnings,
      label: t('report.tabWarnings', { count: summary.withWarnings }),
    },
    { key: 'create', count: summary.toCreate, label: t('report.tabCreate', { count: summary.toCreate }) },
    { key: 'update', count: summary.toUpdate, label: t('report.tabUpdate', { count: summary.toUpdate }) },
  ];
  const first = tabs.find((tab) => tab.count > 0)?.key ?? 'create';

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('report.title')}
        </Typography.Title>
        <Typography.Text>{t('report.total', { count: summary.totalRows })}</Typography.Text>
      </div>
      {earlier && (
        <Alert
          type="info"
          showIcon
          title={t('report.sameFile', {
            date: dayjs(earlier.committedAt).format('YYYY-MM-DD HH:mm'),
            user: earlier.createdBy,
            file: earlier.fileName,
          })}
        />
      )}
      <Row gutter={[8, 8]}>
        {cards.map(({ key, color }) => (
          <Col key={key} xs={12} sm={8} md={4} flex={mobile ? undefined : 'auto'}>
            <Card size="small" data-testid={`summary-${key}`}>
              <Statistic
                title={t(`report.${key}`)}
                value={summary[key]}
                styles={{ content: color && summary[key] > 0 ? { color } : undefined }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Tabs
        defaultActiveKey={first}
        destroyOnHidden
        items={tabs.map(({ key, label }) => ({
          key,
          label,
          children:
            key === 'errors' ? (
              <IssueList id={imp.id} severity="ERROR" />
            ) : key === 'warnings' ? (
              <IssueList id={imp.id} severity="WARNING" />
            ) : (
              <ChangeList id={imp.id} action={key === 'create' ? 'CREATE' : 'UPDATE'} />
            ),
        }))}
      />
      <Flex gap={8} justify="flex-end" wrap vertical={mobile}>
        <Button danger type="text" onClick={onDiscard} block={mobile}>
          {t('mapping.discard')}
        </Button>
        {summary.rejected > 0 && <DownloadRejectedButton id={imp.id} block={mobile} />}
        <Button onClick={onRemap} block={mobile}>
          {t('report.remap')}
        </Button>
        <Button type="primary" size="large" onClick={onNext} block={mobile}>
          {t('report.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
