import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/current-user';
import { useReview } from '../api/exemplars';
import type { Exemplar, ReviewDecision } from '../api/types';

/**
 * The reviewer's buttons, shown only to the level whose turn it is: township staff forward or return a
 * SUBMITTED exemplar; the district approves, returns or rejects a FORWARDED one. Returning and rejecting
 * need a comment (the server says so too).
 */
export function ReviewPanel({ exemplar }: { exemplar: Exemplar }) {
  const { t } = useTranslation('exemplars');
  const me = useCurrentUser();
  const review = useReview(exemplar.id);
  const [comment, setComment] = useState('');
  const township = exemplar.awaiting === 'TOWNSHIP' && me.roles.includes('township-staff');
  const district = exemplar.awaiting === 'DISTRICT' && me.roles.includes('district-admin');
  if (!township && !district) return null;
  const decisions: ReviewDecision[] = township ? ['FORWARD', 'RETURN'] : ['APPROVE', 'RETURN', 'REJECT'];

  return (
    <section aria-label={t('detail.review')}>
      <Typography.Title level={5}>{t('detail.review')}</Typography.Title>
      <ProblemAlert error={review.error} />
      <Flex vertical gap={8}>
        <Input.TextArea
          aria-label={t('field.comment')}
          placeholder={t('field.comment')}
          value={comment}
          maxLength={1000}
          autoSize={{ minRows: 2 }}
          onChange={(e) => setComment(e.target.value)}
        />
        <Flex wrap gap={8}>
          {decisions.map((d) => (
            <Button
              key={d}
              type={d === 'FORWARD' || d === 'APPROVE' ? 'primary' : 'default'}
              danger={d === 'REJECT'}
              loading={review.isPending && review.variables?.decision === d}
              onClick={() =>
                review.mutate(
                  { decision: d, ...(comment.trim() ? { comment: comment.trim() } : {}) },
                  { onSuccess: () => setComment('') },
                )
              }
            >
              {t(`decision.${d}`)}
            </Button>
          ))}
        </Flex>
      </Flex>
    </section>
  );
}
