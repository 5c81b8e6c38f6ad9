/* generated from specs/syscalls and specs/numbers/mips-o32.tbl for ABI mips-o32-le by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"

#include "generated/ids.h"
extern const struct dm_type *const dm_mips_o32_le_types[];
extern const struct dm_constset *const dm_mips_o32_le_sets[];

extern const struct dm_type dm_mips_o32_le_type_clone_args;
extern const struct dm_type dm_mips_o32_le_type_epoll_event;
extern const struct dm_type dm_mips_o32_le_type_iovec;
extern const struct dm_type dm_mips_o32_le_type_itimerspec;
extern const struct dm_type dm_mips_o32_le_type_itimerspec64;
extern const struct dm_type dm_mips_o32_le_type_itimerval;
extern const struct dm_type dm_mips_o32_le_type_kexec_segment;
extern const struct dm_type dm_mips_o32_le_type_mmsghdr;
extern const struct dm_type dm_mips_o32_le_type_msghdr;
extern const struct dm_type dm_mips_o32_le_type_pollfd;
extern const struct dm_type dm_mips_o32_le_type_rlimit;
extern const struct dm_type dm_mips_o32_le_type_rlimit64;
extern const struct dm_type dm_mips_o32_le_type_rusage;
extern const struct dm_type dm_mips_o32_le_type_sched_param;
extern const struct dm_type dm_mips_o32_le_type_sigaction;
extern const struct dm_type dm_mips_o32_le_type_sigevent;
extern const struct dm_type dm_mips_o32_le_type_siginfo;
extern const struct dm_type dm_mips_o32_le_type_stack_t;
extern const struct dm_type dm_mips_o32_le_type_stat;
extern const struct dm_type dm_mips_o32_le_type_stat64;
extern const struct dm_type dm_mips_o32_le_type_statfs;
extern const struct dm_type dm_mips_o32_le_type_statfs64;
extern const struct dm_type dm_mips_o32_le_type_statx;
extern const struct dm_type dm_mips_o32_le_type_sysinfo;
extern const struct dm_type dm_mips_o32_le_type_timespec;
extern const struct dm_type dm_mips_o32_le_type_timespec64;
extern const struct dm_type dm_mips_o32_le_type_timeval;
extern const struct dm_type dm_mips_o32_le_type_timezone;
extern const struct dm_type dm_mips_o32_le_type_tms;
extern const struct dm_type dm_mips_o32_le_type_user_cap_data;
extern const struct dm_type dm_mips_o32_le_type_user_cap_header;
extern const struct dm_type dm_mips_o32_le_type_utimbuf;
extern const struct dm_type dm_mips_o32_le_type_utsname;
extern const struct dm_constset dm_mips_o32_le_set_at_flags;
extern const struct dm_constset dm_mips_o32_le_set_clock_ids;
extern const struct dm_constset dm_mips_o32_le_set_clone_flags;
extern const struct dm_constset dm_mips_o32_le_set_epoll_create_flags;
extern const struct dm_constset dm_mips_o32_le_set_epoll_ctl_op;
extern const struct dm_constset dm_mips_o32_le_set_fadvise_advice;
extern const struct dm_constset dm_mips_o32_le_set_fcntl_cmds;
extern const struct dm_constset dm_mips_o32_le_set_fsconfig_cmds;
extern const struct dm_constset dm_mips_o32_le_set_futex_ops;
extern const struct dm_constset dm_mips_o32_le_set_madvise;
extern const struct dm_constset dm_mips_o32_le_set_mlock2_flags;
extern const struct dm_constset dm_mips_o32_le_set_mlockall_flags;
extern const struct dm_constset dm_mips_o32_le_set_mmap_flags;
extern const struct dm_constset dm_mips_o32_le_set_mmap_prot;
extern const struct dm_constset dm_mips_o32_le_set_mremap_flags;
extern const struct dm_constset dm_mips_o32_le_set_msg_flags;
extern const struct dm_constset dm_mips_o32_le_set_msync_flags;
extern const struct dm_constset dm_mips_o32_le_set_open_flags;
extern const struct dm_constset dm_mips_o32_le_set_pidfd_flags;
extern const struct dm_constset dm_mips_o32_le_set_prctl_options;
extern const struct dm_constset dm_mips_o32_le_set_rlimit_resource;
extern const struct dm_constset dm_mips_o32_le_set_seccomp_filter_flags;
extern const struct dm_constset dm_mips_o32_le_set_seccomp_ops;
extern const struct dm_constset dm_mips_o32_le_set_seek_whence;
extern const struct dm_constset dm_mips_o32_le_set_shutdown_how;
extern const struct dm_constset dm_mips_o32_le_set_signalfd_flags;
extern const struct dm_constset dm_mips_o32_le_set_sigprocmask_how;
extern const struct dm_constset dm_mips_o32_le_set_socket_family;
extern const struct dm_constset dm_mips_o32_le_set_socket_level;
extern const struct dm_constset dm_mips_o32_le_set_socket_type;
extern const struct dm_constset dm_mips_o32_le_set_socket_type_flags;
extern const struct dm_constset dm_mips_o32_le_set_timer_flags;
extern const struct dm_constset dm_mips_o32_le_set_wait_options;
extern const struct dm_constset dm_mips_o32_le_set_waitid_idtype;

static const struct dm_arg sig_exit_args[] = {
	{ "error_code", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_exit = { "exit", "process", DM_RET_noreturn, 1, 1, sig_exit_args };

static const struct dm_sig sig_fork = { "fork", "process", DM_RET_pid, 0, 0, NULL };

static const struct dm_arg sig_read_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_read = { "read", NULL, DM_RET_ssize, 3, 3, sig_read_args };

static const struct dm_arg sig_write_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_write = { "write", NULL, DM_RET_ssize, 3, 3, sig_write_args };

static const struct dm_arg sig_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, sig_open_args };

static const struct dm_arg sig_close_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_close = { "close", NULL, DM_RET_int, 1, 1, sig_close_args };

static const struct dm_arg sig_waitpid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_wait_options, NULL },
};

static const struct dm_sig sig_waitpid = { "waitpid", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 3, 3, sig_waitpid_args };

static const struct dm_arg sig_creat_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_creat = { "creat", NULL, DM_RET_fd, 2, 2, sig_creat_args };

static const struct dm_arg sig_link_args[] = {
	{ "oldname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_link = { "link", NULL, DM_RET_int, 2, 2, sig_link_args };

static const struct dm_arg sig_unlink_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_unlink = { "unlink", NULL, DM_RET_int, 1, 1, sig_unlink_args };

static const struct dm_arg sig_execve_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argv", DM_ARG_strv, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "envp", DM_ARG_strv, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_execve = { "execve", "process", DM_RET_int, 3, 3, sig_execve_args };

static const struct dm_arg sig_chdir_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_chdir = { "chdir", NULL, DM_RET_int, 1, 1, sig_chdir_args };

static const struct dm_arg sig_time_args[] = {
	{ "tloc", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_time = { "time", NULL, DM_RET_long, 1, 1, sig_time_args };

static const struct dm_arg sig_mknod_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dev", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mknod = { "mknod", NULL, DM_RET_int, 3, 3, sig_mknod_args };

static const struct dm_arg sig_chmod_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_chmod = { "chmod", NULL, DM_RET_int, 2, 2, sig_chmod_args };

static const struct dm_arg sig_lchown_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lchown = { "lchown", NULL, DM_RET_int, 3, 3, sig_lchown_args };

static const struct dm_arg sig_lseek_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_off, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "whence", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_seek_whence, NULL },
};

static const struct dm_sig sig_lseek = { "lseek", NULL, DM_RET_off, 3, 3, sig_lseek_args };

static const struct dm_sig sig_getpid = { "getpid", NULL, DM_RET_pid, 0, 0, NULL };

static const struct dm_arg sig_mount_args[] = {
	{ "dev_name", DM_ARG_str, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dir_name", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "type", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "data", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mount = { "mount", "mount: the options are filesystem-dependent: one page of them is copied, as the kernel does", DM_RET_int, 5, 5, sig_mount_args };

static const struct dm_arg sig_umount_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_umount = { "umount", NULL, DM_RET_int, 1, 1, sig_umount_args };

static const struct dm_arg sig_setuid_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setuid = { "setuid", NULL, DM_RET_int, 1, 1, sig_setuid_args };

static const struct dm_sig sig_getuid = { "getuid", NULL, DM_RET_uid, 0, 0, NULL };

static const struct dm_arg sig_stime_args[] = {
	{ "tptr", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_stime = { "stime", NULL, DM_RET_int, 1, 1, sig_stime_args };

static const struct dm_arg sig_ptrace_args[] = {
	{ "request", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "data", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ptrace = { "ptrace", "ptrace of guest processes would see the emulator: refused", DM_RET_long, 4, 4, sig_ptrace_args, 1 };

static const struct dm_arg sig_alarm_args[] = {
	{ "seconds", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_alarm = { "alarm", NULL, DM_RET_uint, 1, 1, sig_alarm_args };

static const struct dm_sig sig_pause = { "pause", NULL, DM_RET_int, 0, 0, NULL };

static const struct dm_arg sig_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_utimbuf, NULL, NULL },
};

static const struct dm_sig sig_utime = { "utime", NULL, DM_RET_int, 2, 2, sig_utime_args };

static const struct dm_arg sig_access_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_access = { "access", NULL, DM_RET_int, 2, 2, sig_access_args };

static const struct dm_arg sig_nice_args[] = {
	{ "increment", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_nice = { "nice", NULL, DM_RET_int, 1, 1, sig_nice_args };

static const struct dm_sig sig_sync = { "sync", NULL, DM_RET_void, 0, 0, NULL };

static const struct dm_arg sig_kill_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_kill = { "kill", NULL, DM_RET_int, 2, 2, sig_kill_args };

static const struct dm_arg sig_rename_args[] = {
	{ "oldname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rename = { "rename", NULL, DM_RET_int, 2, 2, sig_rename_args };

static const struct dm_arg sig_mkdir_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mkdir = { "mkdir", NULL, DM_RET_int, 2, 2, sig_mkdir_args };

static const struct dm_arg sig_rmdir_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rmdir = { "rmdir", NULL, DM_RET_int, 1, 1, sig_rmdir_args };

static const struct dm_arg sig_dup_args[] = {
	{ "fildes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_dup = { "dup", NULL, DM_RET_fd, 1, 1, sig_dup_args };

static const struct dm_arg sig_pipe_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
};

static const struct dm_sig sig_pipe = { "pipe", "alpha, mips, sh4 and sparc return both descriptors in registers", DM_RET_int, 1, 1, sig_pipe_args };

static const struct dm_arg sig_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_tms, NULL, NULL },
};

static const struct dm_sig sig_times = { "times", NULL, DM_RET_long, 1, 1, sig_times_args };

static const struct dm_arg sig_brk_args[] = {
	{ "brk", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_brk = { "brk", "guest memory map", DM_RET_ulong, 1, 1, sig_brk_args };

static const struct dm_arg sig_setgid_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setgid = { "setgid", NULL, DM_RET_int, 1, 1, sig_setgid_args };

static const struct dm_sig sig_getgid = { "getgid", NULL, DM_RET_gid, 0, 0, NULL };

static const struct dm_arg sig_signal_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handler", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_signal = { "signal", "signals", DM_RET_ptr, 2, 2, sig_signal_args };

static const struct dm_sig sig_geteuid = { "geteuid", NULL, DM_RET_uid, 0, 0, NULL };

static const struct dm_sig sig_getegid = { "getegid", NULL, DM_RET_gid, 0, 0, NULL };

static const struct dm_arg sig_acct_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_acct = { "acct", NULL, DM_RET_int, 1, 1, sig_acct_args };

static const struct dm_arg sig_umount2_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_umount2 = { "umount2", NULL, DM_RET_int, 2, 2, sig_umount2_args };

static const struct dm_arg sig_ioctl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ioctl = { "ioctl", "ioctl table (specs/ioctls)", DM_RET_int, 3, 3, sig_ioctl_args };

static const struct dm_arg sig_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, sig_fcntl_args };

static const struct dm_arg sig_setpgid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setpgid = { "setpgid", NULL, DM_RET_int, 2, 2, sig_setpgid_args };

static const struct dm_arg sig_umask_args[] = {
	{ "mask", DM_ARG_mode, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_umask = { "umask", NULL, DM_RET_mode, 1, 1, sig_umask_args };

static const struct dm_arg sig_chroot_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_chroot = { "chroot", NULL, DM_RET_int, 1, 1, sig_chroot_args };

static const struct dm_arg sig_dup2_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_dup2 = { "dup2", NULL, DM_RET_fd, 2, 2, sig_dup2_args };

static const struct dm_sig sig_getppid = { "getppid", NULL, DM_RET_pid, 0, 0, NULL };

static const struct dm_sig sig_getpgrp = { "getpgrp", NULL, DM_RET_pid, 0, 0, NULL };

static const struct dm_sig sig_setsid = { "setsid", NULL, DM_RET_pid, 0, 0, NULL };

static const struct dm_arg sig_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oact", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sigaction = { "sigaction", "signals: struct old_sigaction with an old_sigset_t mask", DM_RET_int, 3, 3, sig_sigaction_args };

static const struct dm_sig sig_sgetmask = { "sgetmask", "signals: old one-word mask", DM_RET_long, 0, 0, NULL };

static const struct dm_arg sig_ssetmask_args[] = {
	{ "newmask", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ssetmask = { "ssetmask", "signals: old one-word mask", DM_RET_long, 1, 1, sig_ssetmask_args };

static const struct dm_arg sig_setreuid_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setreuid = { "setreuid", NULL, DM_RET_int, 2, 2, sig_setreuid_args };

static const struct dm_arg sig_setregid_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setregid = { "setregid", NULL, DM_RET_int, 2, 2, sig_setregid_args };

static const struct dm_arg sig_sigsuspend_args[] = {
	{ "mask", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sigsuspend = { "sigsuspend", "signals: old_sigset_t mask; arguments differ per architecture", DM_RET_int, 1, 1, sig_sigsuspend_args };

static const struct dm_arg sig_sigpending_args[] = {
	{ "uset", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sigpending = { "sigpending", "signals: pending guest signals are queued by the emulator", DM_RET_int, 1, 1, sig_sigpending_args };

static const struct dm_arg sig_sethostname_args[] = {
	{ "name", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sethostname = { "sethostname", NULL, DM_RET_int, 2, 2, sig_sethostname_args };

static const struct dm_arg sig_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rlimit, NULL, NULL },
};

static const struct dm_sig sig_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, sig_setrlimit_args };

static const struct dm_arg sig_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rlimit, NULL, NULL },
};

static const struct dm_sig sig_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, sig_getrlimit_args };

static const struct dm_arg sig_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rusage, NULL, NULL },
};

static const struct dm_sig sig_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, sig_getrusage_args };

static const struct dm_arg sig_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timezone, NULL, NULL },
};

static const struct dm_sig sig_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, sig_gettimeofday_args };

static const struct dm_arg sig_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timezone, NULL, NULL },
};

static const struct dm_sig sig_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, sig_settimeofday_args };

static const struct dm_arg sig_getgroups_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_out, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getgroups = { "getgroups", NULL, DM_RET_int, 2, 2, sig_getgroups_args };

static const struct dm_arg sig_setgroups_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_input, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_setgroups = { "setgroups", NULL, DM_RET_int, 2, 2, sig_setgroups_args };

static const struct dm_arg sig_symlink_args[] = {
	{ "oldname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_symlink = { "symlink", NULL, DM_RET_int, 2, 2, sig_symlink_args };

static const struct dm_arg sig_readlink_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bufsiz", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_readlink = { "readlink", "/proc/self/exe emulation", DM_RET_ssize, 3, 3, sig_readlink_args };

static const struct dm_arg sig_swapon_args[] = {
	{ "specialfile", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "swap_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_swapon = { "swapon", NULL, DM_RET_int, 2, 2, sig_swapon_args };

static const struct dm_arg sig_reboot_args[] = {
	{ "magic1", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "magic2", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_reboot = { "reboot", NULL, DM_RET_int, 4, 4, sig_reboot_args };

static const struct dm_arg sig_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, sig_mmap_args };

static const struct dm_arg sig_munmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_munmap = { "munmap", "guest memory map", DM_RET_int, 2, 2, sig_munmap_args };

static const struct dm_arg sig_truncate_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_truncate = { "truncate", NULL, DM_RET_int, 2, 2, sig_truncate_args };

static const struct dm_arg sig_ftruncate_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ftruncate = { "ftruncate", NULL, DM_RET_int, 2, 2, sig_ftruncate_args };

static const struct dm_arg sig_fchmod_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fchmod = { "fchmod", NULL, DM_RET_int, 2, 2, sig_fchmod_args };

static const struct dm_arg sig_fchown_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fchown = { "fchown", NULL, DM_RET_int, 3, 3, sig_fchown_args };

static const struct dm_arg sig_getpriority_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getpriority = { "getpriority", NULL, DM_RET_int, 2, 2, sig_getpriority_args };

static const struct dm_arg sig_setpriority_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "niceval", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setpriority = { "setpriority", NULL, DM_RET_int, 3, 3, sig_setpriority_args };

static const struct dm_arg sig_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_statfs, NULL, NULL },
};

static const struct dm_sig sig_statfs = { "statfs", NULL, DM_RET_int, 2, 2, sig_statfs_args };

static const struct dm_arg sig_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_statfs, NULL, NULL },
};

static const struct dm_sig sig_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, sig_fstatfs_args };

static const struct dm_arg sig_socketcall_args[] = {
	{ "call", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "args", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_socketcall = { "socketcall", "multiplexer: call selects a socket syscall whose arguments are an array of longs at args", DM_RET_long, 2, 2, sig_socketcall_args };

static const struct dm_arg sig_syslog_args[] = {
	{ "type", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_syslog = { "syslog", NULL, DM_RET_int, 3, 3, sig_syslog_args };

static const struct dm_arg sig_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerval, NULL, NULL },
};

static const struct dm_sig sig_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, sig_setitimer_args };

static const struct dm_arg sig_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerval, NULL, NULL },
};

static const struct dm_sig sig_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, sig_getitimer_args };

static const struct dm_arg sig_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat, NULL, NULL },
};

static const struct dm_sig sig_stat = { "stat", NULL, DM_RET_int, 2, 2, sig_stat_args };

static const struct dm_arg sig_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat, NULL, NULL },
};

static const struct dm_sig sig_lstat = { "lstat", NULL, DM_RET_int, 2, 2, sig_lstat_args };

static const struct dm_arg sig_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat, NULL, NULL },
};

static const struct dm_sig sig_fstat = { "fstat", NULL, DM_RET_int, 2, 2, sig_fstat_args };

static const struct dm_sig sig_vhangup = { "vhangup", NULL, DM_RET_int, 0, 0, NULL };

static const struct dm_arg sig_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rusage, NULL, NULL },
};

static const struct dm_sig sig_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, sig_wait4_args };

static const struct dm_arg sig_swapoff_args[] = {
	{ "specialfile", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_swapoff = { "swapoff", NULL, DM_RET_int, 1, 1, sig_swapoff_args };

static const struct dm_arg sig_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sysinfo, NULL, NULL },
};

static const struct dm_sig sig_sysinfo = { "sysinfo", NULL, DM_RET_int, 1, 1, sig_sysinfo_args };

static const struct dm_arg sig_ipc_args[] = {
	{ "call", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "first", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "second", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "third", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ptr", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fifth", DM_ARG_long, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ipc = { "ipc", "multiplexer: call selects a SysV IPC operation (and IPC version in its high 16 bits)", DM_RET_long, 6, 6, sig_ipc_args };

static const struct dm_arg sig_fsync_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fsync = { "fsync", NULL, DM_RET_int, 1, 1, sig_fsync_args };

static const struct dm_sig sig_sigreturn = { "sigreturn", "signals: restores the guest frame", DM_RET_noreturn, 0, 0, NULL };

static const struct dm_arg sig_clone_args[] = {
	{ "flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clone_flags, NULL },
	{ "newsp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "parent_tidptr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "child_tidptr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tls", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_clone = { "clone", "process; argument order differs per ABI (see note)", DM_RET_pid, 5, 5, sig_clone_args };

static const struct dm_arg sig_setdomainname_args[] = {
	{ "name", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setdomainname = { "setdomainname", NULL, DM_RET_int, 2, 2, sig_setdomainname_args };

static const struct dm_arg sig_uname_args[] = {
	{ "name", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_utsname, NULL, NULL },
};

static const struct dm_sig sig_uname = { "uname", "machine name", DM_RET_int, 1, 1, sig_uname_args };

static const struct dm_arg sig_modify_ldt_args[] = {
	{ "func", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ptr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bytecount", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_modify_ldt = { "modify_ldt", "x86 LDT", DM_RET_int, 3, 3, sig_modify_ldt_args };

static const struct dm_arg sig_adjtimex_args[] = {
	{ "txc_p", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_adjtimex = { "adjtimex", "struct timex conversion", DM_RET_int, 1, 1, sig_adjtimex_args };

static const struct dm_arg sig_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_prot, NULL },
};

static const struct dm_sig sig_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, sig_mprotect_args };

static const struct dm_arg sig_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_sigprocmask_how, NULL },
	{ "nset", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sigprocmask = { "sigprocmask", "signals: old_sigset_t (one word) masks", DM_RET_int, 3, 3, sig_sigprocmask_args };

static const struct dm_arg sig_init_module_args[] = {
	{ "umod", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_str, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_init_module = { "init_module", NULL, DM_RET_int, 3, 3, sig_init_module_args };

static const struct dm_arg sig_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, sig_delete_module_args };

static const struct dm_arg sig_quotactl_args[] = {
	{ "cmd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "special", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_quotactl = { "quotactl", "addr's type depends on the command: a path, a u32, struct if_dqblk/if_dqinfo/if_nextdqblk, or an XFS struct (bytes)", DM_RET_int, 4, 4, sig_quotactl_args };

static const struct dm_arg sig_getpgid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getpgid = { "getpgid", NULL, DM_RET_pid, 1, 1, sig_getpgid_args };

static const struct dm_arg sig_fchdir_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fchdir = { "fchdir", NULL, DM_RET_int, 1, 1, sig_fchdir_args };

static const struct dm_arg sig_personality_args[] = {
	{ "personality", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_personality = { "personality", "emulated personality", DM_RET_int, 1, 1, sig_personality_args };

static const struct dm_arg sig_setfsuid_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setfsuid = { "setfsuid", NULL, DM_RET_uid, 1, 1, sig_setfsuid_args };

static const struct dm_arg sig_setfsgid_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setfsgid = { "setfsgid", NULL, DM_RET_gid, 1, 1, sig_setfsgid_args };

static const struct dm_arg sig__llseek_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_high", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_low", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "result", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "whence", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_seek_whence, NULL },
};

static const struct dm_sig sig__llseek = { "_llseek", NULL, DM_RET_int, 5, 5, sig__llseek_args };

static const struct dm_arg sig_getdents_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dirent", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getdents = { "getdents", "struct linux_dirent records with long fields, built from host getdents64", DM_RET_int, 3, 3, sig_getdents_args };

static const struct dm_arg sig__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timeval, NULL, NULL },
};

static const struct dm_sig sig__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, sig__newselect_args };

static const struct dm_arg sig_flock_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_flock = { "flock", NULL, DM_RET_int, 2, 2, sig_flock_args };

static const struct dm_arg sig_msync_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msync_flags, NULL },
};

static const struct dm_sig sig_msync = { "msync", "guest memory map", DM_RET_int, 3, 3, sig_msync_args };

static const struct dm_arg sig_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_readv = { "readv", NULL, DM_RET_ssize, 3, 3, sig_readv_args };

static const struct dm_arg sig_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_writev = { "writev", NULL, DM_RET_ssize, 3, 3, sig_writev_args };

static const struct dm_arg sig_cacheflush_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_cacheflush = { "cacheflush", "guest code cache; arguments differ per architecture", DM_RET_int, 3, 3, sig_cacheflush_args };

static const struct dm_arg sig_cachectl_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_cachectl = { "cachectl", "guest code cache", DM_RET_int, 3, 3, sig_cachectl_args };

static const struct dm_arg sig_sysmips_args[] = {
	{ "cmd", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg1", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sysmips = { "sysmips", "mips: MIPS_ATOMIC_SET and friends act on guest memory", DM_RET_long, 3, 3, sig_sysmips_args };

static const struct dm_arg sig_getsid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getsid = { "getsid", NULL, DM_RET_pid, 1, 1, sig_getsid_args };

static const struct dm_arg sig_fdatasync_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fdatasync = { "fdatasync", NULL, DM_RET_int, 1, 1, sig_fdatasync_args };

static const struct dm_arg sig_mlock_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mlock = { "mlock", "guest memory map", DM_RET_int, 2, 2, sig_mlock_args };

static const struct dm_arg sig_munlock_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_munlock = { "munlock", "guest memory map", DM_RET_int, 2, 2, sig_munlock_args };

static const struct dm_arg sig_mlockall_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mlockall_flags, NULL },
};

static const struct dm_sig sig_mlockall = { "mlockall", "guest memory map: only the guest's mappings are locked", DM_RET_int, 1, 1, sig_mlockall_args };

static const struct dm_sig sig_munlockall = { "munlockall", "guest memory map", DM_RET_int, 0, 0, NULL };

static const struct dm_arg sig_sched_setparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sched_param, NULL, NULL },
};

static const struct dm_sig sig_sched_setparam = { "sched_setparam", NULL, DM_RET_int, 2, 2, sig_sched_setparam_args };

static const struct dm_arg sig_sched_getparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sched_param, NULL, NULL },
};

static const struct dm_sig sig_sched_getparam = { "sched_getparam", NULL, DM_RET_int, 2, 2, sig_sched_getparam_args };

static const struct dm_arg sig_sched_setscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "policy", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sched_param, NULL, NULL },
};

static const struct dm_sig sig_sched_setscheduler = { "sched_setscheduler", NULL, DM_RET_int, 3, 3, sig_sched_setscheduler_args };

static const struct dm_arg sig_sched_getscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_getscheduler = { "sched_getscheduler", NULL, DM_RET_int, 1, 1, sig_sched_getscheduler_args };

static const struct dm_sig sig_sched_yield = { "sched_yield", NULL, DM_RET_int, 0, 0, NULL };

static const struct dm_arg sig_sched_get_priority_max_args[] = {
	{ "policy", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_get_priority_max = { "sched_get_priority_max", NULL, DM_RET_int, 1, 1, sig_sched_get_priority_max_args };

static const struct dm_arg sig_sched_get_priority_min_args[] = {
	{ "policy", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_get_priority_min = { "sched_get_priority_min", NULL, DM_RET_int, 1, 1, sig_sched_get_priority_min_args };

static const struct dm_arg sig_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, sig_sched_rr_get_interval_args };

static const struct dm_arg sig_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, sig_nanosleep_args };

static const struct dm_arg sig_mremap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "old_len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "new_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mremap_flags, NULL },
	{ "new_addr", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mremap = { "mremap", "guest memory map", DM_RET_ptr, 5, 5, sig_mremap_args };

static const struct dm_arg sig_accept_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_accept = { "accept", NULL, DM_RET_fd, 3, 3, sig_accept_args };

static const struct dm_arg sig_bind_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "umyaddr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addrlen", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_bind = { "bind", NULL, DM_RET_int, 3, 3, sig_bind_args };

static const struct dm_arg sig_connect_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uservaddr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addrlen", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_connect = { "connect", NULL, DM_RET_int, 3, 3, sig_connect_args };

static const struct dm_arg sig_getpeername_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "usockaddr_len", DM_ARG_inout, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getpeername = { "getpeername", NULL, DM_RET_int, 3, 3, sig_getpeername_args };

static const struct dm_arg sig_getsockname_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "usockaddr_len", DM_ARG_inout, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getsockname = { "getsockname", NULL, DM_RET_int, 3, 3, sig_getsockname_args };

static const struct dm_arg sig_getsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_out, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_inout, 4, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getsockopt = { "getsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, sig_getsockopt_args };

static const struct dm_arg sig_listen_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "backlog", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_listen = { "listen", NULL, DM_RET_int, 2, 2, sig_listen_args };

static const struct dm_arg sig_recv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
};

static const struct dm_sig sig_recv = { "recv", NULL, DM_RET_ssize, 4, 4, sig_recv_args };

static const struct dm_arg sig_recvfrom_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
	{ "addr", DM_ARG_buf_out, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addr_len", DM_ARG_inout, 5, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_recvfrom = { "recvfrom", NULL, DM_RET_ssize, 6, 6, sig_recvfrom_args };

static const struct dm_arg sig_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
};

static const struct dm_sig sig_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, sig_recvmsg_args };

static const struct dm_arg sig_send_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buff", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
};

static const struct dm_sig sig_send = { "send", NULL, DM_RET_ssize, 4, 4, sig_send_args };

static const struct dm_arg sig_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
};

static const struct dm_sig sig_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, sig_sendmsg_args };

static const struct dm_arg sig_sendto_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buff", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
	{ "addr", DM_ARG_buf_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addr_len", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sendto = { "sendto", NULL, DM_RET_ssize, 6, 6, sig_sendto_args };

static const struct dm_arg sig_setsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setsockopt = { "setsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, sig_setsockopt_args };

static const struct dm_arg sig_shutdown_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "how", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_shutdown_how, NULL },
};

static const struct dm_sig sig_shutdown = { "shutdown", NULL, DM_RET_int, 2, 2, sig_shutdown_args };

static const struct dm_arg sig_socket_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_socket = { "socket", NULL, DM_RET_fd, 3, 3, sig_socket_args };

static const struct dm_arg sig_socketpair_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockvec", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
};

static const struct dm_sig sig_socketpair = { "socketpair", NULL, DM_RET_int, 4, 4, sig_socketpair_args };

static const struct dm_arg sig_setresuid_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "suid", DM_ARG_uid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setresuid = { "setresuid", NULL, DM_RET_int, 3, 3, sig_setresuid_args };

static const struct dm_arg sig_getresuid_args[] = {
	{ "ruid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "euid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "suid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getresuid = { "getresuid", NULL, DM_RET_int, 3, 3, sig_getresuid_args };

static const struct dm_arg sig_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_poll = { "poll", NULL, DM_RET_int, 3, 3, sig_poll_args };

static const struct dm_arg sig_nfsservctl_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "res", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_nfsservctl = { "nfsservctl", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_long, 3, 3, sig_nfsservctl_args, 89 };

static const struct dm_arg sig_setresgid_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sgid", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setresgid = { "setresgid", NULL, DM_RET_int, 3, 3, sig_setresgid_args };

static const struct dm_arg sig_getresgid_args[] = {
	{ "rgid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "egid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "sgid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_getresgid = { "getresgid", NULL, DM_RET_int, 3, 3, sig_getresgid_args };

static const struct dm_arg sig_prctl_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_prctl_options, NULL },
	{ "arg2", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg3", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg4", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg5", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_prctl = { "prctl", "option-dependent arguments; several options touch emulated state", DM_RET_int, 5, 5, sig_prctl_args };

static const struct dm_sig sig_rt_sigreturn = { "rt_sigreturn", "signals: restores the guest frame", DM_RET_noreturn, 0, 0, NULL };

static const struct dm_arg sig_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, sig_rt_sigaction_args };

static const struct dm_arg sig_rt_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_sigprocmask_how, NULL },
	{ "nset", DM_ARG_sigset_in, 1, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_sigset_out, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigprocmask = { "rt_sigprocmask", "signals", DM_RET_int, 4, 4, sig_rt_sigprocmask_args };

static const struct dm_arg sig_rt_sigpending_args[] = {
	{ "uset", DM_ARG_sigset_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigpending = { "rt_sigpending", "signals: pending guest signals are queued by the emulator", DM_RET_int, 2, 2, sig_rt_sigpending_args };

static const struct dm_arg sig_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, sig_rt_sigtimedwait_args };

static const struct dm_arg sig_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
};

static const struct dm_sig sig_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, sig_rt_sigqueueinfo_args };

static const struct dm_arg sig_rt_sigsuspend_args[] = {
	{ "unewset", DM_ARG_sigset_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigsuspend = { "rt_sigsuspend", "signals", DM_RET_int, 2, 2, sig_rt_sigsuspend_args };

static const struct dm_arg sig_pread64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pread64 = { "pread64", NULL, DM_RET_ssize, 4, 6, sig_pread64_args };

static const struct dm_arg sig_pwrite64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pwrite64 = { "pwrite64", NULL, DM_RET_ssize, 4, 6, sig_pwrite64_args };

static const struct dm_arg sig_chown_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_chown = { "chown", NULL, DM_RET_int, 3, 3, sig_chown_args };

static const struct dm_arg sig_getcwd_args[] = {
	{ "buf", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getcwd = { "getcwd", NULL, DM_RET_int, 2, 2, sig_getcwd_args };

static const struct dm_arg sig_capget_args[] = {
	{ "header", DM_ARG_inout, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_user_cap_header, NULL, NULL },
	{ "dataptr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_user_cap_data, NULL, NULL },
};

static const struct dm_sig sig_capget = { "capget", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, sig_capget_args };

static const struct dm_arg sig_capset_args[] = {
	{ "header", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_user_cap_header, NULL, NULL },
	{ "data", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_user_cap_data, NULL, NULL },
};

static const struct dm_sig sig_capset = { "capset", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, sig_capset_args };

static const struct dm_arg sig_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stack_t, NULL, NULL },
};

static const struct dm_sig sig_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, sig_sigaltstack_args };

static const struct dm_arg sig_sendfile_args[] = {
	{ "out_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "in_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sendfile = { "sendfile", NULL, DM_RET_ssize, 4, 4, sig_sendfile_args };

static const struct dm_arg sig_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, sig_mmap2_args };

static const struct dm_arg sig_truncate64_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_truncate64 = { "truncate64", NULL, DM_RET_int, 2, 4, sig_truncate64_args };

static const struct dm_arg sig_ftruncate64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ftruncate64 = { "ftruncate64", NULL, DM_RET_int, 2, 4, sig_ftruncate64_args };

static const struct dm_arg sig_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat64, NULL, NULL },
};

static const struct dm_sig sig_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, sig_stat64_args };

static const struct dm_arg sig_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat64, NULL, NULL },
};

static const struct dm_sig sig_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, sig_lstat64_args };

static const struct dm_arg sig_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat64, NULL, NULL },
};

static const struct dm_sig sig_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, sig_fstat64_args };

static const struct dm_arg sig_pivot_root_args[] = {
	{ "new_root", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "put_old", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pivot_root = { "pivot_root", NULL, DM_RET_int, 2, 2, sig_pivot_root_args };

static const struct dm_arg sig_mincore_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mincore = { "mincore", "guest memory map", DM_RET_int, 3, 3, sig_mincore_args };

static const struct dm_arg sig_madvise_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "behavior", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_madvise, NULL },
};

static const struct dm_sig sig_madvise = { "madvise", "guest memory map", DM_RET_int, 3, 3, sig_madvise_args };

static const struct dm_arg sig_getdents64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dirent", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getdents64 = { "getdents64", "variable-length struct dirent64 records: byte-swapped per record on big-endian guests", DM_RET_int, 3, 3, sig_getdents64_args };

static const struct dm_arg sig_fcntl64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fcntl64 = { "fcntl64", "command-dependent argument (int, flags, struct flock64, f_owner_ex, ...)", DM_RET_long, 3, 3, sig_fcntl64_args };

static const struct dm_sig sig_gettid = { "gettid", NULL, DM_RET_pid, 0, 0, NULL };

static const struct dm_arg sig_readahead_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_readahead = { "readahead", NULL, DM_RET_ssize, 3, 5, sig_readahead_args };

static const struct dm_arg sig_setxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setxattr = { "setxattr", NULL, DM_RET_int, 5, 5, sig_setxattr_args };

static const struct dm_arg sig_lsetxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lsetxattr = { "lsetxattr", NULL, DM_RET_int, 5, 5, sig_lsetxattr_args };

static const struct dm_arg sig_fsetxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fsetxattr = { "fsetxattr", NULL, DM_RET_int, 5, 5, sig_fsetxattr_args };

static const struct dm_arg sig_getxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getxattr = { "getxattr", NULL, DM_RET_ssize, 4, 4, sig_getxattr_args };

static const struct dm_arg sig_lgetxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lgetxattr = { "lgetxattr", NULL, DM_RET_ssize, 4, 4, sig_lgetxattr_args };

static const struct dm_arg sig_fgetxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fgetxattr = { "fgetxattr", NULL, DM_RET_ssize, 4, 4, sig_fgetxattr_args };

static const struct dm_arg sig_listxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_listxattr = { "listxattr", NULL, DM_RET_ssize, 3, 3, sig_listxattr_args };

static const struct dm_arg sig_llistxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_llistxattr = { "llistxattr", NULL, DM_RET_ssize, 3, 3, sig_llistxattr_args };

static const struct dm_arg sig_flistxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_flistxattr = { "flistxattr", NULL, DM_RET_ssize, 3, 3, sig_flistxattr_args };

static const struct dm_arg sig_removexattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_removexattr = { "removexattr", NULL, DM_RET_int, 2, 2, sig_removexattr_args };

static const struct dm_arg sig_lremovexattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lremovexattr = { "lremovexattr", NULL, DM_RET_int, 2, 2, sig_lremovexattr_args };

static const struct dm_arg sig_fremovexattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fremovexattr = { "fremovexattr", NULL, DM_RET_int, 2, 2, sig_fremovexattr_args };

static const struct dm_arg sig_tkill_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_tkill = { "tkill", NULL, DM_RET_int, 2, 2, sig_tkill_args };

static const struct dm_arg sig_sendfile64_args[] = {
	{ "out_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "in_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sendfile64 = { "sendfile64", NULL, DM_RET_ssize, 4, 4, sig_sendfile64_args };

static const struct dm_arg sig_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, sig_futex_args };

static const struct dm_arg sig_sched_setaffinity_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask_ptr", DM_ARG_buf_in, 2, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_setaffinity = { "sched_setaffinity", "cpu mask: an array of unsigned long, converted word by word (size and byte order)", DM_RET_int, 3, 3, sig_sched_setaffinity_args };

static const struct dm_arg sig_sched_getaffinity_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask_ptr", DM_ARG_buf_out, 2, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_getaffinity = { "sched_getaffinity", "cpu mask: an array of unsigned long, converted word by word (size and byte order)", DM_RET_int, 3, 3, sig_sched_getaffinity_args };

static const struct dm_arg sig_io_setup_args[] = {
	{ "nr_events", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctxp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_setup = { "io_setup", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 2, 2, sig_io_setup_args };

static const struct dm_arg sig_io_destroy_args[] = {
	{ "ctx", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_destroy = { "io_destroy", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 1, 1, sig_io_destroy_args };

static const struct dm_arg sig_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, sig_io_getevents_args };

static const struct dm_arg sig_io_submit_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iocbpp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_submit = { "io_submit", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_long, 3, 3, sig_io_submit_args };

static const struct dm_arg sig_io_cancel_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iocb", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "result", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_cancel = { "io_cancel", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 3, 3, sig_io_cancel_args };

static const struct dm_arg sig_exit_group_args[] = {
	{ "error_code", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_exit_group = { "exit_group", "process", DM_RET_noreturn, 1, 1, sig_exit_group_args };

static const struct dm_arg sig_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 4, sig_lookup_dcookie_args, 89 };

static const struct dm_arg sig_epoll_create_args[] = {
	{ "size", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_epoll_create = { "epoll_create", NULL, DM_RET_fd, 1, 1, sig_epoll_create_args };

static const struct dm_arg sig_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_epoll_event, NULL, NULL },
};

static const struct dm_sig sig_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, sig_epoll_ctl_args };

static const struct dm_arg sig_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, sig_epoll_wait_args };

static const struct dm_arg sig_remap_file_pages_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_remap_file_pages = { "remap_file_pages", "guest memory map", DM_RET_int, 5, 5, sig_remap_file_pages_args };

static const struct dm_arg sig_set_tid_address_args[] = {
	{ "tidptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_set_tid_address = { "set_tid_address", "thread: clear_child_tid is a guest address the emulator clears and wakes at thread exit", DM_RET_pid, 1, 1, sig_set_tid_address_args };

static const struct dm_sig sig_restart_syscall = { "restart_syscall", "signals: restarts the interrupted guest syscall", DM_RET_long, 0, 0, NULL };

static const struct dm_arg sig_fadvise64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_fadvise_advice, NULL },
};

static const struct dm_sig sig_fadvise64 = { "fadvise64", "argument layout differs: mips-o32 passes len as a 64-bit pair", DM_RET_int, 4, 6, sig_fadvise64_args };

static const struct dm_arg sig_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_statfs64, NULL, NULL },
};

static const struct dm_sig sig_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, sig_statfs64_args };

static const struct dm_arg sig_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_statfs64, NULL, NULL },
};

static const struct dm_sig sig_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, sig_fstatfs64_args };

static const struct dm_arg sig_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};

static const struct dm_sig sig_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, sig_timer_create_args };

static const struct dm_arg sig_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
};

static const struct dm_sig sig_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, sig_timer_settime_args };

static const struct dm_arg sig_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
};

static const struct dm_sig sig_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, sig_timer_gettime_args };

static const struct dm_arg sig_timer_getoverrun_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_timer_getoverrun = { "timer_getoverrun", NULL, DM_RET_int, 1, 1, sig_timer_getoverrun_args };

static const struct dm_arg sig_timer_delete_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_timer_delete = { "timer_delete", NULL, DM_RET_int, 1, 1, sig_timer_delete_args };

static const struct dm_arg sig_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, sig_clock_settime_args };

static const struct dm_arg sig_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, sig_clock_gettime_args };

static const struct dm_arg sig_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, sig_clock_getres_args };

static const struct dm_arg sig_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, sig_clock_nanosleep_args };

static const struct dm_arg sig_tgkill_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_tgkill = { "tgkill", NULL, DM_RET_int, 3, 3, sig_tgkill_args };

static const struct dm_arg sig_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_mips_o32_le_type_timeval, NULL, NULL },
};

static const struct dm_sig sig_utimes = { "utimes", NULL, DM_RET_int, 2, 2, sig_utimes_args };

static const struct dm_arg sig_mbind_args[] = {
	{ "start", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mbind = { "mbind", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 6, 6, sig_mbind_args };

static const struct dm_arg sig_get_mempolicy_args[] = {
	{ "policy", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_get_mempolicy = { "get_mempolicy", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 5, 5, sig_get_mempolicy_args };

static const struct dm_arg sig_set_mempolicy_args[] = {
	{ "mode", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_set_mempolicy = { "set_mempolicy", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 3, 3, sig_set_mempolicy_args };

static const struct dm_arg sig_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, sig_mq_open_args };

static const struct dm_arg sig_mq_unlink_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mq_unlink = { "mq_unlink", NULL, DM_RET_int, 1, 1, sig_mq_unlink_args };

static const struct dm_arg sig_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, sig_mq_timedsend_args };

static const struct dm_arg sig_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, sig_mq_timedreceive_args };

static const struct dm_arg sig_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_sigevent, NULL, NULL },
};

static const struct dm_sig sig_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, sig_mq_notify_args };

static const struct dm_arg sig_mq_getsetattr_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mqstat", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "omqstat", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mq_getsetattr = { "mq_getsetattr", "struct mq_attr (four longs)", DM_RET_int, 3, 3, sig_mq_getsetattr_args };

static const struct dm_arg sig_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rusage, NULL, NULL },
};

static const struct dm_sig sig_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, sig_waitid_args };

static const struct dm_arg sig_add_key_args[] = {
	{ "_type", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_description", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_payload", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "plen", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ringid", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_add_key = { "add_key", NULL, DM_RET_int, 5, 5, sig_add_key_args };

static const struct dm_arg sig_request_key_args[] = {
	{ "_type", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_description", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_callout_info", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "destringid", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_request_key = { "request_key", NULL, DM_RET_int, 4, 4, sig_request_key_args };

static const struct dm_arg sig_keyctl_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg3", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg4", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg5", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_keyctl = { "keyctl", "the command decides what arg2..arg5 are: ids, strings, in/out buffers, an iovec array, an errno (REJECT), parameter structs (DH_COMPUTE, PKEY_*)", DM_RET_long, 5, 5, sig_keyctl_args };

static const struct dm_arg sig_set_thread_area_args[] = {
	{ "u_info", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_set_thread_area = { "set_thread_area", "thread: TLS register (i386 struct user_desc; mips, m68k: the TLS pointer)", DM_RET_int, 1, 1, sig_set_thread_area_args };

static const struct dm_sig sig_inotify_init = { "inotify_init", NULL, DM_RET_fd, 0, 0, NULL };

static const struct dm_arg sig_inotify_add_watch_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_inotify_add_watch = { "inotify_add_watch", NULL, DM_RET_int, 3, 3, sig_inotify_add_watch_args };

static const struct dm_arg sig_inotify_rm_watch_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "wd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_inotify_rm_watch = { "inotify_rm_watch", NULL, DM_RET_int, 2, 2, sig_inotify_rm_watch_args };

static const struct dm_arg sig_migrate_pages_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "old_nodes", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "new_nodes", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_migrate_pages = { "migrate_pages", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_long, 4, 4, sig_migrate_pages_args };

static const struct dm_arg sig_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, sig_openat_args };

static const struct dm_arg sig_mkdirat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mkdirat = { "mkdirat", NULL, DM_RET_int, 3, 3, sig_mkdirat_args };

static const struct dm_arg sig_mknodat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dev", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mknodat = { "mknodat", NULL, DM_RET_int, 4, 4, sig_mknodat_args };

static const struct dm_arg sig_fchownat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_fchownat = { "fchownat", NULL, DM_RET_int, 5, 5, sig_fchownat_args };

static const struct dm_arg sig_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_mips_o32_le_type_timeval, NULL, NULL },
};

static const struct dm_sig sig_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, sig_futimesat_args };

static const struct dm_arg sig_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, sig_fstatat64_args };

static const struct dm_arg sig_unlinkat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_unlinkat = { "unlinkat", NULL, DM_RET_int, 3, 3, sig_unlinkat_args };

static const struct dm_arg sig_renameat_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_renameat = { "renameat", NULL, DM_RET_int, 4, 4, sig_renameat_args };

static const struct dm_arg sig_linkat_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_linkat = { "linkat", NULL, DM_RET_int, 5, 5, sig_linkat_args };

static const struct dm_arg sig_symlinkat_args[] = {
	{ "oldname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_symlinkat = { "symlinkat", NULL, DM_RET_int, 3, 3, sig_symlinkat_args };

static const struct dm_arg sig_readlinkat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bufsiz", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_readlinkat = { "readlinkat", "/proc/self/exe emulation", DM_RET_ssize, 4, 4, sig_readlinkat_args };

static const struct dm_arg sig_fchmodat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fchmodat = { "fchmodat", NULL, DM_RET_int, 3, 3, sig_fchmodat_args };

static const struct dm_arg sig_faccessat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_faccessat = { "faccessat", NULL, DM_RET_int, 3, 3, sig_faccessat_args };

static const struct dm_arg sig_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, sig_pselect6_args };

static const struct dm_arg sig_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, sig_ppoll_args };

static const struct dm_arg sig_unshare_args[] = {
	{ "unshare_flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clone_flags, NULL },
};

static const struct dm_sig sig_unshare = { "unshare", NULL, DM_RET_int, 1, 1, sig_unshare_args };

static const struct dm_arg sig_splice_args[] = {
	{ "fd_in", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_in", DM_ARG_inout, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "fd_out", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_out", DM_ARG_inout, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_splice = { "splice", NULL, DM_RET_ssize, 6, 6, sig_splice_args };

static const struct dm_arg sig_sync_file_range_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 6, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sync_file_range = { "sync_file_range", NULL, DM_RET_int, 4, 7, sig_sync_file_range_args };

static const struct dm_arg sig_tee_args[] = {
	{ "fdin", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fdout", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_tee = { "tee", NULL, DM_RET_ssize, 4, 4, sig_tee_args };

static const struct dm_arg sig_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, sig_vmsplice_args };

static const struct dm_arg sig_move_pages_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_pages", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pages", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nodes", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "status", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_move_pages = { "move_pages", "an array of guest page addresses; int nodes and status", DM_RET_long, 6, 6, sig_move_pages_args };

static const struct dm_arg sig_set_robust_list_args[] = {
	{ "head", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_set_robust_list = { "set_robust_list", "thread: robust list is walked by the emulator at thread exit", DM_RET_long, 2, 2, sig_set_robust_list_args };

static const struct dm_arg sig_get_robust_list_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "head_ptr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len_ptr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_get_robust_list = { "get_robust_list", "thread: robust list is walked by the emulator at thread exit", DM_RET_long, 3, 3, sig_get_robust_list_args };

static const struct dm_arg sig_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, sig_kexec_load_args };

static const struct dm_arg sig_getcpu_args[] = {
	{ "cpu", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "node", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "cache", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getcpu = { "getcpu", NULL, DM_RET_int, 3, 3, sig_getcpu_args };

static const struct dm_arg sig_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, sig_epoll_pwait_args };

static const struct dm_arg sig_ioprio_set_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ioprio", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ioprio_set = { "ioprio_set", NULL, DM_RET_int, 3, 3, sig_ioprio_set_args };

static const struct dm_arg sig_ioprio_get_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ioprio_get = { "ioprio_get", NULL, DM_RET_int, 2, 2, sig_ioprio_get_args };

static const struct dm_arg sig_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, sig_utimensat_args };

static const struct dm_arg sig_signalfd_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_signalfd = { "signalfd", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 3, 3, sig_signalfd_args };

static const struct dm_arg sig_eventfd_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_eventfd = { "eventfd", NULL, DM_RET_fd, 1, 1, sig_eventfd_args };

static const struct dm_arg sig_fallocate_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fallocate = { "fallocate", NULL, DM_RET_int, 4, 6, sig_fallocate_args };

static const struct dm_arg sig_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, sig_timerfd_create_args };

static const struct dm_arg sig_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
};

static const struct dm_sig sig_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, sig_timerfd_gettime_args };

static const struct dm_arg sig_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec, NULL, NULL },
};

static const struct dm_sig sig_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, sig_timerfd_settime_args };

static const struct dm_arg sig_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_signalfd_flags, NULL },
};

static const struct dm_sig sig_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, sig_signalfd4_args };

static const struct dm_arg sig_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, sig_eventfd2_args };

static const struct dm_arg sig_epoll_create1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_epoll_create_flags, NULL },
};

static const struct dm_sig sig_epoll_create1 = { "epoll_create1", NULL, DM_RET_fd, 1, 1, sig_epoll_create1_args };

static const struct dm_arg sig_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, sig_dup3_args };

static const struct dm_arg sig_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, sig_pipe2_args };

static const struct dm_arg sig_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, sig_inotify_init1_args };

static const struct dm_arg sig_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, sig_preadv_args };

static const struct dm_arg sig_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, sig_pwritev_args };

static const struct dm_arg sig_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
};

static const struct dm_sig sig_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, sig_rt_tgsigqueueinfo_args };

static const struct dm_arg sig_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, sig_perf_event_open_args, 89 };

static const struct dm_arg sig_accept4_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_socket_type_flags, NULL },
};

static const struct dm_sig sig_accept4 = { "accept4", NULL, DM_RET_fd, 4, 4, sig_accept4_args };

static const struct dm_arg sig_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
};

static const struct dm_sig sig_recvmmsg = { "recvmmsg", NULL, DM_RET_int, 5, 5, sig_recvmmsg_args };

static const struct dm_arg sig_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, sig_fanotify_init_args };

static const struct dm_arg sig_fanotify_mark_args[] = {
	{ "fanotify_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_u64, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dfd", DM_ARG_dirfd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 5, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fanotify_mark = { "fanotify_mark", NULL, DM_RET_int, 5, 6, sig_fanotify_mark_args };

static const struct dm_arg sig_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_rlimit64, NULL, NULL },
};

static const struct dm_sig sig_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, sig_prlimit64_args };

static const struct dm_arg sig_name_to_handle_at_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mnt_id", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_name_to_handle_at = { "name_to_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_int, 5, 5, sig_name_to_handle_at_args };

static const struct dm_arg sig_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_open_flags, NULL },
};

static const struct dm_sig sig_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, sig_open_by_handle_at_args };

static const struct dm_arg sig_clock_adjtime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "utx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_clock_adjtime = { "clock_adjtime", "struct timex conversion", DM_RET_int, 2, 2, sig_clock_adjtime_args };

static const struct dm_arg sig_syncfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_syncfs = { "syncfs", NULL, DM_RET_int, 1, 1, sig_syncfs_args };

static const struct dm_arg sig_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
};

static const struct dm_sig sig_sendmmsg = { "sendmmsg", NULL, DM_RET_int, 4, 4, sig_sendmmsg_args };

static const struct dm_arg sig_setns_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nstype", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clone_flags, NULL },
};

static const struct dm_sig sig_setns = { "setns", NULL, DM_RET_int, 2, 2, sig_setns_args };

static const struct dm_arg sig_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, sig_process_vm_readv_args };

static const struct dm_arg sig_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, sig_process_vm_writev_args };

static const struct dm_arg sig_kcmp_args[] = {
	{ "pid1", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid2", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "type", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "idx1", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "idx2", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_kcmp = { "kcmp", NULL, DM_RET_int, 5, 5, sig_kcmp_args };

static const struct dm_arg sig_finit_module_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_finit_module = { "finit_module", NULL, DM_RET_int, 3, 3, sig_finit_module_args };

static const struct dm_arg sig_sched_setattr_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_setattr = { "sched_setattr", "struct sched_attr: fixed-width fields byte-swapped on big-endian guests, size in its first u32", DM_RET_int, 3, 3, sig_sched_setattr_args };

static const struct dm_arg sig_sched_getattr_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_sched_getattr = { "sched_getattr", "struct sched_attr: fixed-width fields byte-swapped on big-endian guests, size in its first u32", DM_RET_int, 4, 4, sig_sched_getattr_args };

static const struct dm_arg sig_renameat2_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_renameat2 = { "renameat2", NULL, DM_RET_int, 5, 5, sig_renameat2_args };

static const struct dm_arg sig_seccomp_args[] = {
	{ "op", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_seccomp_ops, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_seccomp_filter_flags, NULL },
	{ "uargs", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_seccomp = { "seccomp", "emulated: strict mode and filters apply to guest syscalls (emu/sys/seccomp.c)", DM_RET_int, 3, 3, sig_seccomp_args };

static const struct dm_arg sig_getrandom_args[] = {
	{ "buf", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getrandom = { "getrandom", NULL, DM_RET_ssize, 3, 3, sig_getrandom_args };

static const struct dm_arg sig_memfd_create_args[] = {
	{ "uname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_memfd_create = { "memfd_create", NULL, DM_RET_fd, 2, 2, sig_memfd_create_args };

static const struct dm_arg sig_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, sig_bpf_args, 89 };

static const struct dm_arg sig_execveat_args[] = {
	{ "fd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argv", DM_ARG_strv, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "envp", DM_ARG_strv, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_execveat = { "execveat", "process", DM_RET_int, 5, 5, sig_execveat_args };

static const struct dm_arg sig_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_userfaultfd = { "userfaultfd", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 1, 1, sig_userfaultfd_args, 89 };

static const struct dm_arg sig_membarrier_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu_id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_membarrier = { "membarrier", NULL, DM_RET_int, 3, 3, sig_membarrier_args };

static const struct dm_arg sig_mlock2_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mlock2_flags, NULL },
};

static const struct dm_sig sig_mlock2 = { "mlock2", "guest memory map", DM_RET_int, 3, 3, sig_mlock2_args };

static const struct dm_arg sig_copy_file_range_args[] = {
	{ "fd_in", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_in", DM_ARG_inout, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "fd_out", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_out", DM_ARG_inout, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_copy_file_range = { "copy_file_range", NULL, DM_RET_ssize, 6, 6, sig_copy_file_range_args };

static const struct dm_arg sig_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, sig_preadv2_args };

static const struct dm_arg sig_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, sig_pwritev2_args };

static const struct dm_arg sig_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, sig_pkey_mprotect_args };

static const struct dm_arg sig_pkey_alloc_args[] = {
	{ "flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "init_val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pkey_alloc = { "pkey_alloc", NULL, DM_RET_int, 2, 2, sig_pkey_alloc_args };

static const struct dm_arg sig_pkey_free_args[] = {
	{ "pkey", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pkey_free = { "pkey_free", NULL, DM_RET_int, 1, 1, sig_pkey_free_args };

static const struct dm_arg sig_statx_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
	{ "mask", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_out, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_statx, NULL, NULL },
};

static const struct dm_sig sig_statx = { "statx", NULL, DM_RET_int, 5, 5, sig_statx_args };

static const struct dm_arg sig_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, sig_rseq_args, 89 };

static const struct dm_arg sig_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, sig_io_pgetevents_args };

static const struct dm_arg sig_semget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsems", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "semflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_semget = { "semget", NULL, DM_RET_int, 3, 3, sig_semget_args };

static const struct dm_arg sig_semctl_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "semnum", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_semctl = { "semctl", "command-dependent union semun (struct semid64_ds, array of ushort, int)", DM_RET_int, 4, 4, sig_semctl_args };

static const struct dm_arg sig_shmget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_shmget = { "shmget", NULL, DM_RET_int, 3, 3, sig_shmget_args };

static const struct dm_arg sig_shmctl_args[] = {
	{ "shmid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_shmctl = { "shmctl", "command-dependent struct shmid64_ds / shminfo", DM_RET_int, 3, 3, sig_shmctl_args };

static const struct dm_arg sig_shmat_args[] = {
	{ "shmid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmaddr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_shmat = { "shmat", "guest memory map", DM_RET_ptr, 3, 3, sig_shmat_args };

static const struct dm_arg sig_shmdt_args[] = {
	{ "shmaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_shmdt = { "shmdt", "guest memory map", DM_RET_int, 1, 1, sig_shmdt_args };

static const struct dm_arg sig_msgget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_msgget = { "msgget", NULL, DM_RET_int, 2, 2, sig_msgget_args };

static const struct dm_arg sig_msgsnd_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgsz", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_msgsnd = { "msgsnd", "struct msgbuf: a long mtype then msgsz bytes", DM_RET_int, 4, 4, sig_msgsnd_args };

static const struct dm_arg sig_msgrcv_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgsz", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgtyp", DM_ARG_long, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_msgrcv = { "msgrcv", "struct msgbuf: a long mtype then msgsz bytes", DM_RET_ssize, 5, 5, sig_msgrcv_args };

static const struct dm_arg sig_msgctl_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_msgctl = { "msgctl", "command-dependent struct msqid64_ds / msginfo", DM_RET_int, 3, 3, sig_msgctl_args };

static const struct dm_arg sig_clock_gettime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_clock_gettime64 = { "clock_gettime64", NULL, DM_RET_int, 2, 2, sig_clock_gettime64_args };

static const struct dm_arg sig_clock_settime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_clock_settime64 = { "clock_settime64", NULL, DM_RET_int, 2, 2, sig_clock_settime64_args };

static const struct dm_arg sig_clock_adjtime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "utx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_clock_adjtime64 = { "clock_adjtime64", "struct __kernel_timex conversion", DM_RET_int, 2, 2, sig_clock_adjtime64_args };

static const struct dm_arg sig_clock_getres_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_clock_getres_time64 = { "clock_getres_time64", NULL, DM_RET_int, 2, 2, sig_clock_getres_time64_args };

static const struct dm_arg sig_clock_nanosleep_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_clock_nanosleep_time64 = { "clock_nanosleep_time64", NULL, DM_RET_int, 4, 4, sig_clock_nanosleep_time64_args };

static const struct dm_arg sig_timer_gettime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
};

static const struct dm_sig sig_timer_gettime64 = { "timer_gettime64", NULL, DM_RET_int, 2, 2, sig_timer_gettime64_args };

static const struct dm_arg sig_timer_settime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
};

static const struct dm_sig sig_timer_settime64 = { "timer_settime64", NULL, DM_RET_int, 4, 4, sig_timer_settime64_args };

static const struct dm_arg sig_timerfd_gettime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
};

static const struct dm_sig sig_timerfd_gettime64 = { "timerfd_gettime64", NULL, DM_RET_int, 2, 2, sig_timerfd_gettime64_args };

static const struct dm_arg sig_timerfd_settime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_itimerspec64, NULL, NULL },
};

static const struct dm_sig sig_timerfd_settime64 = { "timerfd_settime64", NULL, DM_RET_int, 4, 4, sig_timerfd_settime64_args };

static const struct dm_arg sig_utimensat_time64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_utimensat_time64 = { "utimensat_time64", NULL, DM_RET_int, 4, 4, sig_utimensat_time64_args };

static const struct dm_arg sig_pselect6_time64_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pselect6_time64 = { "pselect6_time64", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, sig_pselect6_time64_args };

static const struct dm_arg sig_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, sig_ppoll_time64_args };

static const struct dm_arg sig_io_pgetevents_time64_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_pgetevents_time64 = { "io_pgetevents_time64", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, sig_io_pgetevents_time64_args };

static const struct dm_arg sig_recvmmsg_time64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_recvmmsg_time64 = { "recvmmsg_time64", NULL, DM_RET_int, 5, 5, sig_recvmmsg_time64_args };

static const struct dm_arg sig_mq_timedsend_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_mq_timedsend_time64 = { "mq_timedsend_time64", NULL, DM_RET_int, 5, 5, sig_mq_timedsend_time64_args };

static const struct dm_arg sig_mq_timedreceive_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_mq_timedreceive_time64 = { "mq_timedreceive_time64", NULL, DM_RET_ssize, 5, 5, sig_mq_timedreceive_time64_args };

static const struct dm_arg sig_semtimedop_time64_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_semtimedop_time64 = { "semtimedop_time64", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, sig_semtimedop_time64_args };

static const struct dm_arg sig_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, sig_rt_sigtimedwait_time64_args };

static const struct dm_arg sig_futex_time64_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_futex_time64 = { "futex_time64", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, sig_futex_time64_args };

static const struct dm_arg sig_sched_rr_get_interval_time64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
};

static const struct dm_sig sig_sched_rr_get_interval_time64 = { "sched_rr_get_interval_time64", NULL, DM_RET_int, 2, 2, sig_sched_rr_get_interval_time64_args };

static const struct dm_arg sig_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, sig_pidfd_send_signal_args };

static const struct dm_arg sig_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, sig_io_uring_setup_args, 89 };

static const struct dm_arg sig_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, sig_io_uring_enter_args, 89 };

static const struct dm_arg sig_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, sig_io_uring_register_args, 89 };

static const struct dm_arg sig_open_tree_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_open_tree = { "open_tree", NULL, DM_RET_fd, 3, 3, sig_open_tree_args };

static const struct dm_arg sig_move_mount_args[] = {
	{ "from_dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "from_path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_dfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_path", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_move_mount = { "move_mount", NULL, DM_RET_int, 5, 5, sig_move_mount_args };

static const struct dm_arg sig_fsopen_args[] = {
	{ "fs_name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fsopen = { "fsopen", NULL, DM_RET_fd, 2, 2, sig_fsopen_args };

static const struct dm_arg sig_fsconfig_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_fsconfig_cmds, NULL },
	{ "key", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "aux", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fsconfig = { "fsconfig", "the value argument's kind depends on the command: string, blob of aux bytes, path relative to dirfd aux, or nothing (aux an fd)", DM_RET_int, 5, 5, sig_fsconfig_args };

static const struct dm_arg sig_fsmount_args[] = {
	{ "fs_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fsmount = { "fsmount", NULL, DM_RET_fd, 3, 3, sig_fsmount_args };

static const struct dm_arg sig_fspick_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_fspick = { "fspick", NULL, DM_RET_fd, 3, 3, sig_fspick_args };

static const struct dm_arg sig_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_pidfd_flags, NULL },
};

static const struct dm_sig sig_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, sig_pidfd_open_args };

static const struct dm_arg sig_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, sig_clone3_args };

static const struct dm_arg sig_close_range_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "max_fd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_close_range = { "close_range", NULL, DM_RET_int, 3, 3, sig_close_range_args };

static const struct dm_arg sig_openat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "how", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_openat2 = { "openat2", "/proc emulation", DM_RET_fd, 4, 4, sig_openat2_args };

static const struct dm_arg sig_pidfd_getfd_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_pidfd_getfd = { "pidfd_getfd", NULL, DM_RET_fd, 3, 3, sig_pidfd_getfd_args };

static const struct dm_arg sig_faccessat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_faccessat2 = { "faccessat2", NULL, DM_RET_int, 4, 4, sig_faccessat2_args };

static const struct dm_arg sig_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, sig_process_madvise_args };

static const struct dm_arg sig_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, sig_epoll_pwait2_args };

static const struct dm_arg sig_mount_setattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "usize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mount_setattr = { "mount_setattr", NULL, DM_RET_int, 5, 5, sig_mount_setattr_args };

static const struct dm_arg sig_quotactl_fd_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_quotactl_fd = { "quotactl_fd", "addr's type depends on the command: a path, a u32, struct if_dqblk/if_dqinfo/if_nextdqblk, or an XFS struct (bytes)", DM_RET_int, 4, 4, sig_quotactl_fd_args };

static const struct dm_arg sig_landlock_create_ruleset_args[] = {
	{ "attr", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_landlock_create_ruleset = { "landlock_create_ruleset", NULL, DM_RET_fd, 3, 3, sig_landlock_create_ruleset_args };

static const struct dm_arg sig_landlock_add_rule_args[] = {
	{ "ruleset_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rule_type", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rule_attr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_landlock_add_rule = { "landlock_add_rule", "rule_attr's struct is given by rule_type (path beneath: 12 packed bytes; net port: 16)", DM_RET_int, 4, 4, sig_landlock_add_rule_args };

static const struct dm_arg sig_landlock_restrict_self_args[] = {
	{ "ruleset_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_landlock_restrict_self = { "landlock_restrict_self", NULL, DM_RET_int, 2, 2, sig_landlock_restrict_self_args };

static const struct dm_arg sig_process_mrelease_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_process_mrelease = { "process_mrelease", NULL, DM_RET_int, 2, 2, sig_process_mrelease_args };

static const struct dm_arg sig_futex_waitv_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_futexes", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
};

static const struct dm_sig sig_futex_waitv = { "futex_waitv", "thread: array of struct futex_waitv with guest addresses", DM_RET_long, 5, 5, sig_futex_waitv_args };

static const struct dm_arg sig_set_mempolicy_home_node_args[] = {
	{ "start", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "home_node", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_set_mempolicy_home_node = { "set_mempolicy_home_node", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_long, 4, 4, sig_set_mempolicy_home_node_args };

static const struct dm_arg sig_cachestat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cstat_range", DM_ARG_buf_in, 1, 1, -1, -1, DM_A_WHOLE, 1, 16, NULL, NULL, "\x08" },
	{ "cstat", DM_ARG_buf_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 40, NULL, NULL, "\x08" },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_cachestat = { "cachestat", NULL, DM_RET_int, 4, 4, sig_cachestat_args };

static const struct dm_arg sig_fchmodat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_fchmodat2 = { "fchmodat2", NULL, DM_RET_int, 4, 4, sig_fchmodat2_args };

static const struct dm_arg sig_map_shadow_stack_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_map_shadow_stack = { "map_shadow_stack", "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): a kernel with the support answers EOPNOTSUPP on such a CPU", DM_RET_ptr, 3, 3, sig_map_shadow_stack_args, 122 };

static const struct dm_arg sig_futex_wake_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_futex_wake = { "futex_wake", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 4, 4, sig_futex_wake_args };

static const struct dm_arg sig_futex_wait_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_mips_o32_le_type_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_clock_ids, NULL },
};

static const struct dm_sig sig_futex_wait = { "futex_wait", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 6, 6, sig_futex_wait_args };

static const struct dm_arg sig_futex_requeue_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_wake", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_requeue", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_futex_requeue = { "futex_requeue", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags); two struct futex_waitv", DM_RET_long, 4, 4, sig_futex_requeue_args };

static const struct dm_arg sig_statmount_args[] = {
	{ "req", DM_ARG_buf_in, 0, 1, -1, -1, DM_A_WHOLE, 1, 24, NULL, NULL, "\x04\x04\x08" },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x04\x04\x08\x04\x04\x08\x04\x04\x08\x08\x04\x04\x08\x08\x08\x08\x08\x04\x04\x08\x04\x04\x04\x04\x04\x04\x08\x04\x04\x04\x04\xff" },
	{ "bufsize", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_statmount = { "statmount", NULL, DM_RET_int, 4, 4, sig_statmount_args };

static const struct dm_arg sig_listmount_args[] = {
	{ "req", DM_ARG_buf_in, 0, 1, -1, -1, DM_A_WHOLE, 1, 24, NULL, NULL, "\x04\x04\x08" },
	{ "mnt_ids", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "nr_mnt_ids", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_listmount = { "listmount", NULL, DM_RET_ssize, 4, 4, sig_listmount_args };

static const struct dm_arg sig_lsm_get_self_attr_args[] = {
	{ "attr", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lsm_get_self_attr = { "lsm_get_self_attr", "*size is written back on E2BIG too (what the kernel needs)", DM_RET_int, 4, 4, sig_lsm_get_self_attr_args };

static const struct dm_arg sig_lsm_set_self_attr_args[] = {
	{ "attr", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctx", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x08\x08\x08\x08\xff" },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lsm_set_self_attr = { "lsm_set_self_attr", NULL, DM_RET_int, 4, 4, sig_lsm_set_self_attr_args };

static const struct dm_arg sig_lsm_list_modules_args[] = {
	{ "ids", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_lsm_list_modules = { "lsm_list_modules", "*size is written back on E2BIG too (what the kernel needs)", DM_RET_int, 3, 3, sig_lsm_list_modules_args };

static const struct dm_arg sig_mseal_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_mseal = { "mseal", "guest memory map: sealed guest ranges refuse munmap/mprotect/mremap/madvise(discard)", DM_RET_int, 3, 3, sig_mseal_args };

static const struct dm_arg sig_setxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_setxattrat = { "setxattrat", "struct xattr_args holds a guest address (value)", DM_RET_int, 6, 6, sig_setxattrat_args };

static const struct dm_arg sig_getxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_getxattrat = { "getxattrat", "struct xattr_args holds a guest address (value)", DM_RET_ssize, 6, 6, sig_getxattrat_args };

static const struct dm_arg sig_listxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
	{ "list", DM_ARG_buf_out, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_listxattrat = { "listxattrat", NULL, DM_RET_ssize, 5, 5, sig_listxattrat_args };

static const struct dm_arg sig_removexattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_removexattrat = { "removexattrat", NULL, DM_RET_int, 4, 4, sig_removexattrat_args };

static const struct dm_arg sig_open_tree_attr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "usize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};

static const struct dm_sig sig_open_tree_attr = { "open_tree_attr", NULL, DM_RET_fd, 5, 5, sig_open_tree_attr_args };

static const struct dm_arg sig_file_getattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ufsx", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x04" },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_file_getattr = { "file_getattr", NULL, DM_RET_int, 5, 5, sig_file_getattr_args };

static const struct dm_arg sig_file_setattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ufsx", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x04" },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_mips_o32_le_set_at_flags, NULL },
};

static const struct dm_sig sig_file_setattr = { "file_setattr", NULL, DM_RET_int, 5, 5, sig_file_setattr_args };

const struct dm_syscall dm_mips_o32_le_syscalls[] = {
	{ 4000, "syscall", NULL },
	{ 4001, "exit", &sig_exit },
	{ 4002, "fork", &sig_fork },
	{ 4003, "read", &sig_read },
	{ 4004, "write", &sig_write },
	{ 4005, "open", &sig_open },
	{ 4006, "close", &sig_close },
	{ 4007, "waitpid", &sig_waitpid },
	{ 4008, "creat", &sig_creat },
	{ 4009, "link", &sig_link },
	{ 4010, "unlink", &sig_unlink },
	{ 4011, "execve", &sig_execve },
	{ 4012, "chdir", &sig_chdir },
	{ 4013, "time", &sig_time },
	{ 4014, "mknod", &sig_mknod },
	{ 4015, "chmod", &sig_chmod },
	{ 4016, "lchown", &sig_lchown },
	{ 4017, "break", NULL },
	{ 4018, "unused18", NULL },
	{ 4019, "lseek", &sig_lseek },
	{ 4020, "getpid", &sig_getpid },
	{ 4021, "mount", &sig_mount },
	{ 4022, "umount", &sig_umount },
	{ 4023, "setuid", &sig_setuid },
	{ 4024, "getuid", &sig_getuid },
	{ 4025, "stime", &sig_stime },
	{ 4026, "ptrace", &sig_ptrace },
	{ 4027, "alarm", &sig_alarm },
	{ 4028, "unused28", NULL },
	{ 4029, "pause", &sig_pause },
	{ 4030, "utime", &sig_utime },
	{ 4031, "stty", NULL },
	{ 4032, "gtty", NULL },
	{ 4033, "access", &sig_access },
	{ 4034, "nice", &sig_nice },
	{ 4035, "ftime", NULL },
	{ 4036, "sync", &sig_sync },
	{ 4037, "kill", &sig_kill },
	{ 4038, "rename", &sig_rename },
	{ 4039, "mkdir", &sig_mkdir },
	{ 4040, "rmdir", &sig_rmdir },
	{ 4041, "dup", &sig_dup },
	{ 4042, "pipe", &sig_pipe },
	{ 4043, "times", &sig_times },
	{ 4044, "prof", NULL },
	{ 4045, "brk", &sig_brk },
	{ 4046, "setgid", &sig_setgid },
	{ 4047, "getgid", &sig_getgid },
	{ 4048, "signal", &sig_signal },
	{ 4049, "geteuid", &sig_geteuid },
	{ 4050, "getegid", &sig_getegid },
	{ 4051, "acct", &sig_acct },
	{ 4052, "umount2", &sig_umount2 },
	{ 4053, "lock", NULL },
	{ 4054, "ioctl", &sig_ioctl },
	{ 4055, "fcntl", &sig_fcntl },
	{ 4056, "mpx", NULL },
	{ 4057, "setpgid", &sig_setpgid },
	{ 4058, "ulimit", NULL },
	{ 4059, "unused59", NULL },
	{ 4060, "umask", &sig_umask },
	{ 4061, "chroot", &sig_chroot },
	{ 4062, "ustat", NULL },
	{ 4063, "dup2", &sig_dup2 },
	{ 4064, "getppid", &sig_getppid },
	{ 4065, "getpgrp", &sig_getpgrp },
	{ 4066, "setsid", &sig_setsid },
	{ 4067, "sigaction", &sig_sigaction },
	{ 4068, "sgetmask", &sig_sgetmask },
	{ 4069, "ssetmask", &sig_ssetmask },
	{ 4070, "setreuid", &sig_setreuid },
	{ 4071, "setregid", &sig_setregid },
	{ 4072, "sigsuspend", &sig_sigsuspend },
	{ 4073, "sigpending", &sig_sigpending },
	{ 4074, "sethostname", &sig_sethostname },
	{ 4075, "setrlimit", &sig_setrlimit },
	{ 4076, "getrlimit", &sig_getrlimit },
	{ 4077, "getrusage", &sig_getrusage },
	{ 4078, "gettimeofday", &sig_gettimeofday },
	{ 4079, "settimeofday", &sig_settimeofday },
	{ 4080, "getgroups", &sig_getgroups },
	{ 4081, "setgroups", &sig_setgroups },
	{ 4082, "reserved82", NULL },
	{ 4083, "symlink", &sig_symlink },
	{ 4084, "unused84", NULL },
	{ 4085, "readlink", &sig_readlink },
	{ 4086, "uselib", NULL },
	{ 4087, "swapon", &sig_swapon },
	{ 4088, "reboot", &sig_reboot },
	{ 4089, "readdir", NULL },
	{ 4090, "mmap", &sig_mmap },
	{ 4091, "munmap", &sig_munmap },
	{ 4092, "truncate", &sig_truncate },
	{ 4093, "ftruncate", &sig_ftruncate },
	{ 4094, "fchmod", &sig_fchmod },
	{ 4095, "fchown", &sig_fchown },
	{ 4096, "getpriority", &sig_getpriority },
	{ 4097, "setpriority", &sig_setpriority },
	{ 4098, "profil", NULL },
	{ 4099, "statfs", &sig_statfs },
	{ 4100, "fstatfs", &sig_fstatfs },
	{ 4101, "ioperm", NULL },
	{ 4102, "socketcall", &sig_socketcall },
	{ 4103, "syslog", &sig_syslog },
	{ 4104, "setitimer", &sig_setitimer },
	{ 4105, "getitimer", &sig_getitimer },
	{ 4106, "stat", &sig_stat },
	{ 4107, "lstat", &sig_lstat },
	{ 4108, "fstat", &sig_fstat },
	{ 4109, "unused109", NULL },
	{ 4110, "iopl", NULL },
	{ 4111, "vhangup", &sig_vhangup },
	{ 4112, "idle", NULL },
	{ 4113, "vm86", NULL },
	{ 4114, "wait4", &sig_wait4 },
	{ 4115, "swapoff", &sig_swapoff },
	{ 4116, "sysinfo", &sig_sysinfo },
	{ 4117, "ipc", &sig_ipc },
	{ 4118, "fsync", &sig_fsync },
	{ 4119, "sigreturn", &sig_sigreturn },
	{ 4120, "clone", &sig_clone },
	{ 4121, "setdomainname", &sig_setdomainname },
	{ 4122, "uname", &sig_uname },
	{ 4123, "modify_ldt", &sig_modify_ldt },
	{ 4124, "adjtimex", &sig_adjtimex },
	{ 4125, "mprotect", &sig_mprotect },
	{ 4126, "sigprocmask", &sig_sigprocmask },
	{ 4127, "create_module", NULL },
	{ 4128, "init_module", &sig_init_module },
	{ 4129, "delete_module", &sig_delete_module },
	{ 4130, "get_kernel_syms", NULL },
	{ 4131, "quotactl", &sig_quotactl },
	{ 4132, "getpgid", &sig_getpgid },
	{ 4133, "fchdir", &sig_fchdir },
	{ 4134, "bdflush", NULL },
	{ 4135, "sysfs", NULL },
	{ 4136, "personality", &sig_personality },
	{ 4137, "afs_syscall", NULL },
	{ 4138, "setfsuid", &sig_setfsuid },
	{ 4139, "setfsgid", &sig_setfsgid },
	{ 4140, "_llseek", &sig__llseek },
	{ 4141, "getdents", &sig_getdents },
	{ 4142, "_newselect", &sig__newselect },
	{ 4143, "flock", &sig_flock },
	{ 4144, "msync", &sig_msync },
	{ 4145, "readv", &sig_readv },
	{ 4146, "writev", &sig_writev },
	{ 4147, "cacheflush", &sig_cacheflush },
	{ 4148, "cachectl", &sig_cachectl },
	{ 4149, "sysmips", &sig_sysmips },
	{ 4150, "unused150", NULL },
	{ 4151, "getsid", &sig_getsid },
	{ 4152, "fdatasync", &sig_fdatasync },
	{ 4153, "_sysctl", NULL },
	{ 4154, "mlock", &sig_mlock },
	{ 4155, "munlock", &sig_munlock },
	{ 4156, "mlockall", &sig_mlockall },
	{ 4157, "munlockall", &sig_munlockall },
	{ 4158, "sched_setparam", &sig_sched_setparam },
	{ 4159, "sched_getparam", &sig_sched_getparam },
	{ 4160, "sched_setscheduler", &sig_sched_setscheduler },
	{ 4161, "sched_getscheduler", &sig_sched_getscheduler },
	{ 4162, "sched_yield", &sig_sched_yield },
	{ 4163, "sched_get_priority_max", &sig_sched_get_priority_max },
	{ 4164, "sched_get_priority_min", &sig_sched_get_priority_min },
	{ 4165, "sched_rr_get_interval", &sig_sched_rr_get_interval },
	{ 4166, "nanosleep", &sig_nanosleep },
	{ 4167, "mremap", &sig_mremap },
	{ 4168, "accept", &sig_accept },
	{ 4169, "bind", &sig_bind },
	{ 4170, "connect", &sig_connect },
	{ 4171, "getpeername", &sig_getpeername },
	{ 4172, "getsockname", &sig_getsockname },
	{ 4173, "getsockopt", &sig_getsockopt },
	{ 4174, "listen", &sig_listen },
	{ 4175, "recv", &sig_recv },
	{ 4176, "recvfrom", &sig_recvfrom },
	{ 4177, "recvmsg", &sig_recvmsg },
	{ 4178, "send", &sig_send },
	{ 4179, "sendmsg", &sig_sendmsg },
	{ 4180, "sendto", &sig_sendto },
	{ 4181, "setsockopt", &sig_setsockopt },
	{ 4182, "shutdown", &sig_shutdown },
	{ 4183, "socket", &sig_socket },
	{ 4184, "socketpair", &sig_socketpair },
	{ 4185, "setresuid", &sig_setresuid },
	{ 4186, "getresuid", &sig_getresuid },
	{ 4187, "query_module", NULL },
	{ 4188, "poll", &sig_poll },
	{ 4189, "nfsservctl", &sig_nfsservctl },
	{ 4190, "setresgid", &sig_setresgid },
	{ 4191, "getresgid", &sig_getresgid },
	{ 4192, "prctl", &sig_prctl },
	{ 4193, "rt_sigreturn", &sig_rt_sigreturn },
	{ 4194, "rt_sigaction", &sig_rt_sigaction },
	{ 4195, "rt_sigprocmask", &sig_rt_sigprocmask },
	{ 4196, "rt_sigpending", &sig_rt_sigpending },
	{ 4197, "rt_sigtimedwait", &sig_rt_sigtimedwait },
	{ 4198, "rt_sigqueueinfo", &sig_rt_sigqueueinfo },
	{ 4199, "rt_sigsuspend", &sig_rt_sigsuspend },
	{ 4200, "pread64", &sig_pread64 },
	{ 4201, "pwrite64", &sig_pwrite64 },
	{ 4202, "chown", &sig_chown },
	{ 4203, "getcwd", &sig_getcwd },
	{ 4204, "capget", &sig_capget },
	{ 4205, "capset", &sig_capset },
	{ 4206, "sigaltstack", &sig_sigaltstack },
	{ 4207, "sendfile", &sig_sendfile },
	{ 4208, "getpmsg", NULL },
	{ 4209, "putpmsg", NULL },
	{ 4210, "mmap2", &sig_mmap2 },
	{ 4211, "truncate64", &sig_truncate64 },
	{ 4212, "ftruncate64", &sig_ftruncate64 },
	{ 4213, "stat64", &sig_stat64 },
	{ 4214, "lstat64", &sig_lstat64 },
	{ 4215, "fstat64", &sig_fstat64 },
	{ 4216, "pivot_root", &sig_pivot_root },
	{ 4217, "mincore", &sig_mincore },
	{ 4218, "madvise", &sig_madvise },
	{ 4219, "getdents64", &sig_getdents64 },
	{ 4220, "fcntl64", &sig_fcntl64 },
	{ 4221, "reserved221", NULL },
	{ 4222, "gettid", &sig_gettid },
	{ 4223, "readahead", &sig_readahead },
	{ 4224, "setxattr", &sig_setxattr },
	{ 4225, "lsetxattr", &sig_lsetxattr },
	{ 4226, "fsetxattr", &sig_fsetxattr },
	{ 4227, "getxattr", &sig_getxattr },
	{ 4228, "lgetxattr", &sig_lgetxattr },
	{ 4229, "fgetxattr", &sig_fgetxattr },
	{ 4230, "listxattr", &sig_listxattr },
	{ 4231, "llistxattr", &sig_llistxattr },
	{ 4232, "flistxattr", &sig_flistxattr },
	{ 4233, "removexattr", &sig_removexattr },
	{ 4234, "lremovexattr", &sig_lremovexattr },
	{ 4235, "fremovexattr", &sig_fremovexattr },
	{ 4236, "tkill", &sig_tkill },
	{ 4237, "sendfile64", &sig_sendfile64 },
	{ 4238, "futex", &sig_futex },
	{ 4239, "sched_setaffinity", &sig_sched_setaffinity },
	{ 4240, "sched_getaffinity", &sig_sched_getaffinity },
	{ 4241, "io_setup", &sig_io_setup },
	{ 4242, "io_destroy", &sig_io_destroy },
	{ 4243, "io_getevents", &sig_io_getevents },
	{ 4244, "io_submit", &sig_io_submit },
	{ 4245, "io_cancel", &sig_io_cancel },
	{ 4246, "exit_group", &sig_exit_group },
	{ 4247, "lookup_dcookie", &sig_lookup_dcookie },
	{ 4248, "epoll_create", &sig_epoll_create },
	{ 4249, "epoll_ctl", &sig_epoll_ctl },
	{ 4250, "epoll_wait", &sig_epoll_wait },
	{ 4251, "remap_file_pages", &sig_remap_file_pages },
	{ 4252, "set_tid_address", &sig_set_tid_address },
	{ 4253, "restart_syscall", &sig_restart_syscall },
	{ 4254, "fadvise64", &sig_fadvise64 },
	{ 4255, "statfs64", &sig_statfs64 },
	{ 4256, "fstatfs64", &sig_fstatfs64 },
	{ 4257, "timer_create", &sig_timer_create },
	{ 4258, "timer_settime", &sig_timer_settime },
	{ 4259, "timer_gettime", &sig_timer_gettime },
	{ 4260, "timer_getoverrun", &sig_timer_getoverrun },
	{ 4261, "timer_delete", &sig_timer_delete },
	{ 4262, "clock_settime", &sig_clock_settime },
	{ 4263, "clock_gettime", &sig_clock_gettime },
	{ 4264, "clock_getres", &sig_clock_getres },
	{ 4265, "clock_nanosleep", &sig_clock_nanosleep },
	{ 4266, "tgkill", &sig_tgkill },
	{ 4267, "utimes", &sig_utimes },
	{ 4268, "mbind", &sig_mbind },
	{ 4269, "get_mempolicy", &sig_get_mempolicy },
	{ 4270, "set_mempolicy", &sig_set_mempolicy },
	{ 4271, "mq_open", &sig_mq_open },
	{ 4272, "mq_unlink", &sig_mq_unlink },
	{ 4273, "mq_timedsend", &sig_mq_timedsend },
	{ 4274, "mq_timedreceive", &sig_mq_timedreceive },
	{ 4275, "mq_notify", &sig_mq_notify },
	{ 4276, "mq_getsetattr", &sig_mq_getsetattr },
	{ 4277, "vserver", NULL },
	{ 4278, "waitid", &sig_waitid },
	{ 4280, "add_key", &sig_add_key },
	{ 4281, "request_key", &sig_request_key },
	{ 4282, "keyctl", &sig_keyctl },
	{ 4283, "set_thread_area", &sig_set_thread_area },
	{ 4284, "inotify_init", &sig_inotify_init },
	{ 4285, "inotify_add_watch", &sig_inotify_add_watch },
	{ 4286, "inotify_rm_watch", &sig_inotify_rm_watch },
	{ 4287, "migrate_pages", &sig_migrate_pages },
	{ 4288, "openat", &sig_openat },
	{ 4289, "mkdirat", &sig_mkdirat },
	{ 4290, "mknodat", &sig_mknodat },
	{ 4291, "fchownat", &sig_fchownat },
	{ 4292, "futimesat", &sig_futimesat },
	{ 4293, "fstatat64", &sig_fstatat64 },
	{ 4294, "unlinkat", &sig_unlinkat },
	{ 4295, "renameat", &sig_renameat },
	{ 4296, "linkat", &sig_linkat },
	{ 4297, "symlinkat", &sig_symlinkat },
	{ 4298, "readlinkat", &sig_readlinkat },
	{ 4299, "fchmodat", &sig_fchmodat },
	{ 4300, "faccessat", &sig_faccessat },
	{ 4301, "pselect6", &sig_pselect6 },
	{ 4302, "ppoll", &sig_ppoll },
	{ 4303, "unshare", &sig_unshare },
	{ 4304, "splice", &sig_splice },
	{ 4305, "sync_file_range", &sig_sync_file_range },
	{ 4306, "tee", &sig_tee },
	{ 4307, "vmsplice", &sig_vmsplice },
	{ 4308, "move_pages", &sig_move_pages },
	{ 4309, "set_robust_list", &sig_set_robust_list },
	{ 4310, "get_robust_list", &sig_get_robust_list },
	{ 4311, "kexec_load", &sig_kexec_load },
	{ 4312, "getcpu", &sig_getcpu },
	{ 4313, "epoll_pwait", &sig_epoll_pwait },
	{ 4314, "ioprio_set", &sig_ioprio_set },
	{ 4315, "ioprio_get", &sig_ioprio_get },
	{ 4316, "utimensat", &sig_utimensat },
	{ 4317, "signalfd", &sig_signalfd },
	{ 4318, "timerfd", NULL },
	{ 4319, "eventfd", &sig_eventfd },
	{ 4320, "fallocate", &sig_fallocate },
	{ 4321, "timerfd_create", &sig_timerfd_create },
	{ 4322, "timerfd_gettime", &sig_timerfd_gettime },
	{ 4323, "timerfd_settime", &sig_timerfd_settime },
	{ 4324, "signalfd4", &sig_signalfd4 },
	{ 4325, "eventfd2", &sig_eventfd2 },
	{ 4326, "epoll_create1", &sig_epoll_create1 },
	{ 4327, "dup3", &sig_dup3 },
	{ 4328, "pipe2", &sig_pipe2 },
	{ 4329, "inotify_init1", &sig_inotify_init1 },
	{ 4330, "preadv", &sig_preadv },
	{ 4331, "pwritev", &sig_pwritev },
	{ 4332, "rt_tgsigqueueinfo", &sig_rt_tgsigqueueinfo },
	{ 4333, "perf_event_open", &sig_perf_event_open },
	{ 4334, "accept4", &sig_accept4 },
	{ 4335, "recvmmsg", &sig_recvmmsg },
	{ 4336, "fanotify_init", &sig_fanotify_init },
	{ 4337, "fanotify_mark", &sig_fanotify_mark },
	{ 4338, "prlimit64", &sig_prlimit64 },
	{ 4339, "name_to_handle_at", &sig_name_to_handle_at },
	{ 4340, "open_by_handle_at", &sig_open_by_handle_at },
	{ 4341, "clock_adjtime", &sig_clock_adjtime },
	{ 4342, "syncfs", &sig_syncfs },
	{ 4343, "sendmmsg", &sig_sendmmsg },
	{ 4344, "setns", &sig_setns },
	{ 4345, "process_vm_readv", &sig_process_vm_readv },
	{ 4346, "process_vm_writev", &sig_process_vm_writev },
	{ 4347, "kcmp", &sig_kcmp },
	{ 4348, "finit_module", &sig_finit_module },
	{ 4349, "sched_setattr", &sig_sched_setattr },
	{ 4350, "sched_getattr", &sig_sched_getattr },
	{ 4351, "renameat2", &sig_renameat2 },
	{ 4352, "seccomp", &sig_seccomp },
	{ 4353, "getrandom", &sig_getrandom },
	{ 4354, "memfd_create", &sig_memfd_create },
	{ 4355, "bpf", &sig_bpf },
	{ 4356, "execveat", &sig_execveat },
	{ 4357, "userfaultfd", &sig_userfaultfd },
	{ 4358, "membarrier", &sig_membarrier },
	{ 4359, "mlock2", &sig_mlock2 },
	{ 4360, "copy_file_range", &sig_copy_file_range },
	{ 4361, "preadv2", &sig_preadv2 },
	{ 4362, "pwritev2", &sig_pwritev2 },
	{ 4363, "pkey_mprotect", &sig_pkey_mprotect },
	{ 4364, "pkey_alloc", &sig_pkey_alloc },
	{ 4365, "pkey_free", &sig_pkey_free },
	{ 4366, "statx", &sig_statx },
	{ 4367, "rseq", &sig_rseq },
	{ 4368, "io_pgetevents", &sig_io_pgetevents },
	{ 4393, "semget", &sig_semget },
	{ 4394, "semctl", &sig_semctl },
	{ 4395, "shmget", &sig_shmget },
	{ 4396, "shmctl", &sig_shmctl },
	{ 4397, "shmat", &sig_shmat },
	{ 4398, "shmdt", &sig_shmdt },
	{ 4399, "msgget", &sig_msgget },
	{ 4400, "msgsnd", &sig_msgsnd },
	{ 4401, "msgrcv", &sig_msgrcv },
	{ 4402, "msgctl", &sig_msgctl },
	{ 4403, "clock_gettime64", &sig_clock_gettime64 },
	{ 4404, "clock_settime64", &sig_clock_settime64 },
	{ 4405, "clock_adjtime64", &sig_clock_adjtime64 },
	{ 4406, "clock_getres_time64", &sig_clock_getres_time64 },
	{ 4407, "clock_nanosleep_time64", &sig_clock_nanosleep_time64 },
	{ 4408, "timer_gettime64", &sig_timer_gettime64 },
	{ 4409, "timer_settime64", &sig_timer_settime64 },
	{ 4410, "timerfd_gettime64", &sig_timerfd_gettime64 },
	{ 4411, "timerfd_settime64", &sig_timerfd_settime64 },
	{ 4412, "utimensat_time64", &sig_utimensat_time64 },
	{ 4413, "pselect6_time64", &sig_pselect6_time64 },
	{ 4414, "ppoll_time64", &sig_ppoll_time64 },
	{ 4416, "io_pgetevents_time64", &sig_io_pgetevents_time64 },
	{ 4417, "recvmmsg_time64", &sig_recvmmsg_time64 },
	{ 4418, "mq_timedsend_time64", &sig_mq_timedsend_time64 },
	{ 4419, "mq_timedreceive_time64", &sig_mq_timedreceive_time64 },
	{ 4420, "semtimedop_time64", &sig_semtimedop_time64 },
	{ 4421, "rt_sigtimedwait_time64", &sig_rt_sigtimedwait_time64 },
	{ 4422, "futex_time64", &sig_futex_time64 },
	{ 4423, "sched_rr_get_interval_time64", &sig_sched_rr_get_interval_time64 },
	{ 4424, "pidfd_send_signal", &sig_pidfd_send_signal },
	{ 4425, "io_uring_setup", &sig_io_uring_setup },
	{ 4426, "io_uring_enter", &sig_io_uring_enter },
	{ 4427, "io_uring_register", &sig_io_uring_register },
	{ 4428, "open_tree", &sig_open_tree },
	{ 4429, "move_mount", &sig_move_mount },
	{ 4430, "fsopen", &sig_fsopen },
	{ 4431, "fsconfig", &sig_fsconfig },
	{ 4432, "fsmount", &sig_fsmount },
	{ 4433, "fspick", &sig_fspick },
	{ 4434, "pidfd_open", &sig_pidfd_open },
	{ 4435, "clone3", &sig_clone3 },
	{ 4436, "close_range", &sig_close_range },
	{ 4437, "openat2", &sig_openat2 },
	{ 4438, "pidfd_getfd", &sig_pidfd_getfd },
	{ 4439, "faccessat2", &sig_faccessat2 },
	{ 4440, "process_madvise", &sig_process_madvise },
	{ 4441, "epoll_pwait2", &sig_epoll_pwait2 },
	{ 4442, "mount_setattr", &sig_mount_setattr },
	{ 4443, "quotactl_fd", &sig_quotactl_fd },
	{ 4444, "landlock_create_ruleset", &sig_landlock_create_ruleset },
	{ 4445, "landlock_add_rule", &sig_landlock_add_rule },
	{ 4446, "landlock_restrict_self", &sig_landlock_restrict_self },
	{ 4448, "process_mrelease", &sig_process_mrelease },
	{ 4449, "futex_waitv", &sig_futex_waitv },
	{ 4450, "set_mempolicy_home_node", &sig_set_mempolicy_home_node },
	{ 4451, "cachestat", &sig_cachestat },
	{ 4452, "fchmodat2", &sig_fchmodat2 },
	{ 4453, "map_shadow_stack", &sig_map_shadow_stack },
	{ 4454, "futex_wake", &sig_futex_wake },
	{ 4455, "futex_wait", &sig_futex_wait },
	{ 4456, "futex_requeue", &sig_futex_requeue },
	{ 4457, "statmount", &sig_statmount },
	{ 4458, "listmount", &sig_listmount },
	{ 4459, "lsm_get_self_attr", &sig_lsm_get_self_attr },
	{ 4460, "lsm_set_self_attr", &sig_lsm_set_self_attr },
	{ 4461, "lsm_list_modules", &sig_lsm_list_modules },
	{ 4462, "mseal", &sig_mseal },
	{ 4463, "setxattrat", &sig_setxattrat },
	{ 4464, "getxattrat", &sig_getxattrat },
	{ 4465, "listxattrat", &sig_listxattrat },
	{ 4466, "removexattrat", &sig_removexattrat },
	{ 4467, "open_tree_attr", &sig_open_tree_attr },
	{ 4468, "file_getattr", &sig_file_getattr },
	{ 4469, "file_setattr", &sig_file_setattr },
};
const uint32_t dm_mips_o32_le_nsyscalls = 443;
