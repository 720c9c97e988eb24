import { EditOutlined, EyeOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetail } from '@/api/types';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useRevealVolunteer } from '../api/reveal-volunteer';
import { ChangeStatusModal } from './change-status-modal';
import { nextStatuses } from './options';
import { VolunteerStatusTag } from './volunteer-status-tag';

/** One person: masked numbers until 查看完整信息 (recorded by the server), status and actions. */
export function VolunteerDetailCard({
  volunteer: v,
  canWrite,
  mobile,
}: {
  volunteer: VolunteerDetail;
  canWrite: boolean;
  mobile: boolean;
}) {
  const { t } = useTranslation('volunteers');
  const reveal = useRevealVolunteer();
  const [changing, setChanging] = useState(false);
  const full = reveal.data?.id === v.id ? reveal.data : undefined;
  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const onFile = (has: boolean, value: string | null | undefined) =>
    full ? (
      (value ?? none)
    ) : has ? (
      <Typography.Text type="secondary">{t('detail.hidden')}</Typography.Text>
    ) : (
      none
    );
  const size = mobile ? 'large' : 'middle';

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {v.name}
          </Typography.Title>
          <VolunteerStatusTag status={v.status} />
        </Flex>
      }
      extra={
        canWrite && !mobile ? (
          <LinkButton to={`/volunteers/${v.id}/edit`} icon={<EditOutlined />}>
            {t('action.edit')}
          </LinkButton>
        ) : undefined
      }
      data-testid="volunteer-detail"
    >
      <Flex vertical gap={16}>
        {full && <Alert type="info" showIcon title={t('detail.revealed')} />}
        <ProblemAlert error={reveal.error} />
        <Descriptions column={mobile ? 1 : 2} size="small" bordered={!mobile}>
          <Descriptions.Item label={t('field.idNumber')}>
            <span data-testid="id-number">{full ? full.idNumber : v.idNumberMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('field.phone')}>
            <span data-testid="phone">{(full ? full.phone : v.phoneMasked) ?? t('detail.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('field.gender')}>{t(`gender.${v.gender}`)}</Descriptions.Item>
          {/* Age only: the birth date beside the masked ID number would be its hidden digits (the reveal shows the number). */}
          <Descriptions.Item label={t('field.age')}>{t('detail.years', { age: v.age })}</Descriptions.Item>
          <Descriptions.Item label={t('field.address')}>
            {onFile(v.hasAddress, full?.address)}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.health')}>{onFile(v.hasHealth, full?.health)}</Descriptions.Item>
          <Descriptions.Item label={t('field.categories')}>
            {v.categories.map((c) => t(`category.${c}`)).join('、') || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.retirementType')}>
            {v.retirementType ? t(`retirement.${v.retirementType}`) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.formerEmployer')}>{v.formerEmployer ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('field.formerPost')}>{v.formerPost ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('field.unit')}>{v.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('field.activityAreas')}>
            {v.activityAreas.map((a) => t(`area.${a}`)).join('、') || none}
          </Descriptions.Item>
        </Descriptions>
        {canWrite && (
          <Flex gap={8} wrap vertical={mobile}>
            {!full && (
              <Button
                icon={<EyeOutlined />}
                size={size}
                block={mobile}
                loading={reveal.isPending}
                onClick={() => reveal.mutate(v.id)}
              >
                {t('action.reveal')}
              </Button>
            )}
            {nextStatuses[v.status].length > 0 && (
              <Button icon={<SwapOutlined />} size={size} block={mobile} onClick={() => setChanging(true)}>
                {t('action.changeStatus')}
              </Button>
            )}
            {mobile && (
              <LinkButton to={`/volunteers/${v.id}/edit`} icon={<EditOutlined />} size={size} block>
                {t('action.edit')}
              </LinkButton>
            )}
          </Flex>
        )}
      </Flex>
      {changing && <ChangeStatusModal volunteer={v} onClose={() => setChanging(false)} />}
    </Card>
  );
}
