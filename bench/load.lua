-- bench/load.lua — wrk script of bench/run-load: POST /v1/extract with real articles.
-- Each wrk thread loads the request bodies (one JSON object per line) and cycles through them,
-- starting at a different offset; each thread stops after MAX requests (bounded count).
-- Usage: wrk -s bench/load.lua URL -- BODIES_FILE MAX_PER_THREAD
local bodies = {}
local i = 0
local max = 0
local sent = 0
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
end

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  max = tonumber(args[2] or "0") or 0
  i = ((id or 1) * 37) % #bodies
end

request = function()
  i = i % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[i])
end

response = function(status, headers, body)
  sent = sent + 1
  if max > 0 and sent >= max then wrk.thread:stop() end
end

done = function(summary, latency, requests)
  local s = summary.duration / 1e6
  io.write(string.format("http_requests %d\n", summary.requests))
  io.write(string.format("http_seconds %.3f\n", s))
  io.write(string.format("http_rps %.1f\n", summary.requests / s))
  io.write(string.format("http_p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("http_p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("http_non2xx %d\n", summary.errors.status))
  io.write(string.format("http_socket_errors %d\n",
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
