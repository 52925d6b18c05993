// Fails the run unless the PostgreSQL suites ran and passed: a green run that silently skipped
// them would prove nothing about the database the product depends on.
const { readFileSync } = require('node:fs');

const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const postgresSuites = results.testResults.filter((suite) =>
  /postgres\.conformance\.int-spec\.ts$|\.e2e-spec\.ts$|apps\/cli\/.*\.int-spec\.ts$|libs\/(application|demo-data|read-models)\/.*\.int-spec\.ts$/.test(
    suite.name,
  ),
);
const problems = [];
if (postgresSuites.length < 3)
  problems.push(`only ${postgresSuites.length} PostgreSQL suites found`);
for (const suite of postgresSuites) {
  const passed = suite.assertionResults.filter((test) => test.status === 'passed').length;
  const notRun = suite.assertionResults.filter((test) => test.status !== 'passed').length;
  if (passed === 0 || notRun > 0)
    problems.push(`${suite.name}: ${passed} passed, ${notRun} not passed`);
  else
    console.info(
      `ran on PostgreSQL: ${suite.name.replace(process.cwd() + '/', '')} (${passed} tests)`,
    );
}
for (const suite of results.testResults) {
  for (const test of suite.assertionResults.filter((result) => result.status === 'pending')) {
    console.info(`skipped: ${test.fullName}`);
  }
}
const { numPassedTests, numFailedTests, numPendingTests } = results;
console.info(
  `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`,
);
if (problems.length > 0 || numFailedTests > 0 || !results.success) {
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  process.exit(1);
}
