import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../api/types';

/** The kinds of item the lines of work report (AttentionItem.kind), each named in the locale files. */
const KINDS = [
  'committees.vacancy',
  'committees.electionOverdue',
  'volunteers.notVisited',
  'rules.bulletinUnacknowledged',
  'rules.meetingsBehind',
  'trainings.missed',
  'trainings.onboardingOwed',
  'exemplars.reviewWaiting',
] as const;
type Kind = (typeof KINDS)[number];

function known(kind: string): kind is Kind {
  return (KINDS as readonly string[]).includes(kind);
}

/** 需要关注: overdue and oldest first, each tagged with its line and kind and linking to the list behind it. */
export function AttentionList({
  items,
  lineLabels,
}: {
  items: AttentionItem[];
  lineLabels: Record<string, string>;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <section aria-label={t('attention')}>
      <List<AttentionItem>
        size="small"
        dataSource={items}
        locale={{ emptyText: t('nothingDue') }}
        renderItem={(item) => (
          <List.Item key={`${item.kind}-${item.unit.id}-${item.since ?? ''}-${item.text}`}>
            <Typography.Text>
              <Tag color={item.overdue ? 'red' : 'default'}>
                {lineLabels[item.line] ?? t(`line.${item.line}`)}
                {known(item.kind) ? ` · ${t(`kind.${item.kind}`)}` : ''}
              </Tag>
              {item.link ? <Link to={item.link}>{item.text}</Link> : item.text}
            </Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
