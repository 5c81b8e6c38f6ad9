-- tests/real/workloads/work.lua: Lua 5.4 workload for tests/real_lua.t.
-- Usage: lua5.4 work.lua SECTION   (patterns|tables|coroutines|math|format|misc)
local section = arg[1]

local function patterns()
  local s = "The quick brown fox jumps over the lazy dog; 42 apples, 7 pears, 1999-12-31"
  for w in s:gmatch("%a+") do io.write(w, ",") end print()
  print(s:find("(%d+) apples"), s:match("(%d+)-(%d+)-(%d+)"))
  print(s:gsub("%w+", string.upper, 3))
  print(s:gsub("(%w+) (%w+)", "%2 %1"))
  print(("hello world from lua"):gsub("o", {o = "0"}))
  print(("key=val; k2=v2 ;k3 = v3"):gsub("%s*(%w+)%s*=%s*(%w+)%s*", "[%1:%2]"))
  print(string.find("a.b.c", ".", 1, true), string.find("abc", "b()"))
  print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
  print(("THE (quick) fox"):find("%((%a+)%)"))
  print(("f(a(b)c)d"):match("%b()"), ("x = [[long]]"):match("%[%[(.-)%]%]"))
  print(("THE (quick) fox"):gsub("%f[%a]%a+", function(w) return #w end))
  print(string.rep("ab", 3, "-"), ("abc"):reverse(), ("%d"):len())
  local n = 0
  for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do n = n + tonumber(v) end
  print(n)
  print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"), #"häll€")
  for p, c in utf8.codes("aé€") do io.write(p, ":", c, " ") end print()
end

local function tables()
  local t = {}
  for i = 1, 2000 do t[i] = (i * 7919) % 2003 end
  table.sort(t)
  print(#t, t[1], t[2], t[1000], t[#t])
  table.sort(t, function(a, b) return a > b end)
  print(t[1], t[2000], table.concat(t, ",", 1, 10))
  local words = {"pear", "apple", "fig", "banana", "cherry", "date"}
  table.sort(words, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
  print(table.concat(words, " "))
  table.insert(words, 1, "kiwi"); table.insert(words, "lime"); print(table.remove(words, 2), #words)
  print(table.unpack(table.move({1, 2, 3, 4, 5}, 2, 4, 1)))
  print(select("#", table.unpack({1, nil, 3}, 1, 3)), select(2, "a", "b", "c"))
  local counts, keys = {}, {}
  for w in ("the cat and the hat and the bat"):gmatch("%a+") do counts[w] = (counts[w] or 0) + 1 end
  for k in pairs(counts) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do io.write(k, "=", counts[k], " ") end print()
  local Vec = {}
  Vec.__index = Vec
  Vec.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, Vec) end
  Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
  Vec.__tostring = function(v) return ("(%g, %g)"):format(v.x, v.y) end
  Vec.__len = function(v) return math.sqrt(v.x * v.x + v.y * v.y) end
  Vec.__lt = function(a, b) return #a < #b end
  function Vec.new(x, y) return setmetatable({x = x, y = y}, Vec) end
  local a, b = Vec.new(3, 4), Vec.new(1.5, -2)
  print(tostring(a + b), #a, a == Vec.new(3, 4), b < a, rawequal(a, Vec.new(3, 4)))
  local proxy = setmetatable({}, {__index = function(_, k) return k .. "!" end,
                                  __newindex = function(t, k, v) rawset(t, k, v * 2) end})
  proxy.z = 21; print(proxy.foo, proxy.z)
  local weak = setmetatable({}, {__mode = "k"}); weak[{}] = 1; collectgarbage(); collectgarbage()
  local nweak = 0; for _ in pairs(weak) do nweak = nweak + 1 end; print("weak", nweak)
  local big = {}
  for i = 1, 5000 do big["k" .. i] = i end
  local sum = 0; for _, v in pairs(big) do sum = sum + v end
  print(sum, big.k777)
end

local function coroutines()
  local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end) end
  local acc = {}; for v in gen(10) do acc[#acc + 1] = v end; print(table.concat(acc, " "))
  local co = coroutine.create(function(a, b)
    local c = coroutine.yield(a + b); local d, e = coroutine.yield(c * 2); return d + e, "done" end)
  print(coroutine.resume(co, 1, 2)); print(coroutine.resume(co, 10)); print(coroutine.resume(co, 3, 4))
  print(coroutine.status(co), coroutine.resume(co))
  local bad = coroutine.create(function() error("boom") end)
  print(coroutine.resume(bad))
  local function producer() return coroutine.create(function()
    for _, w in ipairs({"alpha", "beta", "gamma"}) do coroutine.yield(w) end end) end
  local function filter(p) return coroutine.create(function()
    while true do local ok, w = coroutine.resume(p); if not w then return end; coroutine.yield(w:upper()) end end) end
  local f = filter(producer()); while true do local _, w = coroutine.resume(f); if not w then break end; io.write(w, " ") end print()
  print(coroutine.isyieldable(), select(2, coroutine.running()))
  local cl = coroutine.create(function() coroutine.yield() end); coroutine.resume(cl); print(coroutine.close(cl), coroutine.status(cl))
  -- many coroutines
  local cs, total = {}, 0
  for i = 1, 500 do cs[i] = coroutine.wrap(function() local s = 0; while true do s = s + i; coroutine.yield(s) end end) end
  for _ = 1, 20 do for i = 1, 500 do total = total + cs[i]() end end
  print(total)
end

local function maths()
  print(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger)
  print(math.sqrt(2), math.sin(1), math.cos(1), math.tan(1), math.exp(1), math.log(10), math.log(8, 2), math.log(100, 10))
  print(math.atan(1, 2), math.asin(0.5), math.acos(0.5), math.fmod(7, 3), math.fmod(-7, 3), 7 % -3, -7 // 2, 7 // 2.0)
  print(math.floor(-3.5), math.ceil(-3.5), math.abs(-4), math.max(3, 9, 1), math.min(2.5, -1), math.modf(3.7), math.modf(-3.7))
  print(math.tointeger(3.0), math.tointeger(3.5), math.type(1), math.type(1.0), math.type("1"), math.ult(1, -1))
  print(1 / 0, -1 / 0, 0 / 0 ~= 0 / 0, 2 ^ 53, 2 ^ 0.5, 10 // 3, 10.0 / 4, 3 | 5, 3 & 5, 3 ~ 5, ~0, 1 << 62, 1 << 64, -1 >> 1)
  print(math.maxinteger + 1 == math.mininteger, 9007199254740993, 2^63, math.floor(2^62), 0x7fffffffffffffff + 0.0)
  print(tostring(1e15), tostring(1e16), 123456789012 * 1000, 0.1 + 0.2, 1e-310, 5e-324, 1.7976931348623157e308)
  print(tonumber("0x1p4"), tonumber("  12  "), tonumber("1e2"), tonumber("z", 36), tonumber("777", 8), tonumber("12a"), tonumber("0x10"))
  math.randomseed(42)
  local r = {}; for i = 1, 8 do r[i] = math.random(1, 1000) end; print(table.concat(r, " "))
  print(math.random(0) ~= nil, string.format("%.6f", math.random()))
  local s = 0.0; for i = 1, 100000 do s = s + 1 / (i * i) end; print(string.format("%.15f", s))
  local p = 1; for i = 1, 20 do p = p * i end; print(p, 2^100, 7 // 0.0, -7 // 0.0, pcall(function() return 7 // 0 end))
end

local function format()
  print(string.format("[%5d|%-5d|%05d|%+d|%x|%X|%o|%#x]", 42, 42, 42, 42, 255, 255, 8, 255))
  print(string.format("[%10.3f|%-10.2e|%g|%g|%g|%G]", math.pi, 12345.6789, 1e20, 0.0001, 1e-5, 1e-20))
  print(string.format("[%a|%A]", 1.0, 0.5))
  print(string.format("[%s|%10s|%-10s|%.3s]", "hi", "right", "left", "truncate"))
  print(string.format("%q", 'a "quoted"\n\0string\t\\'), string.format("%q", 1 / 3), string.format("%q", math.mininteger))
  print(string.format("%c%c%c|%%|%i", 76, 117, 97, -7), string.format("%5.1s|", "xyz"))
  print(string.format("%.14g %.17g %.0f %.20f", 0.1, 0.1, 2.5, 1 / 3))
  print(string.pack("<i4", 100):byte(1, -1), string.unpack(">I2", "\1\2"), #string.pack("!8 i1 i8", 1, 2))
  print(string.unpack("<d s1 z", string.pack("<d s1 z", 1.5, "abc", "zt")))
  print(("%s=%d"):format("x", 3), ("x"):rep(5), ("Hello"):byte(1, -1))
  print(8 // 3 .. "", 1e100, -0.0, 100 * 1.0, 3 == 3.0, math.type(3 // 1.0))
  local ok, err = pcall(string.format, "%d", 1.5); print(ok, err)
  print(pcall(error, {code = 1}), select(2, pcall(error, "msg", 0)), select(2, pcall(error)))
  print(select(2, xpcall(function() local x = nil; return x.y end, function(m) return "handled: " .. m end)))
end

local function misc()
  local t0 = os.time({year = 2021, month = 3, day = 4, hour = 5, min = 6, sec = 7})
  print(t0, os.date("!%Y-%m-%d %H:%M:%S %j %a %b", 1700000000), os.date("!*t", 86400).wday)
  print(os.getenv("NOPE_NOT_SET"), type(os.clock()), os.difftime(t0 + 60, t0))
  local name = "lua_tmp_file.txt"
  local f = assert(io.open(name, "w")); f:write("line1\n", 42, "\n", 3.5, "\nlast"); f:close()
  for l in io.lines(name) do io.write("<", l, ">") end print()
  f = io.open(name); print(f:read("l"), f:read("n"), f:read("n"), f:read("a")); print(f:seek("set", 2), f:read(3)); f:close()
  print(io.open("/nonexistent/x"))
  print(os.remove(name), os.remove(name))
  local env = {print = print}
  local chunk = load("x = 5; print(x * 2); return x", "chunk", "t", env); print(chunk(), env.x)
  print(load("syntax error here"))
  local fn = string.dump(function(a) return a * 3 end); print(load(fn, "d", "b")(14))
  local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
  print(fib(20))
  local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
  print(deep(3000))
  local goto_out = 0
  for i = 1, 3 do for j = 1, 3 do if i * j == 4 then goto done end; goto_out = goto_out + 1 end end
  ::done:: print("goto", goto_out)
  do local x <const> = 5; local y <close> = setmetatable({}, {__close = function() print("closed") end}); print("in", x) end
  print(collectgarbage("count") > 0, _VERSION, type(io.stdout), io.type(io.stdout), math.type(#arg))
  local p = io.popen("echo from-popen"); print(p:read("a")); print(p:close())
  print(os.execute("exit 3"))
end

local sections = {patterns = patterns, tables = tables, coroutines = coroutines, math = maths, format = format, misc = misc}
if section == "all" then
  for _, s in ipairs({"patterns", "tables", "coroutines", "math", "format", "misc"}) do print("== " .. s); sections[s]() end
else
  sections[section]()
end
