// Lists the failed tests of vitest JSON reports (one per project): file, full name and the first lines of each
// failure message; then the tests that passed only on a retry (the broker and browser projects allow one, see
// vitest.config.ts), with what their first attempt said, so a flaky test is seen rather than hidden. test.sh prints
// this just before its closing count, because CI logs are often read from the tail.
const fs = require('node:fs');
const path = require('node:path');

const lines = [];
const retried = [];
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) continue;
  let report;
  try { report = JSON.parse(fs.readFileSync(file, 'utf8')); }
  catch (e) { lines.push(`${file}: unreadable report (${e.message})`); continue; }
  const project = path.basename(file, '.json');
  for (const suite of report.testResults ?? []) {
    const where = path.relative(process.cwd(), suite.name);
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (failed.length === 0 && suite.status === 'failed') {
      lines.push(`[${project}] ${where}: the file failed to run`, ...excerpt(suite.message));
    }
    for (const test of failed) {
      lines.push(`[${project}] ${where} > ${test.fullName}`, ...excerpt((test.failureMessages ?? []).join('\n')));
    }
    // vitest keeps the errors of earlier attempts on a test that passed on a retry.
    for (const test of (suite.assertionResults ?? []).filter((t) => t.status === 'passed' && t.failureMessages?.length)) {
      retried.push(`[${project}] ${where} > ${test.fullName}`, ...excerpt(test.failureMessages.join('\n')));
    }
  }
}
if (retried.length > 0) console.log(['Passed only on a retry (the first attempt said):', ...retried, ''].join('\n'));
if (lines.length > 0) console.log(['Failed:', ...lines, ''].join('\n'));

function excerpt(message) {
  // Stack frames say little in a summary; the message and the assertion's diff say what went wrong.
  return String(message ?? '').split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 12)
    .map((l) => `    ${l.slice(0, 300)}`);
}
