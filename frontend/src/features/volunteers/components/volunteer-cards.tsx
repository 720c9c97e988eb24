import { PhoneOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolunteerSummary } from '@/api/types';
import { VolunteerStatusTag } from './volunteer-status-tag';

/** Phone list: one large tappable card per person (name, village, categories, status, masked numbers). */
export function VolunteerCards({ rows }: { rows: VolunteerSummary[] }) {
  const { t } = useTranslation('volunteers');
  if (rows.length === 0) return <Empty description={t('empty')} />;
  return (
    <Flex vertical gap={12} role="list" aria-label={t('title')}>
      {rows.map((v) => (
        <Link
          key={v.id}
          to={`/volunteers/${v.id}`}
          role="listitem"
          aria-label={v.name}
          data-testid="volunteer-card"
        >
          <Card size="small" hoverable styles={{ body: { padding: 16 } }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong style={{ fontSize: 18 }}>
                    {v.name}
                  </Typography.Text>
                  <VolunteerStatusTag status={v.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {v.unit.name}
                  {v.categories.length > 0 && ` · ${v.categories.map((c) => t(`category.${c}`)).join('、')}`}
                </Typography.Text>
                <Typography.Text type="secondary">{v.idNumberMasked}</Typography.Text>
                {v.phoneMasked && (
                  <Typography.Text style={{ fontSize: 16 }}>
                    <PhoneOutlined /> {v.phoneMasked}
                  </Typography.Text>
                )}
              </Flex>
              <RightOutlined />
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
