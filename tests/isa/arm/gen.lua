-- tests/isa/arm/gen.lua CLASS COUNT SEED OUT.c: random cases of one class of
-- A32 or T32 instructions, one inline-asm block each around harness.h: r0-r6
-- and the APSR are loaded from a struct st, the instruction runs, and r0-r6,
-- the APSR, the memory block (and d0-d7, FPSCR for the VFP classes) are
-- printed.  Classes are "<set>_<group>" with set a32 or t32 (the program is
-- built -marm or -mthumb: ninja, tests/isa/arm/isa.ninja).
-- `lua5.4 gen.lua list` prints the classes.
local groups = {}

local function r(k) return "r" .. k end

-- operand values that find edge cases
local specials = { 0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0x80000001,
                   0xfffffffe, 0xffffffff, 0x00ff00ff, 0xff00ff00, 0x01010101, 0x80808080 }
local function word()
  local x = math.random(0, 9)
  if x < 4 then return specials[math.random(#specials)] end
  if x < 6 then return math.random(0, 255) end
  return math.random(0, 0xffffffff)
end
local conds = { "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le" }
local function reg() return math.random(0, 5) end
-- an A32 modified immediate: 8 bits rotated right by an even amount
local function a32_imm()
  local v, rot = math.random(0, 255), 2 * math.random(0, 15)
  return ((v >> rot) | (v << (32 - rot))) & 0xffffffff
end
-- a T32 modified immediate
local function t32_imm()
  local k, b = math.random(0, 4), math.random(1, 255)
  if k == 0 then return b end
  if k == 1 then return b << 16 | b end
  if k == 2 then return b << 24 | b << 8 end
  if k == 3 then return b * 0x01010101 end
  local rot = math.random(8, 31)
  local u = 0x80 | math.random(0, 127)
  return ((u >> rot) | (u << (32 - rot))) & 0xffffffff
end

local shifts = { "lsl", "lsr", "asr", "ror" }
local function shift_imm()
  local s = shifts[math.random(4)]
  if math.random(0, 5) == 0 then return ", rrx" end
  local lo = (s == "lsl" or s == "ror") and 1 or 1
  local hi = (s == "lsl" or s == "ror") and 31 or 32
  return string.format(", %s #%d", s, math.random(lo, hi))
end

-- data processing: set is "a32" or "t32"
groups.dp = function(set)
  local ops = { "and", "eor", "sub", "rsb", "add", "adc", "sbc", "orr", "bic" }
  if set == "a32" then ops[#ops + 1] = "rsc" else ops[#ops + 1] = "orn" end
  local cmps = { "tst", "teq", "cmp", "cmn" }
  local k = math.random(0, 9)
  local d, n, m, s = reg(), reg(), reg(), reg()
  local S = math.random(0, 1) == 1 and "s" or ""
  if k <= 3 then
    local op = ops[math.random(#ops)]
    if set == "t32" and op == "rsb" and math.random(0, 1) == 0 then
      return string.format("%s%s.w %s, %s, %s%s", op, S, r(d), r(n), r(m), shift_imm())
    end
    return string.format("%s%s %s, %s, %s%s", op, S, r(d), r(n), r(m), math.random(0, 2) > 0 and shift_imm() or "")
  elseif k <= 5 then
    local op = ops[math.random(#ops)]
    if set == "t32" and op == "rsc" then op = "sub" end
    local imm = set == "a32" and a32_imm() or t32_imm()
    return string.format("%s%s %s, %s, #%d", op, S, r(d), r(n), imm)
  elseif k == 6 then
    local op = cmps[math.random(#cmps)]
    if math.random(0, 1) == 0 then
      return string.format("%s %s, #%d", op, r(n), set == "a32" and a32_imm() or t32_imm())
    end
    return string.format("%s %s, %s%s", op, r(n), r(m), math.random(0, 1) == 1 and shift_imm() or "")
  elseif k == 7 then
    local mv = math.random(0, 1) == 1 and "mov" or "mvn"
    if math.random(0, 1) == 0 then return string.format("%s%s %s, #%d", mv, S, r(d), set == "a32" and a32_imm() or t32_imm()) end
    return string.format("%s%s %s, %s%s", mv, S, r(d), r(m), shift_imm())
  elseif k == 8 then
    -- shifts by register
    local sh = shifts[math.random(4)]
    if set == "a32" then
      local op = ops[math.random(#ops)]
      return string.format("%s%s %s, %s, %s, %s %s", op, S, r(d), r(n), r(m), sh, r(s))
    end
    return string.format("%s%s.w %s, %s, %s", sh, S, r(d), r(n), r(s))
  else
    -- 16-bit forms (t32) / more immediates (a32)
    if set == "t32" then
      local lo = { "ands", "eors", "adcs", "sbcs", "orrs", "bics", "mvns", "tst", "cmp", "cmn", "muls" }
      local op = lo[math.random(#lo)]
      local a, b = math.random(0, 5), math.random(0, 5)
      if op == "mvns" or op == "tst" or op == "cmp" or op == "cmn" then return string.format("%s %s, %s", op, r(a), r(b)) end
      if op == "muls" then return string.format("muls %s, %s, %s", r(a), r(b), r(a)) end
      local forms = {
        string.format("%s %s, %s", op, r(a), r(b)),
        string.format("adds %s, %s, #%d", r(a), r(b), math.random(0, 7)),
        string.format("subs %s, %s, #%d", r(a), r(b), math.random(0, 7)),
        string.format("adds %s, #%d", r(a), math.random(0, 255)),
        string.format("subs %s, #%d", r(a), math.random(0, 255)),
        string.format("movs %s, #%d", r(a), math.random(0, 255)),
        string.format("lsls %s, %s, #%d", r(a), r(b), math.random(0, 31)),
        string.format("lsrs %s, %s, #%d", r(a), r(b), math.random(1, 32)),
        string.format("asrs %s, %s, #%d", r(a), r(b), math.random(1, 32)),
        string.format("rsbs %s, %s, #0", r(a), r(b)),
        string.format("lsls %s, %s", r(a), r(b)),
        string.format("rors %s, %s", r(a), r(b)),
        string.format("cmp %s, #%d", r(a), math.random(0, 255)),
      }
      return forms[math.random(#forms)]
    end
    return string.format("%s%s %s, %s, #%d", ops[math.random(#ops)], S, r(d), r(n), a32_imm())
  end
end

groups.mul = function(set)
  local d, n, m, a = reg(), reg(), reg(), reg()
  local lo, hi = reg(), reg()
  while hi == lo do hi = reg() end
  local k = math.random(0, 8)
  if k == 0 then return string.format("mul %s, %s, %s", r(d), r(n), r(m)) end
  if k == 1 then return string.format("mla %s, %s, %s, %s", r(d), r(n), r(m), r(a)) end
  if k == 2 then return string.format("mls %s, %s, %s, %s", r(d), r(n), r(m), r(a)) end
  if k == 3 then return string.format("umull %s, %s, %s, %s", r(lo), r(hi), r(n), r(m)) end
  if k == 4 then return string.format("smull %s, %s, %s, %s", r(lo), r(hi), r(n), r(m)) end
  if k == 5 then return string.format("umlal %s, %s, %s, %s", r(lo), r(hi), r(n), r(m)) end
  if k == 6 then return string.format("smlal %s, %s, %s, %s", r(lo), r(hi), r(n), r(m)) end
  if k == 7 then return string.format("%s %s, %s, %s", math.random(0, 1) == 1 and "udiv" or "sdiv", r(d), r(n), r(m)) end
  if set == "a32" then
    local f = { "muls", "mlas", "umulls", "smulls" }
    local op = f[math.random(#f)]
    if op == "muls" then return string.format("muls %s, %s, %s", r(d), r(n), r(m)) end
    if op == "mlas" then return string.format("mlas %s, %s, %s, %s", r(d), r(n), r(m), r(a)) end
    return string.format("%s %s, %s, %s, %s", op, r(lo), r(hi), r(n), r(m))
  end
  return string.format("mul %s, %s, %s", r(d), r(n), r(m))
end

groups.bits = function(set)
  local d, m, n = reg(), reg(), reg()
  local ops = { "clz", "rbit", "rev", "rev16", "revsh" }
  local k = math.random(0, 6)
  if k == 0 then return string.format("%s %s, %s", ops[math.random(#ops)], r(d), r(m)) end
  if k == 1 then
    local x = { "uxtb", "uxth", "sxtb", "sxth" }
    local rot = ({ "", ", ror #8", ", ror #16", ", ror #24" })[math.random(4)]
    return string.format("%s %s, %s%s", x[math.random(4)], r(d), r(m), rot)
  end
  if k == 2 then
    local x = { "uxtab", "uxtah", "sxtab", "sxtah" }
    local rot = ({ "", ", ror #8", ", ror #16", ", ror #24" })[math.random(4)]
    return string.format("%s %s, %s, %s%s", x[math.random(4)], r(d), r(n), r(m), rot)
  end
  if k == 3 then
    local lsb = math.random(0, 31)
    local w = math.random(1, 32 - lsb)
    return string.format("%s %s, %s, #%d, #%d", math.random(0, 1) == 1 and "ubfx" or "sbfx", r(d), r(n), lsb, w)
  end
  if k == 4 then
    local lsb = math.random(0, 31)
    local w = math.random(1, 32 - lsb)
    if math.random(0, 3) == 0 then return string.format("bfc %s, #%d, #%d", r(d), lsb, w) end
    return string.format("bfi %s, %s, #%d, #%d", r(d), r(n), lsb, w)
  end
  if k == 5 then return string.format("%s %s, #%d", math.random(0, 1) == 1 and "movw" or "movt", r(d), math.random(0, 0xffff)) end
  if set == "t32" then
    local x = { "uxtb", "uxth", "sxtb", "sxth", "rev", "rev16", "revsh" }
    return string.format("%s %s, %s", x[math.random(#x)], r(math.random(0, 5)), r(math.random(0, 5)))
  end
  return string.format("clz %s, %s", r(d), r(m))
end

groups.parallel = function(set)
  local d, n, m = reg(), reg(), reg()
  if math.random(0, 3) == 0 then return string.format("sel %s, %s, %s", r(d), r(n), r(m)) end
  local pre = { "s", "u", "q", "uq", "sh", "uh" }
  local ops = { "add8", "sub8", "add16", "sub16", "asx", "sax" }
  return string.format("%s%s %s, %s, %s", pre[math.random(#pre)], ops[math.random(#ops)], r(d), r(n), r(m))
end

-- conditional execution: A32 condition fields; T32 IT blocks of 1-4
groups.cond = function(set)
  local c = conds[math.random(#conds)]
  local d, n, m = reg(), reg(), reg()
  local bodies = {
    function(cc) return string.format("add%s %s, %s, %s", cc, r(d), r(n), r(m)) end,
    function(cc) return string.format("subs%s %s, %s, #%d", cc, r(d), r(n), math.random(0, 255)) end,
    function(cc) return string.format("mov%s %s, #%d", cc, r(d), math.random(0, 255)) end,
    function(cc) return string.format("cmp%s %s, %s", cc, r(n), r(m)) end,
    function(cc) return string.format("eor%s %s, %s, %s", cc, r(reg()), r(reg()), r(reg())) end,
  }
  if set == "a32" then
    return (bodies[math.random(#bodies)](c))
  end
  -- IT: pattern of then/else
  local len = math.random(1, 4)
  local pat, insns = "", {}
  local inv = { eq = "ne", ne = "eq", cs = "cc", cc = "cs", mi = "pl", pl = "mi", vs = "vc", vc = "vs",
                hi = "ls", ls = "hi", ge = "lt", lt = "ge", gt = "le", le = "gt" }
  for k = 1, len do
    local t = k == 1 or math.random(0, 1) == 1
    if k > 1 then pat = pat .. (t and "t" or "e") end
    local cc = t and c or inv[c]
    insns[#insns + 1] = bodies[math.random(#bodies)](cc)
  end
  return "it" .. pat .. " " .. c .. "\\n\\t" .. table.concat(insns, "\\n\\t")
end

-- loads and stores around r6 = &mem[32]
groups.mem = function(set)
  local t, t2 = math.random(0, 4), 0
  local m = math.random(0, 4)
  local off = math.random(-28, 28)
  local k = math.random(0, 9)
  local sz = ({ "", "b", "h", "sb", "sh" })[math.random(5)]
  local align = ({ [""] = 4, b = 1, h = 2, sb = 1, sh = 2 })[sz]
  off = off - off % align
  if k <= 2 then
    local ldst = (sz == "sb" or sz == "sh" or math.random(0, 1) == 1) and "ldr" or "str"
    local mode = math.random(0, 2)
    if set == "t32" and mode > 0 and (off < -255 or off > 255) then mode = 0 end
    if mode == 0 then return string.format("%s%s %s, [r6, #%d]", ldst, sz, r(t), off) end
    if mode == 1 then return string.format("%s%s %s, [r6, #%d]!", ldst, sz, r(t), off) end
    return string.format("%s%s %s, [r6], #%d", ldst, sz, r(t), off)
  elseif k == 3 then
    -- register offsets: r5 holds a small index
    local ldst = (sz == "sb" or sz == "sh" or math.random(0, 1) == 1) and "ldr" or "str"
    local sh = (sz == "" and math.random(0, 1) == 1) and ", lsl #2" or ""
    return string.format("and r5, r5, #%d\\n\\t%s%s %s, [r6, r5%s]", sh ~= "" and 3 or 15, ldst, sz, r(t), sh)
  elseif k == 4 then
    t = 2 * math.random(0, 1)
    local o = 8 * math.random(-3, 3)
    return string.format("%s %s, %s, [r6, #%d]", math.random(0, 1) == 1 and "ldrd" or "strd", r(t), r(t + 1), o)
  elseif k == 5 then
    local list = {}
    for q = 0, 5 do if math.random(0, 1) == 1 then list[#list + 1] = r(q) end end
    if #list == 0 then list = { "r0" } end
    local modes = { "ia", "db" }
    if set == "a32" then modes = { "ia", "ib", "da", "db" } end
    local md = modes[math.random(#modes)]
    local base = (md == "ia" or md == "ib") and "sub r6, r6, #16\\n\\t" or ""
    return string.format("%s%s%s r6, {%s}", base, math.random(0, 1) == 1 and "ldm" or "stm", md, table.concat(list, ", "))
  elseif k == 6 then
    return string.format("str%s %s, [r6, #%d]\\n\\tldr%s %s, [r6, #%d]", sz == "sb" and "b" or sz == "sh" and "h" or sz,
      r(t), off, sz, r(m), off)
  elseif k == 7 then
    -- exclusives: a load-exclusive then a store-exclusive that succeeds
    local w = ({ { "ldrex", "strex" }, { "ldrexb", "strexb" }, { "ldrexh", "strexh" } })[math.random(3)]
    return string.format("%s r0, [r6]\\n\\tadd r0, r0, r1\\n\\t%s r2, r0, [r6]", w[1], w[2])
  elseif k == 8 then
    return "ldrexd r0, r1, [r6]\\n\\tadds r0, r0, r2\\n\\tadc r1, r1, r3\\n\\tstrexd r4, r0, r1, [r6]"
  else
    return "mov r5, sp\\n\\tmov sp, r6\\n\\tpush {r0, r2, r4}\\n\\tpop {r1, r3}\\n\\tmov r6, sp\\n\\tmov sp, r5\\n\\tmov r5, #0"
  end
end

-- VFP: d0-d7 (s0-s15) hold random doubles or singles (FP edge values among
-- them); one data-processing instruction, or a compare and VMRS
local fp_specials64 = { "0x0000000000000000", "0x8000000000000000", "0x3ff0000000000000", "0xbff0000000000000",
  "0x7ff0000000000000", "0xfff0000000000000", "0x7ff8000000000000", "0x7ff4000000000000", "0xfff8000000000001",
  "0x0000000000000001", "0x000fffffffffffff", "0x7fefffffffffffff", "0x41dfffffffc00000", "0xc1e0000000000000",
  "0x41efffffffe00000", "0x4330000000000000", "0x3fe0000000000000", "0x3ff8000000000000" }
local fp_specials32 = { "0x00000000", "0x80000000", "0x3f800000", "0xbf800000", "0x7f800000", "0xff800000",
  "0x7fc00000", "0x7fa00000", "0xffc00001", "0x00000001", "0x007fffff", "0x7f7fffff", "0x4effffff", "0xcf000000",
  "0x4f7fffff", "0x3f000000", "0x3fc00000", "0x4b000000" }
local function fpword64()
  local k = math.random(0, 9)
  if k < 4 then return fp_specials64[math.random(#fp_specials64)] end
  -- a number of moderate exponent, either sign
  local e = math.random(1023 - 40, 1023 + 40)
  return string.format("0x%x%08x", (math.random(0, 1) << 31) | (e << 20) | math.random(0, 0xfffff), math.random(0, 0xffffffff))
end
local function fpword32()
  local k = math.random(0, 9)
  if k < 4 then return fp_specials32[math.random(#fp_specials32)] end
  local e = math.random(127 - 20, 127 + 20)
  return string.format("0x%08x", (math.random(0, 1) << 31) | (e << 23) | math.random(0, 0x7fffff))
end
groups.vfp = function(set)
  local dbl = math.random(0, 1) == 1
  local R = function() return dbl and ("d" .. math.random(0, 7)) or ("s" .. math.random(0, 15)) end
  local sz = dbl and ".f64" or ".f32"
  local k = math.random(0, 13)
  local ops = { "vadd", "vsub", "vmul", "vdiv", "vnmul", "vmla", "vmls", "vnmla", "vnmls" }
  if k <= 5 then return string.format("%s%s %s, %s, %s", ops[math.random(#ops)], sz, R(), R(), R()) end
  if k == 6 then
    local u = ({ "vneg", "vabs", "vsqrt", "vmov" })[math.random(4)]
    return string.format("%s%s %s, %s", u, sz, R(), R())
  end
  if k == 7 then
    local e = math.random(0, 1) == 1 and "vcmpe" or "vcmp"
    if math.random(0, 3) == 0 then return string.format("%s%s %s, #0\\n\\tvmrs APSR_nzcv, fpscr", e, sz, R()) end
    return string.format("%s%s %s, %s\\n\\tvmrs APSR_nzcv, fpscr", e, sz, R(), R())
  end
  if k == 8 then
    -- float -> int, toward zero or with FPSCR's rounding (vcvtr)
    local s = "s" .. math.random(0, 15)
    local cv = ({ "vcvt.s32", "vcvt.u32", "vcvtr.s32", "vcvtr.u32" })[math.random(4)]
    return string.format("%s%s %s, %s", cv, sz, s, R())
  end
  if k == 9 then
    local s = "s" .. math.random(0, 15)
    return string.format("vcvt%s.%s %s, %s", sz, math.random(0, 1) == 1 and "s32" or "u32", R(), s)
  end
  if k == 10 then
    if dbl then return string.format("vcvt.f32.f64 s%d, d%d", math.random(0, 15), math.random(0, 7)) end
    return string.format("vcvt.f64.f32 d%d, s%d", math.random(0, 7), math.random(0, 15))
  end
  if k == 11 then
    -- a rounding mode, then an add: FPSCR.RMode in bits 23-22
    return string.format("vmrs r0, fpscr\\n\\tbic r0, r0, #0xc00000\\n\\torr r0, r0, #%d\\n\\tvmsr fpscr, r0\\n\\t%s%s %s, %s, %s",
      math.random(0, 3) << 22, ops[math.random(1, 4)], sz, R(), R(), R())
  end
  if k == 12 then
    local imm = ({ "1.0", "-2.0", "0.5", "31.0", "0.125", "-1.25", "3.0", "17.0" })[math.random(8)]
    return string.format("vmov%s %s, #%s", sz, R(), imm)
  end
  local q = math.random(0, 3)
  if q == 0 then return string.format("vmov r%d, s%d", math.random(0, 5), math.random(0, 15)) end
  if q == 1 then return string.format("vmov s%d, r%d", math.random(0, 15), math.random(0, 5)) end
  if q == 2 then return string.format("vmov r0, r1, d%d", math.random(0, 7)) end
  return string.format("vmov d%d, r2, r3\\n\\tvstr d%d, [r6, #-8]\\n\\tvldr d%d, [r6, #8]", math.random(0, 7),
    math.random(0, 7), math.random(0, 7))
end

local classes = {}
for _, set in ipairs({ "a32", "t32" }) do
  for _, g in ipairs({ "dp", "mul", "bits", "parallel", "cond", "mem", "vfp" }) do classes[#classes + 1] = set .. "_" .. g end
end

if arg[1] == "list" then
  print(table.concat(classes, " "))
  return
end

local class, count, seed, out = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4]
local set, group = class:match("^(%a%d+)_(%a+)$")
assert(groups[group], "unknown class " .. class)
math.randomseed(seed)
local f = assert(io.open(out, "w"))
f:write("/* generated by tests/isa/arm/gen.lua " .. class .. " " .. count .. " " .. seed .. " */\n")
f:write('#include "tests/isa/arm/harness.h"\n\nint main(void)\n{\n\tstatic struct st s;\n')
for n = 1, count do
  local insn = groups[group](set)
  f:write("\tmemset(&s, 0, sizeof s);\n")
  for k = 0, 5 do f:write(string.format("\ts.r[%d] = 0x%08xu;\n", k, word())) end
  f:write(string.format("\ts.apsr = 0x%08xu;\n", (math.random(0, 31) << 27) | (math.random(0, 15) << 16)))
  for k = 0, 63, 4 do f:write(string.format("\t{ uint32_t w = 0x%08xu; memcpy(s.mem + %d, &w, 4); }\n", word(), k)) end
  local fp = group == "vfp"
  if fp then
    for k = 0, 7 do
      if math.random(0, 1) == 1 then
        f:write(string.format("\ts.d[%d] = %sull;\n", k, fpword64()))
      else
        f:write(string.format("\ts.d[%d] = (uint64_t)%su << 32 | %su;\n", k, fpword32(), fpword32()))
      end
    end
  end
  f:write("\ts.r[6] = (uint32_t)(uintptr_t)(s.mem + 32);\n")
  f:write(string.format("\t/* %s */\n", insn:gsub("\\n\\t", "; ")))
  f:write("\t__asm__ volatile(\n")
  f:write('\t\t".syntax unified\\n\\t"\n')
  f:write('\t\t"mov r12, %0\\n\\t"\n')
  f:write('\t\t"ldr r0, [r12, #28]\\n\\t"\n')
  f:write('\t\t"msr APSR_nzcvqg, r0\\n\\t"\n')
  if fp then
    f:write('\t\t"add r0, r12, #32\\n\\t"\n')
    f:write('\t\t"vldmia r0, {d0-d7}\\n\\t"\n')
    f:write('\t\t"mov r0, #0\\n\\t"\n')
    f:write('\t\t"vmsr fpscr, r0\\n\\t"\n')
  end
  f:write('\t\t"ldm r12, {r0-r6}\\n\\t"\n')
  f:write('\t\t"' .. insn .. '\\n\\t"\n')
  f:write('\t\t"stm r12, {r0-r6}\\n\\t"\n')
  f:write('\t\t"mrs r0, APSR\\n\\t"\n')
  f:write('\t\t"str r0, [r12, #28]\\n\\t"\n')
  if fp then
    f:write('\t\t"add r0, r12, #32\\n\\t"\n')
    f:write('\t\t"vstmia r0, {d0-d7}\\n\\t"\n')
    f:write('\t\t"vmrs r0, fpscr\\n\\t"\n')
    f:write('\t\t"str r0, [r12, #96]\\n\\t"\n')
    f:write('\t\t"mov r0, #0\\n\\t"\n')
    f:write('\t\t"vmsr fpscr, r0\\n\\t"\n')
  end
  f:write('\t\t: : "r"(&s) : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r12", "cc", "memory"' ..
    (fp and ', "d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"' or '') .. ');\n')
  f:write(string.format("\tshow(%d, &s, %d);\n", n, fp and 1 or 0))
end
f:write("\treturn 0;\n}\n")
f:close()
