#!/usr/bin/env bash
# kill -9 during database builds, then a restart (issue 16): the old database is never replaced by a
# partial one, and no build file outlives its build: the next start removes what killed builds left.
#   tools/faults/kill-build.sh [COPIES (default 1000: about 37,000 events)]
source "$(dirname "$0")/lib.sh"
copies=${1:-1000}
build_api
d=$work/kill; rm -rf "$d"; mkdir -p "$d"
db=$d/data/azchina.db
python3 "$faults/make-big-seeds.py" "$build/seeds" "$d/big-seeds" "$copies" | sed 's/^/   /'
leftovers() { find "$d/data" -name 'azchina.db.building-*' | wc -l; }

echo "== a good database from the shipped seeds"
rc=$(run_api "$d/good.log" --Database:Path="$db" --Database:BuildOnly=true)
good=$(sha256sum "$db" | cut -c1-16)
echo "   rc $rc, sha256 $good"

echo "== how long a build of the big seeds takes"
start=$(date +%s.%N)
rc=$(run_api "$d/timed.log" --Database:Path="$d/timed/azchina.db" --Database:BuildOnly=true)
took=$(echo "$(date +%s.%N) - $start" | bc)
echo "   rc $rc, ${took} s, $(du -h "$d/timed/azchina.db" | cut -f1)"
rm -rf "$d/timed"

echo "== kill -9 at points through the build (the old database in place)"
for fraction in 0.1 0.3 0.5 0.7 0.85 0.95; do
  delay=$(echo "$took * $fraction" | bc)
  start_api "$d/kill.log" --Database:Path="$db" --Database:SeedsPath="$d/big-seeds" --Database:BuildOnly=true
  sleep "$delay"
  kill -9 "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=
  echo "   killed at ${delay} s: database $(sha256sum "$db" | cut -c1-16), $(sqlite3 -readonly "$db" 'PRAGMA quick_check' | head -1); $(leftovers) build file(s) left, $(du -sh "$d/data" | cut -f1) in the folder"
  check "the old database is intact" [ "$(sha256sum "$db" | cut -c1-16)" = "$good" ]
done

echo "== restart"
start_api "$d/restart.log" --Database:Path="$db"; wait_ready
grep -c "left by a database build that did not finish" "$d/restart.log" | sed 's/^/   removed: /'
check "no build file is left" [ "$(leftovers)" = 0 ]
check "/health 200" [ "$(status "$base/health")" = 200 ]
stop_api
finish
