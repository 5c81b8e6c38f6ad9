-- tests/isa/s390x/gen.lua: random s390x ISA test programs, run under
-- qemu-s390x (the oracle) and dragoman and compared line by line
-- (tests/isa/s390x/run.sh, tests/isa_s390x.t).
-- Usage: lua5.4 gen.lua CLASS COUNT SEED OUT.c      (CLASS "list": the classes)
-- OUT.c is C with one inline-asm block per case, built with
-- s390x-linux-gnu-gcc -march=z196 -static against harness.h: each case sets
-- r0-r7, f0-f7, the FPC, the condition code and (memory classes) a 768-byte
-- block isa_st.mem from seeded random values biased to edge cases, runs one
-- instruction (or a short fixed sequence: a branch and its marker, a loop on
-- cc 3, EXECUTE and its target) and prints the registers, cc, FPC and memory.
-- Templates name registers literally; {x} fields are random immediates
-- (see IMM), and ptr gives registers that point into isa_st.mem.
local class, count, seed, out = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4]
math.randomseed(seed or 1)
local R = math.random
local function pick(t) return t[R(#t)] end

-- integer values: edges of 8/16/32/64-bit arithmetic, then random widths
local IEDGE = { 0, 1, 2, -1, -2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
	0x100000000, 0x7fffffffffffffff, math.mininteger, -0x80000000, 0xffffffff00000000, 31, 32, 63, 64,
	0x00000000ffff0000, 0x0123456789abcdef }
local function ival()
	local k = R(10)
	if k <= 4 then return pick(IEDGE) end
	if k == 5 then return R(0, 255) end
	if k == 6 then return R(0) & 0xffffffff end
	if k == 7 then return (R(0) & 0xffffffff00000000) | pick(IEDGE) & 0xffffffff end
	return R(0)
end
local function hex(v) return string.format("0x%016xull", v) end

-- BFP values as bit patterns: short (in the left half of an FPR, the right
-- half random: short operations must leave it), long, extended (two FPRs)
local SEDGE = { 0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x40000000, 0x3f000000, 0x7f800000, 0xff800000,
	0x7fc00000, 0xffc00001, 0x7fa00000, 0xff900001, 0x7f7fffff, 0xff7fffff, 0x00800000, 0x00000001, 0x807fffff,
	0x4f000000, 0xcf000000, 0x5f000000, 0xdf000000, 0x4f800000, 0x3fc00000, 0x40200000, 0xc0200000, 0x40600000,
	0x4effffff, 0x3eaaaaab, 0x00400000 }
local DEDGE = { 0x0, math.mininteger, 0x3ff0000000000000, 0xbff0000000000000, 0x4000000000000000,
	0x3fe0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0xfff8000000000123,
	0x7ff4000000000000, 0xfff0000000000001, 0x7fefffffffffffff, 0xffefffffffffffff, 0x0010000000000000,
	0x1, 0x800fffffffffffff, 0x41e0000000000000, 0xc1e0000000000000, 0x41dfffffffc00000, 0x43e0000000000000,
	0xc3e0000000000000, 0x43f0000000000000, 0x3ff8000000000000, 0x4004000000000000, 0xc004000000000000,
	0x400c000000000000, 0x3fd5555555555555, 0x0008000000000000, 0x47efffffe0000000, 0x3810000000000000,
	0x36a0000000000000, 0x41efffffffe00000, 0x4330000000000001 }
local function sval()
	local k = R(10)
	local b
	if k <= 4 then b = pick(SEDGE)
	elseif k <= 8 then b = (R(0, 1) << 31) | (R(127 - 30, 127 + 30) << 23) | R(0, 0x7fffff)
	else b = R(0) & 0xffffffff end
	return (b << 32) | (R(0) & 0xffffffff)
end
local function dval()
	local k = R(10)
	if k <= 4 then return pick(DEDGE) end
	if k <= 8 then return (R(0, 1) << 63) | (R(1023 - 70, 1023 + 70) << 52) | (R(0) & 0xfffffffffffff) end
	return R(0)
end
-- extended: {hi, lo}
local function xval()
	local k = R(10)
	if k <= 3 then
		return pick({ { 0, 0 }, { math.mininteger, 0 }, { 0x3fff000000000000, 0 }, { 0xbfff000000000000, 0 },
			{ 0x7fff000000000000, 0 }, { 0xffff000000000000, 0 }, { 0x7fff800000000000, 0 },
			{ 0x7fff400000000000, 5 }, { 0xffff800000000000, 7 }, { 0x7ffeffffffffffff, -1 },
			{ 0x0001000000000000, 0 }, { 0, 1 }, { 0x0000ffffffffffff, -1 }, { 0x401e000000000000, 0 },
			{ 0x403e000000000000, 0 }, { 0xc03e000000000000, 0 }, { 0x3ffe000000000000, 0 },
			{ 0x4000400000000000, 0 }, { 0x3ffd555555555555, 0x5555555555555555 } })
	end
	if k <= 5 then -- a double, exactly
		local d = dval()
		local s, e, f = d >> 63, (d >> 52) & 0x7ff, d & 0xfffffffffffff
		if e == 0 or e == 0x7ff then return { (s << 63) | ((e == 0 and 0 or 0x7fff) << 48) | (f >> 4), f << 60 } end
		return { (s << 63) | ((e - 1023 + 16383) << 48) | (f >> 4), f << 60 }
	end
	if k <= 9 then return { (R(0, 1) << 63) | (R(16383 - 100, 16383 + 100) << 48) | (R(0) & 0xffffffffffff), R(0) } end
	return { R(0), R(0) }
end

-- immediates
local IMM = {
	s16 = function() return pick({ 0, 1, -1, 32767, -32768, R(-32768, 32767), R(-100, 100) }) end,
	u16 = function() return pick({ 0, 1, 0xffff, 0x8000, R(0, 0xffff) }) end,
	s32 = function() return pick({ 0, 1, -1, 0x7fffffff, -0x80000000, R(-0x80000000, 0x7fffffff) }) end,
	u32 = function() return pick({ 0, 1, 0xffffffff, 0x80000000, R(0, 0xffffffff) }) end,
	s8 = function() return pick({ 0, 1, -1, 127, -128, R(-128, 127) }) end,
	u8 = function() return pick({ 0, 1, 0xff, 0x80, R(0, 255) }) end,
	m4 = function() return R(0, 15) end,
	m4b = function() return R(1, 14) end, -- a condition mask that is neither never nor always
	sh = function() return pick({ 0, 1, 31, 32, 63, R(0, 63), R(0, 4095) }) end,
	d12 = function() return R(0, 4095) end,
	d20 = function() return R(-524288, 524287) end,
	o = function() return R(0, 240) end,
	o2 = function() return R(0, 120) * 2 end,
	o4 = function() return R(0, 60) * 4 end,
	o8 = function() return R(0, 30) * 8 end,
	o16 = function() return R(0, 15) * 16 end,
	l = function() return R(2) == 1 and R(1, 16) or R(1, 256) end,   -- a length (encoded minus 1)
	ls = function() return R(1, 8) end,   -- a short length (MVCs of up to 8 bytes are inline)
	i3 = function() return R(0, 63) end,
	i4 = function() return R(0, 63) + (R(3) == 1 and 128 or 0) end,
	i5 = function() return R(0, 63) end,
	h3 = function() return R(0, 31) end,
	h4 = function() return R(0, 31) + (R(3) == 1 and 128 or 0) end,
	rm = function() return pick({ 0, 1, 3, 4, 5, 6, 7 }) end,
	m4x = function() return pick({ 0, 4 }) end,
}

local function T(list, opts)
	local t = {}
	for _, a in ipairs(list) do
		if type(a) == "string" then a = { asm = a } end
		a.ptr, a.fp = opts and opts.ptr, opts and opts.fp
		t[#t + 1] = a
	end
	return t
end
local function cat(...)
	local t = {}
	for _, l in ipairs({ ... }) do for _, x in ipairs(l) do t[#t + 1] = x end end
	return t
end
-- a branch: r7 keeps its value when it is taken
local function br(list)
	local t = {}
	for _, a in ipairs(list) do t[#t + 1] = a .. (a:match("[ ,]$") and "" or ",") .. "1f\nlghi %r7,0x55\n1:" end
	return t
end
local MP = { [4] = 0, [5] = 256, [6] = 512 }   -- op1, op2, table

local CLASSES = {}
CLASSES.int_arith = { templates = T({
	"ar %r1,%r2", "agr %r1,%r2", "agfr %r1,%r2", "alr %r1,%r2", "algr %r1,%r2", "algfr %r1,%r2",
	"alcr %r1,%r2", "alcgr %r1,%r2", "sr %r1,%r2", "sgr %r1,%r2", "sgfr %r1,%r2", "slr %r1,%r2",
	"slgr %r1,%r2", "slgfr %r1,%r2", "slbr %r1,%r2", "slbgr %r1,%r2", "ahi %r1,{s16}", "aghi %r1,{s16}",
	"afi %r1,{s32}", "agfi %r1,{s32}", "alfi %r1,{u32}", "algfi %r1,{u32}", "slfi %r1,{u32}",
	"slgfi %r1,{u32}", "ark %r1,%r2,%r3", "agrk %r1,%r2,%r3", "alrk %r1,%r2,%r3", "algrk %r1,%r2,%r3",
	"srk %r1,%r2,%r3", "sgrk %r1,%r2,%r3", "slrk %r1,%r2,%r3", "slgrk %r1,%r2,%r3", "ahik %r1,%r2,{s16}",
	"aghik %r1,%r2,{s16}", "alhsik %r1,%r2,{s16}", "alghsik %r1,%r2,{s16}", "lcr %r1,%r2", "lcgr %r1,%r2",
	"lcgfr %r1,%r2", "lpr %r1,%r2", "lpgr %r1,%r2", "lpgfr %r1,%r2", "lnr %r1,%r2", "lngr %r1,%r2",
	"ltr %r1,%r2", "ltgr %r1,%r2", "ltgfr %r1,%r2", "lhi %r1,{s16}", "lghi %r1,{s16}", "lgfi %r1,{s32}",
	"llill %r1,{u16}", "llilh %r1,{u16}", "llihl %r1,{u16}", "llihh %r1,{u16}", "llilf %r1,{u32}",
	"llihf %r1,{u32}", "iilf %r1,{u32}", "iihf %r1,{u32}", "iill %r1,{u16}", "iihh %r1,{u16}",
	"lgfr %r1,%r2", "llgfr %r1,%r2", "lghr %r1,%r2", "llghr %r1,%r2", "lgbr %r1,%r2", "llgcr %r1,%r2",
	"lbr %r1,%r2", "lhr %r1,%r2", "llcr %r1,%r2", "llhr %r1,%r2", "lr %r1,%r2", "lgr %r1,%r2",
	"la %r1,{d12}(%r2,%r3)", "lay %r1,{d20}(%r2,%r3)", "la %r1,{d12}(%r0,%r2)", "ah %r1,{o2}(%r4)",
	"ahhhr %r1,%r2,%r3", "alhhlr %r1,%r2,%r3", "aih %r1,{s32}", "ag %r1,{o8}(%r4)", "slg %r1,{o8}(%r4)",
	"alc %r1,{o4}(%r4)", "slb %r1,{o4}(%r4)", "asi {o4}(%r4),{s8}", "agsi {o8}(%r4),{s8}", "alsi {o4}(%r4),{s8}",
}, { ptr = { [4] = 0 } }), mem = true }
CLASSES.int_logic = { templates = T({
	"nr %r1,%r2", "ngr %r1,%r2", "or %r1,%r2", "ogr %r1,%r2", "xr %r1,%r2", "xgr %r1,%r2",
	"nrk %r1,%r2,%r3", "ngrk %r1,%r2,%r3", "ork %r1,%r2,%r3", "ogrk %r1,%r2,%r3", "xrk %r1,%r2,%r3",
	"xgrk %r1,%r2,%r3", "nill %r1,{u16}", "nilh %r1,{u16}", "nihl %r1,{u16}", "nihh %r1,{u16}",
	"nilf %r1,{u32}", "nihf %r1,{u32}", "oill %r1,{u16}", "oilh %r1,{u16}", "oihl %r1,{u16}",
	"oihh %r1,{u16}", "oilf %r1,{u32}", "oihf %r1,{u32}", "xilf %r1,{u32}", "xihf %r1,{u32}",
	"n %r1,{o4}(%r4)", "ng %r1,{o8}(%r4)", "o %r1,{o4}(%r4)", "xg %r1,{o8}(%r4)", "ni {o}(%r4),{u8}",
	"oi {o}(%r4),{u8}", "xi {o}(%r4),{u8}", "niy {o}(%r4),{u8}",
}, { ptr = { [4] = 0 } }), mem = true }
CLASSES.shift_rot = { templates = T({
	"sll %r1,{sh}", "srl %r1,{sh}", "sla %r1,{sh}", "sra %r1,{sh}", "sll %r1,{sh}(%r3)", "sra %r1,0(%r3)",
	"sllg %r1,%r2,{sh}", "srlg %r1,%r2,{sh}", "slag %r1,%r2,{sh}", "srag %r1,%r2,{sh}", "sllg %r1,%r2,0(%r3)",
	"srag %r1,%r2,{sh}(%r3)", "slag %r1,%r2,0(%r3)", "sllk %r1,%r2,{sh}", "srlk %r1,%r2,{sh}",
	"slak %r1,%r2,{sh}", "srak %r1,%r2,{sh}(%r3)", "rll %r1,%r2,{sh}", "rllg %r1,%r2,{sh}",
	"rllg %r1,%r2,0(%r3)", "sldl %r4,{sh}", "srdl %r4,{sh}", "slda %r4,{sh}", "srda %r4,{sh}",
	"srda %r4,0(%r3)", "risbg %r1,%r2,{i3},{i4},{i5}", "risbg %r1,%r2,{i3},{i4},{i5}",
	"risbg %r1,%r2,{i3},{i4},{i5}", "risbhg %r1,%r2,{h3},{h4},{i5}", "risblg %r1,%r2,{h3},{h4},{i5}",
	"rnsbg %r1,%r2,{i3},{i4},{i5}", "rosbg %r1,%r2,{i3},{i4},{i5}", "rxsbg %r1,%r2,{i3},{i4},{i5}",
	"rnsbg %r1,%r2,{i3},{i5},{i5}", "sllg %r1,%r1,{sh}",
}) }
CLASSES.compare_branch = { templates = T(cat({
	"cr %r1,%r2", "cgr %r1,%r2", "cgfr %r1,%r2", "clr %r1,%r2", "clgr %r1,%r2", "clgfr %r1,%r2",
	"chi %r1,{s16}", "cghi %r1,{s16}", "cfi %r1,{s32}", "cgfi %r1,{s32}", "clfi %r1,{u32}", "clgfi %r1,{u32}",
	"chhr %r1,%r2", "chlr %r1,%r2", "clhhr %r1,%r2", "clhlr %r1,%r2", "cih %r1,{s32}", "clih %r1,{u32}",
	"c %r1,{o4}(%r4)", "cg %r1,{o8}(%r4)", "cl %r1,{o4}(%r4)", "clg %r1,{o8}(%r4)", "ch %r1,{o2}(%r4)",
	"cli {o}(%r4),{u8}", "chsi {o4}(%r4),{s16}", "clghsi {o8}(%r4),{u16}", "clfhsi {o4}(%r4),{u16}",
}, br({ "crj %r1,%r2,{m4b}", "cgrj %r1,%r2,{m4b}", "clrj %r1,%r2,{m4b}", "clgrj %r1,%r2,{m4b}",
	"cij %r1,{s8},{m4b}", "cgij %r1,{s8},{m4b}", "clij %r1,{u8},{m4b}", "clgij %r1,{u8},{m4b}",
	"brc {m4},", "brct %r1", "brctg %r1", "brxh %r1,%r2", "brxle %r1,%r2", "brxhg %r1,%r2", "brxlg %r1,%r2",
	"brcth %r1", "jo ", "jnle " })), { ptr = { [4] = 0 } }), mem = true }
CLASSES.muldiv = { templates = T({
	"msr %r1,%r2", "msgr %r1,%r2", "msgfr %r1,%r2", "msfi %r1,{s32}", "msgfi %r1,{s32}", "mhi %r1,{s16}",
	"mghi %r1,{s16}", "mr %r2,%r5", "mlr %r2,%r5", "mlgr %r2,%r5", "dr %r2,%r5", "dlr %r2,%r5",
	"dlgr %r2,%r5", "dsgr %r2,%r5", "dsgfr %r2,%r5", "dr %r2,%r5", "dsgr %r2,%r5", "dlgr %r2,%r5",
	"ms %r1,{o4}(%r4)", "msg %r1,{o8}(%r4)", "d %r2,{o4}(%r4)", "dsg %r2,{o8}(%r4)", "mlg %r2,{o8}(%r4)",
}, { ptr = { [4] = 0 } }), mem = true, divedge = true }
-- Not offered to the oracle: STMH.  qemu-s390x 7.2 stores bits 32-63 of
-- each register shifted left by 32, i.e. zeros; the PoO (STORE MULTIPLE
-- HIGH) stores bits 0-31.  LMH (loads into bits 0-31) stays.
CLASSES.ldst = { templates = T({
	"l %r1,{o4}(%r4)", "ly %r1,{o}(%r4)", "lg %r1,{o}(%r4)", "lgf %r1,{o4}(%r4)", "llgf %r1,{o4}(%r4)",
	"lh %r1,{o2}(%r4)", "lhy %r1,{o}(%r4)", "lgh %r1,{o2}(%r4)", "llgh %r1,{o2}(%r4)", "lb %r1,{o}(%r4)",
	"lgb %r1,{o}(%r4)", "llc %r1,{o}(%r4)", "llgc %r1,{o}(%r4)", "llh %r1,{o}(%r4)", "lt %r1,{o4}(%r4)",
	"ltg %r1,{o8}(%r4)", "lmg %r0,%r3,{o8}(%r4)", "lm %r0,%r2,{o4}(%r4)", "lmh %r1,%r3,{o4}(%r4)",
	"st %r1,{o4}(%r4)", "sty %r1,{o}(%r4)", "stg %r1,{o}(%r4)", "sth %r1,{o2}(%r4)", "stc %r1,{o}(%r4)",
	"stmg %r0,%r3,{o8}(%r4)", "stm %r1,%r3,{o4}(%r4)", "mvi {o}(%r4),{u8}",
	"mvhi {o4}(%r4),{s16}", "mvghi {o8}(%r4),{s16}", "mvhhi {o2}(%r4),{s16}", "l %r1,{o4}(%r2,%r4)",
	"lg %r1,{o8}(%r0,%r4)", "stg %r1,0(%r4,%r0)", "lrv %r1,{o4}(%r4)", "lrvg %r1,{o8}(%r4)",
	"lrvh %r1,{o2}(%r4)", "strv %r1,{o4}(%r4)", "strvg %r1,{o}(%r4)", "strvh %r1,{o}(%r4)", "lrvr %r1,%r2",
	"lrvgr %r1,%r2", "larl %r1,isa_st+{o2}\nslgr %r1,%r4", "lrl %r1,isa_st+160+{o4}",
	"lgrl %r1,isa_st+160+{o8}", "lgfrl %r1,isa_st+160+{o4}", "llgfrl %r1,isa_st+160+{o4}",
	"lhrl %r1,isa_st+160+{o2}", "lghrl %r1,isa_st+160+{o2}", "llhrl %r1,isa_st+160+{o2}",
	"llghrl %r1,isa_st+160+{o2}", "strl %r1,isa_st+160+{o4}", "stgrl %r1,isa_st+160+{o8}",
	"sthrl %r1,isa_st+160+{o2}", "lgrl %r1,isa_st+164", "lg %r1,1(%r4)\nl %r2,3(%r4)",
}, { ptr = { [4] = 0 } }), mem = true }
CLASSES.ss = { templates = T({
	"mvc 0({l},%r4),0(%r5)", "mvc {o}({l},%r4),{o}(%r5)", "mvc 1({l},%r4),0(%r4)", "mvc 8({l},%r4),0(%r4)",
	"mvc 0({l},%r4),3(%r4)", "clc 0({l},%r4),0(%r5)", "clc {o}({l},%r4),{o}(%r4)", "clc 0({l},%r4),0(%r4)",
	"mvc 0(200,%r5),0(%r4)\nclc 0({l},%r4),0(%r5)", "xc 0({l},%r4),0(%r5)", "xc 0({l},%r4),0(%r4)",
	"xc 1({l},%r4),0(%r4)", "nc 0({l},%r4),0(%r5)", "oc 0({l},%r4),0(%r5)", "nc 2({l},%r4),0(%r4)",
	"tr 0({l},%r4),0(%r6)", "tr 0({l},%r4),0(%r6)", "trt 0({l},%r4),0(%r6)", "trt {o}({l},%r4),0(%r6)",
	"xc 0(255,%r6),0(%r6)\ntrt 0({l},%r4),0(%r6)", "mvcin 0({l},%r4),255(%r5)", "mvcin {o}({l},%r4),{o}(%r5)",
	"mvc 0({l},%r4),0(%r5)\nmvc 0({l},%r4),0(%r4)",
	-- other base registers that overlap at run time: the byte propagates
	-- (zlib's inflate copies a match at distance 1 so)
	"la %r5,1(%r4)\nmvc 0({ls},%r5),0(%r4)", "la %r5,{ls}(%r4)\nmvc 0({ls},%r5),0(%r4)",
	"la %r5,{ls}(%r4)\nmvc 0({ls},%r4),0(%r5)", "la %r1,{ls}(%r4)\nmvc 2({ls},%r1),2(%r4)",
	"la %r5,1(%r4)\nmvc 0({l},%r5),0(%r4)",
}, { ptr = MP }), mem = true }
CLASSES.string = { templates = T({
	"0: mvst %r4,%r5\njo 0b", "0: clst %r4,%r5\njo 0b", "0: srst %r1,%r4\njo 0b", "0: srst %r5,%r4\njo 0b",
	"lghi %r0,0\n0: mvst %r4,%r5\njo 0b", "lghi %r0,0\n0: clst %r4,%r5\njo 0b",
	"mvc 0(100,%r4),0(%r5)\nlghi %r0,0\n0: clst %r4,%r5\njo 0b", "llilf %r0,0x61\n0: srst %r1,%r4\njo 0b",
	"la %r1,40(%r4)\n0: srst %r1,%r4\njo 0b", -- the long forms: r4/r5 and r2/r3 are address/length pairs
	"lghi %r5,{u8}\nla %r2,256(%r4)\nlghi %r3,{u8}\n0: mvcle %r4,%r2,0x2a\njo 0b",
	"lghi %r5,{u8}\nla %r2,256(%r4)\nlghi %r3,{u8}\n0: clcle %r4,%r2,0x61\njo 0b",
	"lghi %r5,{u8}\nlgr %r2,%r4\nlghi %r3,{u8}\n0: clcle %r4,%r2,0\njo 0b",
	"lghi %r5,{u8}\nla %r2,256(%r4)\nlghi %r3,{u8}\nmvcl %r4,%r2",
	"lghi %r5,{u8}\nla %r2,256(%r4)\nlghi %r3,{u8}\nclcl %r4,%r2",
	"lghi %r5,{u8}\nla %r2,1(%r4)\nlghi %r3,{u8}\nmvcl %r4,%r2",
}, { ptr = MP }), mem = true, strings = true }
CLASSES.atomic = { templates = T({
	"cs %r1,%r2,{o4}(%r4)", "csy %r1,%r2,{o4}(%r4)", "csg %r1,%r2,{o8}(%r4)", "l %r1,{o4}(%r4)",
	"l %r1,8(%r4)\ncs %r1,%r2,8(%r4)", "lg %r1,16(%r4)\ncsg %r1,%r3,16(%r4)", "cds %r0,%r2,{o8}(%r4)",
	"lm %r0,%r1,8(%r4)\ncds %r0,%r2,8(%r4)", "cdsg %r0,%r2,{o16}(%r4)", "lmg %r0,%r1,16(%r4)\ncdsg %r0,%r2,16(%r4)",
	"laa %r1,%r2,{o4}(%r4)", "laag %r1,%r2,{o8}(%r4)", "laal %r1,%r2,{o4}(%r4)", "laalg %r1,%r2,{o8}(%r4)",
	"lan %r1,%r2,{o4}(%r4)", "lang %r1,%r2,{o8}(%r4)", "lao %r1,%r2,{o4}(%r4)", "laog %r1,%r2,{o8}(%r4)",
	"lax %r1,%r2,{o4}(%r4)", "laxg %r1,%r2,{o8}(%r4)", "lpd %r0,{o8}(%r4),{o8}(%r5)",
	"lpdg %r0,{o8}(%r4),{o8}(%r5)", "cs %r1,%r2,2(%r4)", "csg %r1,%r2,4(%r4)", "cdsg %r0,%r2,8(%r4)",
	"laa %r1,%r2,2(%r4)",
}, { ptr = { [4] = 0, [5] = 256 } }), mem = true }
CLASSES.loc = { templates = T({
	"locr %r1,%r2,{m4}", "locgr %r1,%r2,{m4}", "loc %r1,{o4}(%r4),{m4}", "locg %r1,{o8}(%r4),{m4}",
	"stoc %r1,{o4}(%r4),{m4}", "stocg %r1,{o8}(%r4),{m4}", "locgr %r1,%r2,8", "locr %r1,%r2,7",
	"stocg %r1,{o8}(%r4),1", "loc %r1,1(%r4),0", "stoc %r1,2(%r4),15",
}, { ptr = { [4] = 0 } }), mem = true }
CLASSES.bitcount = { templates = T({
	"popcnt %r1,%r2", "popcnt %r1,%r2", "flogr %r2,%r5", "flogr %r2,%r5", "flogr %r2,%r2",
}) }
CLASSES.icm_tm = { templates = T({
	"icm %r1,{m4},{o}(%r4)", "icmy %r1,{m4},{o}(%r4)", "icmh %r1,{m4},{o}(%r4)", "icm %r1,15,{o}(%r4)",
	"icm %r1,0,0(%r4)", "stcm %r1,{m4},{o}(%r4)", "stcmy %r1,{m4},{o}(%r4)", "stcmh %r1,{m4},{o}(%r4)",
	"tm {o}(%r4),{u8}", "tmy {o}(%r4),{u8}", "tmll %r1,{u16}", "tmlh %r1,{u16}", "tmhl %r1,{u16}",
	"tmhh %r1,{u16}", "tmll %r1,0", "tm {o}(%r4),0xff", "ic %r1,{o}(%r4)", "icy %r1,{o}(%r4)",
}, { ptr = { [4] = 0 } }), mem = true }
-- EXECUTE: the target sits out of line, jumped over.  The OR into the
-- target's second byte is kept to what stays the same instruction on the
-- case's registers (mask: the bits of the EX register's low byte that may be
-- set): a length for SS, an immediate byte for SI, r0-r7 for RR and RI.
local function ex(target, r, mask)
	local n = tonumber(r:match("%d+"))
	return { { asm = "j 1f\n2: " .. target .. "\n1: exrl " .. r .. ",2b", exreg = n, exmask = mask },
		{ asm = "larl %r3,2f\nj 1f\n2: " .. target .. "\n1: ex " .. r .. ",0(%r3)", exreg = n, exmask = mask } }
end
CLASSES.execute = { templates = T(cat(ex("mvc 0(1,%r4),0(%r5)", "%r1", 0xff), ex("mvc 0(1,%r4),0(%r5)", "%r2", 0xff),
	ex("clc 0(1,%r4),0(%r5)", "%r1", 0xff), ex("xc 0(1,%r4),0(%r5)", "%r0", 0xff), ex("tr 0(1,%r4),0(%r6)", "%r2", 0xff),
	ex("lr %r0,%r0", "%r1", 0x77), ex("ar %r0,%r0", "%r2", 0x77), ex("lghi %r0,{s16}", "%r1", 0x70),
	ex("tmll %r1,0", "%r2", 0x70), ex("mvi 0(%r4),0", "%r1", 0xff), ex("cli 0(%r4),0", "%r2", 0xff),
	ex("lgr %r7,%r0", "%r0", 0), ex("ni 0(%r4),0", "%r1", 0xff), ex("exrl %r0,1f", "%r0", 0),
	{ { asm = "larl %r3,1f\nex %r1,0(%r3)\nj 2f\n1: mvc 0(1,%r4),0(%r5)\n2:", exreg = 1, exmask = 0xff } }
), { ptr = MP }), mem = true }

-- BFP: every template runs with the FPC's rounding mode, flags and masks random.
-- Where qemu-s390x 7.2 (the oracle) is not the Principles of Operation
-- (SA22-7832, chapter 19 "Binary-Floating-Point Instructions"), the cases
-- are not offered to it; tests/unit/test_s390x_bfp.c checks dragoman's PoO
-- value for each instead (docs/s390x.md, "Where qemu-s390x 7.2 ... is not
-- the PoO"):
-- 1. completing traps (IEEE overflow, underflow, inexact with their mask
--    on: PoO "IEEE Exceptions", the result is written, scaled for overflow
--    and underflow, and the DXC says inexact/incremented): qemu writes no
--    result and never sets the "incremented" bit.  So the FPC's overflow,
--    underflow and inexact masks stay off; invalid and divide-by-zero
--    (suppressing, as qemu does them) stay random.
-- 2. convert to fixed (CFEBR ... CLGXBR) of a NaN or out-of-range value
--    with the invalid mask on: qemu's DXC is 0x88 and its si_code then 0;
--    the PoO's DXC is 0x80 (IEEE invalid; "Convert to Fixed": the result
--    is suppressed) and the kernel's si_code FPE_FLTINV.  noinv: that
--    mask stays off too for these templates.
-- 3. multiply and add/subtract with a NaN operand: qemu returns a default
--    NaN (PoO "Multiply and Add": the NaN operand propagates, quieted).
--    nonan: no NaN in the FP registers and memory operands.
-- 4. load and test of an SNaN: qemu neither quiets it nor signals invalid
--    (PoO "Load and Test": an SNaN is an IEEE invalid operation and the
--    result is the quieted SNaN).  nosnan: no SNaN operand.
-- 5. MDEBR/MXDBR: qemu reads the first operand in the
--    long (extended) format, not short (long): not offered at all.
local function fp(list, kind, q)
	local t = T(list, { fp = kind })
	for _, a in ipairs(t) do for k, v in pairs(q or {}) do a[k] = v end end
	return t
end
CLASSES.bfp_arith = { templates = cat(
	fp({ "aebr %f0,%f1", "sebr %f0,%f1", "meebr %f0,%f1", "debr %f0,%f1", "sqebr %f0,%f1", "aebr %f2,%f2",
		"aeb %f0,0(%r4)", "meeb %f1,4(%r4)" }, "s"),
	fp({ "adbr %f0,%f1", "sdbr %f0,%f1", "mdbr %f0,%f1", "ddbr %f0,%f1", "sqdbr %f0,%f1", "ddbr %f3,%f3",
		"adb %f0,0(%r4)", "mdb %f1,8(%r4)", "ddb %f2,8(%r4)" }, "d"),
	fp({ "axbr %f0,%f1", "sxbr %f0,%f4", "mxbr %f1,%f5", "dxbr %f0,%f1", "sqxbr %f0,%f1", "axbr %f5,%f5" }, "x")),
	mem = true, fpc = true, fpmem = true }
CLASSES.bfp_cmp = { templates = cat(
	fp({ "cebr %f0,%f1", "kebr %f0,%f1", "lcebr %f0,%f1", "lpebr %f0,%f1", "lnebr %f0,%f1",
		"ler %f0,%f1", "ceb %f0,0(%r4)", "tceb %f0,{d12}", "lzer %f1" }, "s"),
	fp({ "cdbr %f0,%f1", "kdbr %f0,%f1", "lcdbr %f0,%f1", "lpdbr %f0,%f1", "lndbr %f0,%f1",
		"ldr %f0,%f1", "cdb %f0,0(%r4)", "kdb %f1,8(%r4)", "tcdb %f0,{d12}", "lcdfr %f0,%f1", "lpdfr %f0,%f1",
		"lndfr %f0,%f1", "cpsdr %f0,%f1,%f2", "lgdr %r1,%f1", "ldgr %f1,%r1", "lzdr %f1" }, "d"),
	fp({ "cxbr %f0,%f1", "kxbr %f0,%f4", "lcxbr %f0,%f1", "lpxbr %f1,%f4", "lnxbr %f0,%f1",
		"tcxb %f0,{d12}", "lxr %f0,%f5", "lzxr %f1" }, "x"),
	fp({ "ltebr %f0,%f1" }, "s", { nosnan = true }), fp({ "ltdbr %f0,%f1" }, "d", { nosnan = true }),
	fp({ "ltxbr %f0,%f1" }, "x", { nosnan = true })),
	mem = true, fpc = true, fpmem = true }
CLASSES.bfp_conv = { templates = cat(
	fp({ "cefbr %f0,%r1", "cegbr %f0,%r1", "cefbra %f0,{rm},%r1,{m4x}", "celfbr %f0,{rm},%r1,{m4x}",
		"celgbr %f0,{rm},%r1,{m4x}", "ldebr %f0,%f1", "lxebr %f0,%f1",
		"fiebr %f0,{rm},%f1", "fiebra %f0,{rm},%f1,{m4x}", "ldeb %f0,0(%r4)" }, "s"),
	fp({ "cdfbr %f0,%r1", "cdgbr %f0,%r1", "cdlfbr %f0,{rm},%r1,{m4x}", "cdlgbr %f0,{rm},%r1,{m4x}",
		"ledbr %f0,%f1", "ledbra %f0,{rm},%f1,{m4x}", "lxdbr %f0,%f1",
		"fidbr %f0,{rm},%f1", "fidbra %f0,{rm},%f1,{m4x}", "cxfbr %f0,%r1", "cxgbr %f0,%r1",
		"cxlgbr %f0,{rm},%r1,{m4x}" }, "d"),
	fp({ "ldxbr %f0,%f1", "ldxbra %f0,{rm},%f4,{m4x}", "lexbr %f0,%f1", "lexbra %f1,{rm},%f4,{m4x}",
		"fixbr %f0,{rm},%f1", "fixbra %f0,{rm},%f4,{m4x}" }, "x"),
	fp({ "cfebr %r1,{rm},%f1", "cgebr %r1,{rm},%f1", "clfebr %r1,{rm},%f1,{m4x}", "clgebr %r1,{rm},%f1,{m4x}",
		"cfebra %r1,{rm},%f1,{m4x}" }, "s", { noinv = true }),
	fp({ "cfdbr %r1,{rm},%f1", "cgdbr %r1,{rm},%f1", "cgdbra %r1,{rm},%f1,{m4x}", "clfdbr %r1,{rm},%f1,{m4x}",
		"clgdbr %r1,{rm},%f1,{m4x}" }, "d", { noinv = true }),
	fp({ "cfxbr %r1,{rm},%f1", "cgxbr %r1,{rm},%f4", "clgxbr %r1,{rm},%f1,{m4x}", "clfxbr %r1,{rm},%f4,{m4x}" }, "x",
		{ noinv = true })),
	mem = true, fpc = true, fpmem = true }
CLASSES.bfp_fma = { templates = cat(
	fp({ "maebr %f0,%f1,%f2", "msebr %f0,%f1,%f2", "maeb %f0,%f1,0(%r4)", "maebr %f0,%f0,%f0" }, "s", { nonan = true }),
	fp({ "madbr %f0,%f1,%f2", "msdbr %f0,%f1,%f2", "madb %f0,%f1,8(%r4)", "msdb %f3,%f1,0(%r4)" }, "d", { nonan = true })),
	mem = true, fpc = true, fpmem = true }
-- the FP classes' memory operands (0(%r4), 4(%r4), 8(%r4)) hold FP values too
for _, c in pairs(CLASSES) do
	if c.fpc then for _, t in ipairs(c.templates) do t.ptr = { [4] = 0 } end end
end

if class == "list" then
	local names = {}
	for k in pairs(CLASSES) do names[#names + 1] = k end
	table.sort(names)
	print(table.concat(names, " "))
	return
end
local C = assert(CLASSES[class], "gen.lua: unknown class " .. tostring(class))

local function cstr(s) return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub("\n", "\\n\\t") .. '"' end
-- the qemu exclusions above: is this value one template t must not get?
local function skip(t, kind, v)
	local nan, q
	if kind == "s" then
		local b = v >> 32
		nan, q = (b >> 23) & 0xff == 0xff and b & 0x7fffff ~= 0, b & 0x400000 ~= 0
	elseif kind == "d" then
		nan, q = (v >> 52) & 0x7ff == 0x7ff and v & 0xfffffffffffff ~= 0, v & 0x8000000000000 ~= 0
	else
		nan, q = (v[1] >> 48) & 0x7fff == 0x7fff and (v[1] & 0xffffffffffff | v[2]) ~= 0, v[1] & 0x800000000000 ~= 0
	end
	return (t.nonan and nan) or (t.nosnan and nan and not q)
end
local function val(t, kind)
	local f = kind == "s" and sval or kind == "d" and dval or xval
	local v
	repeat v = f() until not skip(t, kind, v)
	return v
end
local o = assert(io.open(out, "w"))
o:write("/* written by tests/isa/s390x/gen.lua " .. class .. " " .. count .. " " .. seed .. "; do not edit */\n")
o:write('#include "tests/isa/s390x/harness.h"\n')
for n = 0, count - 1 do
	local t = C.templates[n % #C.templates + 1]
	if n >= #C.templates then t = pick(C.templates) end   -- every template once, then at random
	local text = t.asm:gsub("{(%w+)}", function(k) return tostring(assert(IMM[k], k)()) end)
	local fpc = 0
	if C.fpc then
		fpc = pick({ 0, 1, 2, 3, 7 }) | (R(0, 0x1f) << 19)             -- rounding mode, flags
		-- IEEE masks: traps; invalid and divide-by-zero only (exclusions 1, 2)
		if R(4) == 1 then fpc = fpc | ((R(0, 0x1f) & (t.noinv and 0x08 or 0x18)) << 27) end
	end
	o:write(string.format("static void c%d(void)\n{\n\tSETUP(%s, %d, 0x%08x, %d);\n", n,
		cstr(text:gsub("\n", "; ")), R(0, 3), fpc, C.mem and n + 1 or 0))
	for i = 0, 7 do
		local v = ival()
		if C.divedge and (i == 5 or i == 2) and R(4) == 1 then v = pick({ 0, -1, 1, math.mininteger, -0x80000000 }) end
		-- the terminator: frequent in isa_fill's bytes; 0x7f00 is a specification exception
		if C.strings and i == 0 then v = pick({ 0, 0, 0x61, 0x62, 0x63, 0xff00000061, 0x7f00 }) end
		if t.exreg == i and i ~= 0 then v = (v & ~0xff) | (R(0, 255) & t.exmask) end
		if t.ptr and t.ptr[i] then
			o:write(string.format("\tGM(%d, %d);\n", i, t.ptr[i]))
		else
			o:write(string.format("\tG(%d, %s);\n", i, hex(v)))
		end
	end
	local kind = t.fp or "d"
	if kind == "x" then
		for _, p in ipairs({ { 0, 2 }, { 1, 3 }, { 4, 6 }, { 5, 7 } }) do
			local x = val(t, "x")
			o:write(string.format("\tF(%d, %s); F(%d, %s);\n", p[1], hex(x[1]), p[2], hex(x[2])))
		end
	else
		for i = 0, 7 do o:write(string.format("\tF(%d, %s);\n", i, hex(val(t, kind)))) end
	end
	if C.fpmem then   -- FP memory operands at 0, 4 (short) and 8 (long)
		local a, b = val(t, "s") >> 32, val(t, "d")
		o:write(string.format("\t{ uint32_t s = 0x%08xu; uint64_t d = %s; memcpy(isa_st.mem, &s, 4); " ..
			"memcpy(isa_st.mem + 4, &s, 4); memcpy(isa_st.mem + 8, &d, 8); }\n", a, hex(b)))
	end
	o:write("\tISA_RUN(" .. cstr(text:gsub("%%", "%%%%")) .. ");\n\tisa_dump();\n}\n")
end
o:write("static const isa_case cases[] = {")
for n = 0, count - 1 do o:write(n % 8 == 0 and "\n\t" or " ", "c", n, ",") end
o:write("\n};\nint main(void) { return isa_main(cases, " .. count .. "); }\n")
o:close()
