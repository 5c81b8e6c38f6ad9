-- Signals.  Guest signal dispositions, masks and frames are emulated, so
-- almost everything here is custom; sending a signal only translates its number.

local SIG = "signals"

-- dispositions ------------------------------------------------------------------------------
syscall "rt_sigaction" { custom = SIG,
  sig "sig", input "act" : struct "sigaction" : optional(), out "oact" : struct "sigaction" : optional(),
  size "sigsetsize", ret = "int",
  note = "alpha adds a fifth argument (restorer) after sigsetsize; sparc64 passes (sig, act, oact, restorer, sigsetsize)" }
syscall "sigaction" { custom = SIG .. ": struct old_sigaction with an old_sigset_t mask",
  sig "sig", ptr "act", ptr "oact", ret = "int",
  note = "alpha and sparc take struct sigaction layouts of their own" }
syscall "signal" { custom = SIG, sig "sig", ptr "handler", ret = "ptr" }

-- masks ---------------------------------------------------------------------------------------
syscall "rt_sigprocmask" { custom = SIG,
  int "how" : set "sigprocmask_how", sigset_in "nset" : len "sigsetsize" : optional(),
  sigset_out "oset" : len "sigsetsize" : optional(), size "sigsetsize", ret = "int" }
syscall "sigprocmask" { custom = SIG .. ": old_sigset_t (one word) masks",
  int "how" : set "sigprocmask_how", ptr "nset", ptr "oset", ret = "int",
  note = "alpha: (how, newmask) by value, returning the old mask" }
syscall "rt_sigpending" { custom = SIG .. ": pending guest signals are queued by the emulator",
  sigset_out "uset" : len "sigsetsize", size "sigsetsize", ret = "int" }
syscall "sigpending" { custom = SIG .. ": pending guest signals are queued by the emulator",
  ptr "uset", ret = "int" }
syscall "rt_sigsuspend" { custom = SIG,
  sigset_in "unewset" : len "sigsetsize", size "sigsetsize", ret = "int" }
syscall "sigsuspend" { custom = SIG .. ": old_sigset_t mask; arguments differ per architecture",
  ptr "mask", ret = "int",
  note = "i386: (int history0, int history1, old_sigset_t mask); the generic form is (old_sigset_t mask)" }

-- waiting for and queueing signals -------------------------------------------------------------------
syscall "rt_sigtimedwait" { custom = SIG,
  sigset_in "uthese" : len "sigsetsize", out "uinfo" : struct "siginfo" : optional(),
  input "uts" : struct "timespec" : optional(),
  size "sigsetsize", ret = "int", note = "uinfo receives a siginfo_t; returns the signal number" }
syscall "rt_sigtimedwait_time64" { custom = SIG,
  sigset_in "uthese" : len "sigsetsize", out "uinfo" : struct "siginfo" : optional(),
  input "uts" : struct "timespec64" : optional(),
  size "sigsetsize", ret = "int", note = "uinfo receives a siginfo_t; returns the signal number" }
syscall "rt_sigqueueinfo" { custom = SIG .. ": siginfo_t conversion",
  pid "pid", sig "sig", input "uinfo" : struct "siginfo", ret = "int" }
syscall "rt_tgsigqueueinfo" { custom = SIG .. ": siginfo_t conversion",
  pid "tgid", pid "pid", sig "sig", input "uinfo" : struct "siginfo", ret = "int" }

-- returning from handlers, alternate stacks ---------------------------------------------------------
syscall "rt_sigreturn" { custom = SIG .. ": restores the guest frame", ret = "noreturn" }
syscall "sigreturn" { custom = SIG .. ": restores the guest frame", ret = "noreturn" }
syscall "restart_syscall" { custom = SIG .. ": restarts the interrupted guest syscall", ret = "long" }
syscall "sigaltstack" { custom = SIG .. ": the alternate stack is guest memory",
  input "uss" : struct "stack_t" : optional(), out "uoss" : struct "stack_t" : optional(), ret = "int" }

-- sending ---------------------------------------------------------------------------------------------
syscall "kill" { pid "pid", sig "sig", ret = "int" }
syscall "tkill" { pid "pid", sig "sig", ret = "int" }
syscall "tgkill" { pid "tgid", pid "pid", sig "sig", ret = "int" }
syscall "pause" { ret = "int", note = "returns -EINTR once a guest handler has run" }
syscall "sgetmask" { custom = SIG .. ": old one-word mask", ret = "long" }
syscall "ssetmask" { custom = SIG .. ": old one-word mask", long "newmask", ret = "long" }
