#!/usr/bin/env bash
# The benchmark, in one command:
#   bench/run.sh [--events 10000,1000000] [--duration 10s] [--connections 32] [--modes cached,uncached]
# Builds Release, installs wrk (apt) and json-server (npm, pinned in package-lock.json) if missing,
# generates the synthetic databases, then for each size starts the API on 127.0.0.1 against that file
# and drives one endpoint at a time with wrk. In the same run it measures the ceiling (a minimal
# ASP.NET app answering the trade-turnover body, and again each endpoint's own body) and the peer
# (json-server serving the same series).
# Not a test: CI never runs it. Results go to bench/results/.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
events=10000,1000000 duration=10s connections=32 threads=1 modes=cached,uncached
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2 ;; --duration) duration=$2 ;; --connections) connections=$2 ;; --modes) modes=$2 ;;
    *) echo "usage: bench/run.sh [--events 10000,1000000] [--duration 10s] [--connections 32] [--modes cached,uncached]" >&2; exit 2 ;;
  esac
  shift 2
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
results=$bench/results; mkdir -p "$results" "$bench/data"
api_port=5181 ceiling_port=5182 peer_port=5183

# Every server this script starts, stopped on exit whatever happens.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT
stop() {
  kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true
  local left=(); for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || left+=("$pid"); done; pids=("${left[@]}")
}

wait_for() { # URL: up to 120 s, for a server to answer
  for _ in $(seq 240); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; exit 1
}

echo "== tools"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -x "$bench/node_modules/.bin/json-server" ] || (cd "$bench" && npm ci --no-audit --no-fund --loglevel=error)

echo "== build (Release)"
for project in "$root/src/AzChina.Api/AzChina.Api.csproj" "$bench/AzChina.Generator/AzChina.Generator.csproj" "$bench/AzChina.Ceiling/AzChina.Ceiling.csproj"; do
  dotnet build "$project" -c Release -v quiet -nologo | grep -E "error|Warn|warn" || true
done
api_dll=$root/src/AzChina.Api/bin/Release/net10.0/AzChina.Api.dll

bench_url() { # NAME URL → "NAME rps p50 p99 errors", one line
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$bench/latency.lua" "$2" | grep '^RESULT')
  echo "$1 $(echo "$line" | awk '{ print $3, $4, $5, $6 }')"
}

# The API on a database file, served as it is; the rate limit lifted by configuration so that it
# does not cap the load of one client, and the per-request log line lowered to Warning (a console
# line per request would be what is measured). $2: response cache size in MB (0 = off).
start_api() {
  dotnet "$api_dll" --urls "http://127.0.0.1:$api_port" \
    --Database:Path="$1" --Database:BuildFromSeeds=false \
    --Http:RateLimitPermits=1000000000 --Http:ResponseCacheMegabytes="$2" \
    --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
    >"$results/api.log" 2>&1 &
  api_pid=$!; pids+=("$api_pid")
  wait_for "http://127.0.0.1:$api_port/health"
}

date_run=$(date -u +%Y-%m-%d)
table=$results/table.md
: >"$table"
api_base=http://127.0.0.1:$api_port
first_size=${events%%,*}

for n in ${events//,/ }; do
  db=$bench/data/events-$n.db
  [ -f "$db" ] || { echo "== generate $n events"; dotnet "$bench/AzChina.Generator/bin/Release/net10.0/AzChina.Generator.dll" --events "$n" --out "$db"; }

  # The URLs, found from the data: a person whose name is rare (ASCII, for the URL), a cursor 1,000
  # pages of 50 deep (or three quarters of the list when it is shorter), by following nextCursor.
  person=$(sqlite3 "$db" "SELECT id || '|' || name FROM actors WHERE kind = 'person' AND name NOT GLOB '*[^ -~]*'
                          GROUP BY name HAVING count(*) = 1 ORDER BY length(name) DESC, name LIMIT 1")
  person_id=${person%%|*} person_name=${person#*|}
  start_api "$db" 0
  depth=$(( n * 3 / 4 / 50 < 1000 ? n * 3 / 4 / 50 : 1000 ))
  cursor=""
  for _ in $(seq $(( depth / 10 ))); do
    cursor=$(curl -fsS "$api_base/events?limit=500${cursor:+&cursor=$cursor}" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
  done
  if [ "$n" = "$first_size" ]; then curl -fsS "$api_base/metrics?name=trade_turnover" >"$results/trade_turnover.json"; fi

  endpoints=(
    "metrics|/metrics?name=trade_turnover"
    "events|/events?limit=50"
    "events-filtered|/events?type=meeting&from=2015-01-01&to=2024-12-31&limit=50"
    "events-fulltext|/events?q=Middle%20Corridor&limit=50"
    "events-deep(p$depth)|/events?limit=50&cursor=$cursor"
    "actor|/actors/$person_id"
    "search|/search?q=${person_name// /%20}"
  )
  # Each endpoint's own body, for the same-body ceiling below.
  bodies=$results/bodies-$n; rm -rf "$bodies"; mkdir -p "$bodies"
  for entry in "${endpoints[@]}"; do
    path=${entry#*|}
    curl -fsS -o "$bodies/$(printf '%s' "$path" | sha1sum | cut -c1-16)" "$api_base$path"
  done
  stop "$api_pid"

  # The ceiling again, per endpoint, answering that endpoint's own body as a constant: the API's
  # throughput over this is the share of the framework's best that the API's own work leaves.
  echo "== same-body ceiling, $n events"
  dotnet "$bench/AzChina.Ceiling/bin/Release/net10.0/AzChina.Ceiling.dll" --urls "http://127.0.0.1:$ceiling_port" \
    --Bodies="$bodies" >"$results/ceiling.log" 2>&1 &
  ceiling_pid=$!; pids+=("$ceiling_pid")
  wait_for "http://127.0.0.1:$ceiling_port/metrics?name=trade_turnover"
  declare -A same_body=()
  for entry in "${endpoints[@]}"; do
    name=${entry%%|*} path=${entry#*|}
    read -r _ rps _ _ _ < <(bench_url "$name" "http://127.0.0.1:$ceiling_port$path")
    same_body[$name]=$rps
    printf '%-22s %8s req/s (ceiling, %s bytes)\n' "$name" "$rps" "$(wc -c <"$bodies/$(printf '%s' "$path" | sha1sum | cut -c1-16)")"
  done
  stop "$ceiling_pid"

  if [ "$n" = "$first_size" ]; then
    echo "== ceiling and peer"
    dotnet "$bench/AzChina.Ceiling/bin/Release/net10.0/AzChina.Ceiling.dll" --urls "http://127.0.0.1:$ceiling_port" \
      --Body="$results/trade_turnover.json" >"$results/ceiling.log" 2>&1 &
    ceiling_pid=$!; pids+=("$ceiling_pid")
    wait_for "http://127.0.0.1:$ceiling_port/"
    read -r _ ceiling_rps ceiling_p50 ceiling_p99 ceiling_errors < <(bench_url ceiling "http://127.0.0.1:$ceiling_port/metrics?name=trade_turnover")
    stop "$ceiling_pid"
    # json-server serves db.json's trade_turnover member (the API's series) at /trade_turnover.
    printf '{ "trade_turnover": %s }\n' "$(cat "$results/trade_turnover.json")" >"$results/peer-db.json"
    "$bench/node_modules/.bin/json-server" --quiet --host 127.0.0.1 --port "$peer_port" "$results/peer-db.json" >"$results/peer.log" 2>&1 &
    peer_pid=$!; pids+=("$peer_pid")
    wait_for "http://127.0.0.1:$peer_port/trade_turnover"
    read -r _ peer_rps peer_p50 peer_p99 peer_errors < <(bench_url peer "http://127.0.0.1:$peer_port/trade_turnover")
    stop "$peer_pid"
    {
      echo "Run of $date_run: wrk -t$threads -c$connections -d$duration, one endpoint at a time, on $(nproc) cores."
      echo
      echo "| events | cache | endpoint | requests/s | p50 ms | p99 ms | × ceiling | × same-body ceiling | × json-server | errors |"
      echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
      echo "| – | – | ceiling (constant body, $(wc -c <"$results/trade_turnover.json") bytes) | $ceiling_rps | $ceiling_p50 | $ceiling_p99 | 1.00 | | $(awk "BEGIN { printf \"%.1f\", $ceiling_rps / $peer_rps }") | $ceiling_errors |"
      echo "| – | – | json-server 0.17.4, same series | $peer_rps | $peer_p50 | $peer_p99 | $(awk "BEGIN { printf \"%.2f\", $peer_rps / $ceiling_rps }") | | 1.0 | $peer_errors |"
    } >>"$table"
  fi

  for mode in ${modes//,/ }; do
    echo "== $n events, response cache $mode"
    start_api "$db" "$([ "$mode" = cached ] && echo 64 || echo 0)"
    for entry in "${endpoints[@]}"; do
      name=${entry%%|*} path=${entry#*|}
      curl -fsS -o /dev/null "$api_base$path" || { echo "failed: $path" >&2; exit 1; }
      read -r _ rps p50 p99 errors < <(bench_url "$name" "$api_base$path")
      printf '%-22s %8s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
      echo "| $n | $mode | \`${path:0:60}\` | $rps | $p50 | $p99 | $(awk "BEGIN { printf \"%.2f\", $rps / $ceiling_rps }") | $(awk "BEGIN { printf \"%.2f\", $rps / ${same_body[$name]} }") | $(awk "BEGIN { printf \"%.1f\", $rps / $peer_rps }") | $errors |" >>"$table"
    done
    peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
    echo "API peak memory (VmHWM): $peak MB"
    echo "| $n | $mode | API peak memory (VmHWM) | $peak MB | | | | | | |" >>"$table"
    stop "$api_pid"
  done
done

echo
cat "$table"
