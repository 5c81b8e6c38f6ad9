-- pidfd ioctls (pidfs, Linux 6.11+ and 6.13+): linux/pidfd.h, newer than the
-- checker's 6.1 headers, so written from the kernel's header (v6.16) and not
-- machine-checked (check = false; the report lists them).  The namespace ones
-- return a new fd.

local ns = "linux/pidfd.h of v6.11+ (PIDFS_IOCTL_MAGIC 0xFF); the 6.1 headers lack it"
ioctl "PIDFD_GET_CGROUP_NAMESPACE" { code = io(0xFF, 1), check = false, note = ns }
ioctl "PIDFD_GET_IPC_NAMESPACE" { code = io(0xFF, 2), check = false, note = ns }
ioctl "PIDFD_GET_MNT_NAMESPACE" { code = io(0xFF, 3), check = false, note = ns }
ioctl "PIDFD_GET_NET_NAMESPACE" { code = io(0xFF, 4), check = false, note = ns }
ioctl "PIDFD_GET_PID_NAMESPACE" { code = io(0xFF, 5), check = false, note = ns }
ioctl "PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE" { code = io(0xFF, 6), check = false, note = ns }
ioctl "PIDFD_GET_TIME_NAMESPACE" { code = io(0xFF, 7), check = false, note = ns }
ioctl "PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE" { code = io(0xFF, 8), check = false, note = ns }
ioctl "PIDFD_GET_USER_NAMESPACE" { code = io(0xFF, 9), check = false, note = ns }
ioctl "PIDFD_GET_UTS_NAMESPACE" { code = io(0xFF, 10), check = false, note = ns }

-- The struct is extensible (the kernel takes _IOC_SIZE of the request); this is the
-- 72-byte version of v6.16.  A NULL pointer reaches the host, which answers EINVAL.
ioctl "PIDFD_GET_INFO" {
  code = iowr(0xFF, 11, "struct pidfd_info"), check = false, note = ns,
  arg = inout "info" : struct "pidfd_info" : optional(),
}
