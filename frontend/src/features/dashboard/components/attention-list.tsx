import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../api/types';

/** 需要关注: overdue and oldest first, each linking to the list behind it. */
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
              <Tag color={item.overdue ? 'red' : 'default'}>{lineLabels[item.line] ?? item.line}</Tag>
              {item.link ? <Link to={item.link}>{item.text}</Link> : item.text}
            </Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
