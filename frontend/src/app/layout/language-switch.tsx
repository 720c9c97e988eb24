import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language, languages } from '@/lib/i18n';

/** The desktop header's language switch (phones: phone-language-switch.tsx). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      value={i18n.language as Language}
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void changeLanguage(language)}
    />
  );
}
