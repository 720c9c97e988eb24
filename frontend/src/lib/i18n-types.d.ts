import 'i18next';
import type { resources } from '@/locales/resources';

// Typed translation keys: a missing key in zh-CN is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['zh-CN'];
  }
}
