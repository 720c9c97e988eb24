import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '@/lib/i18n';

/** 中文 | English as two plain buttons (the desktop header uses antd's Segmented). */
export function PhoneLanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="ggw-segmented" role="group" aria-label={t('header.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          aria-pressed={i18n.language === language}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
