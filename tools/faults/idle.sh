#!/usr/bin/env bash
# 20,000 idle connections (nothing sent) while another client is served.
#   tools/faults/idle.sh [COUNT (default 20000)] [SECONDS (default 30)]
# About 20,000 killed the process with "Out of memory." (issue 16). Now Kestrel refuses connections past
# Http:MaxConnections and one address past Http:MaxConnectionsPerClient, so:
#   1. from one address: the API keeps MaxConnectionsPerClient of them and serves a client on 127.0.0.2;
#   2. spread over 200 addresses (under the per-client limit): the API stays up at MaxConnections open,
#      refuses new connections until the idle ones time out (Http:KeepAliveTimeoutSeconds), then serves again.
# The client side needs one descriptor per connection: two processes of COUNT/2 each.
source "$(dirname "$0")/lib.sh"
count=${1:-20000} seconds=${2:-30}
build_api
d=$work/idle; rm -rf "$d"; mkdir -p "$d"
ulimit -n "$(ulimit -Hn)"
echo "open-file limit: $(ulimit -n) (this shell and the API)"

probe() { # SECONDS: one request a second from 127.0.0.2; prints "served/total"
  local ok=0 n=0
  for _ in $(seq "$1"); do
    n=$((n + 1)); [ "$(curl -s -o /dev/null -w '%{http_code}' -m 3 --interface 127.0.0.2 "$base/health")" = 200 ] && ok=$((ok + 1))
    sleep 1
  done
  echo "$ok/$n"
}

attack() { # NAME SOURCES...: COUNT idle connections in two processes, probed meanwhile
  local name=$1; shift
  python3 "$faults/idle.py" "$port" $((count / 2)) "$seconds" "$@" >"$d/$name-1.out" 2>&1 &
  local a=$!
  python3 "$faults/idle.py" "$port" $((count - count / 2)) "$seconds" "$@" >"$d/$name-2.out" 2>&1 &
  local b=$!
  sleep 8
  echo "   during: API fds $(fds), $(mem)"
  local served; served=$(probe $((seconds - 12)))
  wait "$a" "$b" || true
  cat "$d/$name-1.out" "$d/$name-2.out" | sed 's/^/   /'
  echo "   another client (127.0.0.2) during the attack: $served served"
  eval "served_$name=$served"
}

start_api "$d/api.log" --Database:Path="$d/azchina.db"
wait_ready
echo "start: API fds $(fds), $(mem)"

echo "== 1. $count idle connections from 127.0.0.3 (not a trusted proxy: only 127.0.0.1 and ::1 are)"
attack one 127.0.0.3
check "the API is alive" kill -0 "$api_pid"
check "another client was served throughout" [ "${served_one%/*}" = "${served_one#*/}" ]

echo "== 2. $count idle connections from 200 addresses (127.0.1.1-200)"
attack many $(for i in $(seq 200); do echo 127.0.1.$i; done)
check "the API is alive" kill -0 "$api_pid"
echo "   after the attack: $(status "$base/health") from /health; API fds $(fds), $(mem)"
check "the API serves again once the connections are gone" [ "$(status "$base/health")" = 200 ]
grep -c "Out of memory" "$d/api.log" >/dev/null && check "no Out of memory" false
grep "Refused" "$d/api.log" | tail -3 | sed 's/^/   log: /' || true
echo "   log: $(wc -l <"$d/api.log") lines"
stop_api
finish
