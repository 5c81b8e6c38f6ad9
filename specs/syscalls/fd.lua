-- Descriptors: dup, fcntl, ioctl, pipes, poll/select, epoll, eventfd,
-- timerfd, signalfd.

-- duplication and control ----------------------------------------------------------
syscall "dup" { fd "fildes", ret = "fd" }
syscall "dup2" { fd "oldfd", fd "newfd", ret = "fd" }
syscall "dup3" { fd "oldfd", fd "newfd", int "flags" : set "open_flags", ret = "fd",
  note = "flags: O_CLOEXEC only" }
syscall "fcntl" { custom = "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)",
  fd "fd", uint "cmd" : set "fcntl_cmds", ulong "arg", ret = "long",
  note = "F_GETLK/F_SETLK/F_SETLKW take struct flock; F_GETLK64.. (32-bit) struct flock64; F_OFD_* struct flock64" }
syscall "fcntl64" { custom = "command-dependent argument (int, flags, struct flock64, f_owner_ex, ...)",
  fd "fd", uint "cmd" : set "fcntl_cmds", ulong "arg", ret = "long",
  note = "32-bit ABIs: F_GETLK64/F_SETLK64/F_SETLKW64 take struct flock64" }
syscall "ioctl" { custom = "ioctl table (specs/ioctls)",
  fd "fd", uint "cmd", ulong "arg", ret = "int" }

-- pipes ------------------------------------------------------------------------------
syscall "pipe" { custom = "alpha, mips, sh4 and sparc return both descriptors in registers",
  out "fildes" : struct "int[2]", ret = "int" }
syscall "pipe2" { out "fildes" : struct "int[2]", int "flags" : set "open_flags", ret = "int",
  note = "flags: O_CLOEXEC, O_NONBLOCK, O_DIRECT, O_NOTIFICATION_PIPE" }

-- poll and select -------------------------------------------------------------------------
syscall "poll" { inout "ufds" : array("pollfd", "nfds"), uint "nfds", int "timeout_msecs",
  ret = "int" }
syscall "ppoll" { inout "ufds" : array("pollfd", "nfds"), uint "nfds",
  inout "tsp" : struct "timespec" : optional(),
  sigset_in "sigmask" : len "sigsetsize" : optional(), size "sigsetsize", ret = "int",
  note = "the kernel writes the remaining time back to tsp; sigmask is a guest signal mask" }
syscall "ppoll_time64" { inout "ufds" : array("pollfd", "nfds"), uint "nfds",
  inout "tsp" : struct "timespec64" : optional(),
  sigset_in "sigmask" : len "sigsetsize" : optional(), size "sigsetsize", ret = "int",
  note = "the kernel writes the remaining time back to tsp; sigmask is a guest signal mask" }
local FDSET = "fd_set bitmaps are arrays of long: word size and byte order differ from the host"
syscall "select" { custom = FDSET .. "; i386 and m68k: old_select(struct sel_arg_struct *) with one argument",
  int "n", ptr "inp", ptr "outp", ptr "exp", inout "tvp" : struct "timeval" : optional(),
  ret = "int" }
syscall "_newselect" { custom = FDSET,
  int "n", ptr "inp", ptr "outp", ptr "exp", inout "tvp" : struct "timeval" : optional(),
  ret = "int" }
syscall "pselect6" { custom = FDSET .. "; sixth argument points to { sigset pointer, size }",
  int "n", ptr "inp", ptr "outp", ptr "exp", inout "tsp" : struct "timespec" : optional(),
  ptr "sig", ret = "int" }
syscall "pselect6_time64" { custom = FDSET .. "; sixth argument points to { sigset pointer, size }",
  int "n", ptr "inp", ptr "outp", ptr "exp", inout "tsp" : struct "timespec64" : optional(),
  ptr "sig", ret = "int" }

-- epoll --------------------------------------------------------------------------------
syscall "epoll_create" { int "size", ret = "fd" }
syscall "epoll_create1" { int "flags" : set "epoll_create_flags", ret = "fd" }
syscall "epoll_ctl" { fd "epfd", int "op" : set "epoll_ctl_op", fd "fd",
  input "event" : struct "epoll_event" : optional(), ret = "int",
  note = "event may be NULL for EPOLL_CTL_DEL" }
syscall "epoll_wait" { fd "epfd", out "events" : array("epoll_event", "maxevents") : len_ret(),
  int "maxevents", int "timeout", ret = "int",
  note = "only the first (return value) events are written" }
syscall "epoll_pwait" { fd "epfd", out "events" : array("epoll_event", "maxevents") : len_ret(),
  int "maxevents", int "timeout",
  sigset_in "sigmask" : len "sigsetsize" : optional(), size "sigsetsize", ret = "int",
  note = "only the first (return value) events are written; sigmask is a guest signal mask" }
syscall "epoll_pwait2" { fd "epfd", out "events" : array("epoll_event", "maxevents") : len_ret(),
  int "maxevents", input "timeout" : struct "timespec64" : optional(),
  sigset_in "sigmask" : len "sigsetsize" : optional(), size "sigsetsize", ret = "int",
  note = "timeout is a struct __kernel_timespec on every ABI" }

-- eventfd, timerfd, signalfd ----------------------------------------------------------------
syscall "eventfd" { uint "count", ret = "fd" }
syscall "eventfd2" { uint "count", int "flags" : set "open_flags", ret = "fd",
  note = "EFD_CLOEXEC/EFD_NONBLOCK are O_CLOEXEC/O_NONBLOCK; EFD_SEMAPHORE is 1" }
syscall "timerfd_create" { clockid "clockid" : set "clock_ids", int "flags" : set "open_flags",
  ret = "fd", note = "TFD_CLOEXEC/TFD_NONBLOCK are O_CLOEXEC/O_NONBLOCK" }
syscall "timerfd_settime" { fd "ufd", int "flags", input "utmr" : struct "itimerspec",
  out "otmr" : struct "itimerspec" : optional(), ret = "int",
  note = "flags: TFD_TIMER_ABSTIME 1, TFD_TIMER_CANCEL_ON_SET 2" }
syscall "timerfd_settime64" { fd "ufd", int "flags", input "utmr" : struct "itimerspec64",
  out "otmr" : struct "itimerspec64" : optional(), ret = "int",
  note = "flags: TFD_TIMER_ABSTIME 1, TFD_TIMER_CANCEL_ON_SET 2" }
syscall "timerfd_gettime" { fd "ufd", out "otmr" : struct "itimerspec", ret = "int" }
syscall "timerfd_gettime64" { fd "ufd", out "otmr" : struct "itimerspec64", ret = "int" }
syscall "signalfd" { custom = "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers",
  fd "ufd", sigset_in "user_mask" : len "sizemask", size "sizemask", ret = "fd" }
syscall "signalfd4" { custom = "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers",
  fd "ufd", sigset_in "user_mask" : len "sizemask", size "sizemask",
  int "flags" : set "signalfd_flags", ret = "fd", note = "SFD_CLOEXEC/SFD_NONBLOCK are O_CLOEXEC/O_NONBLOCK" }
