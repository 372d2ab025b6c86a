-- wrk: every request posts a new guest comment to the article named by the arguments
-- (path, the form's "shown" stamp, the site's origin). Counts, per thread, how many were
-- acknowledged (302 to the comment's own address), how many were refused, and how many were sent.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  shown = args[2]
  origin = args[3]
  -- Optional: how many each thread posts before stopping, and replies to comments first..first+count-1.
  quota = tonumber(args[4] or "0")
  parent_first = tonumber(args[5] or "0")
  parent_count = tonumber(args[6] or "0")
  -- Optional: every mix-th comment is a civil one that a glance cannot tell from a threat, as about
  -- one civil comment in ten is, so that the language model reads it.
  mix = tonumber(args[7] or "0")
  n = 0
  -- Different in every run, so that no comment repeats an earlier one word for word.
  math.randomseed(os.time() + id * 1000)
  run = tostring(os.time()) .. "-" .. math.random(100000)
  run_number = os.time() * 100000 + math.random(100000)
  acknowledged = 0
  refused = 0
  -- The statuses of the first refusals, to say why they were refused.
  refusals = ""
  sent = 0
end

-- A number written in letters ("zxb", "zxba", "zxbb", ...): long runs of digits read like a phone
-- number, which the moderation rules count as a sign of spam, and readers' comments rarely carry one.
-- The "zx" in front keeps the letters from spelling a word the rules hold back ("ass", "cum").
local function letters(number)
  local word = ""
  repeat
    word = string.char(97 + number % 26) .. word
    number = math.floor(number / 26)
  until number == 0
  return "zx" .. word
end

function request()
  n = n + 1
  sent = sent + 1
  local words = "Benchmark+comment+" .. letters(run_number) .. "+" .. letters(id) .. "+" .. letters(n)
    .. "+on+the+harbour+works"
  if mix > 0 and n % mix == 0 then
    words = "You+should+all+come+to+the+protest+on+Saturday+at+noon%2C+and+bring+your+family.+I%27ll+be+watching+"
      .. "how+you+vote%2C+councillor.+Stand+" .. letters(run_number) .. "+" .. letters(id) .. "+" .. letters(n) .. "."
  end
  local body = "body=" .. words
    .. "&name=Bench+Reader+" .. id
    .. "&email=bench-" .. run .. "-" .. id .. "-" .. n .. "%40readers.test"
    .. "&shown=" .. shown
  if parent_count > 0 then
    body = body .. "&parentId=" .. (parent_first + ((id * 7919 + n) % parent_count))
  end
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin,
  }, body)
end

function response(status, headers, body)
  if quota > 0 and n >= quota then
    wrk.thread:stop()
  end
  if status == 302 and headers["Location"] ~= nil and string.find(headers["Location"], "/comments/") then
    acknowledged = acknowledged + 1
  else
    refused = refused + 1
    if refused <= 10 then
      local where = headers["Location"] or ""
      refusals = refusals .. " " .. status .. (where ~= "" and (" " .. where) or "")
    end
  end
end

function done(summary, latency, requests)
  local a, r, s, why = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    a = a + thread:get("acknowledged")
    r = r + thread:get("refused")
    s = s + thread:get("sent")
    why = why .. thread:get("refusals")
  end
  -- Requests still on the wire when wrk stops are sent but never answered to wrk: the server may
  -- store them after wrk has gone, so the stored count lies between acknowledged and sent.
  io.write(string.format("acknowledged: %d\nrefused: %d\nsent: %d\nrefused with:%s\n", a, r, s, why))
end
