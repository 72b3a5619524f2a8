-- wrk script: POST /users with a new name and e-mail on every request, so each one is a real
-- insert (a repeated e-mail would only measure the 409 path). Run against a started service:
--
--   wrk -t2 -c16 -d20s -s sample-app/load/create-users.lua http://127.0.0.1:8080
--
-- wrk prints "Non-2xx or 3xx responses: N" when any request did not get its 201.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  -- Unique across threads and across runs on the same database.
  prefix = string.format("%d-%d", os.time(), id)
  counter = 0
end

function request()
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local body = string.format('{"name": "Load %s", "email": "load-%s@example.com"}', key, key)
  return wrk.format("POST", "/users", { ["Content-Type"] = "application/json" }, body)
end
