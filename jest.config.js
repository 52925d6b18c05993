/** Test tiers by suffix: *.spec.ts (no I/O), *.int-spec.ts (real PostgreSQL and PGlite). */
// Type-checking is the compiler's job in CI (npm run typecheck); tests only transpile, for speed.
const transpile = ['ts-jest', { tsconfig: 'tsconfig.json' }];

const shared = {
  transform: { '^.+\\.ts$': transpile },
  moduleNameMapper: {
    '^@concordat/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@concordat/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testEnvironment: 'node',
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.{int,e2e}-spec.ts'],
    },
  ],
};
