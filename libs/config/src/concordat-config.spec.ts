import { ConfigError, loadConfig } from './concordat-config';

describe('configuration', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: undefined,
      dataDir: './data',
      eventStoreUrl: undefined,
      port: 3000,
      environment: 'development',
      demo: 'auto',
      readYourWritesMs: 5_000,
      aggregateCache: { streams: 2_000, events: 50_000 },
      answerCacheBytes: 16 * 1_048_576,
      heapGrowthPercent: 100,
      logLevel: 'info',
      auth: {
        secret: undefined,
        publicKeyFile: undefined,
        jwksFile: undefined,
        privateKeyFile: undefined,
        issuer: 'concordat',
        audience: 'concordat-api',
        publicReads: true,
      },
      checkpointSigning: { keyFile: undefined, publicKeyFile: undefined, intervalMs: 60_000 },
      limits: {
        queryDepth: 12,
        queryCost: 20_000,
        aliases: 15,
        tokens: 1_000,
        directives: 50,
        pageSize: 100,
        bodyBytes: 102_400,
      },
      rateLimit: { requests: 1_200, windowMs: 60_000 },
    });
  });

  it('reads PostgreSQL, EventStoreDB, the data directory and the port', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/concordat',
        EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false',
        CONCORDAT_DATA_DIR: '/var/lib/concordat',
        PORT: '8080',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/concordat',
      eventStoreUrl: 'esdb://127.0.0.1:2113?tls=false',
      dataDir: '/var/lib/concordat',
      port: 8080,
    });
  });

  it('reads the key files integrity checkpoints are signed and verified with', () => {
    expect(
      loadConfig({
        CONCORDAT_SIGNING_KEY_FILE: '/etc/concordat/checkpoint-signing.key',
        CONCORDAT_SIGNING_PUBLIC_KEY_FILE: '/etc/concordat/checkpoint-signing.pub',
        CONCORDAT_CHECKPOINT_INTERVAL_MS: '300000',
      }).checkpointSigning,
    ).toEqual({
      keyFile: '/etc/concordat/checkpoint-signing.key',
      publicKeyFile: '/etc/concordat/checkpoint-signing.pub',
      intervalMs: 300_000,
    });
  });

  it('turns the API signing checkpoints off with an interval of 0, and refuses one too short', () => {
    expect(loadConfig({ CONCORDAT_CHECKPOINT_INTERVAL_MS: '0' }).checkpointSigning.intervalMs).toBe(
      0,
    );
    expect(() => loadConfig({ CONCORDAT_CHECKPOINT_INTERVAL_MS: '10' })).toThrow(
      'CONCORDAT_CHECKPOINT_INTERVAL_MS "10": must be 0 (off) or at least 1000',
    );
  });

  it('reads the limits on GraphQL requests and the rate limit', () => {
    expect(
      loadConfig({
        CONCORDAT_MAX_QUERY_DEPTH: '8',
        CONCORDAT_MAX_QUERY_COST: '5000',
        CONCORDAT_MAX_QUERY_ALIASES: '0',
        CONCORDAT_MAX_QUERY_TOKENS: '400',
        CONCORDAT_MAX_QUERY_DIRECTIVES: '5',
        CONCORDAT_MAX_PAGE_SIZE: '50',
        CONCORDAT_MAX_BODY_BYTES: '1048576',
        CONCORDAT_RATE_LIMIT_REQUESTS: '100',
        CONCORDAT_RATE_LIMIT_WINDOW_MS: '1000',
      }),
    ).toMatchObject({
      limits: {
        queryDepth: 8,
        queryCost: 5_000,
        aliases: 0,
        tokens: 400,
        directives: 5,
        pageSize: 50,
        bodyBytes: 1_048_576,
      },
      rateLimit: { requests: 100, windowMs: 1_000 },
    });
  });

  it('refuses a page size larger than the read models serve, and limits that are not counts', () => {
    const problems = (() => {
      try {
        loadConfig({
          CONCORDAT_MAX_PAGE_SIZE: '500',
          CONCORDAT_MAX_QUERY_DEPTH: '0',
          CONCORDAT_RATE_LIMIT_REQUESTS: 'many',
        });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    })();
    expect(problems).toEqual([
      expect.stringMatching(/^CONCORDAT_MAX_QUERY_DEPTH "0": /),
      'CONCORDAT_MAX_PAGE_SIZE "500": must be at most 100, the most the read models serve in one page',
      expect.stringMatching(/^CONCORDAT_RATE_LIMIT_REQUESTS "many": /),
    ]);
  });

  it('reads how much command handling keeps folded between commands, and refuses nothing', () => {
    expect(
      loadConfig({
        CONCORDAT_AGGREGATE_CACHE_STREAMS: '500',
        CONCORDAT_AGGREGATE_CACHE_EVENTS: '20000',
      }).aggregateCache,
    ).toEqual({ streams: 500, events: 20_000 });
    expect(() => loadConfig({ CONCORDAT_AGGREGATE_CACHE_STREAMS: '0' })).toThrow(
      'CONCORDAT_AGGREGATE_CACHE_STREAMS "0"',
    );
    expect(() => loadConfig({ CONCORDAT_AGGREGATE_CACHE_EVENTS: '0' })).toThrow(
      'CONCORDAT_AGGREGATE_CACHE_EVENTS "0"',
    );
  });

  it('reads the answer cache in megabytes, 0 turning it off, and refuses a negative or a fraction', () => {
    expect(loadConfig({ CONCORDAT_ANSWER_CACHE_MB: '64' }).answerCacheBytes).toBe(67_108_864);
    expect(loadConfig({ CONCORDAT_ANSWER_CACHE_MB: '0' }).answerCacheBytes).toBe(0);
    expect(() => loadConfig({ CONCORDAT_ANSWER_CACHE_MB: '-1' })).toThrow(
      'CONCORDAT_ANSWER_CACHE_MB "-1"',
    );
    expect(() => loadConfig({ CONCORDAT_ANSWER_CACHE_MB: '1.5' })).toThrow(
      'CONCORDAT_ANSWER_CACHE_MB "1.5"',
    );
  });

  it('reads the heap growth in whole percent, 0 leaving it to V8', () => {
    expect(loadConfig({ CONCORDAT_HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(loadConfig({ CONCORDAT_HEAP_GROWTH_PERCENT: '50' }).heapGrowthPercent).toBe(50);
    for (const refused of ['-1', '2.5', '401', 'half']) {
      expect(() => loadConfig({ CONCORDAT_HEAP_GROWTH_PERCENT: refused })).toThrow(
        `CONCORDAT_HEAP_GROWTH_PERCENT "${refused}"`,
      );
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('refuses bad values, naming each variable and hiding secrets', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        NODE_ENV: 'staging',
      });

    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('PORT "eighty"');
    expect(message).toContain('DATABASE_URL (value hidden)');
    expect(message).toContain('NODE_ENV');
    expect(message).not.toContain('hunter2');
  });
});
