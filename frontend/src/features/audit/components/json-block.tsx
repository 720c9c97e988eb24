import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A value as indented JSON; null/absent shows as “(none)”. */
export function JsonBlock({ value }: { value: unknown }) {
  const { t } = useTranslation('audit');
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <pre
      style={{
        margin: 0,
        padding: 12,
        background: '#fafafa',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        fontSize: 12,
        overflow: 'auto',
        maxHeight: 360,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
