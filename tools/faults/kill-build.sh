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
rc=$(run_api "$d/timed.log" --Database:Path="$d/timed/azchina.db" --Database:SeedsPath="$d/big-seeds" --Database:BuildOnly=true)
took=$(echo "$(date +%s.%N) - $start" | bc)
echo "   rc $rc, ${took} s, $(du -h "$d/timed/azchina.db" | cut -f1)"
rm -rf "$d/timed"

cp "$db" "$d/good.db"
killed() { # WHEN: after a kill, the database is the old one or a complete new one, never a partial one
  local sha; sha=$(sha256sum "$db" | cut -c1-16)
  echo "   killed $1: database $sha ($( [ "$sha" = "$good" ] && echo old || echo new)), quick_check $(sqlite3 -readonly "$db" 'PRAGMA quick_check' | head -1); $(leftovers) build file(s) left, $(du -sh "$d/data" | cut -f1) in the folder"
  check "the database is the old one or a complete new one" [ "$(sqlite3 -readonly "$db" 'PRAGMA quick_check' | head -1)" = ok ]
  # The next kill starts from the old database again.
  cp "$d/good.db" "$db"
}

echo "== kill -9 at points through the build (the old database in place)"
for fraction in 0.1 0.3 0.5 0.7; do
  delay=$(echo "$took * $fraction" | bc)
  start_api "$d/kill.log" --Database:Path="$db" --Database:SeedsPath="$d/big-seeds" --Database:BuildOnly=true
  sleep "$delay"
  kill -9 "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=
  killed "at ${delay} s"
done

echo "== kill -9 late: once the build file has data (commit, check, analyse), then after a pause"
for pause in 0 0.3 1; do
  start_api "$d/kill.log" --Database:Path="$db" --Database:SeedsPath="$d/big-seeds" --Database:BuildOnly=true
  for _ in $(seq 600); do
    [ -n "$(find "$d/data" -name 'azchina.db.building-*' -size +0 -print -quit)" ] && break
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.05
  done
  sleep "$pause"
  kill -9 "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=
  killed "${pause} s after the first write"
done

echo "== restart"
start_api "$d/restart.log" --Database:Path="$db"; wait_ready
echo "   removed at start: $(grep -c "left by a database build that did not finish" "$d/restart.log" || true) file(s)"
check "no build file is left" [ "$(leftovers)" = 0 ]
check "/health 200" [ "$(status "$base/health")" = 200 ]
stop_api
finish
