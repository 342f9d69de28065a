import type { AddressInfo } from 'node:net';
import { describeLocation, openDatabase } from '../../db/connection.ts';
import { DataFolderBusy, holdDataFolder, type DataFolderLock } from '../../db/dataFolderLock.ts';
import { inProcessBus, postgresBus } from '../../live/bus.ts';
import { seedDemo } from '../../demo/seed.ts';
import { keepMemoryIndex } from '../../services/memoryIndex.ts';
import { createSetupLink, linkUrl } from '../../services/accountLinks.ts';
import { ServiceError } from '../../services/errors.ts';
import { settingsOf } from './context.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  words: ['serve'],
  usage: `tessera serve [--port N] [--host ADDRESS] [--public-url URL] [--trust-proxy PROXIES] [--demo]
  --public-url URL       the address people open (or TESSERA_PUBLIC_URL); https://… makes cookies Secure and sends HSTS
  --trust-proxy PROXIES  the reverse proxies whose X-Forwarded-For tells the client's address (or TESSERA_TRUST_PROXY):
                         false, true, a number of hops, or loopback/linklocal/uniquelocal/addresses/CIDR ranges; default loopback
  --demo                 on an empty database, add demo accounts and a demo project
Without --demo, a database with no account gets a setup link (on stderr, valid an hour, once) where the first coordinator makes their account.`,
  options: { port: { type: 'string' }, host: { type: 'string' }, 'public-url': { type: 'string' }, 'trust-proxy': { type: 'string' }, demo: { type: 'boolean' } },
  async run(values, io) {
    const settings = settingsOf(values);
    // The web server's modules (Express, logging, metrics, mail) load only here: every other command starts without them.
    const [{ createApp, startPretranslations }, { drainServer }, { ServerLifecycle }, { createLogger }, { startMailWorker }, { startLanguageNews }, { MachineTranslation }] = await Promise.all([
      import('../../http/app.ts'),
      import('../../http/drain.ts'),
      import('../../http/lifecycle.ts'),
      import('../../http/requestLog.ts'),
      import('../../services/mail.ts'),
      import('../../services/languageNews.ts'),
      import('../../services/machineTranslation.ts'),
    ]);
    const { port, host, database: location } = settings;
    // On SQLite one server owns the data folder: a second one, or a restore, is refused while it runs.
    let lock: DataFolderLock | null = null;
    if (location.kind === 'sqlite') {
      try {
        lock = holdDataFolder(location.dataDir, 'Tessera server');
      } catch (error) {
        if (error instanceof DataFolderBusy) throw new ServiceError(409, 'server.data-in-use', `${error.message} Stop it first, or give this one another --data folder.`);
        throw error;
      }
    }
    const db = await openDatabase(location);
    // The memory's index is read from its file in the data folder (or made afresh) while the server starts.
    const memory = keepMemoryIndex(db, settings.dataDir, { warm: true });
    if (values.demo) {
      const accounts = await seedDemo(db);
      if (accounts) {
        io.out('Demo accounts (the passwords are shown this once):');
        for (const a of accounts) io.out(`  ${a.role.padEnd(12)} ${a.email.padEnd(28)} ${a.password}`);
      } else {
        io.out(`Demo accounts exist already (their passwords were shown on the first start). To start afresh, delete ${describeLocation(location)}.`);
      }
      io.out('To run Tessera for real, without the demo: serve without --demo on an empty data folder (--data FOLDER); it prints the link where the first coordinator makes their account. See “Running it for real” in README.md.');
    }
    const logger = createLogger(settings.logLevel);
    const live = location.kind === 'postgres' ? await postgresBus(location.url) : inProcessBus();
    const lifecycle = new ServerLifecycle();
    const drainMs = settings.drainTimeoutMs;
    // Pre-translations go on here (those no other server holds); a drain stops them after the unit in hand.
    const pretranslations = startPretranslations(db, new MachineTranslation(settings.machineEngines), live);
    const server = createApp({ db, settings, live, lifecycle, logger, pretranslations }).listen(port, host);
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    const address = server.address() as AddressInfo;
    io.out(`Tessera is running at http://${host}:${address.port}/  (data: ${describeLocation(location)})`);
    // With an SMTP server, e-mail leaves in the background (never inside a request); without one nothing is queued.
    const mailWorker = settings.mail ? startMailWorker(db, { mail: settings.mail, publicUrl: settings.publicUrl, logger }) : null;
    // Deadlines two days away and published versions become notifications, e-mail or not.
    const languageNews = startLanguageNews(db, { logger });
    const setup = values.demo ? null : await createSetupLink(db);
    if (setup) {
      const publicUrl = settings.publicUrl.port === '0' ? new URL(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`) : settings.publicUrl;
      io.err(`No account exists yet. Open this link (it works once, until ${setup.expiresAt}) to make the first coordinator's account:`);
      io.err(`  ${linkUrl(publicUrl, setup)}`);
    }

    // SIGTERM (and Ctrl+C) drain: what is in flight is answered, then the database is closed
    // (on SQLite after the last group commit), so no acknowledged save is lost.
    const stopped = new Promise<void>((resolve) => {
      let draining = false;
      const onSignal = (signal: NodeJS.Signals) => {
        // A second signal while draining cuts it short.
        if (draining) return server.closeAllConnections();
        draining = true;
        logger.info({ signal, timeoutMs: drainMs }, 'draining');
        const started = Date.now();
        drainServer(server, lifecycle, drainMs)
          .then(async ({ timedOut }) => {
            await pretranslations.stop();
            await live.close();
            await mailWorker?.stop();
            await languageNews.stop();
            await memory.write().catch((error: unknown) => logger.error({ err: error }, 'the memory index could not be written'));
            await db.destroy();
            lock?.release();
            logger.info({ timedOut, durationMs: Date.now() - started }, 'stopped');
          })
          .catch((error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exitCode = 1;
          })
          .finally(resolve);
      };
      process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
    });
    await stopped;
    logger.flush();
    process.exit(process.exitCode ?? 0);
  },
};
