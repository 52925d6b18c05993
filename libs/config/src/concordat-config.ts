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
  CONCORDAT_AGGREGATE_CACHE_STREAMS: z.coerce.number().int().min(1).max(1_000_000).default(2_000),
  CONCORDAT_AGGREGATE_CACHE_EVENTS: z.coerce.number().int().min(1).max(100_000_000).default(50_000),
  CONCORDAT_ANSWER_CACHE_MB: z.coerce.number().int().min(0).max(1_024).default(16),
  CONCORDAT_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(100),
  CONCORDAT_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CONCORDAT_JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  CONCORDAT_JWT_JWKS_FILE: z.string().min(1).optional(),
  CONCORDAT_JWT_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  CONCORDAT_JWT_ISSUER: z.string().min(1).default('concordat'),
  CONCORDAT_JWT_AUDIENCE: z.string().min(1).default('concordat-api'),
  CONCORDAT_PUBLIC_READS: z.enum(['on', 'off']).default('on'),
  CONCORDAT_MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  CONCORDAT_MAX_QUERY_COST: z.coerce.number().int().min(1).default(20_000),
  CONCORDAT_MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(15),
  CONCORDAT_MAX_QUERY_TOKENS: z.coerce.number().int().min(1).default(1_000),
  CONCORDAT_MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  CONCORDAT_MAX_PAGE_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(100, 'must be at most 100, the most the read models serve in one page')
    .default(100),
  CONCORDAT_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(104_857_600).default(102_400),
  CONCORDAT_RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(1_200),
  CONCORDAT_RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  CONCORDAT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  CONCORDAT_SIGNING_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  CONCORDAT_CHECKPOINT_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400_000)
    .refine((ms) => ms === 0 || ms >= 1_000, 'must be 0 (off) or at least 1000')
    .default(60_000),
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
  readonly aggregateCache: AggregateCacheBounds;
  /**
   * Bytes of query answers the API keeps until a read model moves, so that a repeated query is
   * answered without the database; 0 turns the cache off.
   */
  readonly answerCacheBytes: number;
  /**
   * How far the API's heap may grow beyond what was live after a full collection before the next
   * one, in percent; 0 leaves it to V8, which lets it reach several times the live size.
   */
  readonly heapGrowthPercent: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly auth: AuthConfig;
  readonly limits: RequestLimits;
  readonly rateLimit: RateLimit;
  readonly checkpointSigning: CheckpointSigning;
}

/** How much of the streams' folded states command handling keeps between commands. */
export interface AggregateCacheBounds {
  readonly streams: number;
  /** Events in all kept streams together: what the memory they take grows with. */
  readonly events: number;
}

/** The Ed25519 key pair integrity checkpoints are signed and verified with (`concordat keys generate`). */
export interface CheckpointSigning {
  /** PEM private key `concordat audit checkpoint` signs with. */
  readonly keyFile: string | undefined;
  /** PEM public key `concordat audit verify` checks signatures against. */
  readonly publicKeyFile: string | undefined;
  /**
   * How often the API signs a checkpoint when the log has grown and keyFile is set, one process
   * at a time; 0 turns it off.
   */
  readonly intervalMs: number;
}

/** What one request to /graphql may ask for; anything beyond is refused before it runs. */
export interface RequestLimits {
  /** Nesting of selection sets. */
  readonly queryDepth: number;
  /** graphql-armor's cost estimate: fields weighted by depth, times literal `first` arguments. */
  readonly queryCost: number;
  readonly aliases: number;
  /** Lexical tokens in the query document. */
  readonly tokens: number;
  readonly directives: number;
  /** The largest `first` a paginated query accepts. */
  readonly pageSize: number;
  /** Size of a JSON request body; larger bodies are answered 413. */
  readonly bodyBytes: number;
}

/** Requests to /graphql each actor (or, without one, each client address) may make per window. */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

/** How bearer tokens are checked (and, for the CLI, issued). */
export interface AuthConfig {
  /** HS256 shared secret. */
  readonly secret: string | undefined;
  /** PEM public key for an asymmetric algorithm (RS256, ES256, EdDSA). */
  readonly publicKeyFile: string | undefined;
  /** A JSON Web Key Set file, for keys rotated by an identity provider. */
  readonly jwksFile: string | undefined;
  /** PEM private key `concordat token issue` signs with, beside publicKeyFile. */
  readonly privateKeyFile: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  /** Whether callers without a token may read agreed agreements. */
  readonly publicReads: boolean;
}

/** Names the settings whose values are secrets, so nothing prints them. */
export const SECRET_SETTINGS: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'EVENTSTORE_URL',
  'CONCORDAT_JWT_SECRET',
]);

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
    aggregateCache: {
      streams: values.CONCORDAT_AGGREGATE_CACHE_STREAMS,
      events: values.CONCORDAT_AGGREGATE_CACHE_EVENTS,
    },
    answerCacheBytes: values.CONCORDAT_ANSWER_CACHE_MB * 1_048_576,
    heapGrowthPercent: values.CONCORDAT_HEAP_GROWTH_PERCENT,
    logLevel: values.LOG_LEVEL,
    auth: {
      secret: values.CONCORDAT_JWT_SECRET,
      publicKeyFile: values.CONCORDAT_JWT_PUBLIC_KEY_FILE,
      jwksFile: values.CONCORDAT_JWT_JWKS_FILE,
      privateKeyFile: values.CONCORDAT_JWT_PRIVATE_KEY_FILE,
      issuer: values.CONCORDAT_JWT_ISSUER,
      audience: values.CONCORDAT_JWT_AUDIENCE,
      publicReads: values.CONCORDAT_PUBLIC_READS === 'on',
    },
    limits: {
      queryDepth: values.CONCORDAT_MAX_QUERY_DEPTH,
      queryCost: values.CONCORDAT_MAX_QUERY_COST,
      aliases: values.CONCORDAT_MAX_QUERY_ALIASES,
      tokens: values.CONCORDAT_MAX_QUERY_TOKENS,
      directives: values.CONCORDAT_MAX_QUERY_DIRECTIVES,
      pageSize: values.CONCORDAT_MAX_PAGE_SIZE,
      bodyBytes: values.CONCORDAT_MAX_BODY_BYTES,
    },
    rateLimit: {
      requests: values.CONCORDAT_RATE_LIMIT_REQUESTS,
      windowMs: values.CONCORDAT_RATE_LIMIT_WINDOW_MS,
    },
    checkpointSigning: {
      keyFile: values.CONCORDAT_SIGNING_KEY_FILE,
      publicKeyFile: values.CONCORDAT_SIGNING_PUBLIC_KEY_FILE,
      intervalMs: values.CONCORDAT_CHECKPOINT_INTERVAL_MS,
    },
  };
}
