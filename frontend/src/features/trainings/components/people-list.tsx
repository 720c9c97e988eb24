import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitRef } from '@/api/types';
import type { Trainee } from '../api/types';

interface Person {
  name: string;
  unit: OrgUnitRef;
  seatRole?: Trainee['seatRole'] | null;
}

/** People of an audience, one line each: name · unit · seat (a preview, or who a refresh added or dropped). */
export function PeopleList({ label, people }: { label: string; people: Person[] }) {
  const { t } = useTranslation('trainings');
  return (
    <List
      size="small"
      bordered
      aria-label={label}
      dataSource={people}
      renderItem={(p) => (
        <List.Item>
          {p.name} · {p.unit.name}
          {p.seatRole ? ` · ${t(`role.${p.seatRole}`)}` : ''}
        </List.Item>
      )}
    />
  );
}
