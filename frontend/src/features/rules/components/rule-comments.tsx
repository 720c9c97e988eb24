import { Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useAnswerComment, useRuleComments } from '../api/rule-versions';
import type { RuleComment } from '../api/types';

/** The comments of the units below on a version, each with the owner's answer (or a form to give it). */
export function RuleComments({ versionId, canAnswer }: { versionId: number; canAnswer: boolean }) {
  const { t } = useTranslation('rules');
  const comments = useRuleComments(versionId, true);
  if (comments.isPending) return <Skeleton active />;
  if (comments.isError) return <ProblemAlert error={comments.error} />;
  if (comments.data.length === 0) return <Empty description={t('comments.empty')} />;
  return (
    <Flex vertical gap={8}>
      {comments.data.map((c) => (
        <CommentCard key={c.id} comment={c} canAnswer={canAnswer} />
      ))}
    </Flex>
  );
}

function CommentCard({ comment: c, canAnswer }: { comment: RuleComment; canAnswer: boolean }) {
  const { t } = useTranslation('rules');
  const answer = useAnswerComment();
  const [text, setText] = useState('');
  return (
    <Card size="small" role="article" aria-label={t('comments.of', { unit: c.unit.name })}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Tag>{c.clause ?? t('comments.whole')}</Tag>
          <Typography.Text type="secondary">
            {c.unit.name} · {c.createdBy} · {dayjs(c.createdAt).format('YYYY-MM-DD')}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{c.text}</Typography.Paragraph>
        {c.answer ? (
          <Typography.Paragraph type="success" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {t('comments.answer', { by: c.answeredBy ?? '', answer: c.answer })}
          </Typography.Paragraph>
        ) : canAnswer ? (
          <Flex vertical gap={4}>
            <ProblemAlert error={answer.error} />
            <Input.TextArea
              aria-label={t('comments.answerLabel', { unit: c.unit.name })}
              placeholder={t('comments.answerHint')}
              autoSize={{ minRows: 2 }}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <Button
              disabled={!text.trim()}
              loading={answer.isPending}
              onClick={() => answer.mutate({ id: c.id, answer: text.trim() })}
            >
              {t('comments.reply')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('comments.unanswered')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
