import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { requestPasswordReset } from '../../services/passwordReset.ts';
import type { AppSettings } from '../../settings.ts';
import { serve } from '../register.ts';

/** “Forgot your password?”: answered at once, the same for every address; the mail, if any, is queued after. */
export function passwordResetRoutes(db: Db, settings: Pick<AppSettings, 'publicUrl' | 'mail'>): Router {
  const router = Router();
  serve(router, operations.requestPasswordReset, async ({ body: { email }, req, res }) => {
    const { answer, deliver } = await requestPasswordReset(db, { email, address: req.ip }, settings.mail ? { publicUrl: settings.publicUrl } : null);
    res.once('close', () => {
      deliver().catch((err: unknown) => res.locals.log?.error({ err }, 'password reset mail not queued'));
    });
    return answer;
  });
  return router;
}
