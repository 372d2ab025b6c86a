-- wrk: delivers the signed Stripe events of a file (lines "<Stripe-Signature>\t<body>", written by
-- webhook-events.py) to the webhook. Thread t of n sends lines t, t+n, ...; each thread stops once all
-- its lines are answered, or when wrk's duration ends. Counts answers by outcome.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(args[2])
  lines = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % nthreads == id - 1 then
      local tab = string.find(line, "\t", 1, true)
      table.insert(lines, { string.sub(line, 1, tab - 1), string.sub(line, tab + 1) })
    end
    i = i + 1
  end
  path = args[3]
  next_line = 0
  answered = 0
  applied, repeated, ignored, refused = 0, 0, 0, 0
end

function request()
  next_line = next_line + 1
  local event = lines[((next_line - 1) % #lines) + 1]
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json; charset=utf-8",
    ["Stripe-Signature"] = event[1],
  }, event[2])
end

function response(status, headers, body)
  answered = answered + 1
  if status == 200 and string.sub(body, 1, 8) == "applied " then
    applied = applied + 1
  elseif status == 200 and string.sub(body, 1, 9) == "repeated " then
    repeated = repeated + 1
  elseif status == 200 and string.sub(body, 1, 8) == "ignored " then
    ignored = ignored + 1
  else
    refused = refused + 1
  end
  if answered >= #lines then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local ap, re, ig, rf = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    ap = ap + thread:get("applied")
    re = re + thread:get("repeated")
    ig = ig + thread:get("ignored")
    rf = rf + thread:get("refused")
  end
  io.write(string.format("applied: %d\nrepeated: %d\nignored: %d\nrefused: %d\n", ap, re, ig, rf))
end
