-- Signals and sigaction/sigprocmask constants of asm/signal.h (asm-generic/signal-defs.h).
-- SIGRTMAX is left out: the UAPI headers define it as _NSIG, which several ABIs
-- only define for the kernel.  Values drafted by gen/draft.lua.

constset "signals" {
  kind = "enum",
  headers = { "asm/signal.h" },
  values = {
    SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGIOT = 6,
    SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13,
    SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19,
    SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25,
    SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPOLL = 29, SIGPWR = 30, SIGSYS = 31,
    SIGUNUSED = 31, SIGRTMIN = 32, SIGEMT = NONE, SIGINFO = NONE, SIGSWI = NONE, SIGCLD = NONE,
    SIGLOST = NONE,
  },
  overrides = {
    arm = {
      SIGSWI = 32,
    },
    mips = {
      SIGBUS = 10, SIGUSR1 = 16, SIGUSR2 = 17, SIGSTKFLT = NONE, SIGCHLD = 18, SIGCONT = 25,
      SIGSTOP = 23, SIGTSTP = 24, SIGTTIN = 26, SIGTTOU = 27, SIGURG = 21, SIGXCPU = 30,
      SIGXFSZ = 31, SIGVTALRM = 28, SIGPROF = 29, SIGWINCH = 20, SIGIO = 22, SIGPOLL = 22,
      SIGPWR = 19, SIGSYS = 12, SIGUNUSED = NONE, SIGEMT = 7, SIGCLD = 18,
    },
    sparc = {
      SIGBUS = 10, SIGUSR1 = 30, SIGUSR2 = 31, SIGSTKFLT = NONE, SIGCHLD = 20, SIGCONT = 19,
      SIGSTOP = 17, SIGTSTP = 18, SIGURG = 16, SIGIO = 23, SIGPOLL = 23, SIGPWR = 29, SIGSYS = 12,
      SIGUNUSED = NONE, SIGEMT = 7, SIGLOST = 29,
    },
    alpha = {
      SIGBUS = 10, SIGUSR1 = 30, SIGUSR2 = 31, SIGSTKFLT = NONE, SIGCHLD = 20, SIGCONT = 19,
      SIGSTOP = 17, SIGTSTP = 18, SIGURG = 16, SIGIO = 23, SIGPOLL = 23, SIGPWR = 29, SIGSYS = 12,
      SIGUNUSED = NONE, SIGEMT = 7, SIGINFO = 29,
    },
    hppa = {
      SIGBUS = 10, SIGUSR1 = 16, SIGUSR2 = 17, SIGSTKFLT = 7, SIGCHLD = 18, SIGCONT = 26,
      SIGSTOP = 24, SIGTSTP = 25, SIGTTIN = 27, SIGTTOU = 28, SIGURG = 29, SIGXCPU = 12,
      SIGXFSZ = 30, SIGVTALRM = 20, SIGPROF = 21, SIGWINCH = 23, SIGIO = 22, SIGPOLL = 22,
      SIGPWR = 19,
    },
  },
}

constset "sigaction_flags" {
  kind = "flags",
  cdefs = true,   -- the signal frame writers test SA_SIGINFO, SA_RESTORER
  headers = { "asm/signal.h" },
  values = {
    SA_RESTORER = 0x4000000, SA_NOCLDSTOP = 1, SA_NOCLDWAIT = 2, SA_SIGINFO = 4,
    SA_UNSUPPORTED = 0x400, SA_EXPOSE_TAGBITS = 0x800, SA_ONSTACK = 0x8000000,
    SA_RESTART = 0x10000000, SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000,
    SA_NOMASK = 0x40000000, SA_ONESHOT = 0x80000000, SA_THIRTYTWO = NONE, SA_STACK = NONE,
  },
  overrides = {
    arm = {
      SA_THIRTYTWO = 0x2000000,
    },
    riscv = {
      SA_RESTORER = NONE,
    },
    mips = {
      SA_RESTORER = NONE, SA_NOCLDWAIT = 0x10000, SA_SIGINFO = 8,
    },
    sparc = {
      SA_RESTORER = NONE, SA_NOCLDSTOP = 8, SA_NOCLDWAIT = 0x100, SA_SIGINFO = 0x200,
      SA_ONSTACK = 1, SA_RESTART = 2, SA_NODEFER = 0x20, SA_RESETHAND = 4, SA_NOMASK = 0x20,
      SA_ONESHOT = 4, SA_STACK = 1,
    },
    m68k = {
      SA_RESTORER = NONE,
    },
    alpha = {
      SA_RESTORER = NONE, SA_NOCLDSTOP = 4, SA_NOCLDWAIT = 0x20, SA_SIGINFO = 0x40, SA_ONSTACK = 1,
      SA_RESTART = 2, SA_NODEFER = 8, SA_RESETHAND = 0x10, SA_NOMASK = 8, SA_ONESHOT = 0x10,
    },
    hppa = {
      SA_RESTORER = NONE, SA_NOCLDSTOP = 8, SA_NOCLDWAIT = 0x80, SA_SIGINFO = 0x10, SA_ONSTACK = 1,
      SA_RESTART = 0x40, SA_NODEFER = 0x20, SA_RESETHAND = 4, SA_NOMASK = 0x20, SA_ONESHOT = 4,
    },
  },
}

constset "sigprocmask_how" {
  kind = "enum",
  headers = { "asm/signal.h" },
  values = {
    SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2,
  },
  overrides = {
    mips = {
      SIG_BLOCK = 1, SIG_UNBLOCK = 2, SIG_SETMASK = 3,
    },
    sparc = {
      SIG_BLOCK = 1, SIG_UNBLOCK = 2, SIG_SETMASK = 4,
    },
    alpha = {
      SIG_BLOCK = 1, SIG_UNBLOCK = 2, SIG_SETMASK = 3,
    },
  },
}

-- sigaltstack's ss_flags (linux/signal.h).
constset "sigaltstack_flags" {
  kind = "flags",
  headers = { "linux/signal.h" },
  values = {
    SS_ONSTACK = 1, SS_DISABLE = 2, SS_AUTODISARM = 0x80000000,
  },
}

-- siginfo_t's si_code (asm/siginfo.h): the codes any signal may carry (sent by a
-- process: <= 0, or by the kernel: SI_KERNEL), then one set per signal whose
-- kernel-generated codes have names of their own.  -strace picks the set by
-- si_signo as strace(1) does; mips numbers SI_TIMER, SI_MESGQ and SI_ASYNCIO
-- after IRIX.
constset "si_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_MESGQ = -3, SI_ASYNCIO = -4,
    SI_SIGIO = -5, SI_TKILL = -6, SI_DETHREAD = -7, SI_ASYNCNL = -60,
  },
  overrides = {
    mips = {
      SI_TIMER = -3, SI_MESGQ = -4, SI_ASYNCIO = -2,
    },
  },
}

constset "sigill_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    ILL_ILLOPC = 1, ILL_ILLOPN = 2, ILL_ILLADR = 3, ILL_ILLTRP = 4, ILL_PRVOPC = 5, ILL_PRVREG = 6,
    ILL_COPROC = 7, ILL_BADSTK = 8, ILL_BADIADDR = 9,
  },
}

constset "sigfpe_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    FPE_INTDIV = 1, FPE_INTOVF = 2, FPE_FLTDIV = 3, FPE_FLTOVF = 4, FPE_FLTUND = 5, FPE_FLTRES = 6,
    FPE_FLTINV = 7, FPE_FLTSUB = 8, FPE_FLTUNK = 14, FPE_CONDTRAP = 15,
  },
}

constset "sigsegv_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    SEGV_MAPERR = 1, SEGV_ACCERR = 2, SEGV_BNDERR = 3, SEGV_PKUERR = 4, SEGV_ACCADI = 5,
    SEGV_ADIDERR = 6, SEGV_ADIPERR = 7, SEGV_MTEAERR = 8, SEGV_MTESERR = 9,
  },
}

constset "sigbus_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    BUS_ADRALN = 1, BUS_ADRERR = 2, BUS_OBJERR = 3, BUS_MCEERR_AR = 4, BUS_MCEERR_AO = 5,
  },
}

constset "sigtrap_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    TRAP_BRKPT = 1, TRAP_TRACE = 2, TRAP_BRANCH = 3, TRAP_HWBKPT = 4, TRAP_UNK = 5, TRAP_PERF = 6,
  },
}

constset "sigchld_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    CLD_EXITED = 1, CLD_KILLED = 2, CLD_DUMPED = 3, CLD_TRAPPED = 4, CLD_STOPPED = 5, CLD_CONTINUED = 6,
  },
}

constset "sigpoll_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    POLL_IN = 1, POLL_OUT = 2, POLL_MSG = 3, POLL_ERR = 4, POLL_PRI = 5, POLL_HUP = 6,
  },
}

constset "sigsys_codes" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = {
    SYS_SECCOMP = 1, SYS_USER_DISPATCH = 2,
  },
}

-- signalfd4's flags (linux/signalfd.h): O_CLOEXEC and O_NONBLOCK by other names.
constset "signalfd_flags" {
  kind = "flags",
  headers = { "linux/signalfd.h" },
  values = {
    SFD_CLOEXEC = 0x80000, SFD_NONBLOCK = 0x800,
  },
  overrides = {
    mips = { SFD_NONBLOCK = 0x80 },
    sparc = { SFD_CLOEXEC = 0x400000, SFD_NONBLOCK = 0x4000 },
    alpha = { SFD_CLOEXEC = 0x200000, SFD_NONBLOCK = 4 },
    hppa = { SFD_CLOEXEC = 0x200000, SFD_NONBLOCK = 0x10000 },
  },
}

-- struct sigevent's sigev_notify (timer_create, mq_notify)
constset "sigev_notify" {
  kind = "enum",
  headers = { "asm/siginfo.h" },
  values = { SIGEV_SIGNAL = 0, SIGEV_NONE = 1, SIGEV_THREAD = 2, SIGEV_THREAD_ID = 4 },
}
