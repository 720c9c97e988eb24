import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkList } from '@/components/link-list';
import { OrgUnitKindTag } from '@/components/org-unit-kind-tag';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useOrgUnits } from '../api/get-org-units';
import { useListScope } from '../api/use-list-scope';

export function OrgUnitSearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('hierarchy');
  return (
    <Input.Search
      allowClear
      size="large"
      value={value}
      placeholder={t('search.placeholder')}
      aria-label={t('search.placeholder')}
      onChange={(e) => onChange(e.target.value)}
      onSearch={onChange}
    />
  );
}

/** Units in the caller's scope whose name or code matches (GET /org-units?q=). */
export function OrgUnitSearchResults({ text, onPick }: { text: string; onPick?: () => void }) {
  const { t } = useTranslation('hierarchy');
  const q = useDebouncedValue(text.trim());
  const scope = useListScope();
  const results = useOrgUnits({ q, ...scope }, q.length > 0);

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('search.results')}</Typography.Text>
      <LinkList
        loading={results.isFetching}
        emptyText={t('search.empty')}
        onPick={onPick}
        items={(results.data?.items ?? []).map((unit) => ({
          key: unit.id,
          to: `/org-units/${unit.id}`,
          title: unit.name,
          description: unit.code,
          extra: <OrgUnitKindTag kind={unit.kind} />,
        }))}
      />
    </Flex>
  );
}
