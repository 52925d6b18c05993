import { PostgresDatabase } from './postgres-database';
import { describeEventStoreConformance } from '../testing/conformance-suite';
import { createPostgresTestDatabase } from '../testing/postgres-test-database';
import { sqlConformanceSubject } from '../testing/sql-conformance-subject';

describeEventStoreConformance('PostgreSQL', async () => {
  const testDatabase = await createPostgresTestDatabase();
  return sqlConformanceSubject(new PostgresDatabase(testDatabase.url), testDatabase.drop);
});
