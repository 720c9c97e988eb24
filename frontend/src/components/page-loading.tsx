import { useTranslation } from 'react-i18next';

/** A page on its way (plain CSS, styles.css): shown before antd has loaded, too. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="ggw-loading" role="status">
      <span className="ggw-spinner" aria-hidden />
      <span>{t('app.loading')}</span>
    </div>
  );
}
