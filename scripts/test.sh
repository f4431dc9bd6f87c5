#!/usr/bin/env bash
# `npm test`: makes sure the system parts the tests drive are here (Debian's activemq, chromium, mcollective and
# mcollective-client; installed when running as root, otherwise it stops and says what to install), then runs every
# test project in turn (unit, corpus: the import round trip over ../shared/corpus, broker, browser) and prints one
# closing line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh || exit 1
mkdir -p tests/.tmp
passed=0; failed=0; status=0
for project in unit corpus broker browser; do
  if ! ls tests/$project 2>/dev/null | grep -q '\.test\.ts$' && [ "$project" != unit ]; then continue; fi
  echo "=== vitest project: $project"
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="tests/.tmp/$project.json" "$@"
  rc=$?
  [ $rc -ne 0 ] && status=$rc
  counts=$(node -e '
    try { const r = require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)); }
    catch { console.log("0 1"); }' "$PWD/tests/.tmp/$project.json")
  passed=$((passed + ${counts% *})); failed=$((failed + ${counts#* }))
done
echo
# The failures again, last, so that a log cut to its tail still names them and says why.
node scripts/failedTests.cjs tests/.tmp/{unit,corpus,broker,browser}.json
echo "$passed passed, $failed failed"
[ $failed -gt 0 ] && [ $status -eq 0 ] && status=1
exit $status
