import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  min: number;
  max: number;
  step: number;
  precision?: number;
}

/** − value + with thumb-sized buttons; the number can also be typed. */
export function NumberStepper({ id, value, onChange, min, max, step, precision = 0 }: Props) {
  const { t } = useTranslation('activities');
  const current = value ?? min;
  const round = (n: number) => Number(n.toFixed(precision));
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: '56px minmax(0, 1fr) 56px',
        gap: 8,
        alignItems: 'center',
      }}
    >
      <Button
        aria-label={t('action.less')}
        icon={<MinusOutlined />}
        style={{ height: 56 }}
        disabled={current - step < min}
        onClick={() => onChange?.(round(Math.max(min, current - step)))}
      />
      <InputNumber
        id={id}
        value={value}
        onChange={(next) => onChange?.(next)}
        min={min}
        max={max}
        step={step}
        precision={precision}
        controls={false}
        inputMode={precision > 0 ? 'decimal' : 'numeric'}
        style={{ width: '100%', fontSize: 22, textAlign: 'center' }}
        size="large"
      />
      <Button
        aria-label={t('action.more')}
        icon={<PlusOutlined />}
        style={{ height: 56 }}
        disabled={current + step > max}
        onClick={() => onChange?.(round(Math.min(max, current + step)))}
      />
    </div>
  );
}
