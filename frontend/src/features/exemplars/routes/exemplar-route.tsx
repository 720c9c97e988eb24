import { Button, Card, Descriptions, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useExemplar, useResubmit, useSubmitToCity } from '../api/exemplars';
import { useCategoryName } from '../api/categories';
import type { Exemplar } from '../api/types';
import { ReviewPanel } from '../components/review-panel';
import { StatusTag } from '../components/status-tag';
import { WriteUp } from '../components/write-up';

/** /exemplars/:id — the write-up with its photos, where it stands, every step, its meetings and the city's answer. */
export function ExemplarRoute() {
  const { t } = useTranslation('exemplars');
  const { id } = useParams();
  const numeric = Number(id);
  const query = useExemplar(Number.isSafeInteger(numeric) && numeric > 0 ? numeric : undefined);
  const mobile = useIsMobile();
  const categoryName = useCategoryName();
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const e = query.data;
  return (
    <Card
      title={<span style={{ whiteSpace: 'normal' }}>{e.title}</span>}
      styles={mobile ? { body: { padding: 12 } } : undefined}
      data-testid="exemplar-detail"
    >
      <Flex vertical gap={16}>
        <Flex wrap gap={8} align="center">
          <StatusTag status={e.status} />
          <Tag>{categoryName(e.category)}</Tag>
          {e.awaiting && (
            <Typography.Text type="secondary">{t(`detail.awaiting.${e.awaiting}`)}</Typography.Text>
          )}
        </Flex>
        <Descriptions column={mobile ? 1 : 2} size="small">
          <Descriptions.Item label={t('field.unit')}>{e.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('field.year')}>{e.year}</Descriptions.Item>
          <Descriptions.Item label={t('field.subjectName')}>{e.subjectName}</Descriptions.Item>
        </Descriptions>
        <Actions exemplar={e} />
        <ReviewPanel exemplar={e} />
        <WriteUp body={e.body} />
        {e.meetings.length > 0 && (
          <section aria-label={t('detail.meetings')}>
            <Typography.Title level={5}>{t('detail.meetings')}</Typography.Title>
            {e.meetings.map((m) => (
              <div key={m.id}>
                <Link to={`/exemplars/meetings?id=${m.id}`}>{m.title}</Link>{' '}
                <Typography.Text type="secondary">{m.heldOn}</Typography.Text>
              </div>
            ))}
          </section>
        )}
        {e.city.submittedOn && (
          <section aria-label={t('detail.city')}>
            <Typography.Title level={5}>{t('detail.city')}</Typography.Title>
            <Typography.Text>{t('detail.submittedOn', { date: e.city.submittedOn })}</Typography.Text>{' '}
            {e.city.adopted === true && (
              <Tag color="magenta">{t('detail.adoptedIn', { book: e.city.book ?? '' })}</Tag>
            )}
            {e.city.adopted === false && <Tag>{t('detail.notAdopted')}</Tag>}
            {e.city.adopted == null && <Tag>{t('detail.pending')}</Tag>}
          </section>
        )}
        <section aria-label={t('detail.history')}>
          <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
          <Timeline
            items={e.history.map((s) => ({
              key: s.id,
              children: (
                <>
                  <Typography.Text strong>
                    {t(`action.${s.action}`, { defaultValue: s.action })}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {s.actedByName} · {new Date(s.actedAt).toLocaleDateString()}
                  </Typography.Text>
                  {s.comment && <div>{s.comment}</div>}
                </>
              ),
            }))}
          />
        </section>
      </Flex>
    </Card>
  );
}

function Actions({ exemplar: e }: { exemplar: Exemplar }) {
  const { t } = useTranslation('exemplars');
  const me = useCurrentUser();
  const resubmit = useResubmit(e.id);
  const toCity = useSubmitToCity(e.id);
  const writer = me.roles.some(
    (r) => r === 'district-admin' || r === 'township-staff' || r === 'village-staff',
  );
  const canResubmit = writer && e.status === 'RETURNED';
  const canSubmit = me.roles.includes('district-admin') && e.status === 'APPROVED' && !e.city.submittedOn;
  const canEdit = writer && (e.status === 'RETURNED' || e.status === 'SUBMITTED');
  if (!canResubmit && !canSubmit && !canEdit) return null;
  return (
    <Flex vertical gap={8}>
      <ProblemAlert error={resubmit.error ?? toCity.error} />
      <Flex wrap gap={8}>
        {canEdit && <LinkButton to={`/exemplars/${e.id}/edit`}>{t('detail.edit')}</LinkButton>}
        {canResubmit && (
          <Button type="primary" loading={resubmit.isPending} onClick={() => resubmit.mutate()}>
            {t('detail.resubmit')}
          </Button>
        )}
        {canSubmit && (
          <Button loading={toCity.isPending} onClick={() => toCity.mutate()}>
            {t('detail.submitToCity')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
