import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/types';

export const assignableRoles = [
  'district-admin',
  'district-viewer',
  'township-staff',
  'village-staff',
] as const satisfies readonly Role[];

interface Props {
  id?: string;
  value?: Role;
  onChange?: (role: Role) => void;
}

export function RoleSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      id={id}
      value={value}
      onChange={onChange}
      options={assignableRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
    />
  );
}
