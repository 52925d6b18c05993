import { describeEventStoreConformance } from '../testing/conformance-suite';
import { openMigratedPglite } from '../testing/pglite-test-database';
import { sqlConformanceSubject } from '../testing/sql-conformance-subject';

describeEventStoreConformance('PGlite', async () =>
  sqlConformanceSubject(await openMigratedPglite(), async () => undefined),
);
