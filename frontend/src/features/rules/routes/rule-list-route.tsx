import { EditOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoUnitResult } from '@/components/no-unit-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useCurrentUser } from '@/lib/current-user';
import { useIssuedRules } from '../api/rule-versions';

/** /rules/editor — the rules the caller's unit issues: the latest version of each and the one in force. */
export function RuleListRoute() {
  const me = useCurrentUser();
  return me.unit ? <RuleList unitId={me.unit.id} /> : <NoUnitResult />;
}

function RuleList({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rules');
  const rules = useIssuedRules(unitId);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('editor.listTitle')}
      </Typography.Title>
      {rules.isPending ? (
        <Skeleton active />
      ) : rules.isError ? (
        <QueryErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.length === 0 ? (
        <Empty description={t('editor.listEmpty')} />
      ) : (
        rules.data.map((r) => (
          <Card key={r.id} size="small" role="article" aria-label={`${r.code} ${r.latest.title}`}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {r.code} {r.latest.title}
                </Typography.Text>
                <Flex gap={4} wrap>
                  {r.inForce && (
                    <Tag color="blue">
                      {t('rulebook.version', {
                        number: r.inForce.number,
                        from: r.inForce.effectiveFrom ?? '—',
                      })}
                    </Tag>
                  )}
                  {r.latest.id !== r.inForce?.id && (
                    <Tag color="orange">
                      {t('editor.latest', {
                        number: r.latest.number,
                        status: t(`status.${r.latest.status}`),
                      })}
                    </Tag>
                  )}
                </Flex>
              </Flex>
              <Link to={`/rules/editor/${r.id}?version=${r.latest.id}`}>
                <EditOutlined /> {t('editor.open')}
              </Link>
            </Flex>
          </Card>
        ))
      )}
    </Flex>
  );
}
