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
