-- Time: clocks, sleeping, interval and POSIX timers.  The *_time64 (and
-- clock_*64 / timer_*64) variants take struct __kernel_timespec (spec type
-- timespec64); the others take the ABI's native struct timespec.

-- clocks -----------------------------------------------------------------------------------
local CLOCKID = "clock ids may also be negative dynamic ids (per-process/thread CPU clocks, fd clocks)"
syscall "clock_gettime" { clockid "which_clock" : set "clock_ids", out "tp" : struct "timespec",
  ret = "int", note = CLOCKID }
syscall "clock_gettime64" { clockid "which_clock" : set "clock_ids", out "tp" : struct "timespec64",
  ret = "int", note = CLOCKID }
syscall "clock_settime" { clockid "which_clock" : set "clock_ids", input "tp" : struct "timespec",
  ret = "int" }
syscall "clock_settime64" { clockid "which_clock" : set "clock_ids", input "tp" : struct "timespec64",
  ret = "int" }
syscall "clock_getres" { clockid "which_clock" : set "clock_ids",
  out "tp" : struct "timespec" : optional(), ret = "int", note = CLOCKID }
syscall "clock_getres_time64" { clockid "which_clock" : set "clock_ids",
  out "tp" : struct "timespec64" : optional(), ret = "int", note = CLOCKID }
syscall "gettimeofday" { out "tv" : struct "timeval" : optional(), out "tz" : struct "timezone" : optional(),
  ret = "int" }
syscall "settimeofday" { input "tv" : struct "timeval" : optional(), input "tz" : struct "timezone" : optional(),
  ret = "int" }
syscall "time" { out "tloc" : struct "long" : optional(), ret = "long",
  note = "tloc is a __kernel_old_time_t: long, but 64-bit on x32" }

-- sleeping -----------------------------------------------------------------------------------
syscall "nanosleep" { input "rqtp" : struct "timespec", out "rmtp" : struct "timespec" : optional(),
  ret = "int" }
syscall "clock_nanosleep" { clockid "which_clock" : set "clock_ids", int "flags" : set "timer_flags",
  input "rqtp" : struct "timespec", out "rmtp" : struct "timespec" : optional(), ret = "int" }
syscall "clock_nanosleep_time64" { clockid "which_clock" : set "clock_ids", int "flags" : set "timer_flags",
  input "rqtp" : struct "timespec64", out "rmtp" : struct "timespec64" : optional(), ret = "int" }

-- interval timers ------------------------------------------------------------------------------
local ITIMER = "which: ITIMER_REAL 0, ITIMER_VIRTUAL 1, ITIMER_PROF 2"
syscall "getitimer" { int "which", out "value" : struct "itimerval", ret = "int", note = ITIMER }
syscall "setitimer" { int "which", input "value" : struct "itimerval" : optional(),
  out "ovalue" : struct "itimerval" : optional(), ret = "int", note = ITIMER }
syscall "alarm" { uint "seconds", ret = "uint" }

-- POSIX timers -------------------------------------------------------------------------------------
syscall "timer_create" { custom = "struct sigevent carries a signal number and SIGEV_THREAD_ID target",
  clockid "which_clock" : set "clock_ids",
  input "timer_event_spec" : struct "sigevent" : optional(), out "created_timer_id" : struct "int",
  ret = "int" }
syscall "timer_settime" { int "timer_id", int "flags" : set "timer_flags", input "new_setting" : struct "itimerspec",
  out "old_setting" : struct "itimerspec" : optional(), ret = "int" }
syscall "timer_settime64" { int "timer_id", int "flags" : set "timer_flags", input "new_setting" : struct "itimerspec64",
  out "old_setting" : struct "itimerspec64" : optional(), ret = "int" }
syscall "timer_gettime" { int "timer_id", out "setting" : struct "itimerspec", ret = "int" }
syscall "timer_gettime64" { int "timer_id", out "setting" : struct "itimerspec64", ret = "int" }
syscall "timer_getoverrun" { int "timer_id", ret = "int" }
syscall "timer_delete" { int "timer_id", ret = "int" }
