import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Vacancy } from '@/api/types';
import { VacantDaysTag } from './vacant-days-tag';

interface Props {
  rows: Vacancy[];
  loading: boolean;
  canWrite: boolean;
  mobile: boolean;
  onFill: (vacancy: Vacancy) => void;
}

const rowKey = (v: Vacancy) => `${v.unit.id}-${v.role}-${v.slot}`;

/** Open seats, oldest first (the server's order); a table on desktop, cards on phones. */
export function VacanciesTable({ rows, loading, canWrite, mobile, onFill }: Props) {
  const { t } = useTranslation('committees');

  if (mobile) {
    return (
      <Flex vertical gap={12} role="list" aria-label={t('vacancies.title')}>
        {rows.length === 0 && !loading && (
          <Typography.Text type="secondary">{t('vacancies.empty')}</Typography.Text>
        )}
        {rows.map((v) => (
          <Card
            key={rowKey(v)}
            size="small"
            role="listitem"
            aria-label={`${v.unit.name} ${t(`role.${v.role}`)}`}
          >
            <Flex vertical gap={8}>
              <Link to={`/committees/${v.unit.id}`} style={{ fontSize: 18 }}>
                {v.unit.name}
              </Link>
              <Flex gap={8} wrap>
                <Tag>{t(`role.${v.role}`)}</Tag>
                <VacantDaysTag days={v.daysOpen} overdue={v.overdue} />
              </Flex>
              {canWrite && (
                <Button type="primary" size="large" block onClick={() => onFill(v)}>
                  {t('card.fill')}
                </Button>
              )}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<Vacancy> = [
    {
      key: 'unit',
      title: t('vacancies.unit'),
      render: (_, v) => <Link to={`/committees/${v.unit.id}`}>{v.unit.name}</Link>,
    },
    { key: 'role', title: t('vacancies.role'), render: (_, v) => t(`role.${v.role}`) },
    { key: 'vacantSince', title: t('vacancies.vacantSince'), dataIndex: 'vacantSince' },
    {
      key: 'daysOpen',
      title: t('vacancies.daysOpen'),
      render: (_, v) => <VacantDaysTag days={v.daysOpen} overdue={v.overdue} />,
    },
    { key: 'previous', title: t('vacancies.previous'), render: (_, v) => v.previousHolderName ?? '—' },
  ];
  if (canWrite) {
    columns.push({
      key: 'action',
      title: t('vacancies.action'),
      render: (_, v) => (
        <Button
          type="primary"
          size="small"
          onClick={() => onFill(v)}
          aria-label={`${t('card.fill')} ${v.unit.name} ${t(`role.${v.role}`)}`}
        >
          {t('card.fill')}
        </Button>
      ),
    });
  }
  return (
    <Table<Vacancy>
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      locale={{ emptyText: t('vacancies.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
