-- wrk reports the mean and a distribution; this prints one line the benchmark script parses:
-- RESULT <requests> <requests/s> <p50 ms> <p99 ms> <errors: socket + non-2xx/3xx>
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %d %.0f %.3f %.3f %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end
