import { z } from 'zod';
import { UI_LANGUAGES } from '../language/uiLocales.ts';

/** How often a person gets e-mail: each at once, a daily digest, or none. */
export const mailFrequency = z.enum(['now', 'daily', 'never']);

export const mailPreferencesView = z.object({
  frequency: mailFrequency,
  /** The interface language their e-mail is written in (English when none is stored). */
  uiLang: z.string().nullable(),
});
export type MailPreferencesView = z.infer<typeof mailPreferencesView>;

export const mailPreferencesRequest = z
  .object({
    frequency: mailFrequency.optional(),
    /** One of the interface languages of the registry (`UI_LOCALES`). */
    uiLang: z.enum(UI_LANGUAGES).optional(),
  })
  .strict();
export type MailPreferencesRequest = z.infer<typeof mailPreferencesRequest>;
