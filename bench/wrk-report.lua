-- wrk script for bench/hierarchy.sh: counts non-2xx responses and prints one machine-readable
-- line at the end:
--   BENCH requests=N duration_s=S rps=R p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=… mean_ms=…
--         non2xx=N first_bad_status=CODE err_connect=N err_read=N err_write=N err_status=N err_timeout=N
-- The token and the URL come from the command line (-H "Authorization: Bearer …" URL).
-- Script arguments `-- POST '{"json": …}'` send that body as a JSON POST instead of a GET; `HEADER NAME VALUE`
-- adds a request header; `EXPECT CODE` counts every answer other than CODE (e.g. 304) instead of non-2xx.
-- They combine: `-- HEADER If-None-Match '"abc"' EXPECT 304`.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
   first_bad_status = 0
   expected = nil
   local i = 1
   while args[i] do
      if args[i] == "POST" then
         wrk.method = "POST"
         wrk.body = args[i + 1]
         wrk.headers["Content-Type"] = "application/json"
         i = i + 2
      elseif args[i] == "HEADER" then
         wrk.headers[args[i + 1]] = args[i + 2]
         i = i + 3
      elseif args[i] == "EXPECT" then
         expected = tonumber(args[i + 1])
         i = i + 2
      else
         error("wrk-report.lua: unknown argument " .. args[i])
      end
   end
end

function response(status, headers, body)
   local bad
   if expected then
      bad = status ~= expected
   else
      bad = status < 200 or status > 299
   end
   if bad then
      non2xx = non2xx + 1
      if first_bad_status == 0 then
         first_bad_status = status
      end
   end
end

function done(summary, latency, requests)
   local bad, first = 0, 0
   for _, t in ipairs(threads) do
      bad = bad + (t:get("non2xx") or 0)
      local f = t:get("first_bad_status") or 0
      if first == 0 and f ~= 0 then
         first = f
      end
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f"
         .. " non2xx=%d first_bad_status=%d err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
      bad, first, e.connect, e.read, e.write, e.status, e.timeout))
end
