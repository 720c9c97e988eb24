import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AntdReady } from './antd-scope';

/** A focused field is blue, an invalid one red: with a red brand colour the two looked alike. */
const focus = '#1d4ed8';
const focusShadow = '0 0 0 2px rgba(29, 78, 216, 0.2)';
const field = { activeBorderColor: focus, hoverBorderColor: focus, activeShadow: focusShadow };

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c41d1d',
    borderRadius: 6,
    // Secondary and tertiary text at ≥ 4.5:1 on white (antd's defaults are ~3.3:1).
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  },
  components: {
    Input: field,
    InputNumber: field,
    DatePicker: field,
    Select: { ...field, activeOutlineColor: 'rgba(29, 78, 216, 0.2)' },
    Mentions: field,
  },
};

/** antd in the UI's language and the platform's colours; dates in the same language. */
export default function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  // Before anything below formats a date.
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme}>
      <AntApp>
        <AntdReady.Provider value>{children}</AntdReady.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
