import { DownloadOutlined, HistoryOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NoUnitResult } from '@/components/no-unit-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { problemText } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/current-user';
import { downloadRulebook, useRulebook } from '../api/get-rulebook';
import { RuleBody } from '../components/rule-body';
import { RuleVersionsDrawer } from '../components/rule-versions-drawer';

/** /rules — the rulebook in force for the caller's unit on a day (?on=), print view, DOCX, versions and diffs. */
export function RulebookRoute() {
  const me = useCurrentUser();
  return me.unit ? <Rulebook unitId={me.unit.id} /> : <NoUnitResult />;
}

function Rulebook({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rules');
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const on = params.get('on') ?? dayjs().format('YYYY-MM-DD');
  const book = useRulebook(unitId, on);
  const [versionsOf, setVersionsOf] = useState<number>();

  async function docx() {
    try {
      await downloadRulebook(unitId, on);
    } catch (e) {
      void message.error(problemText(e) ?? t('error'));
    }
  }

  return (
    <Flex vertical gap={16} className="rulebook-print">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rulebook.title')}
        </Typography.Title>
        <Flex gap={8} wrap className="no-print">
          <DatePicker
            aria-label={t('rulebook.on')}
            allowClear={false}
            value={dayjs(on)}
            onChange={(d) => setParams(d ? { on: d.format('YYYY-MM-DD') } : {})}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('rulebook.print')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void docx()}>
            {t('rulebook.docx')}
          </Button>
        </Flex>
      </Flex>
      {book.isPending ? (
        <Skeleton active />
      ) : book.isError ? (
        <QueryErrorResult error={book.error} onRetry={() => void book.refetch()} />
      ) : book.data.rules.length === 0 ? (
        <Empty description={t('rulebook.empty', { on })} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('rulebook.summary', { unit: book.data.unit.name, on, count: book.data.rules.length })}
          </Typography.Text>
          {book.data.rules.map((rule) => (
            <Card
              key={rule.ruleId}
              size="small"
              title={rule.title}
              role="article"
              aria-label={rule.title}
              extra={
                <Button
                  size="small"
                  className="no-print"
                  icon={<HistoryOutlined />}
                  onClick={() => setVersionsOf(rule.ruleId)}
                >
                  {t('versions.open')}
                </Button>
              }
            >
              <Flex gap={4} wrap style={{ marginBottom: 8 }}>
                <Tag>{rule.code}</Tag>
                <Tag color="blue">
                  {t('rulebook.version', { number: rule.number, from: rule.effectiveFrom })}
                </Tag>
                <Tag>{rule.owner.name}</Tag>
                {rule.obligation && (
                  <Tag color="green">
                    {t(`obligation.${rule.obligation.kind}.${rule.obligation.frequency}`)}
                  </Tag>
                )}
              </Flex>
              <RuleBody body={rule.body} />
            </Card>
          ))}
        </>
      )}
      <RuleVersionsDrawer
        key={versionsOf ?? 0}
        ruleId={versionsOf}
        onClose={() => setVersionsOf(undefined)}
      />
      <style>
        {
          '@media print { .no-print, nav, header, aside { display: none !important; } @page { size: A4; margin: 2.5cm 2.6cm; } }'
        }
      </style>
    </Flex>
  );
}
