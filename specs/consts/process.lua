-- Process constants: clone flags (linux/sched.h), wait options and waitid id types
-- (linux/wait.h), resource limits (asm/resource.h).  Values drafted by gen/draft.lua.

constset "clone_flags" {
  kind = "flags",
  headers = { "linux/sched.h" },
  values = {
    CSIGNAL = 0xff, CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400, CLONE_SIGHAND = 0x800,
    CLONE_PIDFD = 0x1000, CLONE_PTRACE = 0x2000, CLONE_VFORK = 0x4000, CLONE_PARENT = 0x8000,
    CLONE_THREAD = 0x10000, CLONE_NEWNS = 0x20000, CLONE_SYSVSEM = 0x40000, CLONE_SETTLS = 0x80000,
    CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_DETACHED = 0x400000,
    CLONE_UNTRACED = 0x800000, CLONE_CHILD_SETTID = 0x1000000, CLONE_NEWCGROUP = 0x2000000,
    CLONE_NEWUTS = 0x4000000, CLONE_NEWIPC = 0x8000000, CLONE_NEWUSER = 0x10000000,
    CLONE_NEWPID = 0x20000000, CLONE_NEWNET = 0x40000000, CLONE_IO = 0x80000000,
    CLONE_CLEAR_SIGHAND = 0x100000000, CLONE_INTO_CGROUP = 0x200000000, CLONE_NEWTIME = 0x80,
  },
}

constset "wait_options" {
  kind = "flags",
  headers = { "linux/wait.h" },
  values = {
    WNOHANG = 1, WUNTRACED = 2, WSTOPPED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x1000000,
    __WNOTHREAD = 0x20000000, __WALL = 0x40000000, __WCLONE = 0x80000000,
  },
}

constset "waitid_idtype" {
  kind = "enum",
  headers = { "linux/wait.h" },
  values = {
    P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3,
  },
}

constset "rlimit_resource" {
  kind = "enum",
  headers = { "asm/resource.h" },
  values = {
    RLIMIT_CPU = 0, RLIMIT_FSIZE = 1, RLIMIT_DATA = 2, RLIMIT_STACK = 3, RLIMIT_CORE = 4,
    RLIMIT_RSS = 5, RLIMIT_NPROC = 6, RLIMIT_NOFILE = 7, RLIMIT_MEMLOCK = 8, RLIMIT_AS = 9,
    RLIMIT_LOCKS = 10, RLIMIT_SIGPENDING = 11, RLIMIT_MSGQUEUE = 12, RLIMIT_NICE = 13,
    RLIMIT_RTPRIO = 14, RLIMIT_RTTIME = 15,
  },
  overrides = {
    mips = {
      RLIMIT_RSS = 7, RLIMIT_NPROC = 8, RLIMIT_NOFILE = 5, RLIMIT_MEMLOCK = 9, RLIMIT_AS = 6,
    },
    sparc = {
      RLIMIT_NPROC = 7, RLIMIT_NOFILE = 6,
    },
    alpha = {
      RLIMIT_NPROC = 8, RLIMIT_NOFILE = 6, RLIMIT_MEMLOCK = 9, RLIMIT_AS = 7,
    },
  },
}

-- prctl's option (linux/prctl.h): numbered alike on every ABI.
constset "prctl_options" {
  kind = "enum",
  headers = { "linux/prctl.h" },
  values = {
    PR_SET_PDEATHSIG = 1, PR_GET_PDEATHSIG = 2, PR_GET_DUMPABLE = 3, PR_SET_DUMPABLE = 4,
    PR_GET_UNALIGN = 5, PR_SET_UNALIGN = 6, PR_GET_KEEPCAPS = 7, PR_SET_KEEPCAPS = 8,
    PR_GET_FPEMU = 9, PR_SET_FPEMU = 10, PR_GET_FPEXC = 11, PR_SET_FPEXC = 12, PR_GET_TIMING = 13,
    PR_SET_TIMING = 14, PR_SET_NAME = 15, PR_GET_NAME = 16, PR_GET_ENDIAN = 19, PR_SET_ENDIAN = 20,
    PR_GET_SECCOMP = 21, PR_SET_SECCOMP = 22, PR_CAPBSET_READ = 23, PR_CAPBSET_DROP = 24,
    PR_GET_TSC = 25, PR_SET_TSC = 26, PR_GET_SECUREBITS = 27, PR_SET_SECUREBITS = 28,
    PR_SET_TIMERSLACK = 29, PR_GET_TIMERSLACK = 30, PR_TASK_PERF_EVENTS_DISABLE = 31,
    PR_TASK_PERF_EVENTS_ENABLE = 32, PR_MCE_KILL = 33, PR_MCE_KILL_GET = 34, PR_SET_MM = 35,
    PR_SET_CHILD_SUBREAPER = 36, PR_GET_CHILD_SUBREAPER = 37, PR_SET_NO_NEW_PRIVS = 38,
    PR_GET_NO_NEW_PRIVS = 39, PR_GET_TID_ADDRESS = 40, PR_SET_THP_DISABLE = 41,
    PR_GET_THP_DISABLE = 42, PR_MPX_ENABLE_MANAGEMENT = 43, PR_MPX_DISABLE_MANAGEMENT = 44,
    PR_SET_FP_MODE = 45, PR_GET_FP_MODE = 46, PR_CAP_AMBIENT = 47, PR_SVE_SET_VL = 50,
    PR_SVE_GET_VL = 51, PR_GET_SPECULATION_CTRL = 52, PR_SET_SPECULATION_CTRL = 53,
    PR_PAC_RESET_KEYS = 54, PR_SET_TAGGED_ADDR_CTRL = 55, PR_GET_TAGGED_ADDR_CTRL = 56,
    PR_SET_IO_FLUSHER = 57, PR_GET_IO_FLUSHER = 58, PR_SET_SYSCALL_USER_DISPATCH = 59,
    PR_PAC_SET_ENABLED_KEYS = 60, PR_PAC_GET_ENABLED_KEYS = 61, PR_SCHED_CORE = 62,
    PR_SME_SET_VL = 63, PR_SME_GET_VL = 64, PR_SET_PTRACER = 0x59616d61, PR_SET_VMA = 0x53564d41,
  },
}

-- pidfd_open's flags (linux/pidfd.h): PIDFD_NONBLOCK is O_NONBLOCK.
constset "pidfd_flags" {
  kind = "flags",
  headers = { "linux/pidfd.h" },
  values = {
    PIDFD_NONBLOCK = 0x800,
  },
  overrides = {
    mips = { PIDFD_NONBLOCK = 0x80 },
    sparc = { PIDFD_NONBLOCK = 0x4000 },
    alpha = { PIDFD_NONBLOCK = 4 },
    hppa = { PIDFD_NONBLOCK = 0x10000 },
  },
}

-- seccomp(2) (linux/seccomp.h): numbered alike on every ABI.
constset "seccomp_ops" {
  kind = "enum",
  headers = { "linux/seccomp.h" },
  values = {
    SECCOMP_SET_MODE_STRICT = 0, SECCOMP_SET_MODE_FILTER = 1, SECCOMP_GET_ACTION_AVAIL = 2,
    SECCOMP_GET_NOTIF_SIZES = 3,
  },
}

constset "seccomp_filter_flags" {
  kind = "flags",
  headers = { "linux/seccomp.h" },
  values = {
    SECCOMP_FILTER_FLAG_TSYNC = 1, SECCOMP_FILTER_FLAG_LOG = 2, SECCOMP_FILTER_FLAG_SPEC_ALLOW = 4,
    SECCOMP_FILTER_FLAG_NEW_LISTENER = 8, SECCOMP_FILTER_FLAG_TSYNC_ESRCH = 16,
    SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV = 32,
  },
}
