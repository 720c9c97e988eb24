import { RightOutlined } from '@ant-design/icons';
import { Empty, Flex, Skeleton, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface LinkListItem {
  key: string | number;
  to: string;
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}

interface Props {
  items: LinkListItem[];
  loading?: boolean;
  emptyText: ReactNode;
  onPick?: () => void;
}

/** A list of links with large touch targets (≥ 56 px), for phones and search results. */
export function LinkList({ items, loading, emptyText, onPick }: Props) {
  const { token } = theme.useToken();
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li key={item.key} style={{ borderTop: i === 0 ? undefined : `1px solid ${token.colorSplit}` }}>
          <Link
            to={item.to}
            onClick={onPick}
            style={{ display: 'block', color: 'inherit', padding: '8px 4px' }}
          >
            <Flex align="center" gap={8} style={{ minHeight: 40 }}>
              <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong ellipsis>
                  {item.title}
                </Typography.Text>
                {item.description && (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
                    {item.description}
                  </Typography.Text>
                )}
              </Flex>
              {item.extra}
              <RightOutlined style={{ color: token.colorTextTertiary }} />
            </Flex>
          </Link>
        </li>
      ))}
    </ul>
  );
}
