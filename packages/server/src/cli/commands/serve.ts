import type { AddressInfo } from 'node:net';
import { describeLocation, openDatabase } from '../../db/connection.ts';
import { createApp } from '../../http/app.ts';
import { inProcessBus, postgresBus } from '../../live/bus.ts';
import { seedDemo } from '../../demo/seed.ts';
import { settingsOf } from './context.ts';
import type { Command } from './index.ts';

export const serveCommand: Command = {
  words: ['serve'],
  usage: `tessera serve [--port N] [--host ADDRESS] [--public-url URL] [--trust-proxy PROXIES] [--demo]
  --public-url URL       the address people open (or TESSERA_PUBLIC_URL); https://… makes cookies Secure and sends HSTS
  --trust-proxy PROXIES  the reverse proxies whose X-Forwarded-For tells the client's address (or TESSERA_TRUST_PROXY):
                         false, true, a number of hops, or loopback/linklocal/uniquelocal/addresses/CIDR ranges; default loopback
  --demo                 on an empty database, add demo accounts and a demo project`,
  options: { port: { type: 'string' }, host: { type: 'string' }, 'public-url': { type: 'string' }, 'trust-proxy': { type: 'string' }, demo: { type: 'boolean' } },
  async run(values, io) {
    const settings = settingsOf(values);
    const { port, host, database: location } = settings;
    const db = await openDatabase(location);
    if (values.demo) {
      const accounts = await seedDemo(db);
      if (accounts) {
        io.out('Demo accounts (the passwords are shown this once):');
        for (const a of accounts) io.out(`  ${a.role.padEnd(12)} ${a.email.padEnd(28)} ${a.password}`);
      } else {
        io.out(`Demo accounts exist already (their passwords were shown on the first start). To start afresh, delete ${describeLocation(location)}.`);
      }
    }
    const live = location.kind === 'postgres' ? await postgresBus(location.url) : inProcessBus();
    const server = createApp({ db, settings, live }).listen(port, host);
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    const address = server.address() as AddressInfo;
    io.out(`Tessera is running at http://${host}:${address.port}/  (data: ${describeLocation(location)})`);
    const stop = () => {
      server.close(() => void Promise.all([db.destroy(), live.close()]).then(() => process.exit(0)));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise<void>((resolve) => server.once('close', resolve));
  },
};
