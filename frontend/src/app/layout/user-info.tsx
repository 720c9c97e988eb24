import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';

/** The signed-in user's name and unit (plain elements: the phone shell shows it before antd loads). */
export function UserInfo({ light }: { light?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <span className={light ? 'ggw-user ggw-user-light' : 'ggw-user'}>
      <strong>{me.displayName}</strong>
      <span>{me.unit?.name ?? t('result.noUnitTitle')}</span>
    </span>
  );
}
