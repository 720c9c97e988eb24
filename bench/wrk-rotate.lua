-- wrk script for the JVM warm-up of bench/hierarchy.sh: cycles through the request paths given
-- after "--" (each connection starts at another one) and prints how many answers were not 2xx.
--   wrk -s bench/wrk-rotate.lua -H "Authorization: Bearer …" http://127.0.0.1:8083 -- /api/v1/a /api/v1/b

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("offset", counter)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for _, p in ipairs(args) do
      table.insert(paths, p)
   end
   if #paths == 0 then
      paths = { wrk.path }
   end
   i = offset or 0
   non2xx = 0
end

function request()
   i = i % #paths + 1
   return wrk.format(nil, paths[i])
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do
      bad = bad + (t:get("non2xx") or 0)
   end
   io.write(string.format("WARMUP requests=%d rps=%.1f p50_ms=%.3f p95_ms=%.3f non2xx=%d timeouts=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, bad, summary.errors.timeout))
end
