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
      logLevel: 'info',
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
