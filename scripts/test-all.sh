#!/usr/bin/env bash
# `npm test`: build, unit tests, then the API end-to-end suites beside the browser suite. The
# browser suite mostly waits on one browser (under half a core), so the API suites run meanwhile,
# in the background, their output shown when they end; either failing fails the run.
# BATON_TEST_API_ALSO=<database url>: the API suites run a second time on that server, in the same lane.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run build
npm run test:unit

api_log=$(mktemp)
(
  set -e
  echo "--- API end-to-end suites (DATABASE_URL if set, else an embedded PostgreSQL)"
  npm run test:api
  if [ -n "${BATON_TEST_API_ALSO:-}" ]; then
    echo "--- API end-to-end suites again, on ${BATON_TEST_API_ALSO}"
    # The fuzz and crash suites ran above; their subject is the API process (what it answers, what
    # a kill leaves), not which PostgreSQL server it uses, and they are the longest.
    DATABASE_URL=$BATON_TEST_API_ALSO npm run test:api -w @baton/api -- \
      --testPathIgnorePatterns 'fuzz\.e2e|crash-durability\.e2e'
  fi
) >"$api_log" 2>&1 &
api_pid=$!

browser_status=0
npm run test:e2e || browser_status=$?
api_status=0
wait "$api_pid" || api_status=$?
cat "$api_log"
rm -f "$api_log"
if [ "$browser_status" -ne 0 ] || [ "$api_status" -ne 0 ]; then
  echo "browser suite exit ${browser_status}, API suites exit ${api_status}"
  exit 1
fi
