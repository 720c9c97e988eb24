import { Checkbox, DatePicker, Flex, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { usePublishVersion } from '../api/rule-versions';
import type { RuleVersion, RuleVersionSummary } from '../api/types';

interface Props {
  version: RuleVersion;
  /** The version in force now, superseded on the effective day. */
  inForce: RuleVersionSummary | undefined;
  onClose: () => void;
}

/** 发布: the effective date, then a confirmation that says what it changes; nothing can be edited afterwards. */
export function PublishVersionModal({ version, inForce, onClose }: Props) {
  const { t } = useTranslation('rules');
  const publish = usePublishVersion();
  const [day, setDay] = useState<Dayjs | null>(dayjs().add(1, 'day'));
  const [announce, setAnnounce] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const effectiveFrom = day?.format('YYYY-MM-DD') ?? '';

  return (
    <Modal
      open
      title={confirming ? t('publish.confirmTitle') : t('publish.title', { number: version.number })}
      okText={confirming ? t('publish.confirm') : t('publish.next')}
      okButtonProps={{ disabled: !day, danger: confirming }}
      cancelText={confirming ? t('publish.back') : undefined}
      confirmLoading={publish.isPending}
      onCancel={() => (confirming ? setConfirming(false) : onClose())}
      onOk={() => {
        if (!confirming) return setConfirming(true);
        publish.mutate(
          { id: version.id, effectiveFrom, version: version.version, announce },
          { onSuccess: onClose, onError: () => setConfirming(false) },
        );
      }}
    >
      <ProblemAlert error={publish.error} />
      {confirming ? (
        <Typography.Paragraph>
          {inForce
            ? t('publish.confirmReplace', {
                number: version.number,
                from: effectiveFrom,
                current: inForce.number,
              })
            : t('publish.confirmFirst', { number: version.number, from: effectiveFrom })}
          {announce ? t('publish.confirmAnnounce') : ''}
          {t('publish.confirmFinal')}
        </Typography.Paragraph>
      ) : (
        <Flex vertical gap={12}>
          <label htmlFor="publish-effective-from">{t('publish.effectiveFrom')}</label>
          <DatePicker
            id="publish-effective-from"
            value={day}
            onChange={setDay}
            allowClear={false}
            style={{ width: '100%' }}
          />
          {inForce?.effectiveFrom && (
            <Typography.Text type="secondary">
              {t('publish.inForce', { number: inForce.number, from: inForce.effectiveFrom })}
            </Typography.Text>
          )}
          <Checkbox checked={announce} onChange={(e) => setAnnounce(e.target.checked)}>
            {t('publish.announce')}
          </Checkbox>
        </Flex>
      )}
    </Modal>
  );
}
