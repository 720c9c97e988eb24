import { Button, Card, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatTemplate } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCommitteeSettings } from '../api/get-committee-settings';
import { useSeatTemplates } from '../api/get-seat-templates';
import { SeatTemplateModal } from '../components/seat-template-modal';
import { ThresholdForm } from '../components/threshold-form';

/** 班子设置 (district-admin): the vacancy threshold and the seats each unit kind needs. */
export function CommitteeSettingsRoute() {
  const { t } = useTranslation(['committees', 'common']);
  const settings = useCommitteeSettings();
  const templates = useSeatTemplates();
  const [editing, setEditing] = useState<SeatTemplate | null>(null);
  const mobile = useIsMobile();

  const describe = (template: SeatTemplate) =>
    template.seats.length === 0
      ? t('settings.noTeam')
      : template.seats
          .map((s) => {
            const role = t(`role.${s.role}`);
            if (s.maxCount === null) return t('settings.ruleOpen', { role, min: s.minCount });
            if (s.maxCount !== s.minCount)
              return t('settings.ruleRange', { role, min: s.minCount, max: s.maxCount });
            return t('settings.rule', { role, min: s.minCount });
          })
          .join('，');

  const updated = (r: SeatTemplate) =>
    r.updatedAt ? (
      <Typography.Text type="secondary">
        {t('settings.updatedBy', {
          who: r.updatedBy ?? '',
          when: dayjs(r.updatedAt).format('YYYY-MM-DD'),
        })}
      </Typography.Text>
    ) : null;
  const edit = (r: SeatTemplate) => (
    <Button
      size={mobile ? 'large' : 'small'}
      block={mobile}
      onClick={() => setEditing(r)}
      aria-label={`${t('common:action.edit')} ${t(`common:kind.${r.unitKind}`)}`}
    >
      {t('common:action.edit')}
    </Button>
  );

  return (
    <Flex vertical gap={16}>
      <Card title={t('settings.title')} loading={settings.isPending}>
        <ProblemAlert error={settings.error} />
        {settings.data && <ThresholdForm settings={settings.data} />}
      </Card>
      <Card title={t('settings.templates')}>
        <ProblemAlert error={templates.error} />
        {mobile ? (
          // On a phone one card per unit kind, the seats in words and 编辑 in view.
          <Flex vertical gap={12} role="list" aria-label={t('settings.templates')}>
            {(templates.data ?? []).map((r) => (
              <Card key={r.unitKind} size="small" role="listitem" aria-label={t(`common:kind.${r.unitKind}`)}>
                <Flex vertical gap={6}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {t(`common:kind.${r.unitKind}`)}
                  </Typography.Text>
                  <Typography.Text>{describe(r)}</Typography.Text>
                  {updated(r)}
                  {edit(r)}
                </Flex>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<SeatTemplate>
            rowKey="unitKind"
            loading={templates.isPending}
            dataSource={templates.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'kind',
                title: t('settings.unitKind'),
                render: (_, r) => t(`common:kind.${r.unitKind}`),
              },
              { key: 'seats', title: t('settings.seats'), render: (_, r) => describe(r) },
              { key: 'updated', title: '', render: (_, r) => updated(r) },
              { key: 'edit', title: '', render: (_, r) => edit(r) },
            ]}
          />
        )}
      </Card>
      {editing && <SeatTemplateModal template={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
