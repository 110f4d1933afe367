#!/usr/bin/env bash
# A damaged database is never served (issue 16): zeroed pages (dd) are found at start and the file rebuilt;
# with Database:BuildFromSeeds=false start-up stops with one fatal line and exit code 1; damage or deletion
# while the API runs makes /health a 503.
#   tools/faults/corrupt-db.sh
source "$(dirname "$0")/lib.sh"
build_api
d=$work/corrupt; rm -rf "$d"; mkdir -p "$d"
db=$d/azchina.db
zero() { dd if=/dev/zero of="$db" bs=4096 seek=3 count=4 conv=notrunc status=none; }
quick() { sqlite3 -readonly "$db" "PRAGMA quick_check" 2>&1 | head -1; }

echo "== build, serve, stop"
start_api "$d/1.log" --Database:Path="$db"; wait_ready; stop_api

echo "== zero pages 3-6 and restart"
zero
echo "   quick_check of the damaged file: $(quick)"
start_api "$d/2.log" --Database:Path="$db"; wait_ready
grep -h "damaged" "$d/2.log" | cut -c1-220 | sed 's/^/   log: /'
check "the damage is found at start and the file rebuilt" grep -q "is current but damaged.*rebuilding it" "$d/2.log"
check "/health 200" [ "$(status "$base/health")" = 200 ]
check "/events 200" [ "$(status "$base/events")" = 200 ]
check "/search 200" [ "$(status "$base/search?q=baku")" = 200 ]
check "/export/dataset.json 200" [ "$(status "$base/export/dataset.json")" = 200 ]
check "the rebuilt file passes quick_check" [ "$(quick)" = ok ]

echo "== zero pages while the API runs"
zero
code=$(status "$base/health")
echo "   /health: $code $(curl -s "$base/health" | head -c 200)"
check "/health is 503 once the file is damaged" [ "$code" = 503 ]
check "the download is refused, not sent damaged under the verified ETag" [ "$(status "$base/export/azchina.db")" = 503 ]
stop_api

echo "== Database:BuildFromSeeds=false with a damaged file"
before=$(sha256sum "$db" | cut -c1-16)
rc=$(run_api "$d/3.log" --Database:Path="$db" --Database:BuildFromSeeds=false)
cut -c1-220 "$d/3.log" | sed 's/^/   log: /'
check "exit code 1" [ "$rc" = 1 ]
check "one fatal line" [ "$(grep -c ' FTL] ' "$d/3.log")" = 1 ]
check "no stack trace" bash -c "! grep -qE '^ +at |Unhandled exception' '$d/3.log'"
check "the file is left as it was" [ "$(sha256sum "$db" | cut -c1-16)" = "$before" ]

echo "== deleted while the API runs"
start_api "$d/4.log" --Database:Path="$db"; wait_ready
rm -f "$db"
echo "   /health: $(curl -s "$base/health" | head -c 200)"
check "/health is 503 once the file is deleted" [ "$(status "$base/health")" = 503 ]
stop_api

echo "== a data folder the API's user cannot write (as nobody; needs root and setpriv)"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  ro=$(mktemp -d /tmp/azchina-readonly-XXXXXX); chmod 755 "$ro"
  set +e
  ( cd "$build" && timeout 120 setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp DOTNET_CLI_HOME=/tmp \
      dotnet AzChina.Api.dll --urls "$base" --Database:Path="$ro/azchina.db" ) >"$d/5.log" 2>&1
  rc=$?
  set -e
  grep FTL "$d/5.log" | cut -c1-220 | sed 's/^/   log: /'
  check "exit code 1" [ "$rc" = 1 ]
  check "the folder is named as read-only" grep -q "The data folder $ro is read-only or cannot be written" "$d/5.log"
  rm -rf "$ro"
else
  echo "   skipped: not root, or no setpriv"
fi

echo "== the port is taken"
start_api "$d/6.log" --Database:Path="$d/port/azchina.db"; wait_ready
rc=$(run_api "$d/7.log" --Database:Path="$d/port/azchina.db")
grep FTL "$d/7.log" | cut -c1-220 | sed 's/^/   log: /'
check "exit code 1" [ "$rc" = 1 ]
check "one line, no stack trace" [ "$(wc -l < "$d/7.log")" -le 2 ]
stop_api
finish
