-- lseek whence (linux/fs.h), futex operations (linux/futex.h), clock ids and
-- timer flags (linux/time.h).  Values drafted by gen/draft.lua.

constset "seek_whence" {
  kind = "enum",
  headers = { "linux/fs.h" },
  values = {
    SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2, SEEK_DATA = 3, SEEK_HOLE = 4,
  },
}

constset "futex_ops" {
  kind = "flags",
  headers = { "linux/futex.h" },
  fields = {
    FUTEX_CMD_MASK = { "FUTEX_WAIT", "FUTEX_WAKE", "FUTEX_FD", "FUTEX_REQUEUE", "FUTEX_CMP_REQUEUE", "FUTEX_WAKE_OP", "FUTEX_LOCK_PI", "FUTEX_UNLOCK_PI", "FUTEX_TRYLOCK_PI", "FUTEX_WAIT_BITSET", "FUTEX_WAKE_BITSET", "FUTEX_WAIT_REQUEUE_PI", "FUTEX_CMP_REQUEUE_PI", "FUTEX_LOCK_PI2" },
  },
  values = {
    FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_FD = 2, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4,
    FUTEX_WAKE_OP = 5, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7, FUTEX_TRYLOCK_PI = 8,
    FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 0xa, FUTEX_WAIT_REQUEUE_PI = 0xb,
    FUTEX_CMP_REQUEUE_PI = 0xc, FUTEX_LOCK_PI2 = 0xd, FUTEX_PRIVATE_FLAG = 0x80,
    FUTEX_CLOCK_REALTIME = 0x100, FUTEX_CMD_MASK = -385,
  },
}

constset "clock_ids" {
  kind = "enum",
  headers = { "linux/time.h" },
  values = {
    CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
    CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_REALTIME_COARSE = 5,
    CLOCK_MONOTONIC_COARSE = 6, CLOCK_BOOTTIME = 7, CLOCK_REALTIME_ALARM = 8,
    CLOCK_BOOTTIME_ALARM = 9, CLOCK_SGI_CYCLE = 10, CLOCK_TAI = 11,
  },
}

constset "timer_flags" {
  kind = "flags",
  headers = { "linux/time.h" },
  values = {
    TIMER_ABSTIME = 1,
  },
}

-- FUTEX_WAKE_OP's encoded val3 (linux/futex.h): op<<28 | oparg<<12 | cmp<<24 |
-- cmparg, FUTEX_OP_OPARG_SHIFT or-ed into op; and the WAIT/WAKE_BITSET mask
-- that matches every waiter.  Used by -strace.
constset "futex_wake_ops" {
  kind = "enum",
  headers = { "linux/futex.h" },
  values = {
    FUTEX_OP_SET = 0, FUTEX_OP_ADD = 1, FUTEX_OP_OR = 2, FUTEX_OP_ANDN = 3, FUTEX_OP_XOR = 4,
    FUTEX_OP_OPARG_SHIFT = 8,
  },
}

constset "futex_wake_cmps" {
  kind = "enum",
  headers = { "linux/futex.h" },
  values = {
    FUTEX_OP_CMP_EQ = 0, FUTEX_OP_CMP_NE = 1, FUTEX_OP_CMP_LT = 2, FUTEX_OP_CMP_LE = 3,
    FUTEX_OP_CMP_GT = 4, FUTEX_OP_CMP_GE = 5,
  },
}

constset "futex_bitset" {
  kind = "enum",
  headers = { "linux/futex.h" },
  values = {
    FUTEX_BITSET_MATCH_ANY = 0xffffffff,
  },
}

-- fsconfig(2) commands (linux/mount.h, an enum).  FSCONFIG_CMD_CREATE_EXCL (8, v6.6)
-- is newer than the checker's headers: an unknown command reaches the host unchanged.
constset "fsconfig_cmds" {
  kind = "enum",
  headers = { "linux/mount.h" },
  values = {
    FSCONFIG_SET_FLAG = 0, FSCONFIG_SET_STRING = 1, FSCONFIG_SET_BINARY = 2, FSCONFIG_SET_PATH = 3,
    FSCONFIG_SET_PATH_EMPTY = 4, FSCONFIG_SET_FD = 5, FSCONFIG_CMD_CREATE = 6, FSCONFIG_CMD_RECONFIGURE = 7,
  },
}
