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
