import { Card, Flex, List, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useTrainingTypes } from '../api/get-training-types';
import { useTrainings } from '../api/get-trainings';
import type { TrainingSessionSummary } from '../api/types';
import { useTrainingAccess } from '../api/use-training-access';
import { SessionStateTag, useTypeName } from '../components/tags';
import { YearPlanCard } from '../components/year-plan-card';

/** 培训安排: the unit's yearly plan, then the sessions of the caller's subtree, latest first; the filters live in the URL. */
export function SessionsRoute() {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? undefined;
  const sessions = useTrainings(type);
  const types = useTrainingTypes();
  const typeName = useTypeName();
  const { canPlan } = useTrainingAccess();
  const me = useCurrentUser();
  const thisYear = new Date().getFullYear();
  const planYear = Number(params.get('planYear')) || thisYear;

  if (sessions.isPending) return <Card loading />;
  if (sessions.error)
    return <QueryErrorResult error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const items = sessions.data.items;
  const dates = (s: TrainingSessionSummary) =>
    s.startsOn === s.endsOn ? s.startsOn : t('dates', { from: s.startsOn, to: s.endsOn });

  return (
    <Flex vertical gap={16}>
      <YearPlanCard
        year={planYear}
        years={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2]}
        onYear={(y) =>
          setParams((p) => {
            const next = new URLSearchParams(p);
            if (y === thisYear) next.delete('planYear');
            else next.set('planYear', String(y));
            return next;
          })
        }
        canPlan={canPlan}
        unitId={me.unit?.id}
      />
      <Card
        title={t('list.title')}
        extra={
          canPlan && (
            <LinkButton to="/trainings/new" type="primary">
              {t('list.new')}
            </LinkButton>
          )
        }
        styles={mobile ? { body: { padding: 12 } } : undefined}
      >
        <Flex vertical gap={12}>
          <Select
            aria-label={t('list.columns.type')}
            style={{ width: mobile ? '100%' : 200 }}
            value={type ?? ''}
            onChange={(v) =>
              setParams((p) => {
                const next = new URLSearchParams(p);
                if (v) next.set('type', v);
                else next.delete('type');
                return next;
              })
            }
            options={[
              { value: '', label: t('list.allTypes') },
              ...(types.data ?? []).map((ty) => ({ value: ty.code, label: typeName(ty) })),
            ]}
          />
          {mobile ? (
            <List
              aria-label={t('list.title')}
              dataSource={items}
              locale={{ emptyText: t('list.empty') }}
              renderItem={(s) => (
                <List.Item>
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Link to={`/trainings/${s.id}`}>{s.title}</Link>
                    <Typography.Text type="secondary">
                      {typeName(s.type)} · {s.organiser.name} · {dates(s)}
                    </Typography.Text>
                    <Flex justify="space-between">
                      <SessionStateTag session={s} />
                      <span>{t('counts', { trained: s.trained, required: s.required })}</span>
                    </Flex>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Table<TrainingSessionSummary>
              aria-label={t('list.title')}
              rowKey="id"
              dataSource={items}
              locale={{ emptyText: t('list.empty') }}
              pagination={items.length > 20 ? { pageSize: 20 } : false}
              columns={[
                {
                  title: t('list.columns.title'),
                  render: (_, s) => <Link to={`/trainings/${s.id}`}>{s.title}</Link>,
                },
                { title: t('list.columns.type'), render: (_, s) => typeName(s.type) },
                { title: t('list.columns.organiser'), render: (_, s) => s.organiser.name },
                { title: t('list.columns.dates'), render: (_, s) => dates(s) },
                { title: t('list.columns.status'), render: (_, s) => <SessionStateTag session={s} /> },
                {
                  title: t('list.columns.attendance'),
                  render: (_, s) => t('counts', { trained: s.trained, required: s.required }),
                },
              ]}
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
