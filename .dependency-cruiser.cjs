/**
 * The boundaries the architecture depends on, checked in CI (docs/adr/0001). The domain and the
 * shared kernel stay plain TypeScript; each event store adapter stands alone behind the port.
 */
const FRAMEWORKS =
  'node_modules/(@nestjs|typeorm|graphql|@apollo|express|pg|@electric-sql|@eventstore)/';

module.exports = {
  forbidden: [
    {
      name: 'kernel-and-domain-import-no-framework',
      comment:
        'The shared kernel and domain libraries are plain TypeScript; so is a report, but for ' +
        'the gathering of its facts from the read models.',
      severity: 'error',
      from: {
        path: '^libs/(shared-kernel|domain|command-handling|access-control|integrity|audit|time-travel|reports|personal-data)/',
        pathNot: '^libs/reports/src/gather/',
      },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-knows-no-storage',
      comment: 'Deciders see events and commands, never the store that keeps them.',
      severity: 'error',
      from: {
        path: '^libs/(shared-kernel|domain|access-control|integrity)/',
        pathNot: '\\.int-spec\\.ts$',
      },
      to: { path: '^libs/(event-store|command-handling|config)/' },
    },
    {
      name: 'event-store-port-imports-no-adapter',
      comment: 'The port and hashing know nothing of any adapter.',
      severity: 'error',
      from: { path: '^libs/event-store/src/(port|hashing)/' },
      to: {
        path: '^libs/event-store/src/(sql|postgres|pglite|eventstoredb)/|node_modules/(pg|@electric-sql|@eventstore)/',
      },
    },
    {
      name: 'adapters-do-not-import-each-other',
      comment:
        'pg, PGlite and EventStoreDB adapters meet only at the port (pg and PGlite share sql/).',
      severity: 'error',
      from: {
        path: '^libs/event-store/src/(postgres|pglite|eventstoredb)/',
        pathNot: '\\.(int-)?spec\\.ts$',
      },
      to: {
        path: '^libs/event-store/src/(postgres|pglite|eventstoredb)/',
        pathNot: '^libs/event-store/src/$1/',
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '(\\.(int-|e2e-)?spec\\.ts$|/testing/)' },
      to: { path: '(\\.(int-|e2e-)?spec\\.ts$|/testing/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
