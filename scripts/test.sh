#!/usr/bin/env bash
# `npm test`: makes sure the system parts the tests drive are here (Debian's activemq, chromium, mcollective and
# mcollective-client; installed when running as root, otherwise it stops and says what to install), then runs every
# test project in turn (unit, corpus: the import round trip over ../shared/corpus, broker, browser) and ends with
# scripts/testSummary.cjs: the retried and failed tests, and one closing line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh || exit 1
mkdir -p tests/.tmp
status=0; reports=()
for project in unit corpus broker browser; do
  if ! ls tests/$project 2>/dev/null | grep -q '\.test\.ts$' && [ "$project" != unit ]; then continue; fi
  echo "=== vitest project: $project"
  rm -f "tests/.tmp/$project.json" # a report left by an earlier run must not stand in for one this run failed to write
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="tests/.tmp/$project.json" "$@"
  rc=$?
  [ $rc -ne 0 ] && status=$rc
  reports+=("tests/.tmp/$project.json")
done
echo
node scripts/testSummary.cjs "${reports[@]}" || { [ $status -eq 0 ] && status=1; }
exit $status
