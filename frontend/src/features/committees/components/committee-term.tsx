import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Committee } from '@/api/types';

/** Term start and the next election (换届), flagged when overdue. */
export function CommitteeTerm({ committee, mobile }: { committee: Committee; mobile: boolean }) {
  const { t } = useTranslation('committees');
  return (
    <Descriptions
      size="small"
      column={mobile ? 1 : 3}
      items={[
        { key: 'termStart', label: t('card.termStart'), children: committee.termStart ?? t('card.notSet') },
        {
          key: 'nextElection',
          label: t('card.nextElection'),
          children: (
            <span>
              {committee.nextElectionDue ?? t('card.notSet')}
              {committee.electionOverdue && (
                <Tag color="error" style={{ marginInlineStart: 8 }}>
                  {t('card.overdue')}
                </Tag>
              )}
            </span>
          ),
        },
        {
          key: 'filled',
          label: t('card.seats'),
          children: t('card.filled', { filled: committee.filledSeats, required: committee.requiredSeats }),
        },
      ]}
    />
  );
}
