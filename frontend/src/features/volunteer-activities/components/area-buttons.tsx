import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityArea } from '@/api/types';
import { areas } from './options';

/** The activity areas as big buttons, two to a row: one tap chooses. */
export function AreaButtons({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: ActivityArea;
  onChange?: (value: ActivityArea) => void;
}) {
  const { t } = useTranslation('activities');
  return (
    <div
      id={id}
      role="group"
      aria-label={t('field.area')}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }}
    >
      {areas.map((area) => (
        <Button
          key={area}
          type={value === area ? 'primary' : 'default'}
          aria-pressed={value === area}
          onClick={() => onChange?.(area)}
          style={{ height: 56, fontSize: 17, whiteSpace: 'normal', lineHeight: 1.2, paddingInline: 8 }}
        >
          {t(`area.${area}`)}
        </Button>
      ))}
    </div>
  );
}
