-- System V IPC (asm/ipcbuf.h, asm/shmbuf.h, asm/sembuf.h, asm/msgbuf.h,
-- linux/shm.h, linux/sem.h, linux/msg.h) and POSIX message queues
-- (linux/mqueue.h).  The *_ds layouts differ the most: 64-bit ABIs have one
-- long per time; 32-bit ones add a `_high` word after it (asm-generic), before
-- it (powerpc, sparc, hppa, big-endian mips o32's msqid64_ds), or as a short
-- at the end (mips o32's shmid64_ds).  Handlers join the halves by name
-- (emu/sys/ipc_ctl.c); the host (x86_64) has no `_high` fields.

-- Whose mode_t is an unsigned short (__pad1 fills it to 4 bytes).
local SHORT_MODE = { "i386", "arm", "m68k", "sh" }
local INT_MODE = { "x86_64", "arm64", "riscv", "arc", "alpha", "mips" }

struct "ipc64_perm" {
  headers = { "asm/ipcbuf.h" },
  variants = {
    { when = INT_MODE,
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "uint" }, { "__pad1", "uchar[0]", pad = true }, { "seq", "ushort" }, { "__pad2", "ushort", pad = true },
      { "__unused1", "ulong", pad = true }, { "__unused2", "ulong", pad = true } },
    -- x32 runs x86_64's syscalls: its header spells the longs __kernel_ulong_t
    { when = { "x32" },
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "uint" }, { "__pad1", "uchar[0]", pad = true }, { "seq", "ushort" }, { "__pad2", "ushort", pad = true },
      { "__unused1", "u64", pad = true }, { "__unused2", "u64", pad = true } },
    { when = SHORT_MODE,
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "ushort" }, { "__pad1", "uchar[2]", pad = true }, { "seq", "ushort" }, { "__pad2", "ushort", pad = true },
      { "__unused1", "ulong", pad = true }, { "__unused2", "ulong", pad = true } },
    { when = { "powerpc" },
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "uint" }, { "seq", "uint" }, { "__pad1", "uint", pad = true },
      { "__unused1", "u64", pad = true }, { "__unused2", "u64", pad = true } },
    { when = { "s390" },
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "uint" }, { "__pad1", "ushort", pad = true }, { "seq", "ushort" },
      { "__unused1", "ulong", pad = true }, { "__unused2", "ulong", pad = true } },
    { when = { "sparc" },
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "mode", "uint" }, { "__pad1", "ushort", pad = true }, { "seq", "ushort" },
      { "__unused1", "u64", pad = true }, { "__unused2", "u64", pad = true } },
    -- hppa (not machine-checked)
    { when = { "hppa" },
      { "key", "int" }, { "uid", "uint" }, { "gid", "uint" }, { "cuid", "uint" }, { "cgid", "uint" },
      { "__pad1", "ushort", pad = true }, { "mode", "ushort" }, { "__pad2", "ushort", pad = true },
      { "seq", "ushort" }, { "__pad3", "uint", pad = true },
      { "__unused1", "u64", pad = true }, { "__unused2", "u64", pad = true } },
  },
}

-- 64-bit times: one long each.
local GEN64 = { "x86_64", "arm64", "riscv", "alpha", "s390" }
-- asm-generic on a 32-bit ABI: low word, then the high word.
local GEN32 = { "i386", "arm", "m68k", "sh", "arc" }
-- the high word first: powerpc, sparc, hppa (32-bit).
local HIGH_FIRST = { "ppc32", "hppa" }
-- 64-bit layouts of their own (times as longs, fields reordered)
local OWN64 = { "ppc64-family", "sparc" }

local function perm(p) return { p, "struct ipc64_perm" } end
local function pad(n, t) return { n, t or "ulong", pad = true } end
local function times64(pfx, names)
  local f = {}
  for _, n in ipairs(names) do f[#f + 1] = { pfx .. n .. "time", "long" } end
  return f
end
local function cat(...)
  local out = {}
  for _, l in ipairs({ ... }) do
    if type(l[1]) == "string" then out[#out + 1] = l else for _, x in ipairs(l) do out[#out + 1] = x end end
  end
  return out
end
-- names { "a", "d", "c" } -> shm_atime, shm_atime_high, ... (low first) or high first
local function split(pfx, names, high_first)
  local f = {}
  for _, n in ipairs(names) do
    local lo, hi = { pfx .. n .. "time", "ulong" }, { pfx .. n .. "time_high", "ulong" }
    if high_first then f[#f + 1] = hi; f[#f + 1] = lo else f[#f + 1] = lo; f[#f + 1] = hi end
  end
  return f
end
local function tags(...)
  local out = {}
  for _, l in ipairs({ ... }) do for _, x in ipairs(l) do out[#out + 1] = x end end
  return out
end
local function variant(when, fields) fields.when = when; return fields end

local SHM_T = { "a", "d", "c" }
local SHM_TAIL = { { "shm_cpid", "int" }, { "shm_lpid", "int" }, { "shm_nattch", "ulong" } }
struct "shmid64_ds" {
  headers = { "linux/shm.h" },
  variants = {
    variant(GEN64, cat(perm("shm_perm"), { "shm_segsz", "ulong" }, times64("shm_", SHM_T), SHM_TAIL,
                       pad("__unused4"), pad("__unused5"))),
    variant(GEN32, cat(perm("shm_perm"), { "shm_segsz", "ulong" }, split("shm_", SHM_T, false), SHM_TAIL,
                       pad("__unused4"), pad("__unused5"))),
    -- x32: x86_64's layout, except that its header's __kernel_size_t is 4 bytes
    variant({ "x32" }, cat(perm("shm_perm"), { "shm_segsz", "uint" },
                       { { "shm_atime", "s64" }, { "shm_dtime", "s64" }, { "shm_ctime", "s64" } },
                       { { "shm_cpid", "int" }, { "shm_lpid", "int" }, { "shm_nattch", "u64" } },
                       pad("__unused4", "u64"), pad("__unused5", "u64"))),
    variant({ "n32", "n64" }, cat(perm("shm_perm"), { "shm_segsz", "ulong" }, times64("shm_", SHM_T), SHM_TAIL,
                       pad("__unused1"), pad("__unused2"))),
    -- mips o32: the high halves are shorts at the end (times up to 2106)
    variant({ "o32" }, cat(perm("shm_perm"), { "shm_segsz", "ulong" },
                       { { "shm_atime", "ulong" }, { "shm_dtime", "ulong" }, { "shm_ctime", "ulong" } }, SHM_TAIL,
                       { { "shm_atime_high", "ushort" }, { "shm_dtime_high", "ushort" }, { "shm_ctime_high", "ushort" } },
                       pad("__unused1", "ushort"))),
    variant({ "ppc32" }, cat(perm("shm_perm"), split("shm_", SHM_T, true), pad("__unused4"),
                       { "shm_segsz", "ulong" }, SHM_TAIL, pad("__unused5"), pad("__unused6"))),
    variant({ "ppc64-family" }, cat(perm("shm_perm"), times64("shm_", SHM_T),
                       { "shm_segsz", "ulong" }, SHM_TAIL, pad("__unused5"), pad("__unused6"))),
    variant({ "sparc" }, cat(perm("shm_perm"), times64("shm_", SHM_T),
                       { "shm_segsz", "ulong" }, SHM_TAIL, pad("__unused1"), pad("__unused2"))),
    variant({ "hppa" }, cat(perm("shm_perm"), split("shm_", SHM_T, true), pad("__pad4", "uint"),
                       { "shm_segsz", "ulong" }, SHM_TAIL, pad("__unused1"), pad("__unused2"))),
  },
}

local SEM_T = { "o", "c" }
local NSEMS = { "sem_nsems", "ulong" }
struct "semid64_ds" {
  headers = { "linux/sem.h" },
  variants = {
    variant({ "arm64", "riscv", "alpha", "s390" }, cat(perm("sem_perm"), times64("sem_", SEM_T), NSEMS,
                       pad("__unused3"), pad("__unused4"))),
    -- x86_64 (and x32, 64-bit syscalls on __kernel_long_t) pad each time instead
    variant({ "x86_64" }, cat(perm("sem_perm"), { "sem_otime", "long" }, pad("__unused1"),
                       { "sem_ctime", "long" }, pad("__unused2"), NSEMS, pad("__unused3"), pad("__unused4"))),
    variant({ "x32" }, cat(perm("sem_perm"), { "sem_otime", "s64" }, pad("__unused1", "u64"),
                       { "sem_ctime", "s64" }, pad("__unused2", "u64"), { "sem_nsems", "u64" },
                       pad("__unused3", "u64"), pad("__unused4", "u64"))),
    variant({ "i386", "arm", "m68k", "sh", "arc" }, cat(perm("sem_perm"), split("sem_", SEM_T, false), NSEMS,
                       pad("__unused3"), pad("__unused4"))),
    variant({ "n32", "n64", "sparc" }, cat(perm("sem_perm"), times64("sem_", SEM_T), NSEMS,
                       pad("__unused1"), pad("__unused2"))),
    -- mips o32: the high words after sem_nsems
    variant({ "o32" }, cat(perm("sem_perm"), { { "sem_otime", "ulong" }, { "sem_ctime", "ulong" } }, NSEMS,
                       { { "sem_otime_high", "ulong" }, { "sem_ctime_high", "ulong" } })),
    variant({ "ppc32" }, cat(perm("sem_perm"), split("sem_", SEM_T, true), NSEMS, pad("__unused3"), pad("__unused4"))),
    variant({ "ppc64-family" }, cat(perm("sem_perm"), times64("sem_", SEM_T), NSEMS, pad("__unused3"), pad("__unused4"))),
    variant({ "hppa" }, cat(perm("sem_perm"), split("sem_", SEM_T, true), NSEMS, pad("__unused1"), pad("__unused2"))),
  },
}

local MSG_T = { "s", "r", "c" }
local MSG_MID = { { "msg_cbytes", "ulong" }, { "msg_qnum", "ulong" }, { "msg_qbytes", "ulong" },
                  { "msg_lspid", "int" }, { "msg_lrpid", "int" } }
struct "msqid64_ds" {
  headers = { "linux/msg.h" },
  variants = {
    variant(tags(GEN64, { "ppc64-family", "n32", "n64" }), cat(perm("msg_perm"), times64("msg_", MSG_T), MSG_MID,
                       pad("__unused4"), pad("__unused5"))),
    variant(tags(GEN32, { "mips-o32-le" }), cat(perm("msg_perm"), split("msg_", MSG_T, false), MSG_MID,
                       pad("__unused4"), pad("__unused5"))),
    variant(tags(HIGH_FIRST, { "mips-o32-be" }), cat(perm("msg_perm"), split("msg_", MSG_T, true), MSG_MID,
                       pad("__unused4"), pad("__unused5"))),
    variant({ "sparc" }, cat(perm("msg_perm"), times64("msg_", MSG_T), MSG_MID, pad("__unused1"), pad("__unused2"))),
    variant({ "x32" }, cat(perm("msg_perm"), { { "msg_stime", "s64" }, { "msg_rtime", "s64" }, { "msg_ctime", "s64" },
                       { "msg_cbytes", "u64" }, { "msg_qnum", "u64" }, { "msg_qbytes", "u64" },
                       { "msg_lspid", "int" }, { "msg_lrpid", "int" } }, pad("__unused4", "u64"), pad("__unused5", "u64"))),
  },
}

local function shminfo(t)
  return { { "shmmax", t }, { "shmmin", t }, { "shmmni", t }, { "shmseg", t }, { "shmall", t },
           pad("__unused1", t), pad("__unused2", t), pad("__unused3", t), pad("__unused4", t) }
end
struct "shminfo64" {
  headers = { "linux/shm.h" },
  variants = {
    variant({ "x32" }, shminfo("u64")),
    variant({ "64bit", "i386", "arm", "mips", "powerpc", "m68k", "arc", "hppa", "sh" }, shminfo("ulong")),
  },
}

struct "shm_info" {
  headers = { "linux/shm.h" },
  variants = {
    { when = { "x32" }, { "used_ids", "int" }, { "shm_tot", "u64" }, { "shm_rss", "u64" }, { "shm_swp", "u64" },
      { "swap_attempts", "u64" }, { "swap_successes", "u64" } },
    { when = { "64bit", "i386", "arm", "mips", "powerpc", "m68k", "arc", "hppa", "sh" },
      { "used_ids", "int" }, { "shm_tot", "ulong" }, { "shm_rss", "ulong" }, { "shm_swp", "ulong" },
      { "swap_attempts", "ulong" }, { "swap_successes", "ulong" } },
  },
}

struct "seminfo" {
  headers = { "linux/sem.h" },
  { "semmap", "int" }, { "semmni", "int" }, { "semmns", "int" }, { "semmnu", "int" }, { "semmsl", "int" },
  { "semopm", "int" }, { "semume", "int" }, { "semusz", "int" }, { "semvmx", "int" }, { "semaem", "int" },
}

struct "msginfo" {
  headers = { "linux/msg.h" },
  { "msgpool", "int" }, { "msgmap", "int" }, { "msgmax", "int" }, { "msgmnb", "int" }, { "msgmni", "int" },
  { "msgssz", "int" }, { "msgtql", "int" }, { "msgseg", "ushort" },
}

struct "sembuf" {
  headers = { "linux/sem.h" },
  { "sem_num", "ushort" }, { "sem_op", "short" }, { "sem_flg", "short", set = "sem_flags" },
}

-- four __kernel_long_t (8 bytes on x32)
struct "mq_attr" {
  headers = { "linux/mqueue.h" },
  variants = {
    { when = { "x32" }, { "mq_flags", "s64" }, { "mq_maxmsg", "s64" }, { "mq_msgsize", "s64" }, { "mq_curmsgs", "s64" },
      { "__reserved", "s64[4]", pad = true } },
    { when = { "64bit", "i386", "arm", "mips", "powerpc", "m68k", "arc", "hppa", "sh" },
      { "mq_flags", "long" }, { "mq_maxmsg", "long" }, { "mq_msgsize", "long" }, { "mq_curmsgs", "long" },
      { "__reserved", "long[4]", pad = true } },
  },
}
