#!/usr/bin/env bash
# Floods of distinct URLs and hostile Host headers, with the API's memory (VmRSS, VmHWM) measured.
#   tools/faults/floods.sh [COUNT (default 200000)] [--Setting=value ...]
# Settings after COUNT go to the API (e.g. --Http:ResponseCacheMegabytes=0 to see the cache's share).
# The rate limit is lifted (one local client would otherwise get 429s after 1,200 requests).
# Done when (issue 16): memory stays under 250 MB through 200,000 distinct URLs and 30 KB Host headers.
source "$(dirname "$0")/lib.sh"
count=${1:-200000}
settings=("${@:2}")
build_api
d=$work/floods; rm -rf "$d"; mkdir -p "$d"

sample() { # PHASE: VmRSS/VmHWM every second while flood.py runs; prints the highest RSS seen
  local peak=0 rss
  while kill -0 "$1" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status"); [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 1
  done
  echo "$peak"
}

flood() { # NAME ARGS...: runs flood.py, reports the status counts and memory
  local name=$1; shift
  python3 "$faults/flood.py" "$port" "$@" >"$d/$name.out" 2>&1 &
  local peak; peak=$(sample $!)
  wait $! || true
  echo "-- $name: $(tail -1 "$d/$name.out")"
  echo "   peak VmRSS $peak MB; now: $(mem)"
  eval "peak_$name=$peak"
}

echo "== default settings (no public base URL); rate limit lifted"
start_api "$d/api.log" --Database:Path="$d/azchina.db" --Http:RateLimitPermits=100000000 "${settings[@]}"
wait_ready
echo "start: $(mem)"
flood nonce nonce "$count"
check "unknown parameters are all 400" grep -q "done: $count requests: {400: $count}" "$d/nonce.out"
flood bighost events 20000 30000
check "a 30 KB Host is a 400" grep -q "done: 20000 requests: {400: 20000}" "$d/bighost.out"
flood search search "$count"
check "distinct valid URLs are all served" grep -q "done: $count requests: {200: $count}" "$d/search.out"
echo "   $(mem)"
check "memory under 250 MB through the unknown-parameter flood" [ "$peak_nonce" -lt 250 ]
check "memory under 250 MB through the 30 KB Host flood" [ "$peak_bighost" -lt 250 ]
check "memory under 250 MB through $count distinct valid URLs (the response cache's share)" [ "$peak_search" -lt 250 ]
check "the API is still serving" [ "$(status "$base/health")" = 200 ]
echo "   log: $(wc -c <"$d/api.log") bytes, $(wc -l <"$d/api.log") lines"
stop_api

echo "== Http:PublicBaseUrl set: the Host header is not used"
start_api "$d/api-public.log" --Database:Path="$d/azchina.db" --Http:RateLimitPermits=100000000 --Http:PublicBaseUrl=https://api.example.org "${settings[@]}"
wait_ready
echo "start: $(mem)"
flood publichost events 20000 30000
check "a 30 KB Host is served, Link from the public base URL" grep -q "done: 20000 requests: {200: 20000}" "$d/publichost.out"
check "memory under 250 MB through 20,000 distinct URLs with 30 KB Hosts" [ "$peak_publichost" -lt 250 ]
stop_api
finish
