// The closing summary of `npm test`, from the vitest JSON reports of the projects that ran (one file each): the tests
// that passed only on a retry (the broker and browser projects allow one, see vitest.config.ts) with what their first
// attempt said, so a flaky test is seen rather than hidden; the failed tests with the first lines of each failure;
// then one line "N passed, N failed". It comes last because CI logs are often read from the tail. A report that is
// missing or unreadable (the project crashed) counts as one failure. Exit status 1 when anything failed.
const fs = require('node:fs');
const path = require('node:path');

const failures = [];
const retried = [];
let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const project = path.basename(file, '.json');
  let report;
  try { report = JSON.parse(fs.readFileSync(file, 'utf8')); }
  catch (e) { failed += 1; failures.push(`[${project}] no readable report (${e.message})`); continue; }
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  for (const suite of report.testResults ?? []) {
    const where = path.relative(process.cwd(), suite.name);
    const tests = suite.assertionResults ?? [];
    const failedHere = tests.filter((t) => t.status === 'failed');
    if (failedHere.length === 0 && suite.status === 'failed') {
      failures.push(`[${project}] ${where}: the file failed to run`, ...excerpt(suite.message));
    }
    for (const test of failedHere) {
      failures.push(`[${project}] ${where} > ${test.fullName}`, ...excerpt((test.failureMessages ?? []).join('\n')));
    }
    // vitest keeps the errors of earlier attempts on a test that passed on a retry.
    for (const test of tests.filter((t) => t.status === 'passed' && t.failureMessages?.length)) {
      retried.push(`[${project}] ${where} > ${test.fullName}`, ...excerpt(test.failureMessages.join('\n')));
    }
  }
}
if (retried.length > 0) console.log(['Passed only on a retry (the first attempt said):', ...retried, ''].join('\n'));
if (failures.length > 0) console.log(['Failed:', ...failures, ''].join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

function excerpt(message) {
  // Stack frames say little in a summary; the message and the assertion's diff say what went wrong.
  return String(message ?? '').split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 12)
    .map((l) => `    ${l.slice(0, 300)}`);
}
