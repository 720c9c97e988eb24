import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useExemplars } from '../api/exemplars';

interface Props {
  value?: number[];
  onChange?: (value: number[]) => void;
  'aria-label'?: string;
}

/** Approved exemplars chosen and put in order (a booklet's or a meeting's), with up/down on a phone too. */
export function ExemplarChoice({ value = [], onChange, ...rest }: Props) {
  const { t } = useTranslation('exemplars');
  const approved = useExemplars({ status: 'APPROVED' });
  const rows = approved.data?.pages.flatMap((p) => p.items) ?? [];
  const title = (id: number) => rows.find((r) => r.id === id)?.title ?? `#${id}`;
  const move = (i: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item);
    onChange?.(next);
  };

  return (
    <Flex vertical gap={8}>
      <Select<number>
        aria-label={rest['aria-label']}
        showSearch
        optionFilterProp="label"
        loading={approved.isPending}
        value={null as unknown as number}
        placeholder="+"
        options={rows
          .filter((r) => !value.includes(r.id))
          .map((r) => ({ value: r.id, label: `${r.title}（${r.unit.name}）` }))}
        onChange={(id) => onChange?.([...value, id])}
      />
      <List
        size="small"
        dataSource={value}
        renderItem={(id, i) => (
          <List.Item
            key={id}
            actions={[
              <Button
                key="up"
                size="small"
                aria-label={t('booklets.up')}
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />,
              <Button
                key="down"
                size="small"
                aria-label={t('booklets.down')}
                icon={<ArrowDownOutlined />}
                disabled={i === value.length - 1}
                onClick={() => move(i, 1)}
              />,
              <Button
                key="remove"
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => onChange?.(value.filter((x) => x !== id))}
              />,
            ]}
          >
            <Typography.Text>{`${i + 1}. ${title(id)}`}</Typography.Text>
          </List.Item>
        )}
      />
    </Flex>
  );
}
