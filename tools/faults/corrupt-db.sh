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
finish
