import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryName } from '../api/categories';
import type { ExemplarSummary } from '../api/types';
import { StatusTag } from './status-tag';

/** Exemplars as a list that reads on a phone as well as on a desk. */
export function ExemplarList({ rows, loading }: { rows: ExemplarSummary[]; loading: boolean }) {
  const { t } = useTranslation('exemplars');
  const categoryName = useCategoryName();
  return (
    <List
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('list.empty') }}
      renderItem={(e) => (
        <List.Item key={e.id}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Link to={`/exemplars/${e.id}`}>
              <Typography.Text strong>{e.title}</Typography.Text>
            </Link>
            <Flex wrap gap={4} align="center">
              <StatusTag status={e.status} />
              <Tag>{categoryName(e.category)}</Tag>
              <Typography.Text type="secondary">
                {e.year} · {e.unit.name}
              </Typography.Text>
              {e.presented && <Tag color="cyan">{t('list.presented')}</Tag>}
              {e.city.submittedOn && <Tag color="purple">{t('list.submitted')}</Tag>}
              {e.city.adopted && <Tag color="magenta">{t('list.adopted')}</Tag>}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
