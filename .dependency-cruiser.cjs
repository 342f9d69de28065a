/**
 * The house's boundaries, checked by `pnpm lint`: no import cycles; core depends on nothing of
 * ours; the web app and the server meet only through core; migrations are frozen (they import no
 * live code); HTTP routes reach the data only through services; a web feature uses another only
 * through that feature's index.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import cycle: split the shared part out.', from: {}, to: { circular: true } },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'packages/core holds the domain as pure functions: it imports nothing from the server or the web app.',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'web-and-server-meet-in-core',
      severity: 'error',
      comment: 'The web app and the server share only what is in packages/core.',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^packages/server/' },
      to: { path: '^packages/web/' },
    },
    {
      name: 'frozen-migrations',
      severity: 'error',
      comment: 'A landed migration must not change when live code does: it imports only kysely and the shared DDL helpers.',
      from: { path: '^packages/server/src/db/migrations/' },
      to: { path: '^packages/', pathNot: '^packages/server/src/db/migrations/' },
    },
    {
      name: 'routes-through-services',
      severity: 'error',
      comment: 'A route handler calls services; only services use repositories.',
      from: { path: '^packages/server/src/http/' },
      to: { path: '^packages/server/src/repositories/' },
    },
    {
      name: 'features-through-their-index',
      severity: 'error',
      comment: 'A web feature uses another feature only through its index.ts.',
      from: { path: '^packages/web/src/features/([^/]+)/' },
      to: { path: '^packages/web/src/features/([^/]+)/', pathNot: ['^packages/web/src/features/$1/', '^packages/web/src/features/[^/]+/index\\.tsx?$'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|/dist/' },
  },
};
