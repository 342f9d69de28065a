import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { openApiDocument, operations } from '@tessera/core/contract';
import { checkResponses, serve } from './register.ts';
import type { Db } from '../db/connection.ts';
import { version, webDistDir } from '../config.ts';
import { servesHttps, type AppSettings } from '../settings.ts';
import { BrowserSessions, csrfProtection, securityHeaders } from './security.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { sessionRoutes } from './routes/session.ts';
import { accountLinkRoutes } from './routes/accountLinks.ts';
import { myAccountRoutes } from './routes/myAccount.ts';
import { projectRoutes } from './routes/projects.ts';
import { xliffRoutes } from './routes/xliff.ts';
import { glossaryRoutes } from './routes/glossary.ts';
import { publicationRoutes } from './routes/publications.ts';
import { sourceEditingRoutes } from './routes/sourceEditing.ts';
import { liveRoutes } from './routes/live.ts';
import { collaborationRoutes } from './routes/collaboration.ts';
import { inProcessBus, type LiveBus } from '../live/bus.ts';
import { healthRoutes } from './routes/health.ts';
import { ServerLifecycle } from './lifecycle.ts';
import { ServerMetrics } from './metrics.ts';
import { memoryIndexOf } from '../services/memoryIndex.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { mailRoutes } from './routes/mail.ts';
import { memberRoutes } from './routes/members.ts';
import { passwordResetRoutes } from './routes/passwordReset.ts';
import { machineRoutes } from './routes/machine.ts';
import { MachineTranslation } from '../services/machineTranslation.ts';
import { Pretranslations } from '../services/pretranslation.ts';
import { createLogger, requestLog, type Logger } from './requestLog.ts';

export interface AppOptions {
  db: Db;
  /** The public URL (https: Secure cookies and HSTS), the proxies to trust, the limits. */
  settings: AppSettings;
  /** The built web app to serve at `/`; omitted when it is not built. */
  webDir?: string;
  /** Where live events go; one process by default. */
  live?: LiveBus;
  /** Open live streams and the draining state, shared with whoever shuts the server down. */
  lifecycle?: ServerLifecycle;
  /** Where each request's log line goes; by default only unexpected errors are logged (on stdout). */
  logger?: Logger;
  /** Check every JSON answer against its operation's response schema, answering 500 `response.invalid` when it does not match (tests). */
  checkResponses?: boolean;
  /** The pre-translations of languages, with the engines the app asks: by default made here from the settings' engines, the running jobs no process holds taken up. */
  pretranslations?: Pretranslations;
}

export function createApp({
  db,
  settings,
  webDir = webDistDir,
  live = inProcessBus(),
  lifecycle = new ServerLifecycle(),
  logger = createLogger('error'),
  checkResponses: checked = false,
  pretranslations,
}: AppOptions): Express {
  const app = express();
  if (checked) checkResponses(app.locals);
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  const https = servesHttps(settings);
  const sessions = new BrowserSessions(db, https);
  const metrics = new ServerMetrics(lifecycle, () => memoryIndexOf(db).size);
  const jobs = pretranslations ?? startPretranslations(db, new MachineTranslation(settings.machineEngines), live);
  const { machine } = jobs;
  app.use(requestLog(logger), metrics.observe);
  app.use(securityHeaders(https));
  app.use(healthRoutes(db, lifecycle), metricsRoutes(metrics, settings.metricsAllow));
  app.use(sessions.middleware);

  app.use('/api', csrfProtection, express.json({ limit: settings.limits.sourceBytes }));
  app.use(sessionRoutes(db, sessions), accountLinkRoutes(db, sessions), passwordResetRoutes(db, settings), myAccountRoutes(db, sessions));
  app.use(xliffRoutes(db, settings.limits, live));
  app.use(glossaryRoutes(db, settings.limits));
  app.use(projectRoutes(db, live, machine));
  app.use(machineRoutes(db, machine, jobs));
  app.use(sourceEditingRoutes(db, live));
  app.use(liveRoutes(db, live, lifecycle));
  app.use(collaborationRoutes(db, live, sessions, settings.mail ? { publicUrl: settings.publicUrl } : null));
  app.use(publicationRoutes(db));
  app.use(memberRoutes(db));
  app.use(mailRoutes(db));
  const openApi = openApiDocument(version);
  serve(app.router, operations.openApi, ({ res }) => {
    res.json(openApi);
  });
  app.use('/api', (_req, res) => sendProblem(res, 404, 'request.not-found', 'No such API route.'));

  const index = path.join(webDir, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/|publications\/).*/, (_req, res) => res.sendFile(index, { maxAge: 0 }));
  } else {
    app.get('/', (_req, res) => res.type('text').send('The web app is not built: run `pnpm --filter @tessera/web build`.'));
  }
  app.use(problemHandler);
  return app;
}

/** Pre-translation of languages with the settings' engines; the running jobs no process holds go on here. */
export function startPretranslations(db: Db, machine: MachineTranslation, live: LiveBus): Pretranslations {
  const jobs = new Pretranslations(db, machine, { live });
  void jobs.watch().catch(() => undefined);
  return jobs;
}
