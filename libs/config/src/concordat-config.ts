import { z } from 'zod';

/**
 * Every setting Concordat reads, validated once at start. A bad value stops the process with a
 * message naming the variable, rather than surfacing later as a confusing failure.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  CONCORDAT_DATA_DIR: z.string().min(1).default('./data'),
  EVENTSTORE_URL: z
    .string()
    .regex(
      /^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent|kurrent\+discover):\/\//,
      'must be an esdb:// or kurrentdb:// connection string',
    )
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  CONCORDAT_DEMO: z.enum(['auto', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONCORDAT_READ_YOUR_WRITES_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

export interface ConcordatConfig {
  /** PostgreSQL for events and read models; when absent, the embedded store in dataDir. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** When set, events live in EventStoreDB/KurrentDB; read models stay in SQL. */
  readonly eventStoreUrl: string | undefined;
  readonly port: number;
  readonly environment: 'development' | 'test' | 'production';
  /** 'auto': the API loads the demo story into an empty embedded store at start. */
  readonly demo: 'auto' | 'off';
  /** How long a mutation waits for the read models to include its change before answering. */
  readonly readYourWritesMs: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** Names the settings whose values are secrets, so nothing prints them. */
export const SECRET_SETTINGS: ReadonlySet<string> = new Set(['DATABASE_URL', 'EVENTSTORE_URL']);

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): ConcordatConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const shown = SECRET_SETTINGS.has(name) ? '(value hidden)' : JSON.stringify(present[name]);
        return `${name} ${shown}: ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  return {
    databaseUrl: values.DATABASE_URL,
    dataDir: values.CONCORDAT_DATA_DIR,
    eventStoreUrl: values.EVENTSTORE_URL,
    port: values.PORT,
    environment: values.NODE_ENV,
    demo: values.CONCORDAT_DEMO,
    readYourWritesMs: values.CONCORDAT_READ_YOUR_WRITES_MS,
    logLevel: values.LOG_LEVEL,
  };
}
