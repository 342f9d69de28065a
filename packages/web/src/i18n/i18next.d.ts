import 'i18next';
import type en from '../../../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    /** Messages are ICU, not i18next's `{{…}}`; their arguments are checked by intl-messageformat at run time. */
    parseInterpolation: false;
  }
}
