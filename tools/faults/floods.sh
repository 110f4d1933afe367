#!/usr/bin/env bash
# Floods of distinct URLs and hostile Host headers, with the API's memory (VmRSS, VmHWM) measured.
#   tools/faults/floods.sh [COUNT (default 200000)] [--Setting=value ...]
# Settings after COUNT go to the API (e.g. --Http:ResponseCacheMegabytes=0 to see the cache's share).
# Each flood runs against a freshly started API, so each peak is its own. The rate limit is lifted (one
# local client would otherwise get 429s after 1,200 requests).
# Done when (issue 16): memory stays under 250 MB through 200,000 distinct URLs and 30 KB Host headers.
source "$(dirname "$0")/lib.sh"
count=${1:-200000}
settings=("${@:2}")
build_api
d=$work/floods; rm -rf "$d"; mkdir -p "$d"

sample() { # PID: VmRSS every second while that process runs; prints the highest seen
  local peak=0 rss
  while kill -0 "$1" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status"); [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 1
  done
  echo "$peak"
}

# flood NAME EXPECTED [--Setting=value ...] -- flood.py ARGS: a fresh API, one flood, its status counts and memory
flood() {
  local name=$1 expected=$2; shift 2
  local api=() ; while [ "$1" != "--" ]; do api+=("$1"); shift; done; shift
  start_api "$d/$name.log" --Database:Path="$d/azchina.db" --Http:RateLimitPermits=100000000 "${api[@]}" "${settings[@]}"
  wait_ready
  local before; before=$(mem)
  python3 "$faults/flood.py" "$port" "$@" >"$d/$name.out" 2>&1 &
  local peak; peak=$(sample $!)
  wait $! || true
  echo "-- $name ($*): $(tail -1 "$d/$name.out")"
  echo "   start: $before"
  echo "   end:   $(mem)peak VmRSS sampled: $peak MB; log: $(wc -l <"$d/$name.log") lines"
  check "$name: all $expected" grep -q "requests: {$expected: [0-9]*}$" "$d/$name.out"
  check "$name: the API still serves" [ "$(status "$base/health")" = 200 ]
  check "$name: VmRSS under 250 MB" [ "$peak" -lt 250 ]
  stop_api
}

flood nonce 400 -- nonce "$count"                               # unknown query parameters
flood bighost 400 -- events 20000 30000                         # a 30 KB Host, distinct URLs
flood publichost 200 --Http:PublicBaseUrl=https://api.example.org -- events 20000 30000
flood search 200 -- search "$count"                             # distinct valid URLs, all kept by the cache
flood hosts 200 -- events "$count" 250d                         # a distinct 250-character Host on every request
finish
