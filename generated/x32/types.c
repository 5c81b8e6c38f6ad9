/* generated from specs/types for ABI x32 by gen/generate.lua; do not edit */
#include <string.h>
#include "emu/abi/abi.h"
#include "emu/abi/bytes.h"
#include "generated/ids.h"
#include "generated/host_types.h"

extern const struct dm_constset dm_x32_set_clone_flags;
extern const struct dm_constset dm_x32_set_epoll_events;
extern const struct dm_constset dm_x32_set_poll_events;
extern const struct dm_constset dm_x32_set_sem_flags;
extern const struct dm_constset dm_x32_set_sigaction_flags;
extern const struct dm_constset dm_x32_set_sigaltstack_flags;
extern const struct dm_constset dm_x32_set_signals;
extern const struct dm_constset dm_x32_set_stat_mode;
const struct dm_type dm_x32_type_clone_args;
const struct dm_type dm_x32_type_cmsghdr;
const struct dm_type dm_x32_type_dirent64;
const struct dm_type dm_x32_type_epoll_event;
const struct dm_type dm_x32_type_fiemap;
const struct dm_type dm_x32_type_fiemap_extent;
const struct dm_type dm_x32_type_file_clone_range;
const struct dm_type dm_x32_type_file_dedupe_range;
const struct dm_type dm_x32_type_file_dedupe_range_info;
const struct dm_type dm_x32_type_flock;
const struct dm_type dm_x32_type_flock64;
const struct dm_type dm_x32_type_fsid;
const struct dm_type dm_x32_type_fstrim_range;
const struct dm_type dm_x32_type_fsxattr;
const struct dm_type dm_x32_type_if_dqblk;
const struct dm_type dm_x32_type_if_dqinfo;
const struct dm_type dm_x32_type_if_nextdqblk;
const struct dm_type dm_x32_type_if_settings;
const struct dm_type dm_x32_type_if_settings_ifsu;
const struct dm_type dm_x32_type_ifconf;
const struct dm_type dm_x32_type_ifconf_ifcu;
const struct dm_type dm_x32_type_ifmap;
const struct dm_type dm_x32_type_ifreq;
const struct dm_type dm_x32_type_ifreq_ifrn;
const struct dm_type dm_x32_type_ifreq_ifru;
const struct dm_type dm_x32_type_in6_addr;
const struct dm_type dm_x32_type_in6_addr_u;
const struct dm_type dm_x32_type_in_addr;
const struct dm_type dm_x32_type_io_event;
const struct dm_type dm_x32_type_iocb;
const struct dm_type dm_x32_type_iovec;
const struct dm_type dm_x32_type_ipc64_perm;
const struct dm_type dm_x32_type_itimerspec;
const struct dm_type dm_x32_type_itimerspec64;
const struct dm_type dm_x32_type_itimerval;
const struct dm_type dm_x32_type_kexec_segment;
const struct dm_type dm_x32_type_linger;
const struct dm_type dm_x32_type_loop_config;
const struct dm_type dm_x32_type_loop_info;
const struct dm_type dm_x32_type_loop_info64;
const struct dm_type dm_x32_type_mmsghdr;
const struct dm_type dm_x32_type_mq_attr;
const struct dm_type dm_x32_type_msghdr;
const struct dm_type dm_x32_type_msginfo;
const struct dm_type dm_x32_type_msqid64_ds;
const struct dm_type dm_x32_type_pidfd_info;
const struct dm_type dm_x32_type_pollfd;
const struct dm_type dm_x32_type_rlimit;
const struct dm_type dm_x32_type_rlimit64;
const struct dm_type dm_x32_type_robust_list;
const struct dm_type dm_x32_type_robust_list_head;
const struct dm_type dm_x32_type_rusage;
const struct dm_type dm_x32_type_sched_attr;
const struct dm_type dm_x32_type_sched_param;
const struct dm_type dm_x32_type_sembuf;
const struct dm_type dm_x32_type_semid64_ds;
const struct dm_type dm_x32_type_seminfo;
const struct dm_type dm_x32_type_shm_info;
const struct dm_type dm_x32_type_shmid64_ds;
const struct dm_type dm_x32_type_shminfo64;
const struct dm_type dm_x32_type_sifields;
const struct dm_type dm_x32_type_sigaction;
const struct dm_type dm_x32_type_sigevent;
const struct dm_type dm_x32_type_sigevent_thread;
const struct dm_type dm_x32_type_sigevent_un;
const struct dm_type dm_x32_type_siginfo;
const struct dm_type dm_x32_type_siginfo_kill;
const struct dm_type dm_x32_type_siginfo_rt;
const struct dm_type dm_x32_type_siginfo_sigchld;
const struct dm_type dm_x32_type_siginfo_sigfault;
const struct dm_type dm_x32_type_siginfo_sigpoll;
const struct dm_type dm_x32_type_siginfo_sigsys;
const struct dm_type dm_x32_type_siginfo_timer;
const struct dm_type dm_x32_type_sigset;
const struct dm_type dm_x32_type_sigval;
const struct dm_type dm_x32_type_sockaddr;
const struct dm_type dm_x32_type_sockaddr_in;
const struct dm_type dm_x32_type_sockaddr_in6;
const struct dm_type dm_x32_type_sockaddr_nl;
const struct dm_type dm_x32_type_sockaddr_storage;
const struct dm_type dm_x32_type_sockaddr_un;
const struct dm_type dm_x32_type_stack_t;
const struct dm_type dm_x32_type_stat;
const struct dm_type dm_x32_type_statfs;
const struct dm_type dm_x32_type_statx;
const struct dm_type dm_x32_type_statx_timestamp;
const struct dm_type dm_x32_type_sysinfo;
const struct dm_type dm_x32_type_termio;
const struct dm_type dm_x32_type_termios;
const struct dm_type dm_x32_type_termios2;
const struct dm_type dm_x32_type_timespec;
const struct dm_type dm_x32_type_timespec64;
const struct dm_type dm_x32_type_timeval;
const struct dm_type dm_x32_type_timex;
const struct dm_type dm_x32_type_timex64;
const struct dm_type dm_x32_type_timex_timeval;
const struct dm_type dm_x32_type_timezone;
const struct dm_type dm_x32_type_tms;
const struct dm_type dm_x32_type_ucred;
const struct dm_type dm_x32_type_user_cap_data;
const struct dm_type dm_x32_type_user_cap_header;
const struct dm_type dm_x32_type_utimbuf;
const struct dm_type dm_x32_type_utsname;
const struct dm_type dm_x32_type_winsize;

static void dm_x32_clone_args_to_host(void *h, const void *g) { memcpy(h, g, 88); }
static void dm_x32_clone_args_to_guest(void *g, const void *h) { memcpy(g, h, 88); }

static const struct dm_field dm_x32_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_x32_set_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_x32_set_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_clone_args = { "clone_args", 88, 8, 88, 0, 1, dm_x32_clone_args_to_host, dm_x32_clone_args_to_guest, dm_x32_clone_args_fields, 11 };

static void dm_x32_cmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_cmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->cmsg_len = dm_ld32le(g + 0);
	h->cmsg_level = dm_ld32le(g + 4);
	h->cmsg_type = dm_ld32le(g + 8);
}

static void dm_x32_cmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_cmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->cmsg_len);
	dm_st32le(g + 4, (uint32_t)h->cmsg_level);
	dm_st32le(g + 8, (uint32_t)h->cmsg_type);
}

static const struct dm_field dm_x32_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_cmsghdr = { "cmsghdr", 12, 4, 16, 0, 0, dm_x32_cmsghdr_to_host, dm_x32_cmsghdr_to_guest, dm_x32_cmsghdr_fields, 3 };

static void dm_x32_dirent64_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_x32_dirent64_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_x32_dirent64_fields[] = {
	{ "d_ino", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "d_off", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "d_reclen", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "d_type", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "d_name", 19, 0, 19, 0, 0, 0, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_dirent64 = { "dirent64", 24, 8, 24, 0, 1, dm_x32_dirent64_to_host, dm_x32_dirent64_to_guest, dm_x32_dirent64_fields, 5 };

static void dm_x32_epoll_event_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_x32_epoll_event_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_x32_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_x32_set_epoll_events },
	{ "data", 4, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_epoll_event = { "epoll_event", 12, 1, 12, 0, 1, dm_x32_epoll_event_to_host, dm_x32_epoll_event_to_guest, dm_x32_epoll_event_fields, 2 };

static void dm_x32_fiemap_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_fiemap_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_fiemap_fields[] = {
	{ "fm_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fm_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fm_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fm_mapped_extents", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "fm_extent_count", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "fm_reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fm_extents", 32, 0, 32, 0, 0, 0, 0, &dm_x32_type_fiemap_extent, NULL },
};
const struct dm_type dm_x32_type_fiemap = { "fiemap", 32, 8, 32, 0, 1, dm_x32_fiemap_to_host, dm_x32_fiemap_to_guest, dm_x32_fiemap_fields, 7 };

static void dm_x32_fiemap_extent_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_x32_fiemap_extent_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_x32_fiemap_extent_fields[] = {
	{ "fe_logical", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fe_physical", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fe_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "fe_reserved64", 24, 16, 24, 16, 2, 2, DM_F_PAD, NULL, NULL },
	{ "fe_flags", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "fe_reserved", 44, 12, 44, 12, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_fiemap_extent = { "fiemap_extent", 56, 8, 56, 0, 1, dm_x32_fiemap_extent_to_host, dm_x32_fiemap_extent_to_guest, dm_x32_fiemap_extent_fields, 6 };

static void dm_x32_file_clone_range_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_file_clone_range_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_file_clone_range_fields[] = {
	{ "src_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "src_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dest_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_file_clone_range = { "file_clone_range", 32, 8, 32, 0, 1, dm_x32_file_clone_range_to_host, dm_x32_file_clone_range_to_guest, dm_x32_file_clone_range_fields, 4 };

static void dm_x32_file_dedupe_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_x32_file_dedupe_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_x32_file_dedupe_range_fields[] = {
	{ "src_offset", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dest_count", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "reserved1", 18, 2, 18, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "reserved2", 20, 4, 20, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "info", 24, 0, 24, 0, 0, 0, 0, &dm_x32_type_file_dedupe_range_info, NULL },
};
const struct dm_type dm_x32_type_file_dedupe_range = { "file_dedupe_range", 24, 8, 24, 0, 1, dm_x32_file_dedupe_range_to_host, dm_x32_file_dedupe_range_to_guest, dm_x32_file_dedupe_range_fields, 6 };

static void dm_x32_file_dedupe_range_info_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_file_dedupe_range_info_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_file_dedupe_range_info_fields[] = {
	{ "dest_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "dest_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "bytes_deduped", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "status", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_file_dedupe_range_info = { "file_dedupe_range_info", 32, 8, 32, 0, 1, dm_x32_file_dedupe_range_info_to_host, dm_x32_file_dedupe_range_info_to_guest, dm_x32_file_dedupe_range_info_fields, 5 };

static void dm_x32_flock_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_flock_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_flock = { "flock", 32, 8, 32, 0, 1, dm_x32_flock_to_host, dm_x32_flock_to_guest, dm_x32_flock_fields, 5 };

static void dm_x32_flock64_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_flock64_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_flock64 = { "flock64", 32, 8, 32, 0, 1, dm_x32_flock64_to_host, dm_x32_flock64_to_guest, dm_x32_flock64_fields, 5 };

static void dm_x32_fsid_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_fsid_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_fsid_fields[] = {
	{ "val", 0, 8, 0, 8, 2, 2, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_fsid = { "fsid", 8, 4, 8, 0, 1, dm_x32_fsid_to_host, dm_x32_fsid_to_guest, dm_x32_fsid_fields, 1 };

static void dm_x32_fstrim_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_x32_fstrim_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_x32_fstrim_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "minlen", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_fstrim_range = { "fstrim_range", 24, 8, 24, 0, 1, dm_x32_fstrim_range_to_host, dm_x32_fstrim_range_to_guest, dm_x32_fstrim_range_fields, 3 };

static void dm_x32_fsxattr_to_host(void *h, const void *g) { memcpy(h, g, 28); }
static void dm_x32_fsxattr_to_guest(void *g, const void *h) { memcpy(g, h, 28); }

static const struct dm_field dm_x32_fsxattr_fields[] = {
	{ "fsx_xflags", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_extsize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_nextents", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_projid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_cowextsize", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_pad", 20, 8, 20, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_fsxattr = { "fsxattr", 28, 4, 28, 0, 1, dm_x32_fsxattr_to_host, dm_x32_fsxattr_to_guest, dm_x32_fsxattr_fields, 6 };

static void dm_x32_if_dqblk_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_x32_if_dqblk_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_x32_if_dqblk_fields[] = {
	{ "dqb_bhardlimit", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_bsoftlimit", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_curspace", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_ihardlimit", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_isoftlimit", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_curinodes", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_btime", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_itime", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_valid", 64, 4, 64, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_if_dqblk = { "if_dqblk", 72, 8, 72, 0, 1, dm_x32_if_dqblk_to_host, dm_x32_if_dqblk_to_guest, dm_x32_if_dqblk_fields, 9 };

static void dm_x32_if_dqinfo_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_x32_if_dqinfo_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_x32_if_dqinfo_fields[] = {
	{ "dqi_bgrace", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_igrace", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "dqi_valid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_if_dqinfo = { "if_dqinfo", 24, 8, 24, 0, 1, dm_x32_if_dqinfo_to_host, dm_x32_if_dqinfo_to_guest, dm_x32_if_dqinfo_fields, 4 };

static void dm_x32_if_nextdqblk_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_x32_if_nextdqblk_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_x32_if_nextdqblk_fields[] = {
	{ "dqb_bhardlimit", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_bsoftlimit", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_curspace", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_ihardlimit", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_isoftlimit", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_curinodes", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_btime", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_itime", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "dqb_valid", 64, 4, 64, 4, 1, 1, 0, NULL, NULL },
	{ "dqb_id", 68, 4, 68, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_if_nextdqblk = { "if_nextdqblk", 72, 8, 72, 0, 1, dm_x32_if_nextdqblk_to_host, dm_x32_if_nextdqblk_to_guest, dm_x32_if_nextdqblk_fields, 10 };

static void dm_x32_if_settings_to_host(void *hv, const void *gv)
{
	struct dmh_if_settings *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->type = dm_ld32le(g + 0);
	h->size = dm_ld32le(g + 4);
	memcpy((char *)h + 8, g + 8, 4);
}

static void dm_x32_if_settings_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_settings *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->type);
	dm_st32le(g + 4, (uint32_t)h->size);
	memcpy(g + 8, (const char *)h + 8, 4);
}

static const struct dm_field dm_x32_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 4, 8, 8, 1, 1, 0, &dm_x32_type_if_settings_ifsu, NULL },
};
const struct dm_type dm_x32_type_if_settings = { "if_settings", 12, 4, 16, 0, 0, dm_x32_if_settings_to_host, dm_x32_if_settings_to_guest, dm_x32_if_settings_fields, 3 };

static void dm_x32_if_settings_ifsu_to_host(void *h, const void *g) { memset(h, 0, 8); memcpy(h, g, 4); }
static void dm_x32_if_settings_ifsu_to_guest(void *g, const void *h) { memset(g, 0, 4); memcpy(g, h, 4); }

static const struct dm_field dm_x32_if_settings_ifsu_fields[] = {
	{ "raw_hdlc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "cisco", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc_info", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "x25", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sync", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "te1", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_if_settings_ifsu = { "if_settings_ifsu", 4, 4, 8, 1, 0, dm_x32_if_settings_ifsu_to_host, dm_x32_if_settings_ifsu_to_guest, dm_x32_if_settings_ifsu_fields, 8 };

static void dm_x32_ifconf_to_host(void *hv, const void *gv)
{
	struct dmh_ifconf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ifc_len = dm_ld32le(g + 0);
	dm_x32_type_ifconf_ifcu.to_host((char *)h + 8, g + 4);
}

static void dm_x32_ifconf_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifconf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->ifc_len);
	dm_x32_type_ifconf_ifcu.to_guest(g + 4, (const char *)h + 8);
}

static const struct dm_field dm_x32_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 4, 4, 8, 8, 1, 1, 0, &dm_x32_type_ifconf_ifcu, NULL },
};
const struct dm_type dm_x32_type_ifconf = { "ifconf", 8, 4, 16, 0, 0, dm_x32_ifconf_to_host, dm_x32_ifconf_to_guest, dm_x32_ifconf_fields, 2 };

static void dm_x32_ifconf_ifcu_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32le(g); memset(h, 0, 8); memcpy(h, &v, 4); }
static void dm_x32_ifconf_ifcu_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); dm_st32le(g, (uint32_t)v); }

static const struct dm_field dm_x32_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_ifconf_ifcu = { "ifconf_ifcu", 4, 4, 8, 1, 0, dm_x32_ifconf_ifcu_to_host, dm_x32_ifconf_ifcu_to_guest, dm_x32_ifconf_ifcu_fields, 2 };

static void dm_x32_ifmap_to_host(void *hv, const void *gv)
{
	struct dmh_ifmap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mem_start = dm_ld32le(g + 0);
	h->mem_end = dm_ld32le(g + 4);
	h->base_addr = dm_ld16le(g + 8);
	h->irq = dm_ld8(g + 10);
	h->dma = dm_ld8(g + 11);
	h->port = dm_ld8(g + 12);
}

static void dm_x32_ifmap_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifmap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->mem_start);
	dm_st32le(g + 4, (uint32_t)h->mem_end);
	dm_st16le(g + 8, (uint16_t)h->base_addr);
	dm_st8(g + 10, (uint8_t)h->irq);
	dm_st8(g + 11, (uint8_t)h->dma);
	dm_st8(g + 12, (uint8_t)h->port);
}

static const struct dm_field dm_x32_ifmap_fields[] = {
	{ "mem_start", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 8, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 10, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 11, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 12, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_ifmap = { "ifmap", 16, 4, 24, 0, 0, dm_x32_ifmap_to_host, dm_x32_ifmap_to_guest, dm_x32_ifmap_fields, 6 };

static void dm_x32_ifreq_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	memcpy((char *)h + 16, g + 16, 16);
}

static void dm_x32_ifreq_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	memcpy(g + 16, (const char *)h + 16, 16);
}

static const struct dm_field dm_x32_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_x32_type_ifreq_ifru, NULL },
};
const struct dm_type dm_x32_type_ifreq = { "ifreq", 32, 4, 40, 0, 0, dm_x32_ifreq_to_host, dm_x32_ifreq_to_guest, dm_x32_ifreq_fields, 2 };

static void dm_x32_ifreq_ifrn_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_ifreq_ifrn_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_ifreq_ifrn_fields[] = {
	{ "ifrn_name", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_ifreq_ifrn = { "ifreq_ifrn", 16, 1, 16, 1, 1, dm_x32_ifreq_ifrn_to_host, dm_x32_ifreq_ifrn_to_guest, dm_x32_ifreq_ifrn_fields, 1 };

static void dm_x32_ifreq_ifru_to_host(void *h, const void *g) { memset(h, 0, 24); memcpy(h, g, 16); }
static void dm_x32_ifreq_ifru_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_x32_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_x32_type_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_x32_type_if_settings, NULL },
};
const struct dm_type dm_x32_type_ifreq_ifru = { "ifreq_ifru", 16, 4, 24, 1, 0, dm_x32_ifreq_ifru_to_host, dm_x32_ifreq_ifru_to_guest, dm_x32_ifreq_ifru_fields, 13 };

static void dm_x32_in6_addr_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_in6_addr_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_in6_addr_fields[] = {
	{ "in6_u", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_in6_addr_u, NULL },
};
const struct dm_type dm_x32_type_in6_addr = { "in6_addr", 16, 4, 16, 0, 1, dm_x32_in6_addr_to_host, dm_x32_in6_addr_to_guest, dm_x32_in6_addr_fields, 1 };

static void dm_x32_in6_addr_u_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_in6_addr_u_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_in6_addr_u_fields[] = {
	{ "u6_addr8", 0, 16, 0, 16, 16, 16, 0, NULL, NULL },
	{ "u6_addr16", 0, 16, 0, 16, 8, 8, 0, NULL, NULL },
	{ "u6_addr32", 0, 16, 0, 16, 4, 4, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_in6_addr_u = { "in6_addr_u", 16, 4, 16, 1, 1, dm_x32_in6_addr_u_to_host, dm_x32_in6_addr_u_to_guest, dm_x32_in6_addr_u_fields, 3 };

static void dm_x32_in_addr_to_host(void *h, const void *g) { memcpy(h, g, 4); }
static void dm_x32_in_addr_to_guest(void *g, const void *h) { memcpy(g, h, 4); }

static const struct dm_field dm_x32_in_addr_fields[] = {
	{ "s_addr", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_in_addr = { "in_addr", 4, 4, 4, 0, 1, dm_x32_in_addr_to_host, dm_x32_in_addr_to_guest, dm_x32_in_addr_fields, 1 };

static void dm_x32_io_event_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_io_event_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_io_event_fields[] = {
	{ "data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "obj", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "res", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "res2", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_io_event = { "io_event", 32, 8, 32, 0, 1, dm_x32_io_event_to_host, dm_x32_io_event_to_guest, dm_x32_io_event_fields, 4 };

static void dm_x32_iocb_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_x32_iocb_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_x32_iocb_fields[] = {
	{ "aio_data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "aio_key", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "aio_rw_flags", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "aio_lio_opcode", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "aio_reqprio", 18, 2, 18, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "aio_fildes", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "aio_buf", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "aio_nbytes", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "aio_offset", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "aio_reserved2", 48, 8, 48, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "aio_flags", 56, 4, 56, 4, 1, 1, 0, NULL, NULL },
	{ "aio_resfd", 60, 4, 60, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_iocb = { "iocb", 64, 8, 64, 0, 1, dm_x32_iocb_to_host, dm_x32_iocb_to_guest, dm_x32_iocb_fields, 12 };

static void dm_x32_iovec_to_host(void *hv, const void *gv)
{
	struct dmh_iovec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->iov_base = dm_ld32le(g + 0);
	h->iov_len = dm_ld32le(g + 4);
}

static void dm_x32_iovec_to_guest(void *gv, const void *hv)
{
	const struct dmh_iovec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->iov_base);
	dm_st32le(g + 4, (uint32_t)h->iov_len);
}

static const struct dm_field dm_x32_iovec_fields[] = {
	{ "iov_base", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_iovec = { "iovec", 8, 4, 16, 0, 0, dm_x32_iovec_to_host, dm_x32_iovec_to_guest, dm_x32_iovec_fields, 2 };

static void dm_x32_ipc64_perm_to_host(void *h, const void *g) { memcpy(h, g, 48); }
static void dm_x32_ipc64_perm_to_guest(void *g, const void *h) { memcpy(g, h, 48); }

static const struct dm_field dm_x32_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 24, 0, 24, 0, 0, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 24, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad2", 26, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 32, 8, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 1, dm_x32_ipc64_perm_to_host, dm_x32_ipc64_perm_to_guest, dm_x32_ipc64_perm_fields, 11 };

static void dm_x32_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_x32_type_timespec.to_host((char *)h + 0, g + 0);
	dm_x32_type_timespec.to_host((char *)h + 16, g + 16);
}

static void dm_x32_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_x32_type_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_x32_type_timespec.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_x32_itimerspec_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_timespec, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_x32_type_timespec, NULL },
};
const struct dm_type dm_x32_type_itimerspec = { "itimerspec", 32, 8, 32, 0, 0, dm_x32_itimerspec_to_host, dm_x32_itimerspec_to_guest, dm_x32_itimerspec_fields, 2 };

static void dm_x32_itimerspec64_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_itimerspec64_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_itimerspec64_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_timespec64, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_x32_type_timespec64, NULL },
};
const struct dm_type dm_x32_type_itimerspec64 = { "itimerspec64", 32, 8, 32, 0, 1, dm_x32_itimerspec64_to_host, dm_x32_itimerspec64_to_guest, dm_x32_itimerspec64_fields, 2 };

static void dm_x32_itimerval_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_itimerval_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_itimerval_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_timeval, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_x32_type_timeval, NULL },
};
const struct dm_type dm_x32_type_itimerval = { "itimerval", 32, 8, 32, 0, 1, dm_x32_itimerval_to_host, dm_x32_itimerval_to_guest, dm_x32_itimerval_fields, 2 };

static void dm_x32_kexec_segment_to_host(void *hv, const void *gv)
{
	struct dmh_kexec_segment *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->buf = dm_ld32le(g + 0);
	h->bufsz = dm_ld32le(g + 4);
	h->mem = dm_ld32le(g + 8);
	h->memsz = dm_ld32le(g + 12);
}

static void dm_x32_kexec_segment_to_guest(void *gv, const void *hv)
{
	const struct dmh_kexec_segment *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->buf);
	dm_st32le(g + 4, (uint32_t)h->bufsz);
	dm_st32le(g + 8, (uint32_t)h->mem);
	dm_st32le(g + 12, (uint32_t)h->memsz);
}

static const struct dm_field dm_x32_kexec_segment_fields[] = {
	{ "buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_kexec_segment = { "kexec_segment", 16, 4, 32, 0, 0, dm_x32_kexec_segment_to_host, dm_x32_kexec_segment_to_guest, dm_x32_kexec_segment_fields, 4 };

static void dm_x32_linger_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_linger_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_linger_fields[] = {
	{ "l_onoff", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_linger", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_linger = { "linger", 8, 4, 8, 0, 1, dm_x32_linger_to_host, dm_x32_linger_to_guest, dm_x32_linger_fields, 2 };

static void dm_x32_loop_config_to_host(void *h, const void *g) { memcpy(h, g, 304); }
static void dm_x32_loop_config_to_guest(void *g, const void *h) { memcpy(g, h, 304); }

static const struct dm_field dm_x32_loop_config_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "block_size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "info", 8, 232, 8, 232, 1, 1, 0, &dm_x32_type_loop_info64, NULL },
	{ "__reserved", 240, 64, 240, 64, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_loop_config = { "loop_config", 304, 8, 304, 0, 1, dm_x32_loop_config_to_host, dm_x32_loop_config_to_guest, dm_x32_loop_config_fields, 4 };

static void dm_x32_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32le(g + 0);
	h->lo_device = dm_ld32le(g + 4);
	h->lo_inode = dm_ld32le(g + 8);
	h->lo_rdevice = dm_ld32le(g + 12);
	h->lo_offset = dm_ld32le(g + 16);
	h->lo_encrypt_type = dm_ld32le(g + 20);
	h->lo_encrypt_key_size = dm_ld32le(g + 24);
	h->lo_flags = dm_ld32le(g + 28);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 32 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 96 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld32le(g + 128 + i * 4);
}

static void dm_x32_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 140);
	dm_st32le(g + 0, (uint32_t)h->lo_number);
	dm_st32le(g + 4, (uint32_t)h->lo_device);
	dm_st32le(g + 8, (uint32_t)h->lo_inode);
	dm_st32le(g + 12, (uint32_t)h->lo_rdevice);
	dm_st32le(g + 16, (uint32_t)h->lo_offset);
	dm_st32le(g + 20, (uint32_t)h->lo_encrypt_type);
	dm_st32le(g + 24, (uint32_t)h->lo_encrypt_key_size);
	dm_st32le(g + 28, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 32 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 96 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st32le(g + 128 + i * 4, (uint32_t)h->lo_init[i]);
}

static const struct dm_field dm_x32_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 16, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 20, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 24, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 28, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 32, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 96, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 128, 8, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 136, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_loop_info = { "loop_info", 140, 4, 168, 0, 0, dm_x32_loop_info_to_host, dm_x32_loop_info_to_guest, dm_x32_loop_info_fields, 12 };

static void dm_x32_loop_info64_to_host(void *h, const void *g) { memcpy(h, g, 232); }
static void dm_x32_loop_info64_to_guest(void *g, const void *h) { memcpy(g, h, 232); }

static const struct dm_field dm_x32_loop_info64_fields[] = {
	{ "lo_device", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_sizelimit", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "lo_number", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "lo_encrypt_type", 44, 4, 44, 4, 1, 1, 0, NULL, NULL },
	{ "lo_encrypt_key_size", 48, 4, 48, 4, 1, 1, 0, NULL, NULL },
	{ "lo_flags", 52, 4, 52, 4, 1, 1, 0, NULL, NULL },
	{ "lo_file_name", 56, 64, 56, 64, 64, 64, 0, NULL, NULL },
	{ "lo_crypt_name", 120, 64, 120, 64, 64, 64, 0, NULL, NULL },
	{ "lo_encrypt_key", 184, 32, 184, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 216, 16, 216, 16, 2, 2, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_loop_info64 = { "loop_info64", 232, 8, 232, 0, 1, dm_x32_loop_info64_to_host, dm_x32_loop_info64_to_guest, dm_x32_loop_info64_fields, 13 };

static void dm_x32_mmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_mmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_x32_type_msghdr.to_host((char *)h + 0, g + 0);
	h->msg_len = dm_ld32le(g + 28);
}

static void dm_x32_mmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_x32_type_msghdr.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 28, (uint32_t)h->msg_len);
}

static const struct dm_field dm_x32_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 28, 0, 56, 1, 1, 0, &dm_x32_type_msghdr, NULL },
	{ "msg_len", 28, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_mmsghdr = { "mmsghdr", 32, 4, 64, 0, 0, dm_x32_mmsghdr_to_host, dm_x32_mmsghdr_to_guest, dm_x32_mmsghdr_fields, 2 };

static void dm_x32_mq_attr_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_x32_mq_attr_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_x32_mq_attr_fields[] = {
	{ "mq_flags", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 32, 32, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_mq_attr = { "mq_attr", 64, 8, 64, 0, 1, dm_x32_mq_attr_to_host, dm_x32_mq_attr_to_guest, dm_x32_mq_attr_fields, 5 };

static void dm_x32_msghdr_to_host(void *hv, const void *gv)
{
	struct dmh_msghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msg_name = dm_ld32le(g + 0);
	h->msg_namelen = dm_ld32le(g + 4);
	h->msg_iov = dm_ld32le(g + 8);
	h->msg_iovlen = dm_ld32le(g + 12);
	h->msg_control = dm_ld32le(g + 16);
	h->msg_controllen = dm_ld32le(g + 20);
	h->msg_flags = dm_ld32le(g + 24);
}

static void dm_x32_msghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_msghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32le(g + 0, (uint32_t)h->msg_name);
	dm_st32le(g + 4, (uint32_t)h->msg_namelen);
	dm_st32le(g + 8, (uint32_t)h->msg_iov);
	dm_st32le(g + 12, (uint32_t)h->msg_iovlen);
	dm_st32le(g + 16, (uint32_t)h->msg_control);
	dm_st32le(g + 20, (uint32_t)h->msg_controllen);
	dm_st32le(g + 24, (uint32_t)h->msg_flags);
}

static const struct dm_field dm_x32_msghdr_fields[] = {
	{ "msg_name", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 16, 4, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 24, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_msghdr = { "msghdr", 28, 4, 56, 0, 0, dm_x32_msghdr_to_host, dm_x32_msghdr_to_guest, dm_x32_msghdr_fields, 7 };

static void dm_x32_msginfo_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_msginfo_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_msginfo_fields[] = {
	{ "msgpool", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmap", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmax", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmnb", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmni", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgssz", 20, 4, 20, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgtql", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgseg", 28, 2, 28, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_msginfo = { "msginfo", 32, 4, 32, 0, 1, dm_x32_msginfo_to_host, dm_x32_msginfo_to_guest, dm_x32_msginfo_fields, 8 };

static void dm_x32_msqid64_ds_to_host(void *h, const void *g) { memcpy(h, g, 120); }
static void dm_x32_msqid64_ds_to_guest(void *g, const void *h) { memcpy(g, h, 120); }

static const struct dm_field dm_x32_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_x32_type_ipc64_perm, NULL },
	{ "msg_stime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_rtime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_ctime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_cbytes", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 96, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 100, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 104, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 112, 8, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 1, dm_x32_msqid64_ds_to_host, dm_x32_msqid64_ds_to_guest, dm_x32_msqid64_ds_fields, 11 };

static void dm_x32_pidfd_info_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_x32_pidfd_info_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_x32_pidfd_info_fields[] = {
	{ "mask", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cgroupid", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "pid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "tgid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "ppid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "ruid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "rgid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "euid", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "egid", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "suid", 44, 4, 44, 4, 1, 1, 0, NULL, NULL },
	{ "sgid", 48, 4, 48, 4, 1, 1, 0, NULL, NULL },
	{ "fsuid", 52, 4, 52, 4, 1, 1, 0, NULL, NULL },
	{ "fsgid", 56, 4, 56, 4, 1, 1, 0, NULL, NULL },
	{ "exit_code", 60, 4, 60, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "coredump_mask", 64, 4, 64, 4, 1, 1, 0, NULL, NULL },
	{ "coredump_signal", 68, 4, 68, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_pidfd_info = { "pidfd_info", 72, 8, 72, 0, 1, dm_x32_pidfd_info_to_host, dm_x32_pidfd_info_to_guest, dm_x32_pidfd_info_fields, 16 };

static void dm_x32_pollfd_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_pollfd_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_x32_set_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_x32_set_poll_events },
};
const struct dm_type dm_x32_type_pollfd = { "pollfd", 8, 4, 8, 0, 1, dm_x32_pollfd_to_host, dm_x32_pollfd_to_guest, dm_x32_pollfd_fields, 3 };

static void dm_x32_rlimit_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_rlimit_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_rlimit_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_rlimit = { "rlimit", 16, 8, 16, 0, 1, dm_x32_rlimit_to_host, dm_x32_rlimit_to_guest, dm_x32_rlimit_fields, 2 };

static void dm_x32_rlimit64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_rlimit64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_rlimit64_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_rlimit64 = { "rlimit64", 16, 8, 16, 0, 1, dm_x32_rlimit64_to_host, dm_x32_rlimit64_to_guest, dm_x32_rlimit64_fields, 2 };

static void dm_x32_robust_list_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->next = dm_ld32le(g + 0);
}

static void dm_x32_robust_list_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32le(g + 0, (uint32_t)h->next);
}

static const struct dm_field dm_x32_robust_list_fields[] = {
	{ "next", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_robust_list = { "robust_list", 4, 4, 8, 0, 0, dm_x32_robust_list_to_host, dm_x32_robust_list_to_guest, dm_x32_robust_list_fields, 1 };

static void dm_x32_robust_list_head_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list_head *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_x32_type_robust_list.to_host((char *)h + 0, g + 0);
	h->futex_offset = (int32_t)dm_ld32le(g + 4);
	h->list_op_pending = dm_ld32le(g + 8);
}

static void dm_x32_robust_list_head_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list_head *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_x32_type_robust_list.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 4, (uint32_t)h->futex_offset);
	dm_st32le(g + 8, (uint32_t)h->list_op_pending);
}

static const struct dm_field dm_x32_robust_list_head_fields[] = {
	{ "list", 0, 4, 0, 8, 1, 1, 0, &dm_x32_type_robust_list, NULL },
	{ "futex_offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_robust_list_head = { "robust_list_head", 12, 4, 24, 0, 0, dm_x32_robust_list_head_to_host, dm_x32_robust_list_head_to_guest, dm_x32_robust_list_head_fields, 3 };

static void dm_x32_rusage_to_host(void *h, const void *g) { memcpy(h, g, 144); }
static void dm_x32_rusage_to_guest(void *g, const void *h) { memcpy(g, h, 144); }

static const struct dm_field dm_x32_rusage_fields[] = {
	{ "ru_utime", 0, 16, 0, 16, 1, 1, 0, &dm_x32_type_timeval, NULL },
	{ "ru_stime", 16, 16, 16, 16, 1, 1, 0, &dm_x32_type_timeval, NULL },
	{ "ru_maxrss", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_ixrss", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_idrss", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_isrss", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_minflt", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_majflt", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nswap", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_inblock", 88, 8, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_oublock", 96, 8, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgsnd", 104, 8, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgrcv", 112, 8, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nsignals", 120, 8, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nvcsw", 128, 8, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nivcsw", 136, 8, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_rusage = { "rusage", 144, 8, 144, 0, 1, dm_x32_rusage_to_host, dm_x32_rusage_to_guest, dm_x32_rusage_fields, 16 };

static void dm_x32_sched_attr_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_x32_sched_attr_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_x32_sched_attr_fields[] = {
	{ "size", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "sched_policy", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "sched_flags", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "sched_nice", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sched_priority", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "sched_runtime", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "sched_deadline", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "sched_period", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "sched_util_min", 48, 4, 48, 4, 1, 1, 0, NULL, NULL },
	{ "sched_util_max", 52, 4, 52, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_sched_attr = { "sched_attr", 56, 8, 56, 0, 1, dm_x32_sched_attr_to_host, dm_x32_sched_attr_to_guest, dm_x32_sched_attr_fields, 10 };

static void dm_x32_sched_param_to_host(void *h, const void *g) { memcpy(h, g, 4); }
static void dm_x32_sched_param_to_guest(void *g, const void *h) { memcpy(g, h, 4); }

static const struct dm_field dm_x32_sched_param_fields[] = {
	{ "sched_priority", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_sched_param = { "sched_param", 4, 4, 4, 0, 1, dm_x32_sched_param_to_host, dm_x32_sched_param_to_guest, dm_x32_sched_param_fields, 1 };

static void dm_x32_sembuf_to_host(void *h, const void *g) { memcpy(h, g, 6); }
static void dm_x32_sembuf_to_guest(void *g, const void *h) { memcpy(g, h, 6); }

static const struct dm_field dm_x32_sembuf_fields[] = {
	{ "sem_num", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sem_op", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_flg", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_x32_set_sem_flags },
};
const struct dm_type dm_x32_type_sembuf = { "sembuf", 6, 2, 6, 0, 1, dm_x32_sembuf_to_host, dm_x32_sembuf_to_guest, dm_x32_sembuf_fields, 3 };

static void dm_x32_semid64_ds_to_host(void *h, const void *g) { memcpy(h, g, 104); }
static void dm_x32_semid64_ds_to_guest(void *g, const void *h) { memcpy(g, h, 104); }

static const struct dm_field dm_x32_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_x32_type_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused1", 56, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "sem_ctime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused2", 72, 8, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "sem_nsems", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 88, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 96, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_semid64_ds = { "semid64_ds", 104, 8, 104, 0, 1, dm_x32_semid64_ds_to_host, dm_x32_semid64_ds_to_guest, dm_x32_semid64_ds_fields, 8 };

static void dm_x32_seminfo_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_x32_seminfo_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_x32_seminfo_fields[] = {
	{ "semmap", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semmni", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semmns", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semmnu", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semmsl", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semopm", 20, 4, 20, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semume", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semusz", 28, 4, 28, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semvmx", 32, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "semaem", 36, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_seminfo = { "seminfo", 40, 4, 40, 0, 1, dm_x32_seminfo_to_host, dm_x32_seminfo_to_guest, dm_x32_seminfo_fields, 10 };

static void dm_x32_shm_info_to_host(void *h, const void *g) { memcpy(h, g, 48); }
static void dm_x32_shm_info_to_guest(void *g, const void *h) { memcpy(g, h, 48); }

static const struct dm_field dm_x32_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_shm_info = { "shm_info", 48, 8, 48, 0, 1, dm_x32_shm_info_to_host, dm_x32_shm_info_to_guest, dm_x32_shm_info_fields, 6 };

static void dm_x32_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_x32_type_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 48);
	h->shm_atime = dm_ld64le(g + 56);
	h->shm_dtime = dm_ld64le(g + 64);
	h->shm_ctime = dm_ld64le(g + 72);
	h->shm_cpid = dm_ld32le(g + 80);
	h->shm_lpid = dm_ld32le(g + 84);
	h->shm_nattch = dm_ld64le(g + 88);
}

static void dm_x32_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_x32_type_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 48, (uint32_t)h->shm_segsz);
	dm_st64le(g + 56, (uint64_t)h->shm_atime);
	dm_st64le(g + 64, (uint64_t)h->shm_dtime);
	dm_st64le(g + 72, (uint64_t)h->shm_ctime);
	dm_st32le(g + 80, (uint32_t)h->shm_cpid);
	dm_st32le(g + 84, (uint32_t)h->shm_lpid);
	dm_st64le(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_x32_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_x32_type_ipc64_perm, NULL },
	{ "shm_segsz", 48, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 104, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_x32_shmid64_ds_to_host, dm_x32_shmid64_ds_to_guest, dm_x32_shmid64_ds_fields, 10 };

static void dm_x32_shminfo64_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_x32_shminfo64_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_x32_shminfo64_fields[] = {
	{ "shmmax", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "shmmin", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shmmni", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shmseg", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "shmall", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 48, 8, 48, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused3", 56, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 64, 8, 64, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_shminfo64 = { "shminfo64", 72, 8, 72, 0, 1, dm_x32_shminfo64_to_host, dm_x32_shminfo64_to_guest, dm_x32_shminfo64_fields, 9 };

static void dm_x32_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 28); }
static void dm_x32_sifields_to_guest(void *g, const void *h) { memset(g, 0, 28); memcpy(g, h, 28); }

static const struct dm_field dm_x32_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_x32_type_siginfo_kill, NULL },
	{ "_timer", 0, 16, 0, 24, 1, 1, 0, &dm_x32_type_siginfo_timer, NULL },
	{ "_rt", 0, 12, 0, 16, 1, 1, 0, &dm_x32_type_siginfo_rt, NULL },
	{ "_sigchld", 0, 28, 0, 32, 1, 1, 0, &dm_x32_type_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 16, 0, 32, 1, 1, 0, &dm_x32_type_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_x32_type_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 12, 0, 16, 1, 1, 0, &dm_x32_type_siginfo_sigsys, NULL },
};
const struct dm_type dm_x32_type_sifields = { "sifields", 28, 4, 32, 1, 0, dm_x32_sifields_to_host, dm_x32_sifields_to_guest, dm_x32_sifields_fields, 7 };

static void dm_x32_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32le(g + 0);
	h->sa_flags = dm_ld32le(g + 4);
	h->sa_restorer = dm_ld32le(g + 8);
	dm_x32_type_sigset.to_host((char *)h + 24, g + 12);
}

static void dm_x32_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32le(g + 0, (uint32_t)h->sa_handler);
	dm_st32le(g + 4, (uint32_t)h->sa_flags);
	dm_st32le(g + 8, (uint32_t)h->sa_restorer);
	dm_x32_type_sigset.to_guest(g + 12, (const char *)h + 24);
}

static const struct dm_field dm_x32_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_x32_set_sigaction_flags },
	{ "sa_restorer", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 12, 8, 24, 8, 1, 1, 0, &dm_x32_type_sigset, NULL },
};
const struct dm_type dm_x32_type_sigaction = { "sigaction", 20, 4, 32, 0, 0, dm_x32_sigaction_to_host, dm_x32_sigaction_to_guest, dm_x32_sigaction_fields, 4 };

static void dm_x32_sigevent_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_x32_type_sigval.to_host((char *)h + 0, g + 0);
	h->sigev_signo = dm_ld32le(g + 4);
	h->sigev_notify = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 48);
}

static void dm_x32_sigevent_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_x32_type_sigval.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 4, (uint32_t)h->sigev_signo);
	dm_st32le(g + 8, (uint32_t)h->sigev_notify);
	memcpy(g + 12, (const char *)h + 16, 48);
}

static const struct dm_field dm_x32_sigevent_fields[] = {
	{ "sigev_value", 0, 4, 0, 8, 1, 1, 0, &dm_x32_type_sigval, NULL },
	{ "sigev_signo", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 12, 52, 16, 48, 1, 1, 0, &dm_x32_type_sigevent_un, NULL },
};
const struct dm_type dm_x32_type_sigevent = { "sigevent", 64, 4, 64, 0, 0, dm_x32_sigevent_to_host, dm_x32_sigevent_to_guest, dm_x32_sigevent_fields, 4 };

static void dm_x32_sigevent_thread_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent_thread *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_function = dm_ld32le(g + 0);
	h->_attribute = dm_ld32le(g + 4);
}

static void dm_x32_sigevent_thread_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent_thread *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->_function);
	dm_st32le(g + 4, (uint32_t)h->_attribute);
}

static const struct dm_field dm_x32_sigevent_thread_fields[] = {
	{ "_function", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 4, 4, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_sigevent_thread = { "sigevent_thread", 8, 4, 16, 0, 0, dm_x32_sigevent_thread_to_host, dm_x32_sigevent_thread_to_guest, dm_x32_sigevent_thread_fields, 2 };

static void dm_x32_sigevent_un_to_host(void *h, const void *g) { memset(h, 0, 48); memcpy(h, g, 48); }
static void dm_x32_sigevent_un_to_guest(void *g, const void *h) { memset(g, 0, 52); memcpy(g, h, 48); }

static const struct dm_field dm_x32_sigevent_un_fields[] = {
	{ "_pad", 0, 52, 0, 48, 13, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 8, 0, 16, 1, 1, 0, &dm_x32_type_sigevent_thread, NULL },
};
const struct dm_type dm_x32_type_sigevent_un = { "sigevent_un", 52, 4, 48, 1, 0, dm_x32_sigevent_un_to_host, dm_x32_sigevent_un_to_guest, dm_x32_sigevent_un_fields, 3 };

static void dm_x32_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_errno = dm_ld32le(g + 4);
	h->si_code = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 28);
}

static void dm_x32_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_errno);
	dm_st32le(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 28);
}

static const struct dm_field dm_x32_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_x32_set_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 28, 16, 32, 1, 1, 0, &dm_x32_type_sifields, NULL },
};
const struct dm_type dm_x32_type_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_x32_siginfo_to_host, dm_x32_siginfo_to_guest, dm_x32_siginfo_fields, 4 };

static void dm_x32_siginfo_kill_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_siginfo_kill_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_siginfo_kill_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_kill = { "siginfo_kill", 8, 4, 8, 0, 1, dm_x32_siginfo_kill_to_host, dm_x32_siginfo_kill_to_guest, dm_x32_siginfo_kill_fields, 2 };

static void dm_x32_siginfo_rt_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_rt *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32le(g + 0);
	h->_uid = dm_ld32le(g + 4);
	dm_x32_type_sigval.to_host((char *)h + 8, g + 8);
}

static void dm_x32_siginfo_rt_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_rt *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->_pid);
	dm_st32le(g + 4, (uint32_t)h->_uid);
	dm_x32_type_sigval.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_x32_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_x32_type_sigval, NULL },
};
const struct dm_type dm_x32_type_siginfo_rt = { "siginfo_rt", 12, 4, 16, 0, 0, dm_x32_siginfo_rt_to_host, dm_x32_siginfo_rt_to_guest, dm_x32_siginfo_rt_fields, 3 };

static void dm_x32_siginfo_sigchld_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigchld *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32le(g + 0);
	h->_uid = dm_ld32le(g + 4);
	h->_status = dm_ld32le(g + 8);
	h->_utime = dm_ld64le(g + 12);
	h->_stime = dm_ld64le(g + 20);
}

static void dm_x32_siginfo_sigchld_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigchld *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32le(g + 0, (uint32_t)h->_pid);
	dm_st32le(g + 4, (uint32_t)h->_uid);
	dm_st32le(g + 8, (uint32_t)h->_status);
	dm_st64le(g + 12, (uint64_t)h->_utime);
	dm_st64le(g + 20, (uint64_t)h->_stime);
}

static const struct dm_field dm_x32_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 12, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 20, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_sigchld = { "siginfo_sigchld", 28, 4, 32, 0, 0, dm_x32_siginfo_sigchld_to_host, dm_x32_siginfo_sigchld_to_guest, dm_x32_siginfo_sigchld_fields, 5 };

static void dm_x32_siginfo_sigfault_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigfault *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_addr = dm_ld32le(g + 0);
}

static void dm_x32_siginfo_sigfault_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigfault *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->_addr);
}

static const struct dm_field dm_x32_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_sigfault = { "siginfo_sigfault", 16, 4, 32, 0, 0, dm_x32_siginfo_sigfault_to_host, dm_x32_siginfo_sigfault_to_guest, dm_x32_siginfo_sigfault_fields, 1 };

static void dm_x32_siginfo_sigpoll_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigpoll *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_band = (int32_t)dm_ld32le(g + 0);
	h->_fd = dm_ld32le(g + 4);
}

static void dm_x32_siginfo_sigpoll_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigpoll *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->_band);
	dm_st32le(g + 4, (uint32_t)h->_fd);
}

static const struct dm_field dm_x32_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_sigpoll = { "siginfo_sigpoll", 8, 4, 16, 0, 0, dm_x32_siginfo_sigpoll_to_host, dm_x32_siginfo_sigpoll_to_guest, dm_x32_siginfo_sigpoll_fields, 2 };

static void dm_x32_siginfo_sigsys_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigsys *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_call_addr = dm_ld32le(g + 0);
	h->_syscall = dm_ld32le(g + 4);
	h->_arch = dm_ld32le(g + 8);
}

static void dm_x32_siginfo_sigsys_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigsys *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->_call_addr);
	dm_st32le(g + 4, (uint32_t)h->_syscall);
	dm_st32le(g + 8, (uint32_t)h->_arch);
}

static const struct dm_field dm_x32_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_sigsys = { "siginfo_sigsys", 12, 4, 16, 0, 0, dm_x32_siginfo_sigsys_to_host, dm_x32_siginfo_sigsys_to_guest, dm_x32_siginfo_sigsys_fields, 3 };

static void dm_x32_siginfo_timer_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_timer *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_tid = dm_ld32le(g + 0);
	h->_overrun = dm_ld32le(g + 4);
	dm_x32_type_sigval.to_host((char *)h + 8, g + 8);
	h->_sys_private = dm_ld32le(g + 12);
}

static void dm_x32_siginfo_timer_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_timer *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->_tid);
	dm_st32le(g + 4, (uint32_t)h->_overrun);
	dm_x32_type_sigval.to_guest(g + 8, (const char *)h + 8);
	dm_st32le(g + 12, (uint32_t)h->_sys_private);
}

static const struct dm_field dm_x32_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_x32_type_sigval, NULL },
	{ "_sys_private", 12, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_siginfo_timer = { "siginfo_timer", 16, 4, 24, 0, 0, dm_x32_siginfo_timer_to_host, dm_x32_siginfo_timer_to_guest, dm_x32_siginfo_timer_fields, 4 };

static void dm_x32_sigset_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_sigset_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_sigset = { "sigset", 8, 4, 8, 0, 1, dm_x32_sigset_to_host, dm_x32_sigset_to_guest, dm_x32_sigset_fields, 1 };

static void dm_x32_sigval_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32le(g); memset(h, 0, 8); memcpy(h, &v, 4); }
static void dm_x32_sigval_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); dm_st32le(g, (uint32_t)v); }

static const struct dm_field dm_x32_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_x32_type_sigval = { "sigval", 4, 4, 8, 1, 0, dm_x32_sigval_to_host, dm_x32_sigval_to_guest, dm_x32_sigval_fields, 2 };

static void dm_x32_sockaddr_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_sockaddr_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_sockaddr_fields[] = {
	{ "sa_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sa_data", 2, 14, 2, 14, 14, 14, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr = { "sockaddr", 16, 2, 16, 0, 1, dm_x32_sockaddr_to_host, dm_x32_sockaddr_to_guest, dm_x32_sockaddr_fields, 2 };

static void dm_x32_sockaddr_in_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_sockaddr_in_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_sockaddr_in_fields[] = {
	{ "sin_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin_addr", 4, 4, 4, 4, 1, 1, 0, &dm_x32_type_in_addr, NULL },
	{ "__pad", 8, 8, 8, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr_in = { "sockaddr_in", 16, 4, 16, 0, 1, dm_x32_sockaddr_in_to_host, dm_x32_sockaddr_in_to_guest, dm_x32_sockaddr_in_fields, 4 };

static void dm_x32_sockaddr_in6_to_host(void *h, const void *g) { memcpy(h, g, 28); }
static void dm_x32_sockaddr_in6_to_guest(void *g, const void *h) { memcpy(g, h, 28); }

static const struct dm_field dm_x32_sockaddr_in6_fields[] = {
	{ "sin6_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_flowinfo", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "sin6_addr", 8, 16, 8, 16, 1, 1, 0, &dm_x32_type_in6_addr, NULL },
	{ "sin6_scope_id", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr_in6 = { "sockaddr_in6", 28, 4, 28, 0, 1, dm_x32_sockaddr_in6_to_host, dm_x32_sockaddr_in6_to_guest, dm_x32_sockaddr_in6_fields, 5 };

static void dm_x32_sockaddr_nl_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_x32_sockaddr_nl_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_x32_sockaddr_nl_fields[] = {
	{ "nl_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "nl_pad", 2, 2, 2, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "nl_pid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "nl_groups", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr_nl = { "sockaddr_nl", 12, 4, 12, 0, 1, dm_x32_sockaddr_nl_to_host, dm_x32_sockaddr_nl_to_guest, dm_x32_sockaddr_nl_fields, 4 };

static void dm_x32_sockaddr_storage_to_host(void *h, const void *g) { memcpy(h, g, 128); }
static void dm_x32_sockaddr_storage_to_guest(void *g, const void *h) { memcpy(g, h, 128); }

static const struct dm_field dm_x32_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr_storage = { "sockaddr_storage", 128, 4, 128, 0, 1, dm_x32_sockaddr_storage_to_host, dm_x32_sockaddr_storage_to_guest, dm_x32_sockaddr_storage_fields, 2 };

static void dm_x32_sockaddr_un_to_host(void *h, const void *g) { memcpy(h, g, 110); }
static void dm_x32_sockaddr_un_to_guest(void *g, const void *h) { memcpy(g, h, 110); }

static const struct dm_field dm_x32_sockaddr_un_fields[] = {
	{ "sun_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sun_path", 2, 108, 2, 108, 108, 108, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_sockaddr_un = { "sockaddr_un", 110, 2, 110, 0, 1, dm_x32_sockaddr_un_to_host, dm_x32_sockaddr_un_to_guest, dm_x32_sockaddr_un_fields, 2 };

static void dm_x32_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32le(g + 0);
	h->ss_flags = dm_ld32le(g + 4);
	h->ss_size = dm_ld32le(g + 8);
}

static void dm_x32_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->ss_sp);
	dm_st32le(g + 4, (uint32_t)h->ss_flags);
	dm_st32le(g + 8, (uint32_t)h->ss_size);
}

static const struct dm_field dm_x32_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_x32_set_sigaltstack_flags },
	{ "ss_size", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_stack_t = { "stack_t", 12, 4, 24, 0, 0, dm_x32_stack_t_to_host, dm_x32_stack_t_to_guest, dm_x32_stack_t_fields, 3 };

static void dm_x32_stat_to_host(void *h, const void *g) { memcpy(h, g, 144); }
static void dm_x32_stat_to_guest(void *g, const void *h) { memcpy(g, h, 144); }

static const struct dm_field dm_x32_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_x32_set_stat_mode },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "__pad0", 36, 4, 36, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_rdev", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 96, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 104, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 112, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused", 120, 24, 120, 24, 3, 3, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_stat = { "stat", 144, 8, 144, 0, 1, dm_x32_stat_to_host, dm_x32_stat_to_guest, dm_x32_stat_fields, 18 };

static void dm_x32_statfs_to_host(void *h, const void *g) { memcpy(h, g, 120); }
static void dm_x32_statfs_to_guest(void *g, const void *h) { memcpy(g, h, 120); }

static const struct dm_field dm_x32_statfs_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_x32_type_fsid, NULL },
	{ "f_namelen", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 32, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_statfs = { "statfs", 120, 8, 120, 0, 1, dm_x32_statfs_to_host, dm_x32_statfs_to_guest, dm_x32_statfs_fields, 12 };

static void dm_x32_statx_to_host(void *h, const void *g) { memcpy(h, g, 256); }
static void dm_x32_statx_to_guest(void *g, const void *h) { memcpy(g, h, 256); }

static const struct dm_field dm_x32_statx_fields[] = {
	{ "stx_mask", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "stx_blksize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "stx_attributes", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "stx_nlink", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "stx_uid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "stx_gid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mode", 28, 2, 28, 2, 1, 1, 0, NULL, &dm_x32_set_stat_mode },
	{ "__spare0", 30, 2, 30, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "stx_ino", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "stx_size", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "stx_blocks", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "stx_attributes_mask", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "stx_atime", 64, 16, 64, 16, 1, 1, 0, &dm_x32_type_statx_timestamp, NULL },
	{ "stx_btime", 80, 16, 80, 16, 1, 1, 0, &dm_x32_type_statx_timestamp, NULL },
	{ "stx_ctime", 96, 16, 96, 16, 1, 1, 0, &dm_x32_type_statx_timestamp, NULL },
	{ "stx_mtime", 112, 16, 112, 16, 1, 1, 0, &dm_x32_type_statx_timestamp, NULL },
	{ "stx_rdev_major", 128, 4, 128, 4, 1, 1, 0, NULL, NULL },
	{ "stx_rdev_minor", 132, 4, 132, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_major", 136, 4, 136, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_minor", 140, 4, 140, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mnt_id", 144, 8, 144, 8, 1, 1, 0, NULL, NULL },
	{ "stx_dio_mem_align", 152, 4, 152, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dio_offset_align", 156, 4, 156, 4, 1, 1, 0, NULL, NULL },
	{ "__spare3", 160, 96, 160, 96, 12, 12, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_statx = { "statx", 256, 8, 256, 0, 1, dm_x32_statx_to_host, dm_x32_statx_to_guest, dm_x32_statx_fields, 24 };

static void dm_x32_statx_timestamp_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_statx_timestamp_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_statx_timestamp_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "__reserved", 12, 4, 12, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_statx_timestamp = { "statx_timestamp", 16, 8, 16, 0, 1, dm_x32_statx_timestamp_to_host, dm_x32_statx_timestamp_to_guest, dm_x32_statx_timestamp_fields, 3 };

static void dm_x32_sysinfo_to_host(void *h, const void *g) { memcpy(h, g, 112); }
static void dm_x32_sysinfo_to_guest(void *g, const void *h) { memcpy(g, h, 112); }

static const struct dm_field dm_x32_sysinfo_fields[] = {
	{ "uptime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "loads", 8, 24, 8, 24, 3, 3, 0, NULL, NULL },
	{ "totalram", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "freeram", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "sharedram", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "bufferram", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "totalswap", 64, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "freeswap", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "procs", 80, 2, 80, 2, 1, 1, 0, NULL, NULL },
	{ "pad", 82, 2, 82, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "totalhigh", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "freehigh", 96, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "mem_unit", 104, 4, 104, 4, 1, 1, 0, NULL, NULL },
	{ "_f", 108, 0, 108, 0, 0, 0, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_x32_type_sysinfo = { "sysinfo", 112, 8, 112, 0, 1, dm_x32_sysinfo_to_host, dm_x32_sysinfo_to_guest, dm_x32_sysinfo_fields, 14 };

static void dm_x32_termio_to_host(void *h, const void *g) { memcpy(h, g, 18); }
static void dm_x32_termio_to_guest(void *g, const void *h) { memcpy(g, h, 18); }

static const struct dm_field dm_x32_termio_fields[] = {
	{ "c_iflag", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
	{ "c_line", 8, 1, 8, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 9, 8, 9, 8, 8, 8, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_termio = { "termio", 18, 2, 18, 0, 1, dm_x32_termio_to_host, dm_x32_termio_to_guest, dm_x32_termio_fields, 6 };

static void dm_x32_termios_to_host(void *h, const void *g) { memcpy(h, g, 36); }
static void dm_x32_termios_to_guest(void *g, const void *h) { memcpy(g, h, 36); }

static const struct dm_field dm_x32_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_termios = { "termios", 36, 4, 36, 0, 1, dm_x32_termios_to_host, dm_x32_termios_to_guest, dm_x32_termios_fields, 6 };

static void dm_x32_termios2_to_host(void *h, const void *g) { memcpy(h, g, 44); }
static void dm_x32_termios2_to_guest(void *g, const void *h) { memcpy(g, h, 44); }

static const struct dm_field dm_x32_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_termios2 = { "termios2", 44, 4, 44, 0, 1, dm_x32_termios2_to_host, dm_x32_termios2_to_guest, dm_x32_termios2_fields, 8 };

static void dm_x32_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64le(g + 0);
	h->tv_nsec = (int32_t)dm_ld32le(g + 8);
}

static void dm_x32_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64le(g + 0, (uint64_t)h->tv_sec);
	dm_st32le(g + 8, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_x32_timespec_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timespec = { "timespec", 16, 8, 16, 0, 0, dm_x32_timespec_to_host, dm_x32_timespec_to_guest, dm_x32_timespec_fields, 2 };

static void dm_x32_timespec64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_timespec64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_timespec64_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timespec64 = { "timespec64", 16, 8, 16, 0, 1, dm_x32_timespec64_to_host, dm_x32_timespec64_to_guest, dm_x32_timespec64_fields, 2 };

static void dm_x32_timeval_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_timeval_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timeval = { "timeval", 16, 8, 16, 0, 1, dm_x32_timeval_to_host, dm_x32_timeval_to_guest, dm_x32_timeval_fields, 2 };

static void dm_x32_timex_to_host(void *h, const void *g) { memcpy(h, g, 208); }
static void dm_x32_timex_to_guest(void *g, const void *h) { memcpy(g, h, 208); }

static const struct dm_field dm_x32_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_x32_type_timeval, NULL },
	{ "tick", 88, 8, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ppsfreq", 96, 8, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitter", 104, 8, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shift", 112, 4, 112, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stabil", 120, 8, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitcnt", 128, 8, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "calcnt", 136, 8, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "errcnt", 144, 8, 144, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stbcnt", 152, 8, 152, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tai", 160, 4, 160, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timex = { "timex", 208, 8, 208, 0, 1, dm_x32_timex_to_host, dm_x32_timex_to_guest, dm_x32_timex_fields, 20 };

static void dm_x32_timex64_to_host(void *h, const void *g) { memcpy(h, g, 208); }
static void dm_x32_timex64_to_guest(void *g, const void *h) { memcpy(g, h, 208); }

static const struct dm_field dm_x32_timex64_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "__unnamed_pad0", 4, 4, 4, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unnamed_pad1", 44, 4, 44, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "constant", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_x32_type_timex_timeval, NULL },
	{ "tick", 88, 8, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ppsfreq", 96, 8, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitter", 104, 8, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shift", 112, 4, 112, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unnamed_pad2", 116, 4, 116, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "stabil", 120, 8, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitcnt", 128, 8, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "calcnt", 136, 8, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "errcnt", 144, 8, 144, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stbcnt", 152, 8, 152, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tai", 160, 4, 160, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timex64 = { "timex64", 208, 8, 208, 0, 1, dm_x32_timex64_to_host, dm_x32_timex64_to_guest, dm_x32_timex64_fields, 23 };

static void dm_x32_timex_timeval_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_timex_timeval_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_timex_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timex_timeval = { "timex_timeval", 16, 8, 16, 0, 1, dm_x32_timex_timeval_to_host, dm_x32_timex_timeval_to_guest, dm_x32_timex_timeval_fields, 2 };

static void dm_x32_timezone_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_timezone_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_timezone_fields[] = {
	{ "tz_minuteswest", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tz_dsttime", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_timezone = { "timezone", 8, 4, 8, 0, 1, dm_x32_timezone_to_host, dm_x32_timezone_to_guest, dm_x32_timezone_fields, 2 };

static void dm_x32_tms_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x32_tms_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x32_tms_fields[] = {
	{ "tms_utime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_tms = { "tms", 32, 8, 32, 0, 1, dm_x32_tms_to_host, dm_x32_tms_to_guest, dm_x32_tms_fields, 4 };

static void dm_x32_ucred_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_x32_ucred_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_x32_ucred_fields[] = {
	{ "pid", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_ucred = { "ucred", 12, 4, 12, 0, 1, dm_x32_ucred_to_host, dm_x32_ucred_to_guest, dm_x32_ucred_fields, 3 };

static void dm_x32_user_cap_data_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_x32_user_cap_data_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_x32_user_cap_data_fields[] = {
	{ "effective", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "permitted", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "inheritable", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_user_cap_data = { "user_cap_data", 12, 4, 12, 0, 1, dm_x32_user_cap_data_to_host, dm_x32_user_cap_data_to_guest, dm_x32_user_cap_data_fields, 3 };

static void dm_x32_user_cap_header_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_user_cap_header_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_user_cap_header_fields[] = {
	{ "version", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "pid", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_user_cap_header = { "user_cap_header", 8, 4, 8, 0, 1, dm_x32_user_cap_header_to_host, dm_x32_user_cap_header_to_guest, dm_x32_user_cap_header_fields, 2 };

static void dm_x32_utimbuf_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x32_utimbuf_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x32_utimbuf_fields[] = {
	{ "actime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_utimbuf = { "utimbuf", 16, 8, 16, 0, 1, dm_x32_utimbuf_to_host, dm_x32_utimbuf_to_guest, dm_x32_utimbuf_fields, 2 };

static void dm_x32_utsname_to_host(void *h, const void *g) { memcpy(h, g, 390); }
static void dm_x32_utsname_to_guest(void *g, const void *h) { memcpy(g, h, 390); }

static const struct dm_field dm_x32_utsname_fields[] = {
	{ "sysname", 0, 65, 0, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "nodename", 65, 65, 65, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "release", 130, 65, 130, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "version", 195, 65, 195, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "machine", 260, 65, 260, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "domainname", 325, 65, 325, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_x32_type_utsname = { "utsname", 390, 1, 390, 0, 1, dm_x32_utsname_to_host, dm_x32_utsname_to_guest, dm_x32_utsname_fields, 6 };

static void dm_x32_winsize_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x32_winsize_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x32_winsize_fields[] = {
	{ "ws_row", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "ws_col", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "ws_xpixel", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "ws_ypixel", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_x32_type_winsize = { "winsize", 8, 2, 8, 0, 1, dm_x32_winsize_to_host, dm_x32_winsize_to_guest, dm_x32_winsize_fields, 4 };

const struct dm_type *const dm_x32_types[DM_NTYPES] = {
	[DM_T_clone_args] = &dm_x32_type_clone_args,
	[DM_T_cmsghdr] = &dm_x32_type_cmsghdr,
	[DM_T_dirent64] = &dm_x32_type_dirent64,
	[DM_T_epoll_event] = &dm_x32_type_epoll_event,
	[DM_T_fiemap] = &dm_x32_type_fiemap,
	[DM_T_fiemap_extent] = &dm_x32_type_fiemap_extent,
	[DM_T_file_clone_range] = &dm_x32_type_file_clone_range,
	[DM_T_file_dedupe_range] = &dm_x32_type_file_dedupe_range,
	[DM_T_file_dedupe_range_info] = &dm_x32_type_file_dedupe_range_info,
	[DM_T_flock] = &dm_x32_type_flock,
	[DM_T_flock64] = &dm_x32_type_flock64,
	[DM_T_fsid] = &dm_x32_type_fsid,
	[DM_T_fstrim_range] = &dm_x32_type_fstrim_range,
	[DM_T_fsxattr] = &dm_x32_type_fsxattr,
	[DM_T_if_dqblk] = &dm_x32_type_if_dqblk,
	[DM_T_if_dqinfo] = &dm_x32_type_if_dqinfo,
	[DM_T_if_nextdqblk] = &dm_x32_type_if_nextdqblk,
	[DM_T_if_settings] = &dm_x32_type_if_settings,
	[DM_T_if_settings_ifsu] = &dm_x32_type_if_settings_ifsu,
	[DM_T_ifconf] = &dm_x32_type_ifconf,
	[DM_T_ifconf_ifcu] = &dm_x32_type_ifconf_ifcu,
	[DM_T_ifmap] = &dm_x32_type_ifmap,
	[DM_T_ifreq] = &dm_x32_type_ifreq,
	[DM_T_ifreq_ifrn] = &dm_x32_type_ifreq_ifrn,
	[DM_T_ifreq_ifru] = &dm_x32_type_ifreq_ifru,
	[DM_T_in6_addr] = &dm_x32_type_in6_addr,
	[DM_T_in6_addr_u] = &dm_x32_type_in6_addr_u,
	[DM_T_in_addr] = &dm_x32_type_in_addr,
	[DM_T_io_event] = &dm_x32_type_io_event,
	[DM_T_iocb] = &dm_x32_type_iocb,
	[DM_T_iovec] = &dm_x32_type_iovec,
	[DM_T_ipc64_perm] = &dm_x32_type_ipc64_perm,
	[DM_T_itimerspec] = &dm_x32_type_itimerspec,
	[DM_T_itimerspec64] = &dm_x32_type_itimerspec64,
	[DM_T_itimerval] = &dm_x32_type_itimerval,
	[DM_T_kexec_segment] = &dm_x32_type_kexec_segment,
	[DM_T_linger] = &dm_x32_type_linger,
	[DM_T_loop_config] = &dm_x32_type_loop_config,
	[DM_T_loop_info] = &dm_x32_type_loop_info,
	[DM_T_loop_info64] = &dm_x32_type_loop_info64,
	[DM_T_mmsghdr] = &dm_x32_type_mmsghdr,
	[DM_T_mq_attr] = &dm_x32_type_mq_attr,
	[DM_T_msghdr] = &dm_x32_type_msghdr,
	[DM_T_msginfo] = &dm_x32_type_msginfo,
	[DM_T_msqid64_ds] = &dm_x32_type_msqid64_ds,
	[DM_T_pidfd_info] = &dm_x32_type_pidfd_info,
	[DM_T_pollfd] = &dm_x32_type_pollfd,
	[DM_T_rlimit] = &dm_x32_type_rlimit,
	[DM_T_rlimit64] = &dm_x32_type_rlimit64,
	[DM_T_robust_list] = &dm_x32_type_robust_list,
	[DM_T_robust_list_head] = &dm_x32_type_robust_list_head,
	[DM_T_rusage] = &dm_x32_type_rusage,
	[DM_T_sched_attr] = &dm_x32_type_sched_attr,
	[DM_T_sched_param] = &dm_x32_type_sched_param,
	[DM_T_sembuf] = &dm_x32_type_sembuf,
	[DM_T_semid64_ds] = &dm_x32_type_semid64_ds,
	[DM_T_seminfo] = &dm_x32_type_seminfo,
	[DM_T_shm_info] = &dm_x32_type_shm_info,
	[DM_T_shmid64_ds] = &dm_x32_type_shmid64_ds,
	[DM_T_shminfo64] = &dm_x32_type_shminfo64,
	[DM_T_sifields] = &dm_x32_type_sifields,
	[DM_T_sigaction] = &dm_x32_type_sigaction,
	[DM_T_sigevent] = &dm_x32_type_sigevent,
	[DM_T_sigevent_thread] = &dm_x32_type_sigevent_thread,
	[DM_T_sigevent_un] = &dm_x32_type_sigevent_un,
	[DM_T_siginfo] = &dm_x32_type_siginfo,
	[DM_T_siginfo_kill] = &dm_x32_type_siginfo_kill,
	[DM_T_siginfo_rt] = &dm_x32_type_siginfo_rt,
	[DM_T_siginfo_sigchld] = &dm_x32_type_siginfo_sigchld,
	[DM_T_siginfo_sigfault] = &dm_x32_type_siginfo_sigfault,
	[DM_T_siginfo_sigpoll] = &dm_x32_type_siginfo_sigpoll,
	[DM_T_siginfo_sigsys] = &dm_x32_type_siginfo_sigsys,
	[DM_T_siginfo_timer] = &dm_x32_type_siginfo_timer,
	[DM_T_sigset] = &dm_x32_type_sigset,
	[DM_T_sigval] = &dm_x32_type_sigval,
	[DM_T_sockaddr] = &dm_x32_type_sockaddr,
	[DM_T_sockaddr_in] = &dm_x32_type_sockaddr_in,
	[DM_T_sockaddr_in6] = &dm_x32_type_sockaddr_in6,
	[DM_T_sockaddr_nl] = &dm_x32_type_sockaddr_nl,
	[DM_T_sockaddr_storage] = &dm_x32_type_sockaddr_storage,
	[DM_T_sockaddr_un] = &dm_x32_type_sockaddr_un,
	[DM_T_stack_t] = &dm_x32_type_stack_t,
	[DM_T_stat] = &dm_x32_type_stat,
	[DM_T_statfs] = &dm_x32_type_statfs,
	[DM_T_statx] = &dm_x32_type_statx,
	[DM_T_statx_timestamp] = &dm_x32_type_statx_timestamp,
	[DM_T_sysinfo] = &dm_x32_type_sysinfo,
	[DM_T_termio] = &dm_x32_type_termio,
	[DM_T_termios] = &dm_x32_type_termios,
	[DM_T_termios2] = &dm_x32_type_termios2,
	[DM_T_timespec] = &dm_x32_type_timespec,
	[DM_T_timespec64] = &dm_x32_type_timespec64,
	[DM_T_timeval] = &dm_x32_type_timeval,
	[DM_T_timex] = &dm_x32_type_timex,
	[DM_T_timex64] = &dm_x32_type_timex64,
	[DM_T_timex_timeval] = &dm_x32_type_timex_timeval,
	[DM_T_timezone] = &dm_x32_type_timezone,
	[DM_T_tms] = &dm_x32_type_tms,
	[DM_T_ucred] = &dm_x32_type_ucred,
	[DM_T_user_cap_data] = &dm_x32_type_user_cap_data,
	[DM_T_user_cap_header] = &dm_x32_type_user_cap_header,
	[DM_T_utimbuf] = &dm_x32_type_utimbuf,
	[DM_T_utsname] = &dm_x32_type_utsname,
	[DM_T_winsize] = &dm_x32_type_winsize,
};
