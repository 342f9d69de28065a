import { z } from 'zod';

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
    uiLang: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/).optional(),
  })
  .strict();
export type MailPreferencesRequest = z.infer<typeof mailPreferencesRequest>;
