import { PgliteDatabase } from './pglite-database';
import { describeEventStoreConformance } from '../testing/conformance-suite';
import { sqlConformanceSubject } from '../testing/sql-conformance-subject';

describeEventStoreConformance('PGlite', async () =>
  sqlConformanceSubject(await PgliteDatabase.open(), async () => undefined),
);
