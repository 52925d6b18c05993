const KURRENT_SCHEME = /^(?:kurrentdb|kurrent)(\+discover)?:\/\//;

/**
 * The connection string in the form @eventstore/db-client 6 parses. KurrentDB is EventStoreDB
 * renamed and speaks the same protocol, but this client only knows the esdb:// schemes, so the
 * kurrentdb:// and kurrent:// ones Concordat accepts are rewritten to them.
 */
export function toEsdbConnectionString(connectionString: string): string {
  return connectionString
    .trim()
    .replace(KURRENT_SCHEME, (_scheme, discover: string | undefined) => `esdb${discover ?? ''}://`);
}
