-- Native AIO (linux/aio_abi.h; types: specs/types/aio.lua).  The kernel keeps
-- the iocb's user address (io_event.obj, io_cancel's key) and the context is
-- the address of a ring the kernel maps: emu/sys/aio.c submits host copies of
-- the guest's iocbs (aio_buf rebased, iovec arrays converted) and gives the
-- guest back its own iocb addresses and aio_data values.
local AIO = "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs"
syscall "io_setup" { custom = AIO, uint "nr_events", ptr "ctxp", ret = "int",
  note = "*ctxp (aio_context_t, a guest word) must be 0; receives the context" }
syscall "io_destroy" { custom = AIO, ulong "ctx", ret = "int" }
syscall "io_submit" { custom = AIO, ulong "ctx_id", long "nr", ptr "iocbpp", ret = "long",
  note = "iocbpp: nr guest pointers to struct iocb" }
syscall "io_cancel" { custom = AIO, ulong "ctx_id", ptr "iocb", ptr "result", ret = "int",
  note = "since Linux 5.x a cancelled request completes through the ring: EINPROGRESS" }
syscall "io_getevents" { custom = AIO, ulong "ctx_id", long "min_nr", long "nr", ptr "events",
  input "timeout" : struct "timespec" : optional(), ret = "int" }
syscall "io_pgetevents" { custom = AIO, ulong "ctx_id", long "min_nr", long "nr", ptr "events",
  input "timeout" : struct "timespec" : optional(), ptr "usig", ret = "int",
  note = "usig: struct __aio_sigset { const sigset_t *sigmask; size_t sigsetsize; } (guest words)" }
syscall "io_pgetevents_time64" { custom = AIO, ulong "ctx_id", long "min_nr", long "nr", ptr "events",
  input "timeout" : struct "timespec64" : optional(), ptr "usig", ret = "int" }
