import { useTranslation } from 'react-i18next';
import { directionOf } from '@tessera/core';

/** From what was to what is: “→” in a left-to-right interface, “←” in a right-to-left one (hidden from screen readers). */
export function ForwardArrow() {
  const { i18n } = useTranslation();
  return <span aria-hidden="true"> {directionOf(i18n.resolvedLanguage ?? 'en') === 'rtl' ? '←' : '→'} </span>;
}
