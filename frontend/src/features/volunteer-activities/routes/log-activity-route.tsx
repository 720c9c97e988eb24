import { SwapOutlined } from '@ant-design/icons';
import { Button, Card, ConfigProvider, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseOrgUnitId } from '@/api/ids';
import { LinkButton } from '@/components/link-button';
import { NoUnitResult } from '@/components/no-unit-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useVolunteer } from '@/features/volunteers/api/get-volunteer';
import { useCurrentUser } from '@/lib/current-user';
import type { Activity } from '../api/types';
import { hoursText } from '../components/options';
import { type PickedPerson, PersonPicker } from '../components/person-picker';
import { QuickActivityForm } from '../components/quick-activity-form';

/**
 * /activities/new — village staff log an activity on a phone in a few taps, in large type:
 * pick the person (or come with ?volunteerId= from their page), tap the area, save.
 */
export function LogActivityRoute() {
  const { t } = useTranslation('activities');
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const preselected = parseOrgUnitId(params.get('volunteerId') ?? undefined);
  const fromPage = useVolunteer(preselected);
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [saved, setSaved] = useState<Activity | null>(null);

  const person: PickedPerson | null =
    picked ?? (fromPage.data ? { id: fromPage.data.id, name: fromPage.data.name } : null);

  function again() {
    setSaved(null);
    setPicked(null);
    if (preselected !== undefined) setParams({}, { replace: true });
  }

  let content;
  if (saved) {
    content = (
      <Result
        status="success"
        title={t('log.successTitle')}
        subTitle={t('log.successText', {
          name: saved.volunteer.name ?? '',
          area: t(`area.${saved.area}`),
          hours: hoursText(saved.hours),
        })}
        extra={
          <Flex vertical gap={12}>
            <Button type="primary" block onClick={again} style={{ height: 56, fontSize: 18 }}>
              {t('action.again')}
            </Button>
            <LinkButton to={`/volunteers/${saved.volunteer.id}`} block style={{ height: 56, fontSize: 18 }}>
              {t('action.toPerson')}
            </LinkButton>
          </Flex>
        }
      />
    );
  } else if (preselected !== undefined && !picked && fromPage.isError) {
    content = <QueryErrorResult error={fromPage.error} onRetry={() => void fromPage.refetch()} />;
  } else if (preselected !== undefined && !picked && fromPage.isPending) {
    content = <Skeleton active />;
  } else if (!person) {
    content = me.unit ? <PersonPicker unitId={me.unit.id} onPick={setPicked} /> : <NoUnitResult />;
  } else {
    content = (
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong style={{ fontSize: 22 }} data-testid="picked-person">
              {person.name}
            </Typography.Text>
            <Button icon={<SwapOutlined />} onClick={again}>
              {t('action.change')}
            </Button>
          </Flex>
        </Card>
        <QuickActivityForm key={person.id} volunteerId={person.id} onSaved={setSaved} />
      </Flex>
    );
  }

  return (
    // Large type for phones held at arm's length by older staff.
    <ConfigProvider theme={{ token: { fontSize: 17, fontSizeLG: 18 } }}>
      <Flex vertical gap={16} style={{ maxWidth: 560, width: '100%', marginInline: 'auto' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {saved || person ? t('log.title') : t('log.pickPerson')}
        </Typography.Title>
        {content}
      </Flex>
    </ConfigProvider>
  );
}
