/* generated from specs/types (each distinct layout once) by gen/generate.lua; do not edit */
#include <string.h>
#include "emu/abi/abi.h"
#include "emu/abi/bytes.h"
#include "generated/host_types.h"
#include "generated/shared/consts.h"
#include "generated/shared/types.h"

/* aarch64 */
static const struct dm_field dm_type0_aarch64_ctx_fields[] = {
	{ "magic", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_aarch64_ctx = { "aarch64_ctx", 8, 4, 0, 0, 0, NULL, NULL, dm_type0_aarch64_ctx_fields, 2 };

/* arm */
static const struct dm_field dm_type0_arm_ucontext_fields[] = {
	{ "uc_flags", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "uc_link", 4, 4, -1, 0, 1, 1, DM_F_PTR, NULL, NULL },
	{ "uc_stack", 8, 12, -1, 0, 1, 1, 0, &dm_type1_stack_t, NULL },
	{ "uc_mcontext", 20, 84, -1, 0, 1, 1, 0, &dm_type1_sigcontext, NULL },
	{ "uc_sigmask", 104, 8, -1, 0, 1, 1, 0, &dm_type1_sigset, NULL },
	{ "__unused", 112, 120, -1, 0, 120, 1, DM_F_PAD, NULL, NULL },
	{ "uc_regspace", 232, 512, -1, 0, 128, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_arm_ucontext = { "arm_ucontext", 744, 8, 0, 0, 0, NULL, NULL, dm_type0_arm_ucontext_fields, 7 };

/* aarch64 arc i386 ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_clone_args_to_host(void *h, const void *g) { memcpy(h, g, 88); }
static void dm_type0_clone_args_to_guest(void *g, const void *h) { memcpy(g, h, 88); }

static const struct dm_field dm_type0_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set0_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_clone_args = { "clone_args", 88, 8, 88, 0, 1, dm_type0_clone_args_to_host, dm_type0_clone_args_to_guest, dm_type0_clone_args_fields, 11 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_cmsghdr_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_cmsghdr_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_cmsghdr = { "cmsghdr", 16, 8, 16, 0, 1, dm_type0_cmsghdr_to_host, dm_type0_cmsghdr_to_guest, dm_type0_cmsghdr_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_dirent64_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_dirent64_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_dirent64_fields[] = {
	{ "d_ino", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "d_off", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "d_reclen", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "d_type", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "d_name", 19, 0, 19, 0, 0, 0, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_dirent64 = { "dirent64", 24, 8, 24, 0, 1, dm_type0_dirent64_to_host, dm_type0_dirent64_to_guest, dm_type0_dirent64_fields, 5 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 */
static void dm_type0_epoll_event_to_host(void *hv, const void *gv)
{
	struct dmh_epoll_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->events = dm_ld32le(g + 0);
	h->data = dm_ld64le(g + 8);
}

static void dm_type0_epoll_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_epoll_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->events);
	dm_st64le(g + 8, (uint64_t)h->data);
}

static const struct dm_field dm_type0_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_set0_epoll_events },
	{ "data", 8, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_epoll_event = { "epoll_event", 16, 8, 12, 0, 0, dm_type0_epoll_event_to_host, dm_type0_epoll_event_to_guest, dm_type0_epoll_event_fields, 2 };

/* aarch64 */
static const struct dm_field dm_type0_esr_context_fields[] = {
	{ "head", 0, 8, -1, 0, 1, 1, 0, &dm_type0_aarch64_ctx, NULL },
	{ "esr", 8, 8, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_esr_context = { "esr_context", 16, 8, 0, 0, 0, NULL, NULL, dm_type0_esr_context_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_fiemap_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_fiemap_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_fiemap_fields[] = {
	{ "fm_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fm_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fm_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fm_mapped_extents", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "fm_extent_count", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "fm_reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fm_extents", 32, 0, 32, 0, 0, 0, 0, &dm_type0_fiemap_extent, NULL },
};
const struct dm_type dm_type0_fiemap = { "fiemap", 32, 8, 32, 0, 1, dm_type0_fiemap_to_host, dm_type0_fiemap_to_guest, dm_type0_fiemap_fields, 7 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_fiemap_extent_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_type0_fiemap_extent_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_type0_fiemap_extent_fields[] = {
	{ "fe_logical", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fe_physical", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fe_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "fe_reserved64", 24, 16, 24, 16, 2, 2, DM_F_PAD, NULL, NULL },
	{ "fe_flags", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "fe_reserved", 44, 12, 44, 12, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_fiemap_extent = { "fiemap_extent", 56, 8, 56, 0, 1, dm_type0_fiemap_extent_to_host, dm_type0_fiemap_extent_to_guest, dm_type0_fiemap_extent_fields, 6 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_file_clone_range_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_file_clone_range_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_file_clone_range_fields[] = {
	{ "src_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "src_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dest_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_file_clone_range = { "file_clone_range", 32, 8, 32, 0, 1, dm_type0_file_clone_range_to_host, dm_type0_file_clone_range_to_guest, dm_type0_file_clone_range_fields, 4 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_file_dedupe_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_file_dedupe_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_file_dedupe_range_fields[] = {
	{ "src_offset", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dest_count", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "reserved1", 18, 2, 18, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "reserved2", 20, 4, 20, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "info", 24, 0, 24, 0, 0, 0, 0, &dm_type0_file_dedupe_range_info, NULL },
};
const struct dm_type dm_type0_file_dedupe_range = { "file_dedupe_range", 24, 8, 24, 0, 1, dm_type0_file_dedupe_range_to_host, dm_type0_file_dedupe_range_to_guest, dm_type0_file_dedupe_range_fields, 6 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_file_dedupe_range_info_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_file_dedupe_range_info_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_file_dedupe_range_info_fields[] = {
	{ "dest_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "dest_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "bytes_deduped", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "status", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_file_dedupe_range_info = { "file_dedupe_range_info", 32, 8, 32, 0, 1, dm_type0_file_dedupe_range_info_to_host, dm_type0_file_dedupe_range_info_to_guest, dm_type0_file_dedupe_range_info_fields, 5 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_flock_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_flock_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_flock = { "flock", 32, 8, 32, 0, 1, dm_type0_flock_to_host, dm_type0_flock_to_guest, dm_type0_flock_fields, 5 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_flock64_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_flock64_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_flock64 = { "flock64", 32, 8, 32, 0, 1, dm_type0_flock64_to_host, dm_type0_flock64_to_guest, dm_type0_flock64_fields, 5 };

/* aarch64 */
static const struct dm_field dm_type0_fpsimd_context_fields[] = {
	{ "head", 0, 8, -1, 0, 1, 1, 0, &dm_type0_aarch64_ctx, NULL },
	{ "fpsr", 8, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "fpcr", 12, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "vregs", 16, 512, -1, 0, 32, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_fpsimd_context = { "fpsimd_context", 528, 16, 0, 0, 0, NULL, NULL, dm_type0_fpsimd_context_fields, 4 };

/* aarch64 */
static const struct dm_field dm_type0_frame_record_fields[] = {
	{ "fp", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "lr", 8, 8, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_frame_record = { "frame_record", 16, 8, 0, 0, 0, NULL, NULL, dm_type0_frame_record_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_fsid_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_fsid_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_fsid_fields[] = {
	{ "val", 0, 8, 0, 8, 2, 2, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_fsid = { "fsid", 8, 4, 8, 0, 1, dm_type0_fsid_to_host, dm_type0_fsid_to_guest, dm_type0_fsid_fields, 1 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_fstrim_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_fstrim_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_fstrim_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "minlen", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_fstrim_range = { "fstrim_range", 24, 8, 24, 0, 1, dm_type0_fstrim_range_to_host, dm_type0_fstrim_range_to_guest, dm_type0_fstrim_range_fields, 3 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_fsxattr_to_host(void *h, const void *g) { memcpy(h, g, 28); }
static void dm_type0_fsxattr_to_guest(void *g, const void *h) { memcpy(g, h, 28); }

static const struct dm_field dm_type0_fsxattr_fields[] = {
	{ "fsx_xflags", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_extsize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_nextents", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_projid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_cowextsize", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_pad", 20, 8, 20, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_fsxattr = { "fsxattr", 28, 4, 28, 0, 1, dm_type0_fsxattr_to_host, dm_type0_fsxattr_to_guest, dm_type0_fsxattr_fields, 6 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_if_dqblk_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type0_if_dqblk_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type0_if_dqblk_fields[] = {
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
const struct dm_type dm_type0_if_dqblk = { "if_dqblk", 72, 8, 72, 0, 1, dm_type0_if_dqblk_to_host, dm_type0_if_dqblk_to_guest, dm_type0_if_dqblk_fields, 9 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_if_dqinfo_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_if_dqinfo_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_if_dqinfo_fields[] = {
	{ "dqi_bgrace", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_igrace", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "dqi_valid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_if_dqinfo = { "if_dqinfo", 24, 8, 24, 0, 1, dm_type0_if_dqinfo_to_host, dm_type0_if_dqinfo_to_guest, dm_type0_if_dqinfo_fields, 4 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_if_nextdqblk_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type0_if_nextdqblk_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type0_if_nextdqblk_fields[] = {
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
const struct dm_type dm_type0_if_nextdqblk = { "if_nextdqblk", 72, 8, 72, 0, 1, dm_type0_if_nextdqblk_to_host, dm_type0_if_nextdqblk_to_guest, dm_type0_if_nextdqblk_fields, 10 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_if_settings_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_if_settings_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 8, 8, 8, 1, 1, 0, &dm_type0_if_settings_ifsu, NULL },
};
const struct dm_type dm_type0_if_settings = { "if_settings", 16, 8, 16, 0, 1, dm_type0_if_settings_to_host, dm_type0_if_settings_to_guest, dm_type0_if_settings_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_if_settings_ifsu_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_if_settings_ifsu_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_if_settings_ifsu_fields[] = {
	{ "raw_hdlc", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "cisco", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc_info", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "x25", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sync", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "te1", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_if_settings_ifsu = { "if_settings_ifsu", 8, 8, 8, 1, 1, dm_type0_if_settings_ifsu_to_host, dm_type0_if_settings_ifsu_to_guest, dm_type0_if_settings_ifsu_fields, 8 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifconf_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_ifconf_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 8, 8, 8, 8, 1, 1, 0, &dm_type0_ifconf_ifcu, NULL },
};
const struct dm_type dm_type0_ifconf = { "ifconf", 16, 8, 16, 0, 1, dm_type0_ifconf_to_host, dm_type0_ifconf_to_guest, dm_type0_ifconf_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifconf_ifcu_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_ifconf_ifcu_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_ifconf_ifcu = { "ifconf_ifcu", 8, 8, 8, 1, 1, dm_type0_ifconf_ifcu_to_host, dm_type0_ifconf_ifcu_to_guest, dm_type0_ifconf_ifcu_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifmap_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_ifmap_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_ifmap_fields[] = {
	{ "mem_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 19, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 20, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_ifmap = { "ifmap", 24, 8, 24, 0, 1, dm_type0_ifmap_to_host, dm_type0_ifmap_to_guest, dm_type0_ifmap_fields, 6 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_ifreq_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type0_ifreq_ifru, NULL },
};
const struct dm_type dm_type0_ifreq = { "ifreq", 40, 8, 40, 0, 1, dm_type0_ifreq_to_host, dm_type0_ifreq_to_guest, dm_type0_ifreq_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_ifreq_ifrn_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_ifreq_ifrn_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_ifreq_ifrn_fields[] = {
	{ "ifrn_name", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_ifreq_ifrn = { "ifreq_ifrn", 16, 1, 16, 1, 1, dm_type0_ifreq_ifrn_to_host, dm_type0_ifreq_ifrn_to_guest, dm_type0_ifreq_ifrn_fields, 1 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_ifru_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_ifreq_ifru_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type0_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type0_if_settings, NULL },
};
const struct dm_type dm_type0_ifreq_ifru = { "ifreq_ifru", 24, 8, 24, 1, 1, dm_type0_ifreq_ifru_to_host, dm_type0_ifreq_ifru_to_guest, dm_type0_ifreq_ifru_fields, 13 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_ifru_int_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_ifreq_ifru_int_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_ifreq_ifru_int_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type0_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type0_if_settings, NULL },
};
const struct dm_type dm_type0_ifreq_ifru_int = { "ifreq_ifru_int", 24, 8, 24, 1, 1, dm_type0_ifreq_ifru_int_to_host, dm_type0_ifreq_ifru_int_to_guest, dm_type0_ifreq_ifru_int_fields, 13 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_ifru_short_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_ifreq_ifru_short_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_ifreq_ifru_short_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type0_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type0_if_settings, NULL },
};
const struct dm_type dm_type0_ifreq_ifru_short = { "ifreq_ifru_short", 24, 8, 24, 1, 1, dm_type0_ifreq_ifru_short_to_host, dm_type0_ifreq_ifru_short_to_guest, dm_type0_ifreq_ifru_short_fields, 13 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_int_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_ifreq_int_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_ifreq_int_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type0_ifreq_ifru_int, NULL },
};
const struct dm_type dm_type0_ifreq_int = { "ifreq_int", 40, 8, 40, 0, 1, dm_type0_ifreq_int_to_host, dm_type0_ifreq_int_to_guest, dm_type0_ifreq_int_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ifreq_short_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_ifreq_short_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_ifreq_short_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type0_ifreq_ifru_short, NULL },
};
const struct dm_type dm_type0_ifreq_short = { "ifreq_short", 40, 8, 40, 0, 1, dm_type0_ifreq_short_to_host, dm_type0_ifreq_short_to_guest, dm_type0_ifreq_short_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_in6_addr_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_in6_addr_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_in6_addr_fields[] = {
	{ "in6_u", 0, 16, 0, 16, 1, 1, 0, &dm_type0_in6_addr_u, NULL },
};
const struct dm_type dm_type0_in6_addr = { "in6_addr", 16, 4, 16, 0, 1, dm_type0_in6_addr_to_host, dm_type0_in6_addr_to_guest, dm_type0_in6_addr_fields, 1 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_in6_addr_u_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_in6_addr_u_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_in6_addr_u_fields[] = {
	{ "u6_addr8", 0, 16, 0, 16, 16, 16, 0, NULL, NULL },
	{ "u6_addr16", 0, 16, 0, 16, 8, 8, 0, NULL, NULL },
	{ "u6_addr32", 0, 16, 0, 16, 4, 4, 0, NULL, NULL },
};
const struct dm_type dm_type0_in6_addr_u = { "in6_addr_u", 16, 4, 16, 1, 1, dm_type0_in6_addr_u_to_host, dm_type0_in6_addr_u_to_guest, dm_type0_in6_addr_u_fields, 3 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_in_addr_to_host(void *h, const void *g) { memcpy(h, g, 4); }
static void dm_type0_in_addr_to_guest(void *g, const void *h) { memcpy(g, h, 4); }

static const struct dm_field dm_type0_in_addr_fields[] = {
	{ "s_addr", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_in_addr = { "in_addr", 4, 4, 4, 0, 1, dm_type0_in_addr_to_host, dm_type0_in_addr_to_guest, dm_type0_in_addr_fields, 1 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_io_event_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_io_event_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_io_event_fields[] = {
	{ "data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "obj", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "res", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "res2", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_io_event = { "io_event", 32, 8, 32, 0, 1, dm_type0_io_event_to_host, dm_type0_io_event_to_guest, dm_type0_io_event_fields, 4 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_iocb_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_type0_iocb_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_type0_iocb_fields[] = {
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
const struct dm_type dm_type0_iocb = { "iocb", 64, 8, 64, 0, 1, dm_type0_iocb_to_host, dm_type0_iocb_to_guest, dm_type0_iocb_fields, 12 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_iovec_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_iovec_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_iovec_fields[] = {
	{ "iov_base", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_iovec = { "iovec", 16, 8, 16, 0, 1, dm_type0_iovec_to_host, dm_type0_iovec_to_guest, dm_type0_iovec_fields, 2 };

/* aarch64 alpha mips-n64-le riscv64 x32 x86_64 */
static void dm_type0_ipc64_perm_to_host(void *h, const void *g) { memcpy(h, g, 48); }
static void dm_type0_ipc64_perm_to_guest(void *g, const void *h) { memcpy(g, h, 48); }

static const struct dm_field dm_type0_ipc64_perm_fields[] = {
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
const struct dm_type dm_type0_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 1, dm_type0_ipc64_perm_to_host, dm_type0_ipc64_perm_to_guest, dm_type0_ipc64_perm_fields, 11 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_itimerspec_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_itimerspec_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_itimerspec_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type0_timespec, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type0_timespec, NULL },
};
const struct dm_type dm_type0_itimerspec = { "itimerspec", 32, 8, 32, 0, 1, dm_type0_itimerspec_to_host, dm_type0_itimerspec_to_guest, dm_type0_itimerspec_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_itimerspec64_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_itimerspec64_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_itimerspec64_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type0_timespec64, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type0_timespec64, NULL },
};
const struct dm_type dm_type0_itimerspec64 = { "itimerspec64", 32, 8, 32, 0, 1, dm_type0_itimerspec64_to_host, dm_type0_itimerspec64_to_guest, dm_type0_itimerspec64_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_itimerval_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_itimerval_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_itimerval_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type0_timeval, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type0_timeval, NULL },
};
const struct dm_type dm_type0_itimerval = { "itimerval", 32, 8, 32, 0, 1, dm_type0_itimerval_to_host, dm_type0_itimerval_to_guest, dm_type0_itimerval_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_kexec_segment_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_kexec_segment_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_kexec_segment_fields[] = {
	{ "buf", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_kexec_segment = { "kexec_segment", 32, 8, 32, 0, 1, dm_type0_kexec_segment_to_host, dm_type0_kexec_segment_to_guest, dm_type0_kexec_segment_fields, 4 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_linger_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_linger_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_linger_fields[] = {
	{ "l_onoff", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_linger", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_linger = { "linger", 8, 4, 8, 0, 1, dm_type0_linger_to_host, dm_type0_linger_to_guest, dm_type0_linger_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_loop_config_to_host(void *h, const void *g) { memcpy(h, g, 304); }
static void dm_type0_loop_config_to_guest(void *g, const void *h) { memcpy(g, h, 304); }

static const struct dm_field dm_type0_loop_config_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "block_size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "info", 8, 232, 8, 232, 1, 1, 0, &dm_type0_loop_info64, NULL },
	{ "__reserved", 240, 64, 240, 64, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_loop_config = { "loop_config", 304, 8, 304, 0, 1, dm_type0_loop_config_to_host, dm_type0_loop_config_to_guest, dm_type0_loop_config_fields, 4 };

/* aarch64 alpha mips-n64-le riscv64 */
static void dm_type0_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32le(g + 0);
	h->lo_device = dm_ld32le(g + 4);
	h->lo_inode = dm_ld64le(g + 8);
	h->lo_rdevice = dm_ld32le(g + 16);
	h->lo_offset = dm_ld32le(g + 20);
	h->lo_encrypt_type = dm_ld32le(g + 24);
	h->lo_encrypt_key_size = dm_ld32le(g + 28);
	h->lo_flags = dm_ld32le(g + 32);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 36 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 100 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64le(g + 136 + i * 8);
}

static void dm_type0_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 160);
	dm_st32le(g + 0, (uint32_t)h->lo_number);
	dm_st32le(g + 4, (uint32_t)h->lo_device);
	dm_st64le(g + 8, (uint64_t)h->lo_inode);
	dm_st32le(g + 16, (uint32_t)h->lo_rdevice);
	dm_st32le(g + 20, (uint32_t)h->lo_offset);
	dm_st32le(g + 24, (uint32_t)h->lo_encrypt_type);
	dm_st32le(g + 28, (uint32_t)h->lo_encrypt_key_size);
	dm_st32le(g + 32, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 36 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 100 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64le(g + 136 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type0_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 16, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 20, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 24, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 28, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 32, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 36, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 100, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 136, 16, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 152, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_loop_info = { "loop_info", 160, 8, 168, 0, 0, dm_type0_loop_info_to_host, dm_type0_loop_info_to_guest, dm_type0_loop_info_fields, 12 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_loop_info64_to_host(void *h, const void *g) { memcpy(h, g, 232); }
static void dm_type0_loop_info64_to_guest(void *g, const void *h) { memcpy(g, h, 232); }

static const struct dm_field dm_type0_loop_info64_fields[] = {
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
const struct dm_type dm_type0_loop_info64 = { "loop_info64", 232, 8, 232, 0, 1, dm_type0_loop_info64_to_host, dm_type0_loop_info64_to_guest, dm_type0_loop_info64_fields, 13 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_mmsghdr_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_type0_mmsghdr_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_type0_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 56, 0, 56, 1, 1, 0, &dm_type0_msghdr, NULL },
	{ "msg_len", 56, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_mmsghdr = { "mmsghdr", 64, 8, 64, 0, 1, dm_type0_mmsghdr_to_host, dm_type0_mmsghdr_to_guest, dm_type0_mmsghdr_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_mq_attr_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_type0_mq_attr_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_type0_mq_attr_fields[] = {
	{ "mq_flags", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 32, 32, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_mq_attr = { "mq_attr", 64, 8, 64, 0, 1, dm_type0_mq_attr_to_host, dm_type0_mq_attr_to_guest, dm_type0_mq_attr_fields, 5 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_msghdr_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_type0_msghdr_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_type0_msghdr_fields[] = {
	{ "msg_name", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 32, 8, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 48, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_msghdr = { "msghdr", 56, 8, 56, 0, 1, dm_type0_msghdr_to_host, dm_type0_msghdr_to_guest, dm_type0_msghdr_fields, 7 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_msginfo_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_msginfo_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_msginfo_fields[] = {
	{ "msgpool", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmap", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmax", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmnb", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmni", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgssz", 20, 4, 20, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgtql", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgseg", 28, 2, 28, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_msginfo = { "msginfo", 32, 4, 32, 0, 1, dm_type0_msginfo_to_host, dm_type0_msginfo_to_guest, dm_type0_msginfo_fields, 8 };

/* aarch64 alpha mips-n64-le riscv64 x32 x86_64 */
static void dm_type0_msqid64_ds_to_host(void *h, const void *g) { memcpy(h, g, 120); }
static void dm_type0_msqid64_ds_to_guest(void *g, const void *h) { memcpy(g, h, 120); }

static const struct dm_field dm_type0_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
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
const struct dm_type dm_type0_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 1, dm_type0_msqid64_ds_to_host, dm_type0_msqid64_ds_to_guest, dm_type0_msqid64_ds_fields, 11 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_pidfd_info_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type0_pidfd_info_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type0_pidfd_info_fields[] = {
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
const struct dm_type dm_type0_pidfd_info = { "pidfd_info", 72, 8, 72, 0, 1, dm_type0_pidfd_info_to_host, dm_type0_pidfd_info_to_guest, dm_type0_pidfd_info_fields, 16 };

/* aarch64 alpha arc arm i386 ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_pollfd_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_pollfd_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_poll_events },
};
const struct dm_type dm_type0_pollfd = { "pollfd", 8, 4, 8, 0, 1, dm_type0_pollfd_to_host, dm_type0_pollfd_to_guest, dm_type0_pollfd_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_rlimit_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_rlimit_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_rlimit_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_rlimit = { "rlimit", 16, 8, 16, 0, 1, dm_type0_rlimit_to_host, dm_type0_rlimit_to_guest, dm_type0_rlimit_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_rlimit64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_rlimit64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_rlimit64_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_rlimit64 = { "rlimit64", 16, 8, 16, 0, 1, dm_type0_rlimit64_to_host, dm_type0_rlimit64_to_guest, dm_type0_rlimit64_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_robust_list_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_robust_list_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_robust_list_fields[] = {
	{ "next", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_robust_list = { "robust_list", 8, 8, 8, 0, 1, dm_type0_robust_list_to_host, dm_type0_robust_list_to_guest, dm_type0_robust_list_fields, 1 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_robust_list_head_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_robust_list_head_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_robust_list_head_fields[] = {
	{ "list", 0, 8, 0, 8, 1, 1, 0, &dm_type0_robust_list, NULL },
	{ "futex_offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_robust_list_head = { "robust_list_head", 24, 8, 24, 0, 1, dm_type0_robust_list_head_to_host, dm_type0_robust_list_head_to_guest, dm_type0_robust_list_head_fields, 3 };

/* aarch64 */
static const struct dm_field dm_type0_rt_sigframe_fields[] = {
	{ "info", 0, 128, -1, 0, 1, 1, 0, &dm_type0_siginfo, NULL },
	{ "uc", 128, 4560, -1, 0, 1, 1, 0, &dm_type0_ucontext, NULL },
};
const struct dm_type dm_type0_rt_sigframe = { "rt_sigframe", 4688, 16, 0, 0, 0, NULL, NULL, dm_type0_rt_sigframe_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_rusage_to_host(void *h, const void *g) { memcpy(h, g, 144); }
static void dm_type0_rusage_to_guest(void *g, const void *h) { memcpy(g, h, 144); }

static const struct dm_field dm_type0_rusage_fields[] = {
	{ "ru_utime", 0, 16, 0, 16, 1, 1, 0, &dm_type0_timeval, NULL },
	{ "ru_stime", 16, 16, 16, 16, 1, 1, 0, &dm_type0_timeval, NULL },
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
const struct dm_type dm_type0_rusage = { "rusage", 144, 8, 144, 0, 1, dm_type0_rusage_to_host, dm_type0_rusage_to_guest, dm_type0_rusage_fields, 16 };

/* s390x */
static const struct dm_field dm_type0_s390_fp_regs_fields[] = {
	{ "fpc", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "pad", 4, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fprs", 8, 128, -1, 0, 16, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_s390_fp_regs = { "s390_fp_regs", 136, 8, 0, 0, 0, NULL, NULL, dm_type0_s390_fp_regs_fields, 3 };

/* s390x */
static const struct dm_field dm_type0_s390_psw_fields[] = {
	{ "mask", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "addr", 8, 8, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_s390_psw = { "s390_psw", 16, 8, 0, 0, 0, NULL, NULL, dm_type0_s390_psw_fields, 2 };

/* s390x */
static const struct dm_field dm_type0_s390_regs_common_fields[] = {
	{ "psw", 0, 16, -1, 0, 1, 1, 0, &dm_type0_s390_psw, NULL },
	{ "gprs", 16, 128, -1, 0, 16, 1, 0, NULL, NULL },
	{ "acrs", 144, 64, -1, 0, 16, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_s390_regs_common = { "s390_regs_common", 208, 8, 0, 0, 0, NULL, NULL, dm_type0_s390_regs_common_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_sched_attr_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_type0_sched_attr_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_type0_sched_attr_fields[] = {
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
const struct dm_type dm_type0_sched_attr = { "sched_attr", 56, 8, 56, 0, 1, dm_type0_sched_attr_to_host, dm_type0_sched_attr_to_guest, dm_type0_sched_attr_fields, 10 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sched_param_to_host(void *h, const void *g) { memcpy(h, g, 4); }
static void dm_type0_sched_param_to_guest(void *g, const void *h) { memcpy(g, h, 4); }

static const struct dm_field dm_type0_sched_param_fields[] = {
	{ "sched_priority", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_sched_param = { "sched_param", 4, 4, 4, 0, 1, dm_type0_sched_param_to_host, dm_type0_sched_param_to_guest, dm_type0_sched_param_fields, 1 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sembuf_to_host(void *h, const void *g) { memcpy(h, g, 6); }
static void dm_type0_sembuf_to_guest(void *g, const void *h) { memcpy(g, h, 6); }

static const struct dm_field dm_type0_sembuf_fields[] = {
	{ "sem_num", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sem_op", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_flg", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sem_flags },
};
const struct dm_type dm_type0_sembuf = { "sembuf", 6, 2, 6, 0, 1, dm_type0_sembuf_to_host, dm_type0_sembuf_to_guest, dm_type0_sembuf_fields, 3 };

/* aarch64 alpha riscv64 */
static void dm_type0_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type0_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64le(g + 48);
	h->sem_ctime = dm_ld64le(g + 56);
	h->sem_nsems = dm_ld64le(g + 64);
}

static void dm_type0_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type0_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->sem_otime);
	dm_st64le(g + 56, (uint64_t)h->sem_ctime);
	dm_st64le(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type0_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 72, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 80, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type0_semid64_ds_to_host, dm_type0_semid64_ds_to_guest, dm_type0_semid64_ds_fields, 6 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_seminfo_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_seminfo_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_seminfo_fields[] = {
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
const struct dm_type dm_type0_seminfo = { "seminfo", 40, 4, 40, 0, 1, dm_type0_seminfo_to_host, dm_type0_seminfo_to_guest, dm_type0_seminfo_fields, 10 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_shm_info_to_host(void *h, const void *g) { memcpy(h, g, 48); }
static void dm_type0_shm_info_to_guest(void *g, const void *h) { memcpy(g, h, 48); }

static const struct dm_field dm_type0_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_shm_info = { "shm_info", 48, 8, 48, 0, 1, dm_type0_shm_info_to_host, dm_type0_shm_info_to_guest, dm_type0_shm_info_fields, 6 };

/* aarch64 alpha riscv64 x86_64 */
static void dm_type0_shmid64_ds_to_host(void *h, const void *g) { memcpy(h, g, 112); }
static void dm_type0_shmid64_ds_to_guest(void *g, const void *h) { memcpy(g, h, 112); }

static const struct dm_field dm_type0_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
	{ "shm_segsz", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 104, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 1, dm_type0_shmid64_ds_to_host, dm_type0_shmid64_ds_to_guest, dm_type0_shmid64_ds_fields, 10 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_shminfo64_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type0_shminfo64_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type0_shminfo64_fields[] = {
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
const struct dm_type dm_type0_shminfo64 = { "shminfo64", 72, 8, 72, 0, 1, dm_type0_shminfo64_to_host, dm_type0_shminfo64_to_guest, dm_type0_shminfo64_fields, 9 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sifields_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_sifields_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type0_siginfo_kill, NULL },
	{ "_timer", 0, 24, 0, 24, 1, 1, 0, &dm_type0_siginfo_timer, NULL },
	{ "_rt", 0, 16, 0, 16, 1, 1, 0, &dm_type0_siginfo_rt, NULL },
	{ "_sigchld", 0, 32, 0, 32, 1, 1, 0, &dm_type0_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 32, 0, 32, 1, 1, 0, &dm_type0_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 16, 0, 16, 1, 1, 0, &dm_type0_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 16, 0, 16, 1, 1, 0, &dm_type0_siginfo_sigsys, NULL },
};
const struct dm_type dm_type0_sifields = { "sifields", 32, 8, 32, 1, 1, dm_type0_sifields_to_host, dm_type0_sifields_to_guest, dm_type0_sifields_fields, 7 };

/* aarch64 ppc64le x86_64 */
static void dm_type0_sigaction_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_sigaction_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_sigaction_fields[] = {
	{ "sa_handler", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 8, 8, 8, 8, 1, 1, 0, NULL, &dm_set0_sigaction_flags },
	{ "sa_restorer", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 24, 8, 24, 8, 1, 1, 0, &dm_type0_sigset, NULL },
};
const struct dm_type dm_type0_sigaction = { "sigaction", 32, 8, 32, 0, 1, dm_type0_sigaction_to_host, dm_type0_sigaction_to_guest, dm_type0_sigaction_fields, 4 };

/* aarch64 */
static const struct dm_field dm_type0_sigcontext_fields[] = {
	{ "fault_address", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "regs", 8, 248, -1, 0, 31, 1, 0, NULL, NULL },
	{ "sp", 256, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "pc", 264, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "pstate", 272, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "__reserved", 288, 4096, -1, 0, 4096, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_sigcontext = { "sigcontext", 4384, 16, 0, 0, 0, NULL, NULL, dm_type0_sigcontext_fields, 6 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sigevent_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_type0_sigevent_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_type0_sigevent_fields[] = {
	{ "sigev_value", 0, 8, 0, 8, 1, 1, 0, &dm_type0_sigval, NULL },
	{ "sigev_signo", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 16, 48, 16, 48, 1, 1, 0, &dm_type0_sigevent_un, NULL },
};
const struct dm_type dm_type0_sigevent = { "sigevent", 64, 8, 64, 0, 1, dm_type0_sigevent_to_host, dm_type0_sigevent_to_guest, dm_type0_sigevent_fields, 4 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sigevent_thread_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_sigevent_thread_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_sigevent_thread_fields[] = {
	{ "_function", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 8, 8, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_sigevent_thread = { "sigevent_thread", 16, 8, 16, 0, 1, dm_type0_sigevent_thread_to_host, dm_type0_sigevent_thread_to_guest, dm_type0_sigevent_thread_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sigevent_un_to_host(void *h, const void *g) { memcpy(h, g, 48); }
static void dm_type0_sigevent_un_to_guest(void *g, const void *h) { memcpy(g, h, 48); }

static const struct dm_field dm_type0_sigevent_un_fields[] = {
	{ "_pad", 0, 48, 0, 48, 12, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sigevent_thread, NULL },
};
const struct dm_type dm_type0_sigevent_un = { "sigevent_un", 48, 8, 48, 1, 1, dm_type0_sigevent_un_to_host, dm_type0_sigevent_un_to_guest, dm_type0_sigevent_un_fields, 3 };

/* arm */
static const struct dm_field dm_type0_sigframe_fields[] = {
	{ "uc", 0, 744, -1, 0, 1, 1, 0, &dm_type0_arm_ucontext, NULL },
	{ "retcode", 744, 16, -1, 0, 4, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_sigframe = { "sigframe", 760, 8, 0, 0, 0, NULL, NULL, dm_type0_sigframe_fields, 2 };

/* aarch64 ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_to_host(void *h, const void *g) { memcpy(h, g, 128); }
static void dm_type0_siginfo_to_guest(void *g, const void *h) { memcpy(g, h, 128); }

static const struct dm_field dm_type0_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type0_sifields, NULL },
};
const struct dm_type dm_type0_siginfo = { "siginfo", 128, 8, 128, 0, 1, dm_type0_siginfo_to_host, dm_type0_siginfo_to_guest, dm_type0_siginfo_fields, 4 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_siginfo_kill_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_siginfo_kill_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_siginfo_kill_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_kill = { "siginfo_kill", 8, 4, 8, 0, 1, dm_type0_siginfo_kill_to_host, dm_type0_siginfo_kill_to_guest, dm_type0_siginfo_kill_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_rt_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_siginfo_rt_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 8, 8, 8, 1, 1, 0, &dm_type0_sigval, NULL },
};
const struct dm_type dm_type0_siginfo_rt = { "siginfo_rt", 16, 8, 16, 0, 1, dm_type0_siginfo_rt_to_host, dm_type0_siginfo_rt_to_guest, dm_type0_siginfo_rt_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_sigchld_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_siginfo_sigchld_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_sigchld = { "siginfo_sigchld", 32, 8, 32, 0, 1, dm_type0_siginfo_sigchld_to_host, dm_type0_siginfo_sigchld_to_guest, dm_type0_siginfo_sigchld_fields, 5 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_sigfault_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_siginfo_sigfault_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_sigfault = { "siginfo_sigfault", 32, 8, 32, 0, 1, dm_type0_siginfo_sigfault_to_host, dm_type0_siginfo_sigfault_to_guest, dm_type0_siginfo_sigfault_fields, 1 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_sigpoll_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_siginfo_sigpoll_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_sigpoll = { "siginfo_sigpoll", 16, 8, 16, 0, 1, dm_type0_siginfo_sigpoll_to_host, dm_type0_siginfo_sigpoll_to_guest, dm_type0_siginfo_sigpoll_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_sigsys_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_siginfo_sigsys_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_sigsys = { "siginfo_sigsys", 16, 8, 16, 0, 1, dm_type0_siginfo_sigsys_to_host, dm_type0_siginfo_sigsys_to_guest, dm_type0_siginfo_sigsys_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_siginfo_timer_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_siginfo_timer_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 8, 8, 8, 1, 1, 0, &dm_type0_sigval, NULL },
	{ "_sys_private", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_siginfo_timer = { "siginfo_timer", 24, 8, 24, 0, 1, dm_type0_siginfo_timer_to_host, dm_type0_siginfo_timer_to_guest, dm_type0_siginfo_timer_fields, 4 };

/* s390x */
static const struct dm_field dm_type0_sigregs_fields[] = {
	{ "regs", 0, 208, -1, 0, 1, 1, 0, &dm_type0_s390_regs_common, NULL },
	{ "fpregs", 208, 136, -1, 0, 1, 1, 0, &dm_type0_s390_fp_regs, NULL },
};
const struct dm_type dm_type0_sigregs = { "sigregs", 344, 8, 0, 0, 0, NULL, NULL, dm_type0_sigregs_fields, 2 };

/* s390x */
static const struct dm_field dm_type0_sigregs_ext_fields[] = {
	{ "vxrs_low", 0, 128, -1, 0, 16, 1, 0, NULL, NULL },
	{ "vxrs_high", 128, 256, -1, 0, 64, 1, 0, NULL, NULL },
	{ "__reserved", 384, 128, -1, 0, 128, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_sigregs_ext = { "sigregs_ext", 512, 8, 0, 0, 0, NULL, NULL, dm_type0_sigregs_ext_fields, 3 };

/* aarch64 alpha ppc64le riscv64 x86_64 */
static void dm_type0_sigset_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_sigset_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_sigset = { "sigset", 8, 8, 8, 0, 1, dm_type0_sigset_to_host, dm_type0_sigset_to_guest, dm_type0_sigset_fields, 1 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sigval_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_sigval_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type0_sigval = { "sigval", 8, 8, 8, 1, 1, dm_type0_sigval_to_host, dm_type0_sigval_to_guest, dm_type0_sigval_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sockaddr_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_sockaddr_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_sockaddr_fields[] = {
	{ "sa_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sa_data", 2, 14, 2, 14, 14, 14, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr = { "sockaddr", 16, 2, 16, 0, 1, dm_type0_sockaddr_to_host, dm_type0_sockaddr_to_guest, dm_type0_sockaddr_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sockaddr_in_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_sockaddr_in_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_sockaddr_in_fields[] = {
	{ "sin_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin_addr", 4, 4, 4, 4, 1, 1, 0, &dm_type0_in_addr, NULL },
	{ "__pad", 8, 8, 8, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr_in = { "sockaddr_in", 16, 4, 16, 0, 1, dm_type0_sockaddr_in_to_host, dm_type0_sockaddr_in_to_guest, dm_type0_sockaddr_in_fields, 4 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sockaddr_in6_to_host(void *h, const void *g) { memcpy(h, g, 28); }
static void dm_type0_sockaddr_in6_to_guest(void *g, const void *h) { memcpy(g, h, 28); }

static const struct dm_field dm_type0_sockaddr_in6_fields[] = {
	{ "sin6_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_flowinfo", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "sin6_addr", 8, 16, 8, 16, 1, 1, 0, &dm_type0_in6_addr, NULL },
	{ "sin6_scope_id", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr_in6 = { "sockaddr_in6", 28, 4, 28, 0, 1, dm_type0_sockaddr_in6_to_host, dm_type0_sockaddr_in6_to_guest, dm_type0_sockaddr_in6_fields, 5 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sockaddr_nl_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_type0_sockaddr_nl_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_type0_sockaddr_nl_fields[] = {
	{ "nl_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "nl_pad", 2, 2, 2, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "nl_pid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "nl_groups", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr_nl = { "sockaddr_nl", 12, 4, 12, 0, 1, dm_type0_sockaddr_nl_to_host, dm_type0_sockaddr_nl_to_guest, dm_type0_sockaddr_nl_fields, 4 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_sockaddr_storage_to_host(void *h, const void *g) { memcpy(h, g, 128); }
static void dm_type0_sockaddr_storage_to_guest(void *g, const void *h) { memcpy(g, h, 128); }

static const struct dm_field dm_type0_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr_storage = { "sockaddr_storage", 128, 8, 128, 0, 1, dm_type0_sockaddr_storage_to_host, dm_type0_sockaddr_storage_to_guest, dm_type0_sockaddr_storage_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_sockaddr_un_to_host(void *h, const void *g) { memcpy(h, g, 110); }
static void dm_type0_sockaddr_un_to_guest(void *g, const void *h) { memcpy(g, h, 110); }

static const struct dm_field dm_type0_sockaddr_un_fields[] = {
	{ "sun_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sun_path", 2, 108, 2, 108, 108, 108, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_sockaddr_un = { "sockaddr_un", 110, 2, 110, 0, 1, dm_type0_sockaddr_un_to_host, dm_type0_sockaddr_un_to_guest, dm_type0_sockaddr_un_fields, 2 };

/* aarch64 alpha ppc64le riscv64 x86_64 */
static void dm_type0_stack_t_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_stack_t_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_stack_t_fields[] = {
	{ "ss_sp", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
	{ "ss_size", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_stack_t = { "stack_t", 24, 8, 24, 0, 1, dm_type0_stack_t_to_host, dm_type0_stack_t_to_guest, dm_type0_stack_t_fields, 3 };

/* aarch64 riscv64 */
static void dm_type0_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_ino = dm_ld64le(g + 8);
	h->st_mode = dm_ld32le(g + 16);
	h->st_nlink = dm_ld32le(g + 20);
	h->st_uid = dm_ld32le(g + 24);
	h->st_gid = dm_ld32le(g + 28);
	h->st_rdev = dm_ld64le(g + 32);
	h->st_size = dm_ld64le(g + 48);
	h->st_blksize = (int32_t)dm_ld32le(g + 56);
	h->st_blocks = dm_ld64le(g + 64);
	h->st_atime = dm_ld64le(g + 72);
	h->st_atime_nsec = dm_ld64le(g + 80);
	h->st_mtime = dm_ld64le(g + 88);
	h->st_mtime_nsec = dm_ld64le(g + 96);
	h->st_ctime = dm_ld64le(g + 104);
	h->st_ctime_nsec = dm_ld64le(g + 112);
}

static void dm_type0_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st64le(g + 8, (uint64_t)h->st_ino);
	dm_st32le(g + 16, (uint32_t)h->st_mode);
	dm_st32le(g + 20, (uint32_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_uid);
	dm_st32le(g + 28, (uint32_t)h->st_gid);
	dm_st64le(g + 32, (uint64_t)h->st_rdev);
	dm_st64le(g + 48, (uint64_t)h->st_size);
	dm_st32le(g + 56, (uint32_t)h->st_blksize);
	dm_st64le(g + 64, (uint64_t)h->st_blocks);
	dm_st64le(g + 72, (uint64_t)h->st_atime);
	dm_st64le(g + 80, (uint64_t)h->st_atime_nsec);
	dm_st64le(g + 88, (uint64_t)h->st_mtime);
	dm_st64le(g + 96, (uint64_t)h->st_mtime_nsec);
	dm_st64le(g + 104, (uint64_t)h->st_ctime);
	dm_st64le(g + 112, (uint64_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type0_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 40, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__pad2", 60, 4, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 88, 8, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 96, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 104, 8, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 112, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 120, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 124, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_stat = { "stat", 128, 8, 144, 0, 0, dm_type0_stat_to_host, dm_type0_stat_to_guest, dm_type0_stat_fields, 20 };

/* alpha */
static void dm_type0_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_ino = dm_ld64le(g + 8);
	h->st_rdev = dm_ld64le(g + 16);
	h->st_size = dm_ld64le(g + 24);
	h->st_blocks = dm_ld64le(g + 32);
	h->st_mode = dm_ld32le(g + 40);
	h->st_uid = dm_ld32le(g + 44);
	h->st_gid = dm_ld32le(g + 48);
	h->st_blksize = dm_ld32le(g + 52);
	h->st_nlink = dm_ld32le(g + 56);
	h->st_atime = dm_ld64le(g + 64);
	h->st_atime_nsec = dm_ld64le(g + 72);
	h->st_mtime = dm_ld64le(g + 80);
	h->st_mtime_nsec = dm_ld64le(g + 88);
	h->st_ctime = dm_ld64le(g + 96);
	h->st_ctime_nsec = dm_ld64le(g + 104);
}

static void dm_type0_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 136);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st64le(g + 8, (uint64_t)h->st_ino);
	dm_st64le(g + 16, (uint64_t)h->st_rdev);
	dm_st64le(g + 24, (uint64_t)h->st_size);
	dm_st64le(g + 32, (uint64_t)h->st_blocks);
	dm_st32le(g + 40, (uint32_t)h->st_mode);
	dm_st32le(g + 44, (uint32_t)h->st_uid);
	dm_st32le(g + 48, (uint32_t)h->st_gid);
	dm_st32le(g + 52, (uint32_t)h->st_blksize);
	dm_st32le(g + 56, (uint32_t)h->st_nlink);
	dm_st64le(g + 64, (uint64_t)h->st_atime);
	dm_st64le(g + 72, (uint64_t)h->st_atime_nsec);
	dm_st64le(g + 80, (uint64_t)h->st_mtime);
	dm_st64le(g + 88, (uint64_t)h->st_mtime_nsec);
	dm_st64le(g + 96, (uint64_t)h->st_ctime);
	dm_st64le(g + 104, (uint64_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type0_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 16, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 24, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 32, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 40, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_uid", 44, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 48, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 52, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 56, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "__pad0", 60, 4, 36, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_atime", 64, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 72, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 88, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 96, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 104, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused", 112, 24, 120, 24, 3, 3, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_stat64 = { "stat64", 136, 8, 144, 0, 0, dm_type0_stat64_to_host, dm_type0_stat64_to_guest, dm_type0_stat64_fields, 18 };

/* aarch64 ppc64le riscv64 x32 x86_64 */
static void dm_type0_statfs_to_host(void *h, const void *g) { memcpy(h, g, 120); }
static void dm_type0_statfs_to_guest(void *g, const void *h) { memcpy(g, h, 120); }

static const struct dm_field dm_type0_statfs_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 32, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_statfs = { "statfs", 120, 8, 120, 0, 1, dm_type0_statfs_to_host, dm_type0_statfs_to_guest, dm_type0_statfs_fields, 12 };

/* aarch64 ppc64le riscv64 x86_64 */
static void dm_type0_statfs64_to_host(void *h, const void *g) { memcpy(h, g, 120); }
static void dm_type0_statfs64_to_guest(void *g, const void *h) { memcpy(g, h, 120); }

static const struct dm_field dm_type0_statfs64_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 32, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_statfs64 = { "statfs64", 120, 8, 120, 0, 1, dm_type0_statfs64_to_host, dm_type0_statfs64_to_guest, dm_type0_statfs64_fields, 12 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_statx_to_host(void *h, const void *g) { memcpy(h, g, 256); }
static void dm_type0_statx_to_guest(void *g, const void *h) { memcpy(g, h, 256); }

static const struct dm_field dm_type0_statx_fields[] = {
	{ "stx_mask", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "stx_blksize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "stx_attributes", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "stx_nlink", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "stx_uid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "stx_gid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mode", 28, 2, 28, 2, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "__spare0", 30, 2, 30, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "stx_ino", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "stx_size", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "stx_blocks", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "stx_attributes_mask", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "stx_atime", 64, 16, 64, 16, 1, 1, 0, &dm_type0_statx_timestamp, NULL },
	{ "stx_btime", 80, 16, 80, 16, 1, 1, 0, &dm_type0_statx_timestamp, NULL },
	{ "stx_ctime", 96, 16, 96, 16, 1, 1, 0, &dm_type0_statx_timestamp, NULL },
	{ "stx_mtime", 112, 16, 112, 16, 1, 1, 0, &dm_type0_statx_timestamp, NULL },
	{ "stx_rdev_major", 128, 4, 128, 4, 1, 1, 0, NULL, NULL },
	{ "stx_rdev_minor", 132, 4, 132, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_major", 136, 4, 136, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_minor", 140, 4, 140, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mnt_id", 144, 8, 144, 8, 1, 1, 0, NULL, NULL },
	{ "stx_dio_mem_align", 152, 4, 152, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dio_offset_align", 156, 4, 156, 4, 1, 1, 0, NULL, NULL },
	{ "__spare3", 160, 96, 160, 96, 12, 12, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_statx = { "statx", 256, 8, 256, 0, 1, dm_type0_statx_to_host, dm_type0_statx_to_guest, dm_type0_statx_fields, 24 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_statx_timestamp_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_statx_timestamp_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_statx_timestamp_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "__reserved", 12, 4, 12, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type0_statx_timestamp = { "statx_timestamp", 16, 8, 16, 0, 1, dm_type0_statx_timestamp_to_host, dm_type0_statx_timestamp_to_guest, dm_type0_statx_timestamp_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_sysinfo_to_host(void *h, const void *g) { memcpy(h, g, 112); }
static void dm_type0_sysinfo_to_guest(void *g, const void *h) { memcpy(g, h, 112); }

static const struct dm_field dm_type0_sysinfo_fields[] = {
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
const struct dm_type dm_type0_sysinfo = { "sysinfo", 112, 8, 112, 0, 1, dm_type0_sysinfo_to_host, dm_type0_sysinfo_to_guest, dm_type0_sysinfo_fields, 14 };

/* aarch64 arc arm i386 riscv64 x32 x86_64 */
static void dm_type0_termio_to_host(void *h, const void *g) { memcpy(h, g, 18); }
static void dm_type0_termio_to_guest(void *g, const void *h) { memcpy(g, h, 18); }

static const struct dm_field dm_type0_termio_fields[] = {
	{ "c_iflag", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
	{ "c_line", 8, 1, 8, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 9, 8, 9, 8, 8, 8, 0, NULL, NULL },
};
const struct dm_type dm_type0_termio = { "termio", 18, 2, 18, 0, 1, dm_type0_termio_to_host, dm_type0_termio_to_guest, dm_type0_termio_fields, 6 };

/* aarch64 arc arm i386 riscv64 sh4 x32 x86_64 */
static void dm_type0_termios_to_host(void *h, const void *g) { memcpy(h, g, 36); }
static void dm_type0_termios_to_guest(void *g, const void *h) { memcpy(g, h, 36); }

static const struct dm_field dm_type0_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
};
const struct dm_type dm_type0_termios = { "termios", 36, 4, 36, 0, 1, dm_type0_termios_to_host, dm_type0_termios_to_guest, dm_type0_termios_fields, 6 };

/* aarch64 arc arm i386 riscv64 sh4 x32 x86_64 */
static void dm_type0_termios2_to_host(void *h, const void *g) { memcpy(h, g, 44); }
static void dm_type0_termios2_to_guest(void *g, const void *h) { memcpy(g, h, 44); }

static const struct dm_field dm_type0_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_termios2 = { "termios2", 44, 4, 44, 0, 1, dm_type0_termios2_to_host, dm_type0_termios2_to_guest, dm_type0_termios2_fields, 8 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_timespec_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_timespec_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_timespec_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_timespec = { "timespec", 16, 8, 16, 0, 1, dm_type0_timespec_to_host, dm_type0_timespec_to_guest, dm_type0_timespec_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_timespec64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_timespec64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_timespec64_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_timespec64 = { "timespec64", 16, 8, 16, 0, 1, dm_type0_timespec64_to_host, dm_type0_timespec64_to_guest, dm_type0_timespec64_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_timeval_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_timeval_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_timeval = { "timeval", 16, 8, 16, 0, 1, dm_type0_timeval_to_host, dm_type0_timeval_to_guest, dm_type0_timeval_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_timex_to_host(void *h, const void *g) { memcpy(h, g, 208); }
static void dm_type0_timex_to_guest(void *g, const void *h) { memcpy(g, h, 208); }

static const struct dm_field dm_type0_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type0_timeval, NULL },
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
const struct dm_type dm_type0_timex = { "timex", 208, 8, 208, 0, 1, dm_type0_timex_to_host, dm_type0_timex_to_guest, dm_type0_timex_fields, 20 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_timex64_to_host(void *h, const void *g) { memcpy(h, g, 208); }
static void dm_type0_timex64_to_guest(void *g, const void *h) { memcpy(g, h, 208); }

static const struct dm_field dm_type0_timex64_fields[] = {
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
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type0_timex_timeval, NULL },
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
const struct dm_type dm_type0_timex64 = { "timex64", 208, 8, 208, 0, 1, dm_type0_timex64_to_host, dm_type0_timex64_to_guest, dm_type0_timex64_fields, 23 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_timex_timeval_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_timex_timeval_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_timex_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_timex_timeval = { "timex_timeval", 16, 8, 16, 0, 1, dm_type0_timex_timeval_to_host, dm_type0_timex_timeval_to_guest, dm_type0_timex_timeval_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_timezone_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_timezone_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_timezone_fields[] = {
	{ "tz_minuteswest", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tz_dsttime", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_timezone = { "timezone", 8, 4, 8, 0, 1, dm_type0_timezone_to_host, dm_type0_timezone_to_guest, dm_type0_timezone_fields, 2 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_tms_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_tms_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_tms_fields[] = {
	{ "tms_utime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_tms = { "tms", 32, 8, 32, 0, 1, dm_type0_tms_to_host, dm_type0_tms_to_guest, dm_type0_tms_fields, 4 };

/* aarch64 */
static const struct dm_field dm_type0_ucontext_fields[] = {
	{ "uc_flags", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "uc_link", 8, 8, -1, 0, 1, 1, DM_F_PTR, NULL, NULL },
	{ "uc_stack", 16, 24, -1, 0, 1, 1, 0, &dm_type0_stack_t, NULL },
	{ "uc_sigmask", 40, 8, -1, 0, 1, 1, 0, &dm_type0_sigset, NULL },
	{ "__unused", 48, 120, -1, 0, 120, 1, DM_F_PAD, NULL, NULL },
	{ "uc_mcontext", 176, 4384, -1, 0, 1, 1, 0, &dm_type0_sigcontext, NULL },
};
const struct dm_type dm_type0_ucontext = { "ucontext", 4560, 16, 0, 0, 0, NULL, NULL, dm_type0_ucontext_fields, 6 };

/* s390x */
static const struct dm_field dm_type0_ucontext_extended_fields[] = {
	{ "uc_flags", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "uc_link", 8, 8, -1, 0, 1, 1, DM_F_PTR, NULL, NULL },
	{ "uc_stack", 16, 24, -1, 0, 1, 1, 0, &dm_type8_stack_t, NULL },
	{ "uc_mcontext", 40, 344, -1, 0, 1, 1, 0, &dm_type0_sigregs, NULL },
	{ "uc_sigmask", 384, 8, -1, 0, 1, 1, 0, &dm_type8_sigset, NULL },
	{ "__unused", 392, 120, -1, 0, 120, 1, DM_F_PAD, NULL, NULL },
	{ "uc_mcontext_ext", 512, 512, -1, 0, 1, 1, 0, &dm_type0_sigregs_ext, NULL },
};
const struct dm_type dm_type0_ucontext_extended = { "ucontext_extended", 1024, 8, 0, 0, 0, NULL, NULL, dm_type0_ucontext_extended_fields, 7 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_ucred_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_type0_ucred_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_type0_ucred_fields[] = {
	{ "pid", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_ucred = { "ucred", 12, 4, 12, 0, 1, dm_type0_ucred_to_host, dm_type0_ucred_to_guest, dm_type0_ucred_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_api_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_uffdio_api_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_uffdio_api_fields[] = {
	{ "api", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "features", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_api = { "uffdio_api", 24, 8, 24, 0, 1, dm_type0_uffdio_api_to_host, dm_type0_uffdio_api_to_guest, dm_type0_uffdio_api_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_continue_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_uffdio_continue_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_uffdio_continue_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type0_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mapped", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_continue = { "uffdio_continue", 32, 8, 32, 0, 1, dm_type0_uffdio_continue_to_host, dm_type0_uffdio_continue_to_guest, dm_type0_uffdio_continue_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_copy_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_uffdio_copy_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_uffdio_copy_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "copy", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_copy = { "uffdio_copy", 40, 8, 40, 0, 1, dm_type0_uffdio_copy_to_host, dm_type0_uffdio_copy_to_guest, dm_type0_uffdio_copy_fields, 5 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_move_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type0_uffdio_move_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type0_uffdio_move_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "move", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_move = { "uffdio_move", 40, 8, 40, 0, 1, dm_type0_uffdio_move_to_host, dm_type0_uffdio_move_to_guest, dm_type0_uffdio_move_fields, 5 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_poison_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_uffdio_poison_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_uffdio_poison_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type0_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "updated", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_poison = { "uffdio_poison", 32, 8, 32, 0, 1, dm_type0_uffdio_poison_to_host, dm_type0_uffdio_poison_to_guest, dm_type0_uffdio_poison_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_range_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_uffdio_range_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_uffdio_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_range = { "uffdio_range", 16, 8, 16, 0, 1, dm_type0_uffdio_range_to_host, dm_type0_uffdio_range_to_guest, dm_type0_uffdio_range_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_register_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_uffdio_register_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_uffdio_register_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type0_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_register = { "uffdio_register", 32, 8, 32, 0, 1, dm_type0_uffdio_register_to_host, dm_type0_uffdio_register_to_guest, dm_type0_uffdio_register_fields, 3 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_writeprotect_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type0_uffdio_writeprotect_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type0_uffdio_writeprotect_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type0_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_writeprotect = { "uffdio_writeprotect", 24, 8, 24, 0, 1, dm_type0_uffdio_writeprotect_to_host, dm_type0_uffdio_writeprotect_to_guest, dm_type0_uffdio_writeprotect_fields, 2 };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_uffdio_zeropage_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_uffdio_zeropage_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_uffdio_zeropage_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type0_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "zeropage", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_uffdio_zeropage = { "uffdio_zeropage", 32, 8, 32, 0, 1, dm_type0_uffdio_zeropage_to_host, dm_type0_uffdio_zeropage_to_guest, dm_type0_uffdio_zeropage_fields, 3 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_user_cap_data_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_type0_user_cap_data_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_type0_user_cap_data_fields[] = {
	{ "effective", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "permitted", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "inheritable", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_user_cap_data = { "user_cap_data", 12, 4, 12, 0, 1, dm_type0_user_cap_data_to_host, dm_type0_user_cap_data_to_guest, dm_type0_user_cap_data_fields, 3 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_user_cap_header_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_user_cap_header_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_user_cap_header_fields[] = {
	{ "version", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "pid", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_user_cap_header = { "user_cap_header", 8, 4, 8, 0, 1, dm_type0_user_cap_header_to_host, dm_type0_user_cap_header_to_guest, dm_type0_user_cap_header_fields, 2 };

/* arm */
static const struct dm_field dm_type0_user_vfp_fields[] = {
	{ "fpregs", 0, 256, -1, 0, 32, 1, 0, NULL, NULL },
	{ "fpscr", 256, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_user_vfp = { "user_vfp", 264, 8, 0, 0, 0, NULL, NULL, dm_type0_user_vfp_fields, 2 };

/* arm */
static const struct dm_field dm_type0_user_vfp_exc_fields[] = {
	{ "fpexc", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "fpinst", 4, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "fpinst2", 8, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_user_vfp_exc = { "user_vfp_exc", 12, 4, 0, 0, 0, NULL, NULL, dm_type0_user_vfp_exc_fields, 3 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static void dm_type0_ustat_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type0_ustat_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type0_ustat_fields[] = {
	{ "f_tfree", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_tinode", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_fname", 16, 6, 16, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
	{ "f_fpack", 22, 6, 22, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_ustat = { "ustat", 32, 8, 32, 0, 1, dm_type0_ustat_to_host, dm_type0_ustat_to_guest, dm_type0_ustat_fields, 4 };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static void dm_type0_utimbuf_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type0_utimbuf_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type0_utimbuf_fields[] = {
	{ "actime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_utimbuf = { "utimbuf", 16, 8, 16, 0, 1, dm_type0_utimbuf_to_host, dm_type0_utimbuf_to_guest, dm_type0_utimbuf_fields, 2 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_utsname_to_host(void *h, const void *g) { memcpy(h, g, 390); }
static void dm_type0_utsname_to_guest(void *g, const void *h) { memcpy(g, h, 390); }

static const struct dm_field dm_type0_utsname_fields[] = {
	{ "sysname", 0, 65, 0, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "nodename", 65, 65, 65, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "release", 130, 65, 130, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "version", 195, 65, 195, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "machine", 260, 65, 260, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "domainname", 325, 65, 325, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type0_utsname = { "utsname", 390, 1, 390, 0, 1, dm_type0_utsname_to_host, dm_type0_utsname_to_guest, dm_type0_utsname_fields, 6 };

/* arm */
static const struct dm_field dm_type0_vfp_sigframe_fields[] = {
	{ "magic", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "ufp", 8, 264, -1, 0, 1, 1, 0, &dm_type0_user_vfp, NULL },
	{ "ufp_exc", 272, 12, -1, 0, 1, 1, 0, &dm_type0_user_vfp_exc, NULL },
};
const struct dm_type dm_type0_vfp_sigframe = { "vfp_sigframe", 288, 8, 0, 0, 0, NULL, NULL, dm_type0_vfp_sigframe_fields, 4 };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static void dm_type0_winsize_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type0_winsize_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type0_winsize_fields[] = {
	{ "ws_row", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "ws_col", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "ws_xpixel", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "ws_ypixel", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type0_winsize = { "winsize", 8, 2, 8, 0, 1, dm_type0_winsize_to_host, dm_type0_winsize_to_guest, dm_type0_winsize_fields, 4 };

/* ppc64 */
static void dm_type10_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld64be(g + 48);
	h->msg_rtime = dm_ld64be(g + 56);
	h->msg_ctime = dm_ld64be(g + 64);
	h->msg_cbytes = dm_ld64be(g + 72);
	h->msg_qnum = dm_ld64be(g + 80);
	h->msg_qbytes = dm_ld64be(g + 88);
	h->msg_lspid = dm_ld32be(g + 96);
	h->msg_lrpid = dm_ld32be(g + 100);
}

static void dm_type10_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->msg_stime);
	dm_st64be(g + 56, (uint64_t)h->msg_rtime);
	dm_st64be(g + 64, (uint64_t)h->msg_ctime);
	dm_st64be(g + 72, (uint64_t)h->msg_cbytes);
	dm_st64be(g + 80, (uint64_t)h->msg_qnum);
	dm_st64be(g + 88, (uint64_t)h->msg_qbytes);
	dm_st32be(g + 96, (uint32_t)h->msg_lspid);
	dm_st32be(g + 100, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type10_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
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
const struct dm_type dm_type10_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 0, dm_type10_msqid64_ds_to_host, dm_type10_msqid64_ds_to_guest, dm_type10_msqid64_ds_fields, 11 };

/* mips-o32-le */
static void dm_type10_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32le(g + 36);
	h->sem_ctime = dm_ld32le(g + 40);
	h->sem_nsems = dm_ld32le(g + 44);
}

static void dm_type10_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->sem_otime);
	dm_st32le(g + 40, (uint32_t)h->sem_ctime);
	dm_st32le(g + 44, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type10_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 40, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "sem_otime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type10_semid64_ds = { "semid64_ds", 56, 4, 104, 0, 0, dm_type10_semid64_ds_to_host, dm_type10_semid64_ds_to_guest, dm_type10_semid64_ds_fields, 6 };

/* mips-o32-le */
static void dm_type10_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 36);
	h->shm_atime = dm_ld32le(g + 40);
	h->shm_dtime = dm_ld32le(g + 44);
	h->shm_ctime = dm_ld32le(g + 48);
	h->shm_cpid = dm_ld32le(g + 52);
	h->shm_lpid = dm_ld32le(g + 56);
	h->shm_nattch = dm_ld32le(g + 60);
}

static void dm_type10_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->shm_segsz);
	dm_st32le(g + 40, (uint32_t)h->shm_atime);
	dm_st32le(g + 44, (uint32_t)h->shm_dtime);
	dm_st32le(g + 48, (uint32_t)h->shm_ctime);
	dm_st32le(g + 52, (uint32_t)h->shm_cpid);
	dm_st32le(g + 56, (uint32_t)h->shm_lpid);
	dm_st32le(g + 60, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type10_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 44, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 48, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 52, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 56, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 60, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime_high", 64, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 66, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 68, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "__unused1", 70, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type10_shmid64_ds = { "shmid64_ds", 72, 4, 112, 0, 0, dm_type10_shmid64_ds_to_host, dm_type10_shmid64_ds_to_guest, dm_type10_shmid64_ds_fields, 12 };

/* powerpc */
static void dm_type10_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32be(g + 0);
	h->sa_flags = dm_ld32be(g + 4);
	h->sa_restorer = dm_ld32be(g + 8);
	dm_type2_sigset.to_host((char *)h + 24, g + 12);
}

static void dm_type10_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->sa_handler);
	dm_st32be(g + 4, (uint32_t)h->sa_flags);
	dm_st32be(g + 8, (uint32_t)h->sa_restorer);
	dm_type2_sigset.to_guest(g + 12, (const char *)h + 24);
}

static const struct dm_field dm_type10_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_set0_sigaction_flags },
	{ "sa_restorer", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 12, 8, 24, 8, 1, 1, 0, &dm_type2_sigset, NULL },
};
const struct dm_type dm_type10_sigaction = { "sigaction", 20, 4, 32, 0, 0, dm_type10_sigaction_to_host, dm_type10_sigaction_to_guest, dm_type10_sigaction_fields, 4 };

/* powerpc */
static void dm_type10_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_errno = dm_ld32be(g + 4);
	h->si_code = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type10_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_errno);
	dm_st32be(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type10_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type2_sifields, NULL },
};
const struct dm_type dm_type10_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type10_siginfo_to_host, dm_type10_siginfo_to_guest, dm_type10_siginfo_fields, 4 };

/* powerpc */
static void dm_type10_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld32be(g + 4);
	h->st_mode = dm_ld32be(g + 8);
	h->st_nlink = dm_ld16be(g + 12);
	h->st_uid = dm_ld32be(g + 16);
	h->st_gid = dm_ld32be(g + 20);
	h->st_rdev = dm_ld32be(g + 24);
	h->st_size = (int32_t)dm_ld32be(g + 28);
	h->st_blksize = dm_ld32be(g + 32);
	h->st_blocks = dm_ld32be(g + 36);
	h->st_atime = dm_ld32be(g + 40);
	h->st_atime_nsec = dm_ld32be(g + 44);
	h->st_mtime = dm_ld32be(g + 48);
	h->st_mtime_nsec = dm_ld32be(g + 52);
	h->st_ctime = dm_ld32be(g + 56);
	h->st_ctime_nsec = dm_ld32be(g + 60);
}

static void dm_type10_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st32be(g + 4, (uint32_t)h->st_ino);
	dm_st32be(g + 8, (uint32_t)h->st_mode);
	dm_st16be(g + 12, (uint16_t)h->st_nlink);
	dm_st32be(g + 16, (uint32_t)h->st_uid);
	dm_st32be(g + 20, (uint32_t)h->st_gid);
	dm_st32be(g + 24, (uint32_t)h->st_rdev);
	dm_st32be(g + 28, (uint32_t)h->st_size);
	dm_st32be(g + 32, (uint32_t)h->st_blksize);
	dm_st32be(g + 36, (uint32_t)h->st_blocks);
	dm_st32be(g + 40, (uint32_t)h->st_atime);
	dm_st32be(g + 44, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 48, (uint32_t)h->st_mtime);
	dm_st32be(g + 52, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 56, (uint32_t)h->st_ctime);
	dm_st32be(g + 60, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type10_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 12, 2, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 16, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 20, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 24, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 28, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 32, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 36, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 40, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 48, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 52, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 56, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 60, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 64, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 68, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type10_stat = { "stat", 72, 4, 144, 0, 0, dm_type10_stat_to_host, dm_type10_stat_to_guest, dm_type10_stat_fields, 18 };

/* sparc64 */
static void dm_type10_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_ino = dm_ld64be(g + 8);
	h->st_nlink = dm_ld64be(g + 16);
	h->st_mode = dm_ld32be(g + 24);
	h->st_uid = dm_ld32be(g + 28);
	h->st_gid = dm_ld32be(g + 32);
	h->st_rdev = dm_ld64be(g + 40);
	h->st_size = dm_ld64be(g + 48);
	h->st_blksize = dm_ld64be(g + 56);
	h->st_blocks = dm_ld64be(g + 64);
	h->st_atime = dm_ld64be(g + 72);
	h->st_atime_nsec = dm_ld64be(g + 80);
	h->st_mtime = dm_ld64be(g + 88);
	h->st_mtime_nsec = dm_ld64be(g + 96);
	h->st_ctime = dm_ld64be(g + 104);
	h->st_ctime_nsec = dm_ld64be(g + 112);
}

static void dm_type10_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st64be(g + 8, (uint64_t)h->st_ino);
	dm_st64be(g + 16, (uint64_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_mode);
	dm_st32be(g + 28, (uint32_t)h->st_uid);
	dm_st32be(g + 32, (uint32_t)h->st_gid);
	dm_st64be(g + 40, (uint64_t)h->st_rdev);
	dm_st64be(g + 48, (uint64_t)h->st_size);
	dm_st64be(g + 56, (uint64_t)h->st_blksize);
	dm_st64be(g + 64, (uint64_t)h->st_blocks);
	dm_st64be(g + 72, (uint64_t)h->st_atime);
	dm_st64be(g + 80, (uint64_t)h->st_atime_nsec);
	dm_st64be(g + 88, (uint64_t)h->st_mtime);
	dm_st64be(g + 96, (uint64_t)h->st_mtime_nsec);
	dm_st64be(g + 104, (uint64_t)h->st_ctime);
	dm_st64be(g + 112, (uint64_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type10_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
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
const struct dm_type dm_type10_stat64 = { "stat64", 144, 8, 144, 0, 0, dm_type10_stat64_to_host, dm_type10_stat64_to_guest, dm_type10_stat64_fields, 18 };

/* s390x */
static void dm_type10_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_blocks = dm_ld64be(g + 8);
	h->f_bfree = dm_ld64be(g + 16);
	h->f_bavail = dm_ld64be(g + 24);
	h->f_files = dm_ld64be(g + 32);
	h->f_ffree = dm_ld64be(g + 40);
	dm_type1_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = dm_ld32be(g + 56);
	h->f_frsize = dm_ld32be(g + 60);
	h->f_flags = dm_ld32be(g + 64);
}

static void dm_type10_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st64be(g + 8, (uint64_t)h->f_blocks);
	dm_st64be(g + 16, (uint64_t)h->f_bfree);
	dm_st64be(g + 24, (uint64_t)h->f_bavail);
	dm_st64be(g + 32, (uint64_t)h->f_files);
	dm_st64be(g + 40, (uint64_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32be(g + 56, (uint32_t)h->f_namelen);
	dm_st32be(g + 60, (uint32_t)h->f_frsize);
	dm_st32be(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type10_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type10_statfs = { "statfs", 88, 8, 120, 0, 0, dm_type10_statfs_to_host, dm_type10_statfs_to_guest, dm_type10_statfs_fields, 12 };

/* ppc64 sparc64 */
static void dm_type10_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64be(g + 0);
	h->f_bsize = dm_ld64be(g + 8);
	h->f_blocks = dm_ld64be(g + 16);
	h->f_bfree = dm_ld64be(g + 24);
	h->f_bavail = dm_ld64be(g + 32);
	h->f_files = dm_ld64be(g + 40);
	h->f_ffree = dm_ld64be(g + 48);
	dm_type1_fsid.to_host((char *)h + 56, g + 56);
	h->f_namelen = dm_ld64be(g + 64);
	h->f_frsize = dm_ld64be(g + 72);
	h->f_flags = dm_ld64be(g + 80);
}

static void dm_type10_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_st64be(g + 0, (uint64_t)h->f_type);
	dm_st64be(g + 8, (uint64_t)h->f_bsize);
	dm_st64be(g + 16, (uint64_t)h->f_blocks);
	dm_st64be(g + 24, (uint64_t)h->f_bfree);
	dm_st64be(g + 32, (uint64_t)h->f_bavail);
	dm_st64be(g + 40, (uint64_t)h->f_files);
	dm_st64be(g + 48, (uint64_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 56, (const char *)h + 56);
	dm_st64be(g + 64, (uint64_t)h->f_namelen);
	dm_st64be(g + 72, (uint64_t)h->f_frsize);
	dm_st64be(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type10_statfs64_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 32, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type10_statfs64 = { "statfs64", 120, 8, 120, 0, 0, dm_type10_statfs64_to_host, dm_type10_statfs64_to_guest, dm_type10_statfs64_fields, 12 };

/* ppc64le */
static void dm_type11_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type8_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld64le(g + 48);
	h->msg_rtime = dm_ld64le(g + 56);
	h->msg_ctime = dm_ld64le(g + 64);
	h->msg_cbytes = dm_ld64le(g + 72);
	h->msg_qnum = dm_ld64le(g + 80);
	h->msg_qbytes = dm_ld64le(g + 88);
	h->msg_lspid = dm_ld32le(g + 96);
	h->msg_lrpid = dm_ld32le(g + 100);
}

static void dm_type11_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_type8_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->msg_stime);
	dm_st64le(g + 56, (uint64_t)h->msg_rtime);
	dm_st64le(g + 64, (uint64_t)h->msg_ctime);
	dm_st64le(g + 72, (uint64_t)h->msg_cbytes);
	dm_st64le(g + 80, (uint64_t)h->msg_qnum);
	dm_st64le(g + 88, (uint64_t)h->msg_qbytes);
	dm_st32le(g + 96, (uint32_t)h->msg_lspid);
	dm_st32le(g + 100, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type11_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type8_ipc64_perm, NULL },
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
const struct dm_type dm_type11_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 0, dm_type11_msqid64_ds_to_host, dm_type11_msqid64_ds_to_guest, dm_type11_msqid64_ds_fields, 11 };

/* powerpc */
static void dm_type11_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32be(g + 52);
	h->sem_ctime = dm_ld32be(g + 60);
	h->sem_nsems = dm_ld32be(g + 64);
}

static void dm_type11_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 80);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->sem_otime);
	dm_st32be(g + 60, (uint32_t)h->sem_ctime);
	dm_st32be(g + 64, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type11_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
	{ "sem_otime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_otime", 52, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 60, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 68, 4, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 72, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type11_semid64_ds = { "semid64_ds", 80, 8, 104, 0, 0, dm_type11_semid64_ds_to_host, dm_type11_semid64_ds_to_guest, dm_type11_semid64_ds_fields, 8 };

/* powerpc */
static void dm_type11_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_atime = dm_ld32be(g + 52);
	h->shm_dtime = dm_ld32be(g + 60);
	h->shm_ctime = dm_ld32be(g + 68);
	h->shm_segsz = dm_ld32be(g + 76);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld32be(g + 88);
}

static void dm_type11_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->shm_atime);
	dm_st32be(g + 60, (uint32_t)h->shm_dtime);
	dm_st32be(g + 68, (uint32_t)h->shm_ctime);
	dm_st32be(g + 76, (uint32_t)h->shm_segsz);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st32be(g + 88, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type11_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
	{ "shm_atime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 52, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 60, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 64, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 68, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 72, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "shm_segsz", 76, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused5", 92, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused6", 96, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type11_shmid64_ds = { "shmid64_ds", 104, 8, 112, 0, 0, dm_type11_shmid64_ds_to_host, dm_type11_shmid64_ds_to_guest, dm_type11_shmid64_ds_fields, 14 };

/* ppc64 s390x */
static void dm_type11_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld64be(g + 0);
	h->sa_flags = dm_ld64be(g + 8);
	h->sa_restorer = dm_ld64be(g + 16);
	dm_type8_sigset.to_host((char *)h + 24, g + 24);
}

static void dm_type11_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->sa_handler);
	dm_st64be(g + 8, (uint64_t)h->sa_flags);
	dm_st64be(g + 16, (uint64_t)h->sa_restorer);
	dm_type8_sigset.to_guest(g + 24, (const char *)h + 24);
}

static const struct dm_field dm_type11_sigaction_fields[] = {
	{ "sa_handler", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 8, 8, 8, 8, 1, 1, 0, NULL, &dm_set0_sigaction_flags },
	{ "sa_restorer", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 24, 8, 24, 8, 1, 1, 0, &dm_type8_sigset, NULL },
};
const struct dm_type dm_type11_sigaction = { "sigaction", 32, 8, 32, 0, 0, dm_type11_sigaction_to_host, dm_type11_sigaction_to_guest, dm_type11_sigaction_fields, 4 };

/* ppc64 s390x */
static void dm_type11_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_errno = dm_ld32be(g + 4);
	h->si_code = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 16, 32);
}

static void dm_type11_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_errno);
	dm_st32be(g + 8, (uint32_t)h->si_code);
	memcpy(g + 16, (const char *)h + 16, 32);
}

static const struct dm_field dm_type11_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type4_sifields, NULL },
};
const struct dm_type dm_type11_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_type11_siginfo_to_host, dm_type11_siginfo_to_guest, dm_type11_siginfo_fields, 4 };

/* ppc64 */
static void dm_type11_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_ino = dm_ld64be(g + 8);
	h->st_nlink = dm_ld64be(g + 16);
	h->st_mode = dm_ld32be(g + 24);
	h->st_uid = dm_ld32be(g + 28);
	h->st_gid = dm_ld32be(g + 32);
	h->st_rdev = dm_ld64be(g + 40);
	h->st_size = dm_ld64be(g + 48);
	h->st_blksize = dm_ld64be(g + 56);
	h->st_blocks = dm_ld64be(g + 64);
	h->st_atime = dm_ld64be(g + 72);
	h->st_atime_nsec = dm_ld64be(g + 80);
	h->st_mtime = dm_ld64be(g + 88);
	h->st_mtime_nsec = dm_ld64be(g + 96);
	h->st_ctime = dm_ld64be(g + 104);
	h->st_ctime_nsec = dm_ld64be(g + 112);
}

static void dm_type11_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st64be(g + 8, (uint64_t)h->st_ino);
	dm_st64be(g + 16, (uint64_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_mode);
	dm_st32be(g + 28, (uint32_t)h->st_uid);
	dm_st32be(g + 32, (uint32_t)h->st_gid);
	dm_st64be(g + 40, (uint64_t)h->st_rdev);
	dm_st64be(g + 48, (uint64_t)h->st_size);
	dm_st64be(g + 56, (uint64_t)h->st_blksize);
	dm_st64be(g + 64, (uint64_t)h->st_blocks);
	dm_st64be(g + 72, (uint64_t)h->st_atime);
	dm_st64be(g + 80, (uint64_t)h->st_atime_nsec);
	dm_st64be(g + 88, (uint64_t)h->st_mtime);
	dm_st64be(g + 96, (uint64_t)h->st_mtime_nsec);
	dm_st64be(g + 104, (uint64_t)h->st_ctime);
	dm_st64be(g + 112, (uint64_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type11_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 96, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 104, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 112, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 120, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 128, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused6", 136, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type11_stat = { "stat", 144, 8, 144, 0, 0, dm_type11_stat_to_host, dm_type11_stat_to_guest, dm_type11_stat_fields, 19 };

/* s390x */
static void dm_type12_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld64be(g + 48);
	h->msg_rtime = dm_ld64be(g + 56);
	h->msg_ctime = dm_ld64be(g + 64);
	h->msg_cbytes = dm_ld64be(g + 72);
	h->msg_qnum = dm_ld64be(g + 80);
	h->msg_qbytes = dm_ld64be(g + 88);
	h->msg_lspid = dm_ld32be(g + 96);
	h->msg_lrpid = dm_ld32be(g + 100);
}

static void dm_type12_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->msg_stime);
	dm_st64be(g + 56, (uint64_t)h->msg_rtime);
	dm_st64be(g + 64, (uint64_t)h->msg_ctime);
	dm_st64be(g + 72, (uint64_t)h->msg_cbytes);
	dm_st64be(g + 80, (uint64_t)h->msg_qnum);
	dm_st64be(g + 88, (uint64_t)h->msg_qbytes);
	dm_st32be(g + 96, (uint32_t)h->msg_lspid);
	dm_st32be(g + 100, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type12_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
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
const struct dm_type dm_type12_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 0, dm_type12_msqid64_ds_to_host, dm_type12_msqid64_ds_to_guest, dm_type12_msqid64_ds_fields, 11 };

/* ppc64 */
static void dm_type12_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64be(g + 48);
	h->sem_ctime = dm_ld64be(g + 56);
	h->sem_nsems = dm_ld64be(g + 64);
}

static void dm_type12_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->sem_otime);
	dm_st64be(g + 56, (uint64_t)h->sem_ctime);
	dm_st64be(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type12_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 72, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 80, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type12_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type12_semid64_ds_to_host, dm_type12_semid64_ds_to_guest, dm_type12_semid64_ds_fields, 6 };

/* ppc64 */
static void dm_type12_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_atime = dm_ld64be(g + 48);
	h->shm_dtime = dm_ld64be(g + 56);
	h->shm_ctime = dm_ld64be(g + 64);
	h->shm_segsz = dm_ld64be(g + 72);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld64be(g + 88);
}

static void dm_type12_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->shm_atime);
	dm_st64be(g + 56, (uint64_t)h->shm_dtime);
	dm_st64be(g + 64, (uint64_t)h->shm_ctime);
	dm_st64be(g + 72, (uint64_t)h->shm_segsz);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st64be(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type12_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
	{ "shm_atime", 48, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 64, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_segsz", 72, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused5", 96, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused6", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type12_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type12_shmid64_ds_to_host, dm_type12_shmid64_ds_to_guest, dm_type12_shmid64_ds_fields, 10 };

/* riscv64 */
static void dm_type12_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld64le(g + 0);
	h->sa_flags = dm_ld64le(g + 8);
	dm_type0_sigset.to_host((char *)h + 24, g + 16);
}

static void dm_type12_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64le(g + 0, (uint64_t)h->sa_handler);
	dm_st64le(g + 8, (uint64_t)h->sa_flags);
	dm_type0_sigset.to_guest(g + 16, (const char *)h + 24);
}

static const struct dm_field dm_type12_sigaction_fields[] = {
	{ "sa_handler", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 8, 8, 8, 8, 1, 1, 0, NULL, &dm_set4_sigaction_flags },
	{ "sa_mask", 16, 8, 24, 8, 1, 1, 0, &dm_type0_sigset, NULL },
};
const struct dm_type dm_type12_sigaction = { "sigaction", 24, 8, 32, 0, 0, dm_type12_sigaction_to_host, dm_type12_sigaction_to_guest, dm_type12_sigaction_fields, 3 };

/* sparc64 */
static void dm_type12_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_errno = dm_ld32be(g + 4);
	h->si_code = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 16, 32);
}

static void dm_type12_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_errno);
	dm_st32be(g + 8, (uint32_t)h->si_code);
	memcpy(g + 16, (const char *)h + 16, 32);
}

static const struct dm_field dm_type12_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set5_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type5_sifields, NULL },
};
const struct dm_type dm_type12_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_type12_siginfo_to_host, dm_type12_siginfo_to_guest, dm_type12_siginfo_fields, 4 };

/* ppc64le */
static void dm_type12_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_ino = dm_ld64le(g + 8);
	h->st_nlink = dm_ld64le(g + 16);
	h->st_mode = dm_ld32le(g + 24);
	h->st_uid = dm_ld32le(g + 28);
	h->st_gid = dm_ld32le(g + 32);
	h->st_rdev = dm_ld64le(g + 40);
	h->st_size = dm_ld64le(g + 48);
	h->st_blksize = dm_ld64le(g + 56);
	h->st_blocks = dm_ld64le(g + 64);
	h->st_atime = dm_ld64le(g + 72);
	h->st_atime_nsec = dm_ld64le(g + 80);
	h->st_mtime = dm_ld64le(g + 88);
	h->st_mtime_nsec = dm_ld64le(g + 96);
	h->st_ctime = dm_ld64le(g + 104);
	h->st_ctime_nsec = dm_ld64le(g + 112);
}

static void dm_type12_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st64le(g + 8, (uint64_t)h->st_ino);
	dm_st64le(g + 16, (uint64_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_mode);
	dm_st32le(g + 28, (uint32_t)h->st_uid);
	dm_st32le(g + 32, (uint32_t)h->st_gid);
	dm_st64le(g + 40, (uint64_t)h->st_rdev);
	dm_st64le(g + 48, (uint64_t)h->st_size);
	dm_st64le(g + 56, (uint64_t)h->st_blksize);
	dm_st64le(g + 64, (uint64_t)h->st_blocks);
	dm_st64le(g + 72, (uint64_t)h->st_atime);
	dm_st64le(g + 80, (uint64_t)h->st_atime_nsec);
	dm_st64le(g + 88, (uint64_t)h->st_mtime);
	dm_st64le(g + 96, (uint64_t)h->st_mtime_nsec);
	dm_st64le(g + 104, (uint64_t)h->st_ctime);
	dm_st64le(g + 112, (uint64_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type12_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 96, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 104, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 112, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 120, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 128, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused6", 136, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type12_stat = { "stat", 144, 8, 144, 0, 0, dm_type12_stat_to_host, dm_type12_stat_to_guest, dm_type12_stat_fields, 19 };

/* sparc64 */
static void dm_type13_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld64be(g + 48);
	h->msg_rtime = dm_ld64be(g + 56);
	h->msg_ctime = dm_ld64be(g + 64);
	h->msg_cbytes = dm_ld64be(g + 72);
	h->msg_qnum = dm_ld64be(g + 80);
	h->msg_qbytes = dm_ld64be(g + 88);
	h->msg_lspid = dm_ld32be(g + 96);
	h->msg_lrpid = dm_ld32be(g + 100);
}

static void dm_type13_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->msg_stime);
	dm_st64be(g + 56, (uint64_t)h->msg_rtime);
	dm_st64be(g + 64, (uint64_t)h->msg_ctime);
	dm_st64be(g + 72, (uint64_t)h->msg_cbytes);
	dm_st64be(g + 80, (uint64_t)h->msg_qnum);
	dm_st64be(g + 88, (uint64_t)h->msg_qbytes);
	dm_st32be(g + 96, (uint32_t)h->msg_lspid);
	dm_st32be(g + 100, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type13_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
	{ "msg_stime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_rtime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_ctime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_cbytes", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 96, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 100, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused1", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 112, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type13_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 0, dm_type13_msqid64_ds_to_host, dm_type13_msqid64_ds_to_guest, dm_type13_msqid64_ds_fields, 11 };

/* ppc64le */
static void dm_type13_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type8_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64le(g + 48);
	h->sem_ctime = dm_ld64le(g + 56);
	h->sem_nsems = dm_ld64le(g + 64);
}

static void dm_type13_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type8_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->sem_otime);
	dm_st64le(g + 56, (uint64_t)h->sem_ctime);
	dm_st64le(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type13_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type8_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 72, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 80, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type13_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type13_semid64_ds_to_host, dm_type13_semid64_ds_to_guest, dm_type13_semid64_ds_fields, 6 };

/* ppc64le */
static void dm_type13_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type8_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_atime = dm_ld64le(g + 48);
	h->shm_dtime = dm_ld64le(g + 56);
	h->shm_ctime = dm_ld64le(g + 64);
	h->shm_segsz = dm_ld64le(g + 72);
	h->shm_cpid = dm_ld32le(g + 80);
	h->shm_lpid = dm_ld32le(g + 84);
	h->shm_nattch = dm_ld64le(g + 88);
}

static void dm_type13_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type8_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->shm_atime);
	dm_st64le(g + 56, (uint64_t)h->shm_dtime);
	dm_st64le(g + 64, (uint64_t)h->shm_ctime);
	dm_st64le(g + 72, (uint64_t)h->shm_segsz);
	dm_st32le(g + 80, (uint32_t)h->shm_cpid);
	dm_st32le(g + 84, (uint32_t)h->shm_lpid);
	dm_st64le(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type13_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type8_ipc64_perm, NULL },
	{ "shm_atime", 48, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 64, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_segsz", 72, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused5", 96, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused6", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type13_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type13_shmid64_ds_to_host, dm_type13_shmid64_ds_to_guest, dm_type13_shmid64_ds_fields, 10 };

/* sparc64 */
static void dm_type13_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld64be(g + 0);
	h->sa_flags = dm_ld64be(g + 8);
	h->sa_restorer = dm_ld64be(g + 16);
	dm_type8_sigset.to_host((char *)h + 24, g + 24);
}

static void dm_type13_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->sa_handler);
	dm_st64be(g + 8, (uint64_t)h->sa_flags);
	dm_st64be(g + 16, (uint64_t)h->sa_restorer);
	dm_type8_sigset.to_guest(g + 24, (const char *)h + 24);
}

static const struct dm_field dm_type13_sigaction_fields[] = {
	{ "sa_handler", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 8, 8, 8, 8, 1, 1, 0, NULL, &dm_set6_sigaction_flags },
	{ "sa_restorer", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 24, 8, 24, 8, 1, 1, 0, &dm_type8_sigset, NULL },
};
const struct dm_type dm_type13_sigaction = { "sigaction", 32, 8, 32, 0, 0, dm_type13_sigaction_to_host, dm_type13_sigaction_to_guest, dm_type13_sigaction_fields, 4 };

/* x32 */
static void dm_type13_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_errno = dm_ld32le(g + 4);
	h->si_code = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 28);
}

static void dm_type13_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_errno);
	dm_st32le(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 28);
}

static const struct dm_field dm_type13_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 28, 16, 32, 1, 1, 0, &dm_type6_sifields, NULL },
};
const struct dm_type dm_type13_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_type13_siginfo_to_host, dm_type13_siginfo_to_guest, dm_type13_siginfo_fields, 4 };

/* s390x */
static void dm_type13_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_ino = dm_ld64be(g + 8);
	h->st_nlink = dm_ld64be(g + 16);
	h->st_mode = dm_ld32be(g + 24);
	h->st_uid = dm_ld32be(g + 28);
	h->st_gid = dm_ld32be(g + 32);
	h->st_rdev = dm_ld64be(g + 40);
	h->st_size = dm_ld64be(g + 48);
	h->st_atime = dm_ld64be(g + 56);
	h->st_atime_nsec = dm_ld64be(g + 64);
	h->st_mtime = dm_ld64be(g + 72);
	h->st_mtime_nsec = dm_ld64be(g + 80);
	h->st_ctime = dm_ld64be(g + 88);
	h->st_ctime_nsec = dm_ld64be(g + 96);
	h->st_blksize = dm_ld64be(g + 104);
	h->st_blocks = dm_ld64be(g + 112);
}

static void dm_type13_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st64be(g + 8, (uint64_t)h->st_ino);
	dm_st64be(g + 16, (uint64_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_mode);
	dm_st32be(g + 28, (uint32_t)h->st_uid);
	dm_st32be(g + 32, (uint32_t)h->st_gid);
	dm_st64be(g + 40, (uint64_t)h->st_rdev);
	dm_st64be(g + 48, (uint64_t)h->st_size);
	dm_st64be(g + 56, (uint64_t)h->st_atime);
	dm_st64be(g + 64, (uint64_t)h->st_atime_nsec);
	dm_st64be(g + 72, (uint64_t)h->st_mtime);
	dm_st64be(g + 80, (uint64_t)h->st_mtime_nsec);
	dm_st64be(g + 88, (uint64_t)h->st_ctime);
	dm_st64be(g + 96, (uint64_t)h->st_ctime_nsec);
	dm_st64be(g + 104, (uint64_t)h->st_blksize);
	dm_st64be(g + 112, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type13_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 36, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_rdev", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 56, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 80, 8, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 96, 8, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 104, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 112, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused", 120, 24, 120, 24, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type13_stat = { "stat", 144, 8, 144, 0, 0, dm_type13_stat_to_host, dm_type13_stat_to_guest, dm_type13_stat_fields, 18 };

/* s390x */
static void dm_type14_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64be(g + 48);
	h->sem_ctime = dm_ld64be(g + 56);
	h->sem_nsems = dm_ld64be(g + 64);
}

static void dm_type14_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->sem_otime);
	dm_st64be(g + 56, (uint64_t)h->sem_ctime);
	dm_st64be(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type14_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 72, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 80, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type14_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type14_semid64_ds_to_host, dm_type14_semid64_ds_to_guest, dm_type14_semid64_ds_fields, 6 };

/* s390x */
static void dm_type14_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld64be(g + 48);
	h->shm_atime = dm_ld64be(g + 56);
	h->shm_dtime = dm_ld64be(g + 64);
	h->shm_ctime = dm_ld64be(g + 72);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld64be(g + 88);
}

static void dm_type14_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->shm_segsz);
	dm_st64be(g + 56, (uint64_t)h->shm_atime);
	dm_st64be(g + 64, (uint64_t)h->shm_dtime);
	dm_st64be(g + 72, (uint64_t)h->shm_ctime);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st64be(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type14_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
	{ "shm_segsz", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 104, 8, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type14_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type14_shmid64_ds_to_host, dm_type14_shmid64_ds_to_guest, dm_type14_shmid64_ds_fields, 10 };

/* sparc64 */
static void dm_type14_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld64be(g + 8);
	h->st_mode = dm_ld32be(g + 16);
	h->st_nlink = (int16_t)dm_ld16be(g + 20);
	h->st_uid = dm_ld32be(g + 24);
	h->st_gid = dm_ld32be(g + 28);
	h->st_rdev = dm_ld32be(g + 32);
	h->st_size = dm_ld64be(g + 40);
	h->st_atime = dm_ld64be(g + 48);
	h->st_mtime = dm_ld64be(g + 56);
	h->st_ctime = dm_ld64be(g + 64);
	h->st_blksize = dm_ld64be(g + 72);
	h->st_blocks = dm_ld64be(g + 80);
}

static void dm_type14_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st64be(g + 8, (uint64_t)h->st_ino);
	dm_st32be(g + 16, (uint32_t)h->st_mode);
	dm_st16be(g + 20, (uint16_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_uid);
	dm_st32be(g + 28, (uint32_t)h->st_gid);
	dm_st32be(g + 32, (uint32_t)h->st_rdev);
	dm_st64be(g + 40, (uint64_t)h->st_size);
	dm_st64be(g + 48, (uint64_t)h->st_atime);
	dm_st64be(g + 56, (uint64_t)h->st_mtime);
	dm_st64be(g + 64, (uint64_t)h->st_ctime);
	dm_st64be(g + 72, (uint64_t)h->st_blksize);
	dm_st64be(g + 80, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type14_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 2, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 40, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 48, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime", 56, 8, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime", 64, 8, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 72, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 80, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 88, 16, -1, 0, 2, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type14_stat = { "stat", 104, 8, 144, 0, 0, dm_type14_stat_to_host, dm_type14_stat_to_guest, dm_type14_stat_fields, 14 };

/* sparc64 */
static void dm_type15_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64be(g + 48);
	h->sem_ctime = dm_ld64be(g + 56);
	h->sem_nsems = dm_ld64be(g + 64);
}

static void dm_type15_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->sem_otime);
	dm_st64be(g + 56, (uint64_t)h->sem_ctime);
	dm_st64be(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type15_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 72, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 80, 8, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type15_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type15_semid64_ds_to_host, dm_type15_semid64_ds_to_guest, dm_type15_semid64_ds_fields, 6 };

/* sparc64 */
static void dm_type15_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type9_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_atime = dm_ld64be(g + 48);
	h->shm_dtime = dm_ld64be(g + 56);
	h->shm_ctime = dm_ld64be(g + 64);
	h->shm_segsz = dm_ld64be(g + 72);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld64be(g + 88);
}

static void dm_type15_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type9_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->shm_atime);
	dm_st64be(g + 56, (uint64_t)h->shm_dtime);
	dm_st64be(g + 64, (uint64_t)h->shm_ctime);
	dm_st64be(g + 72, (uint64_t)h->shm_segsz);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st64be(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type15_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type9_ipc64_perm, NULL },
	{ "shm_atime", 48, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 64, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_segsz", 72, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 96, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type15_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type15_shmid64_ds_to_host, dm_type15_shmid64_ds_to_guest, dm_type15_shmid64_ds_fields, 10 };

/* x32 x86_64 */
static void dm_type15_stat_to_host(void *h, const void *g) { memcpy(h, g, 144); }
static void dm_type15_stat_to_guest(void *g, const void *h) { memcpy(g, h, 144); }

static const struct dm_field dm_type15_stat_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_nlink", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
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
const struct dm_type dm_type15_stat = { "stat", 144, 8, 144, 0, 1, dm_type15_stat_to_host, dm_type15_stat_to_guest, dm_type15_stat_fields, 18 };

/* x32 x86_64 */
static void dm_type16_semid64_ds_to_host(void *h, const void *g) { memcpy(h, g, 104); }
static void dm_type16_semid64_ds_to_guest(void *g, const void *h) { memcpy(g, h, 104); }

static const struct dm_field dm_type16_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused1", 56, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "sem_ctime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused2", 72, 8, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "sem_nsems", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 88, 8, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 96, 8, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type16_semid64_ds = { "semid64_ds", 104, 8, 104, 0, 1, dm_type16_semid64_ds_to_host, dm_type16_semid64_ds_to_guest, dm_type16_semid64_ds_fields, 8 };

/* x32 */
static void dm_type16_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type0_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 48);
	h->shm_atime = dm_ld64le(g + 56);
	h->shm_dtime = dm_ld64le(g + 64);
	h->shm_ctime = dm_ld64le(g + 72);
	h->shm_cpid = dm_ld32le(g + 80);
	h->shm_lpid = dm_ld32le(g + 84);
	h->shm_nattch = dm_ld64le(g + 88);
}

static void dm_type16_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type0_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 48, (uint32_t)h->shm_segsz);
	dm_st64le(g + 56, (uint64_t)h->shm_atime);
	dm_st64le(g + 64, (uint64_t)h->shm_dtime);
	dm_st64le(g + 72, (uint64_t)h->shm_ctime);
	dm_st32le(g + 80, (uint32_t)h->shm_cpid);
	dm_st32le(g + 84, (uint32_t)h->shm_lpid);
	dm_st64le(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type16_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
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
const struct dm_type dm_type16_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type16_shmid64_ds_to_host, dm_type16_shmid64_ds_to_guest, dm_type16_shmid64_ds_fields, 10 };

/* alpha */
static void dm_type1_clone_args_to_host(void *h, const void *g) { memcpy(h, g, 88); }
static void dm_type1_clone_args_to_guest(void *g, const void *h) { memcpy(g, h, 88); }

static const struct dm_field dm_type1_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set1_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_clone_args = { "clone_args", 88, 8, 88, 0, 1, dm_type1_clone_args_to_host, dm_type1_clone_args_to_guest, dm_type1_clone_args_fields, 11 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_cmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_cmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->cmsg_len = dm_ld32le(g + 0);
	h->cmsg_level = dm_ld32le(g + 4);
	h->cmsg_type = dm_ld32le(g + 8);
}

static void dm_type1_cmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_cmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->cmsg_len);
	dm_st32le(g + 4, (uint32_t)h->cmsg_level);
	dm_st32le(g + 8, (uint32_t)h->cmsg_type);
}

static const struct dm_field dm_type1_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_cmsghdr = { "cmsghdr", 12, 4, 16, 0, 0, dm_type1_cmsghdr_to_host, dm_type1_cmsghdr_to_guest, dm_type1_cmsghdr_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_dirent64_to_host(void *hv, const void *gv)
{
	struct dmh_dirent64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->d_ino = dm_ld64le(g + 0);
	h->d_off = dm_ld64le(g + 8);
	h->d_reclen = dm_ld16le(g + 16);
	h->d_type = dm_ld8(g + 18);
}

static void dm_type1_dirent64_to_guest(void *gv, const void *hv)
{
	const struct dmh_dirent64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st64le(g + 0, (uint64_t)h->d_ino);
	dm_st64le(g + 8, (uint64_t)h->d_off);
	dm_st16le(g + 16, (uint16_t)h->d_reclen);
	dm_st8(g + 18, (uint8_t)h->d_type);
}

static const struct dm_field dm_type1_dirent64_fields[] = {
	{ "d_ino", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "d_off", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "d_reclen", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "d_type", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "d_name", 19, 0, 19, 0, 0, 0, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_dirent64 = { "dirent64", 20, 4, 24, 0, 0, dm_type1_dirent64_to_host, dm_type1_dirent64_to_guest, dm_type1_dirent64_fields, 5 };

/* arc i386 sh4 */
static void dm_type1_epoll_event_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_type1_epoll_event_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_type1_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_set0_epoll_events },
	{ "data", 4, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_epoll_event = { "epoll_event", 12, 4, 12, 0, 1, dm_type1_epoll_event_to_host, dm_type1_epoll_event_to_guest, dm_type1_epoll_event_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_fiemap_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_fiemap_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_fiemap_fields[] = {
	{ "fm_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fm_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fm_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fm_mapped_extents", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "fm_extent_count", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "fm_reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fm_extents", 32, 0, 32, 0, 0, 0, 0, &dm_type1_fiemap_extent, NULL },
};
const struct dm_type dm_type1_fiemap = { "fiemap", 32, 4, 32, 0, 1, dm_type1_fiemap_to_host, dm_type1_fiemap_to_guest, dm_type1_fiemap_fields, 7 };

/* arc i386 sh4 */
static void dm_type1_fiemap_extent_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_type1_fiemap_extent_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_type1_fiemap_extent_fields[] = {
	{ "fe_logical", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fe_physical", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fe_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "fe_reserved64", 24, 16, 24, 16, 2, 2, DM_F_PAD, NULL, NULL },
	{ "fe_flags", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "fe_reserved", 44, 12, 44, 12, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_fiemap_extent = { "fiemap_extent", 56, 4, 56, 0, 1, dm_type1_fiemap_extent_to_host, dm_type1_fiemap_extent_to_guest, dm_type1_fiemap_extent_fields, 6 };

/* arc i386 sh4 */
static void dm_type1_file_clone_range_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_file_clone_range_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_file_clone_range_fields[] = {
	{ "src_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "src_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dest_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_file_clone_range = { "file_clone_range", 32, 4, 32, 0, 1, dm_type1_file_clone_range_to_host, dm_type1_file_clone_range_to_guest, dm_type1_file_clone_range_fields, 4 };

/* arc i386 sh4 */
static void dm_type1_file_dedupe_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type1_file_dedupe_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type1_file_dedupe_range_fields[] = {
	{ "src_offset", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dest_count", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "reserved1", 18, 2, 18, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "reserved2", 20, 4, 20, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "info", 24, 0, 24, 0, 0, 0, 0, &dm_type1_file_dedupe_range_info, NULL },
};
const struct dm_type dm_type1_file_dedupe_range = { "file_dedupe_range", 24, 4, 24, 0, 1, dm_type1_file_dedupe_range_to_host, dm_type1_file_dedupe_range_to_guest, dm_type1_file_dedupe_range_fields, 6 };

/* arc i386 sh4 */
static void dm_type1_file_dedupe_range_info_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_file_dedupe_range_info_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_file_dedupe_range_info_fields[] = {
	{ "dest_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "dest_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "bytes_deduped", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "status", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_file_dedupe_range_info = { "file_dedupe_range_info", 32, 4, 32, 0, 1, dm_type1_file_dedupe_range_info_to_host, dm_type1_file_dedupe_range_info_to_guest, dm_type1_file_dedupe_range_info_fields, 5 };

/* arc arm i386 sh4 */
static void dm_type1_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16le(g + 0);
	h->l_whence = dm_ld16le(g + 2);
	h->l_start = (int32_t)dm_ld32le(g + 4);
	h->l_len = (int32_t)dm_ld32le(g + 8);
	h->l_pid = dm_ld32le(g + 12);
}

static void dm_type1_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16le(g + 0, (uint16_t)h->l_type);
	dm_st16le(g + 2, (uint16_t)h->l_whence);
	dm_st32le(g + 4, (uint32_t)h->l_start);
	dm_st32le(g + 8, (uint32_t)h->l_len);
	dm_st32le(g + 12, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type1_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 12, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_flock = { "flock", 16, 4, 32, 0, 0, dm_type1_flock_to_host, dm_type1_flock_to_guest, dm_type1_flock_fields, 5 };

/* arc i386 sh4 */
static void dm_type1_flock64_to_host(void *hv, const void *gv)
{
	struct dmh_flock64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16le(g + 0);
	h->l_whence = dm_ld16le(g + 2);
	h->l_start = dm_ld64le(g + 4);
	h->l_len = dm_ld64le(g + 12);
	h->l_pid = dm_ld32le(g + 20);
}

static void dm_type1_flock64_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st16le(g + 0, (uint16_t)h->l_type);
	dm_st16le(g + 2, (uint16_t)h->l_whence);
	dm_st64le(g + 4, (uint64_t)h->l_start);
	dm_st64le(g + 12, (uint64_t)h->l_len);
	dm_st32le(g + 20, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type1_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 12, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 20, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_flock64 = { "flock64", 24, 4, 32, 0, 0, dm_type1_flock64_to_host, dm_type1_flock64_to_guest, dm_type1_flock64_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_fsid_to_host(void *hv, const void *gv)
{
	struct dmh_fsid *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 2; i++)
		h->val[i] = dm_ld32be(g + 0 + i * 4);
}

static void dm_type1_fsid_to_guest(void *gv, const void *hv)
{
	const struct dmh_fsid *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	for (unsigned i = 0; i < 2; i++)
		dm_st32be(g + 0 + i * 4, (uint32_t)h->val[i]);
}

static const struct dm_field dm_type1_fsid_fields[] = {
	{ "val", 0, 8, 0, 8, 2, 2, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_fsid = { "fsid", 8, 4, 8, 0, 0, dm_type1_fsid_to_host, dm_type1_fsid_to_guest, dm_type1_fsid_fields, 1 };

/* arc i386 sh4 */
static void dm_type1_fstrim_range_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type1_fstrim_range_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type1_fstrim_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "minlen", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_fstrim_range = { "fstrim_range", 24, 4, 24, 0, 1, dm_type1_fstrim_range_to_host, dm_type1_fstrim_range_to_guest, dm_type1_fstrim_range_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_fsxattr_to_host(void *hv, const void *gv)
{
	struct dmh_fsxattr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fsx_xflags = dm_ld32be(g + 0);
	h->fsx_extsize = dm_ld32be(g + 4);
	h->fsx_nextents = dm_ld32be(g + 8);
	h->fsx_projid = dm_ld32be(g + 12);
	h->fsx_cowextsize = dm_ld32be(g + 16);
}

static void dm_type1_fsxattr_to_guest(void *gv, const void *hv)
{
	const struct dmh_fsxattr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32be(g + 0, (uint32_t)h->fsx_xflags);
	dm_st32be(g + 4, (uint32_t)h->fsx_extsize);
	dm_st32be(g + 8, (uint32_t)h->fsx_nextents);
	dm_st32be(g + 12, (uint32_t)h->fsx_projid);
	dm_st32be(g + 16, (uint32_t)h->fsx_cowextsize);
}

static const struct dm_field dm_type1_fsxattr_fields[] = {
	{ "fsx_xflags", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_extsize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_nextents", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_projid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_cowextsize", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_pad", 20, 8, 20, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_fsxattr = { "fsxattr", 28, 4, 28, 0, 0, dm_type1_fsxattr_to_host, dm_type1_fsxattr_to_guest, dm_type1_fsxattr_fields, 6 };

/* arc i386 sh4 */
static void dm_type1_if_dqblk_to_host(void *hv, const void *gv)
{
	struct dmh_if_dqblk *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqb_bhardlimit = dm_ld64le(g + 0);
	h->dqb_bsoftlimit = dm_ld64le(g + 8);
	h->dqb_curspace = dm_ld64le(g + 16);
	h->dqb_ihardlimit = dm_ld64le(g + 24);
	h->dqb_isoftlimit = dm_ld64le(g + 32);
	h->dqb_curinodes = dm_ld64le(g + 40);
	h->dqb_btime = dm_ld64le(g + 48);
	h->dqb_itime = dm_ld64le(g + 56);
	h->dqb_valid = dm_ld32le(g + 64);
}

static void dm_type1_if_dqblk_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_dqblk *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 68);
	dm_st64le(g + 0, (uint64_t)h->dqb_bhardlimit);
	dm_st64le(g + 8, (uint64_t)h->dqb_bsoftlimit);
	dm_st64le(g + 16, (uint64_t)h->dqb_curspace);
	dm_st64le(g + 24, (uint64_t)h->dqb_ihardlimit);
	dm_st64le(g + 32, (uint64_t)h->dqb_isoftlimit);
	dm_st64le(g + 40, (uint64_t)h->dqb_curinodes);
	dm_st64le(g + 48, (uint64_t)h->dqb_btime);
	dm_st64le(g + 56, (uint64_t)h->dqb_itime);
	dm_st32le(g + 64, (uint32_t)h->dqb_valid);
}

static const struct dm_field dm_type1_if_dqblk_fields[] = {
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
const struct dm_type dm_type1_if_dqblk = { "if_dqblk", 68, 4, 72, 0, 0, dm_type1_if_dqblk_to_host, dm_type1_if_dqblk_to_guest, dm_type1_if_dqblk_fields, 9 };

/* arc i386 sh4 */
static void dm_type1_if_dqinfo_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type1_if_dqinfo_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type1_if_dqinfo_fields[] = {
	{ "dqi_bgrace", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_igrace", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "dqi_valid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_if_dqinfo = { "if_dqinfo", 24, 4, 24, 0, 1, dm_type1_if_dqinfo_to_host, dm_type1_if_dqinfo_to_guest, dm_type1_if_dqinfo_fields, 4 };

/* arc i386 sh4 */
static void dm_type1_if_nextdqblk_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type1_if_nextdqblk_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type1_if_nextdqblk_fields[] = {
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
const struct dm_type dm_type1_if_nextdqblk = { "if_nextdqblk", 72, 4, 72, 0, 1, dm_type1_if_nextdqblk_to_host, dm_type1_if_nextdqblk_to_guest, dm_type1_if_nextdqblk_fields, 10 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_if_settings_to_host(void *hv, const void *gv)
{
	struct dmh_if_settings *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->type = dm_ld32le(g + 0);
	h->size = dm_ld32le(g + 4);
	memcpy((char *)h + 8, g + 8, 4);
}

static void dm_type1_if_settings_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_settings *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->type);
	dm_st32le(g + 4, (uint32_t)h->size);
	memcpy(g + 8, (const char *)h + 8, 4);
}

static const struct dm_field dm_type1_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 4, 8, 8, 1, 1, 0, &dm_type1_if_settings_ifsu, NULL },
};
const struct dm_type dm_type1_if_settings = { "if_settings", 12, 4, 16, 0, 0, dm_type1_if_settings_to_host, dm_type1_if_settings_to_guest, dm_type1_if_settings_fields, 3 };

/* arc arm hppa i386 mips-n32-be mips-n32-le mips-o32-be mips-o32-le powerpc sh4 x32 */
static void dm_type1_if_settings_ifsu_to_host(void *h, const void *g) { memset(h, 0, 8); memcpy(h, g, 4); }
static void dm_type1_if_settings_ifsu_to_guest(void *g, const void *h) { memset(g, 0, 4); memcpy(g, h, 4); }

static const struct dm_field dm_type1_if_settings_ifsu_fields[] = {
	{ "raw_hdlc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "cisco", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc_info", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "x25", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sync", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "te1", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_if_settings_ifsu = { "if_settings_ifsu", 4, 4, 8, 1, 0, dm_type1_if_settings_ifsu_to_host, dm_type1_if_settings_ifsu_to_guest, dm_type1_if_settings_ifsu_fields, 8 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifconf_to_host(void *hv, const void *gv)
{
	struct dmh_ifconf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ifc_len = dm_ld32le(g + 0);
	dm_type1_ifconf_ifcu.to_host((char *)h + 8, g + 4);
}

static void dm_type1_ifconf_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifconf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->ifc_len);
	dm_type1_ifconf_ifcu.to_guest(g + 4, (const char *)h + 8);
}

static const struct dm_field dm_type1_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 4, 4, 8, 8, 1, 1, 0, &dm_type1_ifconf_ifcu, NULL },
};
const struct dm_type dm_type1_ifconf = { "ifconf", 8, 4, 16, 0, 0, dm_type1_ifconf_to_host, dm_type1_ifconf_to_guest, dm_type1_ifconf_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifconf_ifcu_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32le(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type1_ifconf_ifcu_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32le(g, (uint32_t)v); }

static const struct dm_field dm_type1_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_ifconf_ifcu = { "ifconf_ifcu", 4, 4, 8, 1, 0, dm_type1_ifconf_ifcu_to_host, dm_type1_ifconf_ifcu_to_guest, dm_type1_ifconf_ifcu_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifmap_to_host(void *hv, const void *gv)
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

static void dm_type1_ifmap_to_guest(void *gv, const void *hv)
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

static const struct dm_field dm_type1_ifmap_fields[] = {
	{ "mem_start", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 8, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 10, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 11, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 12, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_ifmap = { "ifmap", 16, 4, 24, 0, 0, dm_type1_ifmap_to_host, dm_type1_ifmap_to_guest, dm_type1_ifmap_fields, 6 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	memcpy((char *)h + 16, g + 16, 16);
}

static void dm_type1_ifreq_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	memcpy(g + 16, (const char *)h + 16, 16);
}

static const struct dm_field dm_type1_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type1_ifreq_ifru, NULL },
};
const struct dm_type dm_type1_ifreq = { "ifreq", 32, 4, 40, 0, 0, dm_type1_ifreq_to_host, dm_type1_ifreq_to_guest, dm_type1_ifreq_fields, 2 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_ifreq_ifrn_to_host(void *h, const void *g) { memset(h, 0, 16); memcpy(h, g, 16); }
static void dm_type1_ifreq_ifrn_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type1_ifreq_ifrn_fields[] = {
	{ "ifrn_name", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_ifreq_ifrn = { "ifreq_ifrn", 16, 1, 16, 1, 0, dm_type1_ifreq_ifrn_to_host, dm_type1_ifreq_ifrn_to_guest, dm_type1_ifreq_ifrn_fields, 1 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_ifru_to_host(void *h, const void *g) { memset(h, 0, 24); memcpy(h, g, 16); }
static void dm_type1_ifreq_ifru_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type1_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type1_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type1_if_settings, NULL },
};
const struct dm_type dm_type1_ifreq_ifru = { "ifreq_ifru", 16, 4, 24, 1, 0, dm_type1_ifreq_ifru_to_host, dm_type1_ifreq_ifru_to_guest, dm_type1_ifreq_ifru_fields, 13 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_ifru_int_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32le(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 4); }
static void dm_type1_ifreq_ifru_int_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 16); memcpy(g, h, 16); dm_st32le(g, (uint32_t)v); }

static const struct dm_field dm_type1_ifreq_ifru_int_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type1_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type1_if_settings, NULL },
};
const struct dm_type dm_type1_ifreq_ifru_int = { "ifreq_ifru_int", 16, 4, 24, 1, 0, dm_type1_ifreq_ifru_int_to_host, dm_type1_ifreq_ifru_int_to_guest, dm_type1_ifreq_ifru_int_fields, 13 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_ifru_short_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint16_t v = dm_ld16le(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 2); }
static void dm_type1_ifreq_ifru_short_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 2); memset(g, 0, 16); memcpy(g, h, 16); dm_st16le(g, (uint16_t)v); }

static const struct dm_field dm_type1_ifreq_ifru_short_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type0_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type1_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type1_if_settings, NULL },
};
const struct dm_type dm_type1_ifreq_ifru_short = { "ifreq_ifru_short", 16, 4, 24, 1, 0, dm_type1_ifreq_ifru_short_to_host, dm_type1_ifreq_ifru_short_to_guest, dm_type1_ifreq_ifru_short_fields, 13 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_int_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_int *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type1_ifreq_ifru_int.to_host((char *)h + 16, g + 16);
}

static void dm_type1_ifreq_int_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_int *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type1_ifreq_ifru_int.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type1_ifreq_int_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type1_ifreq_ifru_int, NULL },
};
const struct dm_type dm_type1_ifreq_int = { "ifreq_int", 32, 4, 40, 0, 0, dm_type1_ifreq_int_to_host, dm_type1_ifreq_int_to_guest, dm_type1_ifreq_int_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ifreq_short_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_short *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type1_ifreq_ifru_short.to_host((char *)h + 16, g + 16);
}

static void dm_type1_ifreq_short_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_short *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type1_ifreq_ifru_short.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type1_ifreq_short_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type0_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type1_ifreq_ifru_short, NULL },
};
const struct dm_type dm_type1_ifreq_short = { "ifreq_short", 32, 4, 40, 0, 0, dm_type1_ifreq_short_to_host, dm_type1_ifreq_short_to_guest, dm_type1_ifreq_short_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_in6_addr_to_host(void *hv, const void *gv)
{
	struct dmh_in6_addr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
}

static void dm_type1_in6_addr_to_guest(void *gv, const void *hv)
{
	const struct dmh_in6_addr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	memcpy(g + 0, (const char *)h + 0, 16);
}

static const struct dm_field dm_type1_in6_addr_fields[] = {
	{ "in6_u", 0, 16, 0, 16, 1, 1, 0, &dm_type1_in6_addr_u, NULL },
};
const struct dm_type dm_type1_in6_addr = { "in6_addr", 16, 4, 16, 0, 0, dm_type1_in6_addr_to_host, dm_type1_in6_addr_to_guest, dm_type1_in6_addr_fields, 1 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_in6_addr_u_to_host(void *h, const void *g) { memset(h, 0, 16); memcpy(h, g, 16); }
static void dm_type1_in6_addr_u_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type1_in6_addr_u_fields[] = {
	{ "u6_addr8", 0, 16, 0, 16, 16, 16, 0, NULL, NULL },
	{ "u6_addr16", 0, 16, 0, 16, 8, 8, 0, NULL, NULL },
	{ "u6_addr32", 0, 16, 0, 16, 4, 4, 0, NULL, NULL },
};
const struct dm_type dm_type1_in6_addr_u = { "in6_addr_u", 16, 4, 16, 1, 0, dm_type1_in6_addr_u_to_host, dm_type1_in6_addr_u_to_guest, dm_type1_in6_addr_u_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_in_addr_to_host(void *hv, const void *gv)
{
	struct dmh_in_addr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->s_addr = dm_ld32be(g + 0);
}

static void dm_type1_in_addr_to_guest(void *gv, const void *hv)
{
	const struct dmh_in_addr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->s_addr);
}

static const struct dm_field dm_type1_in_addr_fields[] = {
	{ "s_addr", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_in_addr = { "in_addr", 4, 4, 4, 0, 0, dm_type1_in_addr_to_host, dm_type1_in_addr_to_guest, dm_type1_in_addr_fields, 1 };

/* arc i386 sh4 */
static void dm_type1_io_event_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_io_event_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_io_event_fields[] = {
	{ "data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "obj", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "res", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "res2", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_io_event = { "io_event", 32, 4, 32, 0, 1, dm_type1_io_event_to_host, dm_type1_io_event_to_guest, dm_type1_io_event_fields, 4 };

/* arc i386 sh4 */
static void dm_type1_iocb_to_host(void *h, const void *g) { memcpy(h, g, 64); }
static void dm_type1_iocb_to_guest(void *g, const void *h) { memcpy(g, h, 64); }

static const struct dm_field dm_type1_iocb_fields[] = {
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
const struct dm_type dm_type1_iocb = { "iocb", 64, 4, 64, 0, 1, dm_type1_iocb_to_host, dm_type1_iocb_to_guest, dm_type1_iocb_fields, 12 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_iovec_to_host(void *hv, const void *gv)
{
	struct dmh_iovec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->iov_base = dm_ld32le(g + 0);
	h->iov_len = dm_ld32le(g + 4);
}

static void dm_type1_iovec_to_guest(void *gv, const void *hv)
{
	const struct dmh_iovec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->iov_base);
	dm_st32le(g + 4, (uint32_t)h->iov_len);
}

static const struct dm_field dm_type1_iovec_fields[] = {
	{ "iov_base", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_iovec = { "iovec", 8, 4, 16, 0, 0, dm_type1_iovec_to_host, dm_type1_iovec_to_guest, dm_type1_iovec_fields, 2 };

/* arc mips-n32-le mips-o32-le */
static void dm_type1_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32le(g + 0);
	h->uid = dm_ld32le(g + 4);
	h->gid = dm_ld32le(g + 8);
	h->cuid = dm_ld32le(g + 12);
	h->cgid = dm_ld32le(g + 16);
	h->mode = dm_ld32le(g + 20);
	h->seq = dm_ld16le(g + 24);
}

static void dm_type1_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32le(g + 0, (uint32_t)h->key);
	dm_st32le(g + 4, (uint32_t)h->uid);
	dm_st32le(g + 8, (uint32_t)h->gid);
	dm_st32le(g + 12, (uint32_t)h->cuid);
	dm_st32le(g + 16, (uint32_t)h->cgid);
	dm_st32le(g + 20, (uint32_t)h->mode);
	dm_st16le(g + 24, (uint16_t)h->seq);
}

static const struct dm_field dm_type1_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 24, 0, 24, 0, 0, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 24, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad2", 26, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 28, 4, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 32, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_ipc64_perm = { "ipc64_perm", 36, 4, 48, 0, 0, dm_type1_ipc64_perm_to_host, dm_type1_ipc64_perm_to_guest, dm_type1_ipc64_perm_fields, 11 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_timespec.to_host((char *)h + 0, g + 0);
	dm_type1_timespec.to_host((char *)h + 16, g + 8);
}

static void dm_type1_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type1_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_type1_timespec.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type1_itimerspec_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type1_timespec, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type1_timespec, NULL },
};
const struct dm_type dm_type1_itimerspec = { "itimerspec", 16, 4, 32, 0, 0, dm_type1_itimerspec_to_host, dm_type1_itimerspec_to_guest, dm_type1_itimerspec_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_itimerspec64_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_itimerspec64_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_itimerspec64_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type1_timespec64, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type1_timespec64, NULL },
};
const struct dm_type dm_type1_itimerspec64 = { "itimerspec64", 32, 4, 32, 0, 1, dm_type1_itimerspec64_to_host, dm_type1_itimerspec64_to_guest, dm_type1_itimerspec64_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_itimerval_to_host(void *hv, const void *gv)
{
	struct dmh_itimerval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_timeval.to_host((char *)h + 0, g + 0);
	dm_type1_timeval.to_host((char *)h + 16, g + 8);
}

static void dm_type1_itimerval_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type1_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type1_timeval.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type1_itimerval_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type1_timeval, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type1_timeval, NULL },
};
const struct dm_type dm_type1_itimerval = { "itimerval", 16, 4, 32, 0, 0, dm_type1_itimerval_to_host, dm_type1_itimerval_to_guest, dm_type1_itimerval_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_kexec_segment_to_host(void *hv, const void *gv)
{
	struct dmh_kexec_segment *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->buf = dm_ld32le(g + 0);
	h->bufsz = dm_ld32le(g + 4);
	h->mem = dm_ld32le(g + 8);
	h->memsz = dm_ld32le(g + 12);
}

static void dm_type1_kexec_segment_to_guest(void *gv, const void *hv)
{
	const struct dmh_kexec_segment *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->buf);
	dm_st32le(g + 4, (uint32_t)h->bufsz);
	dm_st32le(g + 8, (uint32_t)h->mem);
	dm_st32le(g + 12, (uint32_t)h->memsz);
}

static const struct dm_field dm_type1_kexec_segment_fields[] = {
	{ "buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_kexec_segment = { "kexec_segment", 16, 4, 32, 0, 0, dm_type1_kexec_segment_to_host, dm_type1_kexec_segment_to_guest, dm_type1_kexec_segment_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_linger_to_host(void *hv, const void *gv)
{
	struct dmh_linger *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_onoff = dm_ld32be(g + 0);
	h->l_linger = dm_ld32be(g + 4);
}

static void dm_type1_linger_to_guest(void *gv, const void *hv)
{
	const struct dmh_linger *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->l_onoff);
	dm_st32be(g + 4, (uint32_t)h->l_linger);
}

static const struct dm_field dm_type1_linger_fields[] = {
	{ "l_onoff", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_linger", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_linger = { "linger", 8, 4, 8, 0, 0, dm_type1_linger_to_host, dm_type1_linger_to_guest, dm_type1_linger_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_loop_config_to_host(void *h, const void *g) { memcpy(h, g, 304); }
static void dm_type1_loop_config_to_guest(void *g, const void *h) { memcpy(g, h, 304); }

static const struct dm_field dm_type1_loop_config_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "block_size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "info", 8, 232, 8, 232, 1, 1, 0, &dm_type1_loop_info64, NULL },
	{ "__reserved", 240, 64, 240, 64, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_loop_config = { "loop_config", 304, 4, 304, 0, 1, dm_type1_loop_config_to_host, dm_type1_loop_config_to_guest, dm_type1_loop_config_fields, 4 };

/* arc mips-n32-le mips-o32-le x32 */
static void dm_type1_loop_info_to_host(void *hv, const void *gv)
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

static void dm_type1_loop_info_to_guest(void *gv, const void *hv)
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

static const struct dm_field dm_type1_loop_info_fields[] = {
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
const struct dm_type dm_type1_loop_info = { "loop_info", 140, 4, 168, 0, 0, dm_type1_loop_info_to_host, dm_type1_loop_info_to_guest, dm_type1_loop_info_fields, 12 };

/* arc i386 sh4 */
static void dm_type1_loop_info64_to_host(void *h, const void *g) { memcpy(h, g, 232); }
static void dm_type1_loop_info64_to_guest(void *g, const void *h) { memcpy(g, h, 232); }

static const struct dm_field dm_type1_loop_info64_fields[] = {
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
const struct dm_type dm_type1_loop_info64 = { "loop_info64", 232, 4, 232, 0, 1, dm_type1_loop_info64_to_host, dm_type1_loop_info64_to_guest, dm_type1_loop_info64_fields, 13 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_mmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_mmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_msghdr.to_host((char *)h + 0, g + 0);
	h->msg_len = dm_ld32le(g + 28);
}

static void dm_type1_mmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type1_msghdr.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 28, (uint32_t)h->msg_len);
}

static const struct dm_field dm_type1_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 28, 0, 56, 1, 1, 0, &dm_type1_msghdr, NULL },
	{ "msg_len", 28, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_mmsghdr = { "mmsghdr", 32, 4, 64, 0, 0, dm_type1_mmsghdr_to_host, dm_type1_mmsghdr_to_guest, dm_type1_mmsghdr_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_mq_attr_to_host(void *hv, const void *gv)
{
	struct dmh_mq_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mq_flags = (int32_t)dm_ld32le(g + 0);
	h->mq_maxmsg = (int32_t)dm_ld32le(g + 4);
	h->mq_msgsize = (int32_t)dm_ld32le(g + 8);
	h->mq_curmsgs = (int32_t)dm_ld32le(g + 12);
}

static void dm_type1_mq_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mq_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32le(g + 0, (uint32_t)h->mq_flags);
	dm_st32le(g + 4, (uint32_t)h->mq_maxmsg);
	dm_st32le(g + 8, (uint32_t)h->mq_msgsize);
	dm_st32le(g + 12, (uint32_t)h->mq_curmsgs);
}

static const struct dm_field dm_type1_mq_attr_fields[] = {
	{ "mq_flags", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 16, 16, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_mq_attr = { "mq_attr", 32, 4, 64, 0, 0, dm_type1_mq_attr_to_host, dm_type1_mq_attr_to_guest, dm_type1_mq_attr_fields, 5 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_msghdr_to_host(void *hv, const void *gv)
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

static void dm_type1_msghdr_to_guest(void *gv, const void *hv)
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

static const struct dm_field dm_type1_msghdr_fields[] = {
	{ "msg_name", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 16, 4, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 24, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_msghdr = { "msghdr", 28, 4, 56, 0, 0, dm_type1_msghdr_to_host, dm_type1_msghdr_to_guest, dm_type1_msghdr_fields, 7 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_msginfo_to_host(void *hv, const void *gv)
{
	struct dmh_msginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msgpool = dm_ld32be(g + 0);
	h->msgmap = dm_ld32be(g + 4);
	h->msgmax = dm_ld32be(g + 8);
	h->msgmnb = dm_ld32be(g + 12);
	h->msgmni = dm_ld32be(g + 16);
	h->msgssz = dm_ld32be(g + 20);
	h->msgtql = dm_ld32be(g + 24);
	h->msgseg = dm_ld16be(g + 28);
}

static void dm_type1_msginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_msginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->msgpool);
	dm_st32be(g + 4, (uint32_t)h->msgmap);
	dm_st32be(g + 8, (uint32_t)h->msgmax);
	dm_st32be(g + 12, (uint32_t)h->msgmnb);
	dm_st32be(g + 16, (uint32_t)h->msgmni);
	dm_st32be(g + 20, (uint32_t)h->msgssz);
	dm_st32be(g + 24, (uint32_t)h->msgtql);
	dm_st16be(g + 28, (uint16_t)h->msgseg);
}

static const struct dm_field dm_type1_msginfo_fields[] = {
	{ "msgpool", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmap", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmax", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmnb", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmni", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgssz", 20, 4, 20, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgtql", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgseg", 28, 2, 28, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_msginfo = { "msginfo", 32, 4, 32, 0, 0, dm_type1_msginfo_to_host, dm_type1_msginfo_to_guest, dm_type1_msginfo_fields, 8 };

/* arc mips-o32-le */
static void dm_type1_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32le(g + 36);
	h->msg_rtime = dm_ld32le(g + 44);
	h->msg_ctime = dm_ld32le(g + 52);
	h->msg_cbytes = dm_ld32le(g + 60);
	h->msg_qnum = dm_ld32le(g + 64);
	h->msg_qbytes = dm_ld32le(g + 68);
	h->msg_lspid = dm_ld32le(g + 72);
	h->msg_lrpid = dm_ld32le(g + 76);
}

static void dm_type1_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->msg_stime);
	dm_st32le(g + 44, (uint32_t)h->msg_rtime);
	dm_st32le(g + 52, (uint32_t)h->msg_ctime);
	dm_st32le(g + 60, (uint32_t)h->msg_cbytes);
	dm_st32le(g + 64, (uint32_t)h->msg_qnum);
	dm_st32le(g + 68, (uint32_t)h->msg_qbytes);
	dm_st32le(g + 72, (uint32_t)h->msg_lspid);
	dm_st32le(g + 76, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type1_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "msg_stime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_stime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 44, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 52, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 68, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 72, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 76, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 84, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_msqid64_ds = { "msqid64_ds", 88, 4, 120, 0, 0, dm_type1_msqid64_ds_to_host, dm_type1_msqid64_ds_to_guest, dm_type1_msqid64_ds_fields, 14 };

/* arc i386 sh4 */
static void dm_type1_pidfd_info_to_host(void *h, const void *g) { memcpy(h, g, 72); }
static void dm_type1_pidfd_info_to_guest(void *g, const void *h) { memcpy(g, h, 72); }

static const struct dm_field dm_type1_pidfd_info_fields[] = {
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
const struct dm_type dm_type1_pidfd_info = { "pidfd_info", 72, 4, 72, 0, 1, dm_type1_pidfd_info_to_host, dm_type1_pidfd_info_to_guest, dm_type1_pidfd_info_fields, 16 };

/* hppa powerpc ppc64 s390x */
static void dm_type1_pollfd_to_host(void *hv, const void *gv)
{
	struct dmh_pollfd *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->events = dm_ld16be(g + 4);
	h->revents = dm_ld16be(g + 6);
}

static void dm_type1_pollfd_to_guest(void *gv, const void *hv)
{
	const struct dmh_pollfd *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st16be(g + 4, (uint16_t)h->events);
	dm_st16be(g + 6, (uint16_t)h->revents);
}

static const struct dm_field dm_type1_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_poll_events },
};
const struct dm_type dm_type1_pollfd = { "pollfd", 8, 4, 8, 0, 0, dm_type1_pollfd_to_host, dm_type1_pollfd_to_guest, dm_type1_pollfd_fields, 3 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_rlimit_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld32le(g + 0);
	h->rlim_max = dm_ld32le(g + 4);
}

static void dm_type1_rlimit_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->rlim_cur);
	dm_st32le(g + 4, (uint32_t)h->rlim_max);
}

static const struct dm_field dm_type1_rlimit_fields[] = {
	{ "rlim_cur", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_rlimit = { "rlimit", 8, 4, 16, 0, 0, dm_type1_rlimit_to_host, dm_type1_rlimit_to_guest, dm_type1_rlimit_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_rlimit64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type1_rlimit64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type1_rlimit64_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_rlimit64 = { "rlimit64", 16, 4, 16, 0, 1, dm_type1_rlimit64_to_host, dm_type1_rlimit64_to_guest, dm_type1_rlimit64_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_robust_list_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->next = dm_ld32le(g + 0);
}

static void dm_type1_robust_list_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32le(g + 0, (uint32_t)h->next);
}

static const struct dm_field dm_type1_robust_list_fields[] = {
	{ "next", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_robust_list = { "robust_list", 4, 4, 8, 0, 0, dm_type1_robust_list_to_host, dm_type1_robust_list_to_guest, dm_type1_robust_list_fields, 1 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_robust_list_head_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list_head *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_robust_list.to_host((char *)h + 0, g + 0);
	h->futex_offset = (int32_t)dm_ld32le(g + 4);
	h->list_op_pending = dm_ld32le(g + 8);
}

static void dm_type1_robust_list_head_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list_head *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_type1_robust_list.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 4, (uint32_t)h->futex_offset);
	dm_st32le(g + 8, (uint32_t)h->list_op_pending);
}

static const struct dm_field dm_type1_robust_list_head_fields[] = {
	{ "list", 0, 4, 0, 8, 1, 1, 0, &dm_type1_robust_list, NULL },
	{ "futex_offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_robust_list_head = { "robust_list_head", 12, 4, 24, 0, 0, dm_type1_robust_list_head_to_host, dm_type1_robust_list_head_to_guest, dm_type1_robust_list_head_fields, 3 };

/* arm */
static const struct dm_field dm_type1_rt_sigframe_fields[] = {
	{ "info", 0, 128, -1, 0, 1, 1, 0, &dm_type3_siginfo, NULL },
	{ "sig", 128, 760, -1, 0, 1, 1, 0, &dm_type0_sigframe, NULL },
};
const struct dm_type dm_type1_rt_sigframe = { "rt_sigframe", 888, 8, 0, 0, 0, NULL, NULL, dm_type1_rt_sigframe_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_rusage_to_host(void *hv, const void *gv)
{
	struct dmh_rusage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_timeval.to_host((char *)h + 0, g + 0);
	dm_type1_timeval.to_host((char *)h + 16, g + 8);
	h->ru_maxrss = (int32_t)dm_ld32le(g + 16);
	h->ru_ixrss = (int32_t)dm_ld32le(g + 20);
	h->ru_idrss = (int32_t)dm_ld32le(g + 24);
	h->ru_isrss = (int32_t)dm_ld32le(g + 28);
	h->ru_minflt = (int32_t)dm_ld32le(g + 32);
	h->ru_majflt = (int32_t)dm_ld32le(g + 36);
	h->ru_nswap = (int32_t)dm_ld32le(g + 40);
	h->ru_inblock = (int32_t)dm_ld32le(g + 44);
	h->ru_oublock = (int32_t)dm_ld32le(g + 48);
	h->ru_msgsnd = (int32_t)dm_ld32le(g + 52);
	h->ru_msgrcv = (int32_t)dm_ld32le(g + 56);
	h->ru_nsignals = (int32_t)dm_ld32le(g + 60);
	h->ru_nvcsw = (int32_t)dm_ld32le(g + 64);
	h->ru_nivcsw = (int32_t)dm_ld32le(g + 68);
}

static void dm_type1_rusage_to_guest(void *gv, const void *hv)
{
	const struct dmh_rusage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type1_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type1_timeval.to_guest(g + 8, (const char *)h + 16);
	dm_st32le(g + 16, (uint32_t)h->ru_maxrss);
	dm_st32le(g + 20, (uint32_t)h->ru_ixrss);
	dm_st32le(g + 24, (uint32_t)h->ru_idrss);
	dm_st32le(g + 28, (uint32_t)h->ru_isrss);
	dm_st32le(g + 32, (uint32_t)h->ru_minflt);
	dm_st32le(g + 36, (uint32_t)h->ru_majflt);
	dm_st32le(g + 40, (uint32_t)h->ru_nswap);
	dm_st32le(g + 44, (uint32_t)h->ru_inblock);
	dm_st32le(g + 48, (uint32_t)h->ru_oublock);
	dm_st32le(g + 52, (uint32_t)h->ru_msgsnd);
	dm_st32le(g + 56, (uint32_t)h->ru_msgrcv);
	dm_st32le(g + 60, (uint32_t)h->ru_nsignals);
	dm_st32le(g + 64, (uint32_t)h->ru_nvcsw);
	dm_st32le(g + 68, (uint32_t)h->ru_nivcsw);
}

static const struct dm_field dm_type1_rusage_fields[] = {
	{ "ru_utime", 0, 8, 0, 16, 1, 1, 0, &dm_type1_timeval, NULL },
	{ "ru_stime", 8, 8, 16, 16, 1, 1, 0, &dm_type1_timeval, NULL },
	{ "ru_maxrss", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_ixrss", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_idrss", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_isrss", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_minflt", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_majflt", 36, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nswap", 40, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_inblock", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_oublock", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgsnd", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgrcv", 56, 4, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nsignals", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nvcsw", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nivcsw", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_rusage = { "rusage", 72, 4, 144, 0, 0, dm_type1_rusage_to_host, dm_type1_rusage_to_guest, dm_type1_rusage_fields, 16 };

/* arc i386 sh4 */
static void dm_type1_sched_attr_to_host(void *h, const void *g) { memcpy(h, g, 56); }
static void dm_type1_sched_attr_to_guest(void *g, const void *h) { memcpy(g, h, 56); }

static const struct dm_field dm_type1_sched_attr_fields[] = {
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
const struct dm_type dm_type1_sched_attr = { "sched_attr", 56, 4, 56, 0, 1, dm_type1_sched_attr_to_host, dm_type1_sched_attr_to_guest, dm_type1_sched_attr_fields, 10 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sched_param_to_host(void *hv, const void *gv)
{
	struct dmh_sched_param *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sched_priority = dm_ld32be(g + 0);
}

static void dm_type1_sched_param_to_guest(void *gv, const void *hv)
{
	const struct dmh_sched_param *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->sched_priority);
}

static const struct dm_field dm_type1_sched_param_fields[] = {
	{ "sched_priority", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_sched_param = { "sched_param", 4, 4, 4, 0, 0, dm_type1_sched_param_to_host, dm_type1_sched_param_to_guest, dm_type1_sched_param_fields, 1 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sembuf_to_host(void *hv, const void *gv)
{
	struct dmh_sembuf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sem_num = dm_ld16be(g + 0);
	h->sem_op = dm_ld16be(g + 2);
	h->sem_flg = dm_ld16be(g + 4);
}

static void dm_type1_sembuf_to_guest(void *gv, const void *hv)
{
	const struct dmh_sembuf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 6);
	dm_st16be(g + 0, (uint16_t)h->sem_num);
	dm_st16be(g + 2, (uint16_t)h->sem_op);
	dm_st16be(g + 4, (uint16_t)h->sem_flg);
}

static const struct dm_field dm_type1_sembuf_fields[] = {
	{ "sem_num", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sem_op", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_flg", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sem_flags },
};
const struct dm_type dm_type1_sembuf = { "sembuf", 6, 2, 6, 0, 0, dm_type1_sembuf_to_host, dm_type1_sembuf_to_guest, dm_type1_sembuf_fields, 3 };

/* arc */
static void dm_type1_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32le(g + 36);
	h->sem_ctime = dm_ld32le(g + 44);
	h->sem_nsems = dm_ld32le(g + 52);
}

static void dm_type1_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->sem_otime);
	dm_st32le(g + 44, (uint32_t)h->sem_ctime);
	dm_st32le(g + 52, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type1_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_otime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 44, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 56, 4, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 60, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_semid64_ds = { "semid64_ds", 64, 4, 104, 0, 0, dm_type1_semid64_ds_to_host, dm_type1_semid64_ds_to_guest, dm_type1_semid64_ds_fields, 8 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_seminfo_to_host(void *hv, const void *gv)
{
	struct dmh_seminfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->semmap = dm_ld32be(g + 0);
	h->semmni = dm_ld32be(g + 4);
	h->semmns = dm_ld32be(g + 8);
	h->semmnu = dm_ld32be(g + 12);
	h->semmsl = dm_ld32be(g + 16);
	h->semopm = dm_ld32be(g + 20);
	h->semume = dm_ld32be(g + 24);
	h->semusz = dm_ld32be(g + 28);
	h->semvmx = dm_ld32be(g + 32);
	h->semaem = dm_ld32be(g + 36);
}

static void dm_type1_seminfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_seminfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st32be(g + 0, (uint32_t)h->semmap);
	dm_st32be(g + 4, (uint32_t)h->semmni);
	dm_st32be(g + 8, (uint32_t)h->semmns);
	dm_st32be(g + 12, (uint32_t)h->semmnu);
	dm_st32be(g + 16, (uint32_t)h->semmsl);
	dm_st32be(g + 20, (uint32_t)h->semopm);
	dm_st32be(g + 24, (uint32_t)h->semume);
	dm_st32be(g + 28, (uint32_t)h->semusz);
	dm_st32be(g + 32, (uint32_t)h->semvmx);
	dm_st32be(g + 36, (uint32_t)h->semaem);
}

static const struct dm_field dm_type1_seminfo_fields[] = {
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
const struct dm_type dm_type1_seminfo = { "seminfo", 40, 4, 40, 0, 0, dm_type1_seminfo_to_host, dm_type1_seminfo_to_guest, dm_type1_seminfo_fields, 10 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_shm_info_to_host(void *hv, const void *gv)
{
	struct dmh_shm_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->used_ids = dm_ld32le(g + 0);
	h->shm_tot = dm_ld32le(g + 4);
	h->shm_rss = dm_ld32le(g + 8);
	h->shm_swp = dm_ld32le(g + 12);
	h->swap_attempts = dm_ld32le(g + 16);
	h->swap_successes = dm_ld32le(g + 20);
}

static void dm_type1_shm_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_shm_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32le(g + 0, (uint32_t)h->used_ids);
	dm_st32le(g + 4, (uint32_t)h->shm_tot);
	dm_st32le(g + 8, (uint32_t)h->shm_rss);
	dm_st32le(g + 12, (uint32_t)h->shm_swp);
	dm_st32le(g + 16, (uint32_t)h->swap_attempts);
	dm_st32le(g + 20, (uint32_t)h->swap_successes);
}

static const struct dm_field dm_type1_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_shm_info = { "shm_info", 24, 4, 48, 0, 0, dm_type1_shm_info_to_host, dm_type1_shm_info_to_guest, dm_type1_shm_info_fields, 6 };

/* arc */
static void dm_type1_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 36);
	h->shm_atime = dm_ld32le(g + 40);
	h->shm_dtime = dm_ld32le(g + 48);
	h->shm_ctime = dm_ld32le(g + 56);
	h->shm_cpid = dm_ld32le(g + 64);
	h->shm_lpid = dm_ld32le(g + 68);
	h->shm_nattch = dm_ld32le(g + 72);
}

static void dm_type1_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 84);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->shm_segsz);
	dm_st32le(g + 40, (uint32_t)h->shm_atime);
	dm_st32le(g + 48, (uint32_t)h->shm_dtime);
	dm_st32le(g + 56, (uint32_t)h->shm_ctime);
	dm_st32le(g + 64, (uint32_t)h->shm_cpid);
	dm_st32le(g + 68, (uint32_t)h->shm_lpid);
	dm_st32le(g + 72, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type1_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime_high", 44, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 48, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 56, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 60, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 64, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 68, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 76, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_shmid64_ds = { "shmid64_ds", 84, 4, 112, 0, 0, dm_type1_shmid64_ds_to_host, dm_type1_shmid64_ds_to_guest, dm_type1_shmid64_ds_fields, 13 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_shminfo64_to_host(void *hv, const void *gv)
{
	struct dmh_shminfo64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->shmmax = dm_ld32le(g + 0);
	h->shmmin = dm_ld32le(g + 4);
	h->shmmni = dm_ld32le(g + 8);
	h->shmseg = dm_ld32le(g + 12);
	h->shmall = dm_ld32le(g + 16);
}

static void dm_type1_shminfo64_to_guest(void *gv, const void *hv)
{
	const struct dmh_shminfo64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32le(g + 0, (uint32_t)h->shmmax);
	dm_st32le(g + 4, (uint32_t)h->shmmin);
	dm_st32le(g + 8, (uint32_t)h->shmmni);
	dm_st32le(g + 12, (uint32_t)h->shmseg);
	dm_st32le(g + 16, (uint32_t)h->shmall);
}

static const struct dm_field dm_type1_shminfo64_fields[] = {
	{ "shmmax", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "shmmin", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shmmni", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shmseg", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "shmall", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 20, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 24, 4, 48, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused3", 28, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 32, 4, 64, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_shminfo64 = { "shminfo64", 36, 4, 72, 0, 0, dm_type1_shminfo64_to_host, dm_type1_shminfo64_to_guest, dm_type1_shminfo64_fields, 9 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 20); }
static void dm_type1_sifields_to_guest(void *g, const void *h) { memset(g, 0, 20); memcpy(g, h, 20); }

static const struct dm_field dm_type1_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type0_siginfo_kill, NULL },
	{ "_timer", 0, 16, 0, 24, 1, 1, 0, &dm_type1_siginfo_timer, NULL },
	{ "_rt", 0, 12, 0, 16, 1, 1, 0, &dm_type1_siginfo_rt, NULL },
	{ "_sigchld", 0, 20, 0, 32, 1, 1, 0, &dm_type1_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 16, 0, 32, 1, 1, 0, &dm_type1_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_type1_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 12, 0, 16, 1, 1, 0, &dm_type1_siginfo_sigsys, NULL },
};
const struct dm_type dm_type1_sifields = { "sifields", 20, 4, 32, 1, 0, dm_type1_sifields_to_host, dm_type1_sifields_to_guest, dm_type1_sifields_fields, 7 };

/* alpha */
static void dm_type1_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld64le(g + 0);
	h->sa_flags = dm_ld64le(g + 8);
	dm_type0_sigset.to_host((char *)h + 24, g + 16);
}

static void dm_type1_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64le(g + 0, (uint64_t)h->sa_handler);
	dm_st64le(g + 8, (uint64_t)h->sa_flags);
	dm_type0_sigset.to_guest(g + 16, (const char *)h + 24);
}

static const struct dm_field dm_type1_sigaction_fields[] = {
	{ "sa_handler", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 8, 8, 8, 8, 1, 1, 0, NULL, &dm_set1_sigaction_flags },
	{ "sa_mask", 16, 8, 24, 8, 1, 1, 0, &dm_type0_sigset, NULL },
};
const struct dm_type dm_type1_sigaction = { "sigaction", 24, 8, 32, 0, 0, dm_type1_sigaction_to_host, dm_type1_sigaction_to_guest, dm_type1_sigaction_fields, 3 };

/* arm */
static const struct dm_field dm_type1_sigcontext_fields[] = {
	{ "trap_no", 0, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "error_code", 4, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "oldmask", 8, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r0", 12, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r1", 16, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r2", 20, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r3", 24, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r4", 28, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r5", 32, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r6", 36, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r7", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r8", 44, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r9", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_r10", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_fp", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_ip", 60, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_sp", 64, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_lr", 68, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_pc", 72, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "arm_cpsr", 76, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "fault_address", 80, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_sigcontext = { "sigcontext", 84, 4, 0, 0, 0, NULL, NULL, dm_type1_sigcontext_fields, 21 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_sigevent_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_sigval.to_host((char *)h + 0, g + 0);
	h->sigev_signo = dm_ld32le(g + 4);
	h->sigev_notify = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 48);
}

static void dm_type1_sigevent_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type1_sigval.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 4, (uint32_t)h->sigev_signo);
	dm_st32le(g + 8, (uint32_t)h->sigev_notify);
	memcpy(g + 12, (const char *)h + 16, 48);
}

static const struct dm_field dm_type1_sigevent_fields[] = {
	{ "sigev_value", 0, 4, 0, 8, 1, 1, 0, &dm_type1_sigval, NULL },
	{ "sigev_signo", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 12, 52, 16, 48, 1, 1, 0, &dm_type1_sigevent_un, NULL },
};
const struct dm_type dm_type1_sigevent = { "sigevent", 64, 4, 64, 0, 0, dm_type1_sigevent_to_host, dm_type1_sigevent_to_guest, dm_type1_sigevent_fields, 4 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_sigevent_thread_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent_thread *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_function = dm_ld32le(g + 0);
	h->_attribute = dm_ld32le(g + 4);
}

static void dm_type1_sigevent_thread_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent_thread *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->_function);
	dm_st32le(g + 4, (uint32_t)h->_attribute);
}

static const struct dm_field dm_type1_sigevent_thread_fields[] = {
	{ "_function", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 4, 4, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_sigevent_thread = { "sigevent_thread", 8, 4, 16, 0, 0, dm_type1_sigevent_thread_to_host, dm_type1_sigevent_thread_to_guest, dm_type1_sigevent_thread_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_sigevent_un_to_host(void *h, const void *g) { memset(h, 0, 48); memcpy(h, g, 48); }
static void dm_type1_sigevent_un_to_guest(void *g, const void *h) { memset(g, 0, 52); memcpy(g, h, 48); }

static const struct dm_field dm_type1_sigevent_un_fields[] = {
	{ "_pad", 0, 52, 0, 48, 13, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 8, 0, 16, 1, 1, 0, &dm_type1_sigevent_thread, NULL },
};
const struct dm_type dm_type1_sigevent_un = { "sigevent_un", 52, 4, 48, 1, 0, dm_type1_sigevent_un_to_host, dm_type1_sigevent_un_to_guest, dm_type1_sigevent_un_fields, 3 };

/* s390x */
static const struct dm_field dm_type1_sigframe_fields[] = {
	{ "callee_used_stack", 0, 160, -1, 0, 160, 1, 0, NULL, NULL },
	{ "sc", 160, 16, -1, 0, 1, 1, 0, &dm_type2_sigcontext, NULL },
	{ "sregs", 176, 344, -1, 0, 1, 1, 0, &dm_type0_sigregs, NULL },
	{ "signo", 520, 4, -1, 0, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sregs_ext", 528, 512, -1, 0, 1, 1, 0, &dm_type0_sigregs_ext, NULL },
	{ "svc_insn", 1040, 2, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_sigframe = { "sigframe", 1048, 8, 0, 0, 0, NULL, NULL, dm_type1_sigframe_fields, 6 };

/* alpha */
static void dm_type1_siginfo_to_host(void *h, const void *g) { memcpy(h, g, 128); }
static void dm_type1_siginfo_to_guest(void *g, const void *h) { memcpy(g, h, 128); }

static const struct dm_field dm_type1_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set1_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type0_sifields, NULL },
};
const struct dm_type dm_type1_siginfo = { "siginfo", 128, 8, 128, 0, 1, dm_type1_siginfo_to_host, dm_type1_siginfo_to_guest, dm_type1_siginfo_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_siginfo_kill_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_kill *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
}

static void dm_type1_siginfo_kill_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_kill *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
}

static const struct dm_field dm_type1_siginfo_kill_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_kill = { "siginfo_kill", 8, 4, 8, 0, 0, dm_type1_siginfo_kill_to_host, dm_type1_siginfo_kill_to_guest, dm_type1_siginfo_kill_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_siginfo_rt_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_rt *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32le(g + 0);
	h->_uid = dm_ld32le(g + 4);
	dm_type1_sigval.to_host((char *)h + 8, g + 8);
}

static void dm_type1_siginfo_rt_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_rt *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->_pid);
	dm_st32le(g + 4, (uint32_t)h->_uid);
	dm_type1_sigval.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type1_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type1_sigval, NULL },
};
const struct dm_type dm_type1_siginfo_rt = { "siginfo_rt", 12, 4, 16, 0, 0, dm_type1_siginfo_rt_to_host, dm_type1_siginfo_rt_to_guest, dm_type1_siginfo_rt_fields, 3 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_siginfo_sigchld_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigchld *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32le(g + 0);
	h->_uid = dm_ld32le(g + 4);
	h->_status = dm_ld32le(g + 8);
	h->_utime = (int32_t)dm_ld32le(g + 12);
	h->_stime = (int32_t)dm_ld32le(g + 16);
}

static void dm_type1_siginfo_sigchld_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigchld *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32le(g + 0, (uint32_t)h->_pid);
	dm_st32le(g + 4, (uint32_t)h->_uid);
	dm_st32le(g + 8, (uint32_t)h->_status);
	dm_st32le(g + 12, (uint32_t)h->_utime);
	dm_st32le(g + 16, (uint32_t)h->_stime);
}

static const struct dm_field dm_type1_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 12, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 16, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_sigchld = { "siginfo_sigchld", 20, 4, 32, 0, 0, dm_type1_siginfo_sigchld_to_host, dm_type1_siginfo_sigchld_to_guest, dm_type1_siginfo_sigchld_fields, 5 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_siginfo_sigfault_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigfault *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_addr = dm_ld32le(g + 0);
}

static void dm_type1_siginfo_sigfault_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigfault *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->_addr);
}

static const struct dm_field dm_type1_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_sigfault = { "siginfo_sigfault", 16, 4, 32, 0, 0, dm_type1_siginfo_sigfault_to_host, dm_type1_siginfo_sigfault_to_guest, dm_type1_siginfo_sigfault_fields, 1 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_siginfo_sigpoll_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigpoll *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_band = (int32_t)dm_ld32le(g + 0);
	h->_fd = dm_ld32le(g + 4);
}

static void dm_type1_siginfo_sigpoll_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigpoll *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->_band);
	dm_st32le(g + 4, (uint32_t)h->_fd);
}

static const struct dm_field dm_type1_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_sigpoll = { "siginfo_sigpoll", 8, 4, 16, 0, 0, dm_type1_siginfo_sigpoll_to_host, dm_type1_siginfo_sigpoll_to_guest, dm_type1_siginfo_sigpoll_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_siginfo_sigsys_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigsys *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_call_addr = dm_ld32le(g + 0);
	h->_syscall = dm_ld32le(g + 4);
	h->_arch = dm_ld32le(g + 8);
}

static void dm_type1_siginfo_sigsys_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigsys *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->_call_addr);
	dm_st32le(g + 4, (uint32_t)h->_syscall);
	dm_st32le(g + 8, (uint32_t)h->_arch);
}

static const struct dm_field dm_type1_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_sigsys = { "siginfo_sigsys", 12, 4, 16, 0, 0, dm_type1_siginfo_sigsys_to_host, dm_type1_siginfo_sigsys_to_guest, dm_type1_siginfo_sigsys_fields, 3 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_siginfo_timer_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_timer *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_tid = dm_ld32le(g + 0);
	h->_overrun = dm_ld32le(g + 4);
	dm_type1_sigval.to_host((char *)h + 8, g + 8);
	h->_sys_private = dm_ld32le(g + 12);
}

static void dm_type1_siginfo_timer_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_timer *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->_tid);
	dm_st32le(g + 4, (uint32_t)h->_overrun);
	dm_type1_sigval.to_guest(g + 8, (const char *)h + 8);
	dm_st32le(g + 12, (uint32_t)h->_sys_private);
}

static const struct dm_field dm_type1_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type1_sigval, NULL },
	{ "_sys_private", 12, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_siginfo_timer = { "siginfo_timer", 16, 4, 24, 0, 0, dm_type1_siginfo_timer_to_host, dm_type1_siginfo_timer_to_guest, dm_type1_siginfo_timer_fields, 4 };

/* arc arm i386 sh4 x32 */
static void dm_type1_sigset_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type1_sigset_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type1_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_sigset = { "sigset", 8, 4, 8, 0, 1, dm_type1_sigset_to_host, dm_type1_sigset_to_guest, dm_type1_sigset_fields, 1 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_sigval_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32le(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type1_sigval_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32le(g, (uint32_t)v); }

static const struct dm_field dm_type1_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type1_sigval = { "sigval", 4, 4, 8, 1, 0, dm_type1_sigval_to_host, dm_type1_sigval_to_guest, dm_type1_sigval_fields, 2 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sockaddr_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_family = dm_ld16be(g + 0);
	for (unsigned i = 0; i < 14; i++)
		h->sa_data[i] = dm_ld8(g + 2 + i * 1);
}

static void dm_type1_sockaddr_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16be(g + 0, (uint16_t)h->sa_family);
	for (unsigned i = 0; i < 14; i++)
		dm_st8(g + 2 + i * 1, (uint8_t)h->sa_data[i]);
}

static const struct dm_field dm_type1_sockaddr_fields[] = {
	{ "sa_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sa_data", 2, 14, 2, 14, 14, 14, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr = { "sockaddr", 16, 2, 16, 0, 0, dm_type1_sockaddr_to_host, dm_type1_sockaddr_to_guest, dm_type1_sockaddr_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sockaddr_in_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_in *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sin_family = dm_ld16be(g + 0);
	h->sin_port = dm_ld16be(g + 2);
	dm_type1_in_addr.to_host((char *)h + 4, g + 4);
}

static void dm_type1_sockaddr_in_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_in *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16be(g + 0, (uint16_t)h->sin_family);
	dm_st16be(g + 2, (uint16_t)h->sin_port);
	dm_type1_in_addr.to_guest(g + 4, (const char *)h + 4);
}

static const struct dm_field dm_type1_sockaddr_in_fields[] = {
	{ "sin_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin_addr", 4, 4, 4, 4, 1, 1, 0, &dm_type1_in_addr, NULL },
	{ "__pad", 8, 8, 8, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr_in = { "sockaddr_in", 16, 4, 16, 0, 0, dm_type1_sockaddr_in_to_host, dm_type1_sockaddr_in_to_guest, dm_type1_sockaddr_in_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sockaddr_in6_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_in6 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sin6_family = dm_ld16be(g + 0);
	h->sin6_port = dm_ld16be(g + 2);
	h->sin6_flowinfo = dm_ld32be(g + 4);
	dm_type1_in6_addr.to_host((char *)h + 8, g + 8);
	h->sin6_scope_id = dm_ld32be(g + 24);
}

static void dm_type1_sockaddr_in6_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_in6 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st16be(g + 0, (uint16_t)h->sin6_family);
	dm_st16be(g + 2, (uint16_t)h->sin6_port);
	dm_st32be(g + 4, (uint32_t)h->sin6_flowinfo);
	dm_type1_in6_addr.to_guest(g + 8, (const char *)h + 8);
	dm_st32be(g + 24, (uint32_t)h->sin6_scope_id);
}

static const struct dm_field dm_type1_sockaddr_in6_fields[] = {
	{ "sin6_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_flowinfo", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "sin6_addr", 8, 16, 8, 16, 1, 1, 0, &dm_type1_in6_addr, NULL },
	{ "sin6_scope_id", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr_in6 = { "sockaddr_in6", 28, 4, 28, 0, 0, dm_type1_sockaddr_in6_to_host, dm_type1_sockaddr_in6_to_guest, dm_type1_sockaddr_in6_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sockaddr_nl_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_nl *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->nl_family = dm_ld16be(g + 0);
	h->nl_pid = dm_ld32be(g + 4);
	h->nl_groups = dm_ld32be(g + 8);
}

static void dm_type1_sockaddr_nl_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_nl *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st16be(g + 0, (uint16_t)h->nl_family);
	dm_st32be(g + 4, (uint32_t)h->nl_pid);
	dm_st32be(g + 8, (uint32_t)h->nl_groups);
}

static const struct dm_field dm_type1_sockaddr_nl_fields[] = {
	{ "nl_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "nl_pad", 2, 2, 2, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "nl_pid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "nl_groups", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr_nl = { "sockaddr_nl", 12, 4, 12, 0, 0, dm_type1_sockaddr_nl_to_host, dm_type1_sockaddr_nl_to_guest, dm_type1_sockaddr_nl_fields, 4 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_sockaddr_storage_to_host(void *h, const void *g) { memcpy(h, g, 128); }
static void dm_type1_sockaddr_storage_to_guest(void *g, const void *h) { memcpy(g, h, 128); }

static const struct dm_field dm_type1_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr_storage = { "sockaddr_storage", 128, 4, 128, 0, 1, dm_type1_sockaddr_storage_to_host, dm_type1_sockaddr_storage_to_guest, dm_type1_sockaddr_storage_fields, 2 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_sockaddr_un_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_un *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sun_family = dm_ld16be(g + 0);
	for (unsigned i = 0; i < 108; i++)
		h->sun_path[i] = dm_ld8(g + 2 + i * 1);
}

static void dm_type1_sockaddr_un_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_un *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 110);
	dm_st16be(g + 0, (uint16_t)h->sun_family);
	for (unsigned i = 0; i < 108; i++)
		dm_st8(g + 2 + i * 1, (uint8_t)h->sun_path[i]);
}

static const struct dm_field dm_type1_sockaddr_un_fields[] = {
	{ "sun_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sun_path", 2, 108, 2, 108, 108, 108, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_sockaddr_un = { "sockaddr_un", 110, 2, 110, 0, 0, dm_type1_sockaddr_un_to_host, dm_type1_sockaddr_un_to_guest, dm_type1_sockaddr_un_fields, 2 };

/* arc arm i386 sh4 x32 */
static void dm_type1_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32le(g + 0);
	h->ss_flags = dm_ld32le(g + 4);
	h->ss_size = dm_ld32le(g + 8);
}

static void dm_type1_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->ss_sp);
	dm_st32le(g + 4, (uint32_t)h->ss_flags);
	dm_st32le(g + 8, (uint32_t)h->ss_size);
}

static const struct dm_field dm_type1_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
	{ "ss_size", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_stack_t = { "stack_t", 12, 4, 24, 0, 0, dm_type1_stack_t_to_host, dm_type1_stack_t_to_guest, dm_type1_stack_t_fields, 3 };

/* alpha */
static void dm_type1_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld32le(g + 4);
	h->st_mode = dm_ld32le(g + 8);
	h->st_nlink = dm_ld32le(g + 12);
	h->st_uid = dm_ld32le(g + 16);
	h->st_gid = dm_ld32le(g + 20);
	h->st_rdev = dm_ld32le(g + 24);
	h->st_size = dm_ld64le(g + 32);
	h->st_atime = dm_ld64le(g + 40);
	h->st_mtime = dm_ld64le(g + 48);
	h->st_ctime = dm_ld64le(g + 56);
	h->st_blksize = dm_ld32le(g + 64);
	h->st_blocks = dm_ld32le(g + 68);
}

static void dm_type1_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 80);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st32le(g + 4, (uint32_t)h->st_ino);
	dm_st32le(g + 8, (uint32_t)h->st_mode);
	dm_st32le(g + 12, (uint32_t)h->st_nlink);
	dm_st32le(g + 16, (uint32_t)h->st_uid);
	dm_st32le(g + 20, (uint32_t)h->st_gid);
	dm_st32le(g + 24, (uint32_t)h->st_rdev);
	dm_st64le(g + 32, (uint64_t)h->st_size);
	dm_st64le(g + 40, (uint64_t)h->st_atime);
	dm_st64le(g + 48, (uint64_t)h->st_mtime);
	dm_st64le(g + 56, (uint64_t)h->st_ctime);
	dm_st32le(g + 64, (uint32_t)h->st_blksize);
	dm_st32le(g + 68, (uint32_t)h->st_blocks);
}

static const struct dm_field dm_type1_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 12, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 16, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 20, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 24, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 32, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 40, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 48, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 56, 8, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 64, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 68, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_flags", 72, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "st_gen", 76, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_stat = { "stat", 80, 8, 144, 0, 0, dm_type1_stat_to_host, dm_type1_stat_to_guest, dm_type1_stat_fields, 15 };

/* arc */
static void dm_type1_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_ino = dm_ld64le(g + 8);
	h->st_mode = dm_ld32le(g + 16);
	h->st_nlink = dm_ld32le(g + 20);
	h->st_uid = dm_ld32le(g + 24);
	h->st_gid = dm_ld32le(g + 28);
	h->st_rdev = dm_ld64le(g + 32);
	h->st_size = dm_ld64le(g + 48);
	h->st_blksize = (int32_t)dm_ld32le(g + 56);
	h->st_blocks = dm_ld64le(g + 64);
	h->st_atime = (int32_t)dm_ld32le(g + 72);
	h->st_atime_nsec = dm_ld32le(g + 76);
	h->st_mtime = (int32_t)dm_ld32le(g + 80);
	h->st_mtime_nsec = dm_ld32le(g + 84);
	h->st_ctime = (int32_t)dm_ld32le(g + 88);
	h->st_ctime_nsec = dm_ld32le(g + 92);
}

static void dm_type1_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st64le(g + 8, (uint64_t)h->st_ino);
	dm_st32le(g + 16, (uint32_t)h->st_mode);
	dm_st32le(g + 20, (uint32_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_uid);
	dm_st32le(g + 28, (uint32_t)h->st_gid);
	dm_st64le(g + 32, (uint64_t)h->st_rdev);
	dm_st64le(g + 48, (uint64_t)h->st_size);
	dm_st32le(g + 56, (uint32_t)h->st_blksize);
	dm_st64le(g + 64, (uint64_t)h->st_blocks);
	dm_st32le(g + 72, (uint32_t)h->st_atime);
	dm_st32le(g + 76, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_mtime);
	dm_st32le(g + 84, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 88, (uint32_t)h->st_ctime);
	dm_st32le(g + 92, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type1_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 40, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__pad2", 60, 4, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 84, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 92, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 100, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_stat64 = { "stat64", 104, 4, 144, 0, 0, dm_type1_stat64_to_host, dm_type1_stat64_to_guest, dm_type1_stat64_fields, 20 };

/* alpha arc arm i386 sh4 */
static void dm_type1_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32le(g + 0);
	h->f_bsize = dm_ld32le(g + 4);
	h->f_blocks = dm_ld32le(g + 8);
	h->f_bfree = dm_ld32le(g + 12);
	h->f_bavail = dm_ld32le(g + 16);
	h->f_files = dm_ld32le(g + 20);
	h->f_ffree = dm_ld32le(g + 24);
	dm_type0_fsid.to_host((char *)h + 56, g + 28);
	h->f_namelen = dm_ld32le(g + 36);
	h->f_frsize = dm_ld32le(g + 40);
	h->f_flags = dm_ld32le(g + 44);
}

static void dm_type1_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32le(g + 0, (uint32_t)h->f_type);
	dm_st32le(g + 4, (uint32_t)h->f_bsize);
	dm_st32le(g + 8, (uint32_t)h->f_blocks);
	dm_st32le(g + 12, (uint32_t)h->f_bfree);
	dm_st32le(g + 16, (uint32_t)h->f_bavail);
	dm_st32le(g + 20, (uint32_t)h->f_files);
	dm_st32le(g + 24, (uint32_t)h->f_ffree);
	dm_type0_fsid.to_guest(g + 28, (const char *)h + 56);
	dm_st32le(g + 36, (uint32_t)h->f_namelen);
	dm_st32le(g + 40, (uint32_t)h->f_frsize);
	dm_st32le(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type1_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 28, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 36, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 40, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 48, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_statfs = { "statfs", 64, 4, 120, 0, 0, dm_type1_statfs_to_host, dm_type1_statfs_to_guest, dm_type1_statfs_fields, 12 };

/* alpha */
static void dm_type1_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32le(g + 0);
	h->f_bsize = dm_ld32le(g + 4);
	h->f_blocks = dm_ld64le(g + 8);
	h->f_bfree = dm_ld64le(g + 16);
	h->f_bavail = dm_ld64le(g + 24);
	h->f_files = dm_ld64le(g + 32);
	h->f_ffree = dm_ld64le(g + 40);
	dm_type0_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = dm_ld32le(g + 56);
	h->f_frsize = dm_ld32le(g + 60);
	h->f_flags = dm_ld32le(g + 64);
}

static void dm_type1_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st32le(g + 0, (uint32_t)h->f_type);
	dm_st32le(g + 4, (uint32_t)h->f_bsize);
	dm_st64le(g + 8, (uint64_t)h->f_blocks);
	dm_st64le(g + 16, (uint64_t)h->f_bfree);
	dm_st64le(g + 24, (uint64_t)h->f_bavail);
	dm_st64le(g + 32, (uint64_t)h->f_files);
	dm_st64le(g + 40, (uint64_t)h->f_ffree);
	dm_type0_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32le(g + 56, (uint32_t)h->f_namelen);
	dm_st32le(g + 60, (uint32_t)h->f_frsize);
	dm_st32le(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type1_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_statfs64 = { "statfs64", 88, 8, 120, 0, 0, dm_type1_statfs64_to_host, dm_type1_statfs64_to_guest, dm_type1_statfs64_fields, 12 };

/* arc i386 sh4 */
static void dm_type1_statx_to_host(void *h, const void *g) { memcpy(h, g, 256); }
static void dm_type1_statx_to_guest(void *g, const void *h) { memcpy(g, h, 256); }

static const struct dm_field dm_type1_statx_fields[] = {
	{ "stx_mask", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "stx_blksize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "stx_attributes", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "stx_nlink", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "stx_uid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "stx_gid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mode", 28, 2, 28, 2, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "__spare0", 30, 2, 30, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "stx_ino", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "stx_size", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "stx_blocks", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "stx_attributes_mask", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "stx_atime", 64, 16, 64, 16, 1, 1, 0, &dm_type1_statx_timestamp, NULL },
	{ "stx_btime", 80, 16, 80, 16, 1, 1, 0, &dm_type1_statx_timestamp, NULL },
	{ "stx_ctime", 96, 16, 96, 16, 1, 1, 0, &dm_type1_statx_timestamp, NULL },
	{ "stx_mtime", 112, 16, 112, 16, 1, 1, 0, &dm_type1_statx_timestamp, NULL },
	{ "stx_rdev_major", 128, 4, 128, 4, 1, 1, 0, NULL, NULL },
	{ "stx_rdev_minor", 132, 4, 132, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_major", 136, 4, 136, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_minor", 140, 4, 140, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mnt_id", 144, 8, 144, 8, 1, 1, 0, NULL, NULL },
	{ "stx_dio_mem_align", 152, 4, 152, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dio_offset_align", 156, 4, 156, 4, 1, 1, 0, NULL, NULL },
	{ "__spare3", 160, 96, 160, 96, 12, 12, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_statx = { "statx", 256, 4, 256, 0, 1, dm_type1_statx_to_host, dm_type1_statx_to_guest, dm_type1_statx_fields, 24 };

/* arc i386 sh4 */
static void dm_type1_statx_timestamp_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type1_statx_timestamp_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type1_statx_timestamp_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "__reserved", 12, 4, 12, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_statx_timestamp = { "statx_timestamp", 16, 4, 16, 0, 1, dm_type1_statx_timestamp_to_host, dm_type1_statx_timestamp_to_guest, dm_type1_statx_timestamp_fields, 3 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_sysinfo_to_host(void *hv, const void *gv)
{
	struct dmh_sysinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->uptime = (int32_t)dm_ld32le(g + 0);
	for (unsigned i = 0; i < 3; i++)
		h->loads[i] = dm_ld32le(g + 4 + i * 4);
	h->totalram = dm_ld32le(g + 16);
	h->freeram = dm_ld32le(g + 20);
	h->sharedram = dm_ld32le(g + 24);
	h->bufferram = dm_ld32le(g + 28);
	h->totalswap = dm_ld32le(g + 32);
	h->freeswap = dm_ld32le(g + 36);
	h->procs = dm_ld16le(g + 40);
	h->totalhigh = dm_ld32le(g + 44);
	h->freehigh = dm_ld32le(g + 48);
	h->mem_unit = dm_ld32le(g + 52);
}

static void dm_type1_sysinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_sysinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32le(g + 0, (uint32_t)h->uptime);
	for (unsigned i = 0; i < 3; i++)
		dm_st32le(g + 4 + i * 4, (uint32_t)h->loads[i]);
	dm_st32le(g + 16, (uint32_t)h->totalram);
	dm_st32le(g + 20, (uint32_t)h->freeram);
	dm_st32le(g + 24, (uint32_t)h->sharedram);
	dm_st32le(g + 28, (uint32_t)h->bufferram);
	dm_st32le(g + 32, (uint32_t)h->totalswap);
	dm_st32le(g + 36, (uint32_t)h->freeswap);
	dm_st16le(g + 40, (uint16_t)h->procs);
	dm_st32le(g + 44, (uint32_t)h->totalhigh);
	dm_st32le(g + 48, (uint32_t)h->freehigh);
	dm_st32le(g + 52, (uint32_t)h->mem_unit);
}

static const struct dm_field dm_type1_sysinfo_fields[] = {
	{ "uptime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "loads", 4, 12, 8, 24, 3, 3, 0, NULL, NULL },
	{ "totalram", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "freeram", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "sharedram", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "bufferram", 28, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "totalswap", 32, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "freeswap", 36, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "procs", 40, 2, 80, 2, 1, 1, 0, NULL, NULL },
	{ "pad", 42, 2, 82, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "totalhigh", 44, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "freehigh", 48, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "mem_unit", 52, 4, 104, 4, 1, 1, 0, NULL, NULL },
	{ "_f", 56, 8, 108, 0, 8, 0, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_sysinfo = { "sysinfo", 64, 4, 112, 0, 0, dm_type1_sysinfo_to_host, dm_type1_sysinfo_to_guest, dm_type1_sysinfo_fields, 14 };

/* m68k s390x */
static void dm_type1_termio_to_host(void *hv, const void *gv)
{
	struct dmh_termio *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld16be(g + 0);
	h->c_oflag = dm_ld16be(g + 2);
	h->c_cflag = dm_ld16be(g + 4);
	h->c_lflag = dm_ld16be(g + 6);
	h->c_line = dm_ld8(g + 8);
	for (unsigned i = 0; i < 8; i++)
		h->c_cc[i] = dm_ld8(g + 9 + i * 1);
}

static void dm_type1_termio_to_guest(void *gv, const void *hv)
{
	const struct dmh_termio *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 18);
	dm_st16be(g + 0, (uint16_t)h->c_iflag);
	dm_st16be(g + 2, (uint16_t)h->c_oflag);
	dm_st16be(g + 4, (uint16_t)h->c_cflag);
	dm_st16be(g + 6, (uint16_t)h->c_lflag);
	dm_st8(g + 8, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 8; i++)
		dm_st8(g + 9 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type1_termio_fields[] = {
	{ "c_iflag", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
	{ "c_line", 8, 1, 8, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 9, 8, 9, 8, 8, 8, 0, NULL, NULL },
};
const struct dm_type dm_type1_termio = { "termio", 18, 2, 18, 0, 0, dm_type1_termio_to_host, dm_type1_termio_to_guest, dm_type1_termio_fields, 6 };

/* alpha ppc64le */
static void dm_type1_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32le(g + 0);
	h->c_oflag = dm_ld32le(g + 4);
	h->c_cflag = dm_ld32le(g + 8);
	h->c_lflag = dm_ld32le(g + 12);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 16 + i * 1);
	h->c_line = dm_ld8(g + 35);
}

static void dm_type1_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 44);
	dm_st32le(g + 0, (uint32_t)h->c_iflag);
	dm_st32le(g + 4, (uint32_t)h->c_oflag);
	dm_st32le(g + 8, (uint32_t)h->c_cflag);
	dm_st32le(g + 12, (uint32_t)h->c_lflag);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 16 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st8(g + 35, (uint8_t)h->c_line);
}

static const struct dm_field dm_type1_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_cc", 16, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_line", 35, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_termios = { "termios", 44, 4, 36, 0, 0, dm_type1_termios_to_host, dm_type1_termios_to_guest, dm_type1_termios_fields, 8 };

/* alpha */
static void dm_type1_termios2_to_host(void *hv, const void *gv)
{
	struct dmh_termios2 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32le(g + 0);
	h->c_oflag = dm_ld32le(g + 4);
	h->c_cflag = dm_ld32le(g + 8);
	h->c_lflag = dm_ld32le(g + 12);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 16 + i * 1);
	h->c_line = dm_ld8(g + 35);
	h->c_ispeed = dm_ld32le(g + 36);
	h->c_ospeed = dm_ld32le(g + 40);
}

static void dm_type1_termios2_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios2 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 44);
	dm_st32le(g + 0, (uint32_t)h->c_iflag);
	dm_st32le(g + 4, (uint32_t)h->c_oflag);
	dm_st32le(g + 8, (uint32_t)h->c_cflag);
	dm_st32le(g + 12, (uint32_t)h->c_lflag);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 16 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st8(g + 35, (uint8_t)h->c_line);
	dm_st32le(g + 36, (uint32_t)h->c_ispeed);
	dm_st32le(g + 40, (uint32_t)h->c_ospeed);
}

static const struct dm_field dm_type1_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_cc", 16, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_line", 35, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_termios2 = { "termios2", 44, 4, 44, 0, 0, dm_type1_termios2_to_host, dm_type1_termios2_to_guest, dm_type1_termios2_fields, 8 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32le(g + 0);
	h->tv_nsec = (int32_t)dm_ld32le(g + 4);
}

static void dm_type1_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->tv_sec);
	dm_st32le(g + 4, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type1_timespec_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timespec = { "timespec", 8, 4, 16, 0, 0, dm_type1_timespec_to_host, dm_type1_timespec_to_guest, dm_type1_timespec_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_timespec64_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type1_timespec64_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type1_timespec64_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timespec64 = { "timespec64", 16, 4, 16, 0, 1, dm_type1_timespec64_to_host, dm_type1_timespec64_to_guest, dm_type1_timespec64_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32le(g + 0);
	h->tv_usec = (int32_t)dm_ld32le(g + 4);
}

static void dm_type1_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->tv_sec);
	dm_st32le(g + 4, (uint32_t)h->tv_usec);
}

static const struct dm_field dm_type1_timeval_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timeval = { "timeval", 8, 4, 16, 0, 0, dm_type1_timeval_to_host, dm_type1_timeval_to_guest, dm_type1_timeval_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_timex_to_host(void *hv, const void *gv)
{
	struct dmh_timex *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32le(g + 0);
	h->offset = (int32_t)dm_ld32le(g + 4);
	h->freq = (int32_t)dm_ld32le(g + 8);
	h->maxerror = (int32_t)dm_ld32le(g + 12);
	h->esterror = (int32_t)dm_ld32le(g + 16);
	h->status = dm_ld32le(g + 20);
	h->constant = (int32_t)dm_ld32le(g + 24);
	h->precision = (int32_t)dm_ld32le(g + 28);
	h->tolerance = (int32_t)dm_ld32le(g + 32);
	dm_type1_timeval.to_host((char *)h + 72, g + 36);
	h->tick = (int32_t)dm_ld32le(g + 44);
	h->ppsfreq = (int32_t)dm_ld32le(g + 48);
	h->jitter = (int32_t)dm_ld32le(g + 52);
	h->shift = dm_ld32le(g + 56);
	h->stabil = (int32_t)dm_ld32le(g + 60);
	h->jitcnt = (int32_t)dm_ld32le(g + 64);
	h->calcnt = (int32_t)dm_ld32le(g + 68);
	h->errcnt = (int32_t)dm_ld32le(g + 72);
	h->stbcnt = (int32_t)dm_ld32le(g + 76);
	h->tai = dm_ld32le(g + 80);
}

static void dm_type1_timex_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->modes);
	dm_st32le(g + 4, (uint32_t)h->offset);
	dm_st32le(g + 8, (uint32_t)h->freq);
	dm_st32le(g + 12, (uint32_t)h->maxerror);
	dm_st32le(g + 16, (uint32_t)h->esterror);
	dm_st32le(g + 20, (uint32_t)h->status);
	dm_st32le(g + 24, (uint32_t)h->constant);
	dm_st32le(g + 28, (uint32_t)h->precision);
	dm_st32le(g + 32, (uint32_t)h->tolerance);
	dm_type1_timeval.to_guest(g + 36, (const char *)h + 72);
	dm_st32le(g + 44, (uint32_t)h->tick);
	dm_st32le(g + 48, (uint32_t)h->ppsfreq);
	dm_st32le(g + 52, (uint32_t)h->jitter);
	dm_st32le(g + 56, (uint32_t)h->shift);
	dm_st32le(g + 60, (uint32_t)h->stabil);
	dm_st32le(g + 64, (uint32_t)h->jitcnt);
	dm_st32le(g + 68, (uint32_t)h->calcnt);
	dm_st32le(g + 72, (uint32_t)h->errcnt);
	dm_st32le(g + 76, (uint32_t)h->stbcnt);
	dm_st32le(g + 80, (uint32_t)h->tai);
}

static const struct dm_field dm_type1_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 20, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 36, 8, 72, 16, 1, 1, 0, &dm_type1_timeval, NULL },
	{ "tick", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ppsfreq", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitter", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shift", 56, 4, 112, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stabil", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitcnt", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "calcnt", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "errcnt", 72, 4, 144, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stbcnt", 76, 4, 152, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tai", 80, 4, 160, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timex = { "timex", 128, 4, 208, 0, 0, dm_type1_timex_to_host, dm_type1_timex_to_guest, dm_type1_timex_fields, 20 };

/* arc i386 sh4 */
static void dm_type1_timex64_to_host(void *h, const void *g) { memcpy(h, g, 208); }
static void dm_type1_timex64_to_guest(void *g, const void *h) { memcpy(g, h, 208); }

static const struct dm_field dm_type1_timex64_fields[] = {
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
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type1_timex_timeval, NULL },
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
const struct dm_type dm_type1_timex64 = { "timex64", 208, 4, 208, 0, 1, dm_type1_timex64_to_host, dm_type1_timex64_to_guest, dm_type1_timex64_fields, 23 };

/* arc i386 sh4 */
static void dm_type1_timex_timeval_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type1_timex_timeval_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type1_timex_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timex_timeval = { "timex_timeval", 16, 4, 16, 0, 1, dm_type1_timex_timeval_to_host, dm_type1_timex_timeval_to_guest, dm_type1_timex_timeval_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_timezone_to_host(void *hv, const void *gv)
{
	struct dmh_timezone *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tz_minuteswest = dm_ld32be(g + 0);
	h->tz_dsttime = dm_ld32be(g + 4);
}

static void dm_type1_timezone_to_guest(void *gv, const void *hv)
{
	const struct dmh_timezone *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tz_minuteswest);
	dm_st32be(g + 4, (uint32_t)h->tz_dsttime);
}

static const struct dm_field dm_type1_timezone_fields[] = {
	{ "tz_minuteswest", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tz_dsttime", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_timezone = { "timezone", 8, 4, 8, 0, 0, dm_type1_timezone_to_host, dm_type1_timezone_to_guest, dm_type1_timezone_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_tms_to_host(void *hv, const void *gv)
{
	struct dmh_tms *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tms_utime = (int32_t)dm_ld32le(g + 0);
	h->tms_stime = (int32_t)dm_ld32le(g + 4);
	h->tms_cutime = (int32_t)dm_ld32le(g + 8);
	h->tms_cstime = (int32_t)dm_ld32le(g + 12);
}

static void dm_type1_tms_to_guest(void *gv, const void *hv)
{
	const struct dmh_tms *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32le(g + 0, (uint32_t)h->tms_utime);
	dm_st32le(g + 4, (uint32_t)h->tms_stime);
	dm_st32le(g + 8, (uint32_t)h->tms_cutime);
	dm_st32le(g + 12, (uint32_t)h->tms_cstime);
}

static const struct dm_field dm_type1_tms_fields[] = {
	{ "tms_utime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_tms = { "tms", 16, 4, 32, 0, 0, dm_type1_tms_to_host, dm_type1_tms_to_guest, dm_type1_tms_fields, 4 };

/* s390x */
static const struct dm_field dm_type1_ucontext_fields[] = {
	{ "uc_flags", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "uc_link", 8, 8, -1, 0, 1, 1, DM_F_PTR, NULL, NULL },
	{ "uc_stack", 16, 24, -1, 0, 1, 1, 0, &dm_type8_stack_t, NULL },
	{ "uc_mcontext", 40, 344, -1, 0, 1, 1, 0, &dm_type0_sigregs, NULL },
	{ "uc_sigmask", 384, 8, -1, 0, 1, 1, 0, &dm_type8_sigset, NULL },
	{ "__unused", 392, 120, -1, 0, 120, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type1_ucontext = { "ucontext", 512, 8, 0, 0, 0, NULL, NULL, dm_type1_ucontext_fields, 6 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_ucred_to_host(void *hv, const void *gv)
{
	struct dmh_ucred *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->pid = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
}

static void dm_type1_ucred_to_guest(void *gv, const void *hv)
{
	const struct dmh_ucred *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->pid);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
}

static const struct dm_field dm_type1_ucred_fields[] = {
	{ "pid", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_ucred = { "ucred", 12, 4, 12, 0, 0, dm_type1_ucred_to_host, dm_type1_ucred_to_guest, dm_type1_ucred_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_uffdio_api_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type1_uffdio_api_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type1_uffdio_api_fields[] = {
	{ "api", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "features", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_api = { "uffdio_api", 24, 4, 24, 0, 1, dm_type1_uffdio_api_to_host, dm_type1_uffdio_api_to_guest, dm_type1_uffdio_api_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_uffdio_continue_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_uffdio_continue_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_uffdio_continue_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type1_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mapped", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_continue = { "uffdio_continue", 32, 4, 32, 0, 1, dm_type1_uffdio_continue_to_host, dm_type1_uffdio_continue_to_guest, dm_type1_uffdio_continue_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_uffdio_copy_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type1_uffdio_copy_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type1_uffdio_copy_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "copy", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_copy = { "uffdio_copy", 40, 4, 40, 0, 1, dm_type1_uffdio_copy_to_host, dm_type1_uffdio_copy_to_guest, dm_type1_uffdio_copy_fields, 5 };

/* arc i386 sh4 */
static void dm_type1_uffdio_move_to_host(void *h, const void *g) { memcpy(h, g, 40); }
static void dm_type1_uffdio_move_to_guest(void *g, const void *h) { memcpy(g, h, 40); }

static const struct dm_field dm_type1_uffdio_move_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "move", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_move = { "uffdio_move", 40, 4, 40, 0, 1, dm_type1_uffdio_move_to_host, dm_type1_uffdio_move_to_guest, dm_type1_uffdio_move_fields, 5 };

/* arc i386 sh4 */
static void dm_type1_uffdio_poison_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_uffdio_poison_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_uffdio_poison_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type1_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "updated", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_poison = { "uffdio_poison", 32, 4, 32, 0, 1, dm_type1_uffdio_poison_to_host, dm_type1_uffdio_poison_to_guest, dm_type1_uffdio_poison_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_uffdio_range_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_type1_uffdio_range_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_type1_uffdio_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_range = { "uffdio_range", 16, 4, 16, 0, 1, dm_type1_uffdio_range_to_host, dm_type1_uffdio_range_to_guest, dm_type1_uffdio_range_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_uffdio_register_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_uffdio_register_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_uffdio_register_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type1_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_register = { "uffdio_register", 32, 4, 32, 0, 1, dm_type1_uffdio_register_to_host, dm_type1_uffdio_register_to_guest, dm_type1_uffdio_register_fields, 3 };

/* arc i386 sh4 */
static void dm_type1_uffdio_writeprotect_to_host(void *h, const void *g) { memcpy(h, g, 24); }
static void dm_type1_uffdio_writeprotect_to_guest(void *g, const void *h) { memcpy(g, h, 24); }

static const struct dm_field dm_type1_uffdio_writeprotect_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type1_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_writeprotect = { "uffdio_writeprotect", 24, 4, 24, 0, 1, dm_type1_uffdio_writeprotect_to_host, dm_type1_uffdio_writeprotect_to_guest, dm_type1_uffdio_writeprotect_fields, 2 };

/* arc i386 sh4 */
static void dm_type1_uffdio_zeropage_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_type1_uffdio_zeropage_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_type1_uffdio_zeropage_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type1_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "zeropage", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_uffdio_zeropage = { "uffdio_zeropage", 32, 4, 32, 0, 1, dm_type1_uffdio_zeropage_to_host, dm_type1_uffdio_zeropage_to_guest, dm_type1_uffdio_zeropage_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_user_cap_data_to_host(void *hv, const void *gv)
{
	struct dmh_user_cap_data *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->effective = dm_ld32be(g + 0);
	h->permitted = dm_ld32be(g + 4);
	h->inheritable = dm_ld32be(g + 8);
}

static void dm_type1_user_cap_data_to_guest(void *gv, const void *hv)
{
	const struct dmh_user_cap_data *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->effective);
	dm_st32be(g + 4, (uint32_t)h->permitted);
	dm_st32be(g + 8, (uint32_t)h->inheritable);
}

static const struct dm_field dm_type1_user_cap_data_fields[] = {
	{ "effective", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "permitted", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "inheritable", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_user_cap_data = { "user_cap_data", 12, 4, 12, 0, 0, dm_type1_user_cap_data_to_host, dm_type1_user_cap_data_to_guest, dm_type1_user_cap_data_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_user_cap_header_to_host(void *hv, const void *gv)
{
	struct dmh_user_cap_header *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->version = dm_ld32be(g + 0);
	h->pid = dm_ld32be(g + 4);
}

static void dm_type1_user_cap_header_to_guest(void *gv, const void *hv)
{
	const struct dmh_user_cap_header *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->version);
	dm_st32be(g + 4, (uint32_t)h->pid);
}

static const struct dm_field dm_type1_user_cap_header_fields[] = {
	{ "version", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "pid", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_user_cap_header = { "user_cap_header", 8, 4, 8, 0, 0, dm_type1_user_cap_header_to_host, dm_type1_user_cap_header_to_guest, dm_type1_user_cap_header_fields, 2 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static void dm_type1_ustat_to_host(void *hv, const void *gv)
{
	struct dmh_ustat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_tfree = dm_ld32le(g + 0);
	h->f_tinode = dm_ld32le(g + 4);
	for (unsigned i = 0; i < 6; i++)
		h->f_fname[i] = dm_ld8(g + 8 + i * 1);
	for (unsigned i = 0; i < 6; i++)
		h->f_fpack[i] = dm_ld8(g + 14 + i * 1);
}

static void dm_type1_ustat_to_guest(void *gv, const void *hv)
{
	const struct dmh_ustat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32le(g + 0, (uint32_t)h->f_tfree);
	dm_st32le(g + 4, (uint32_t)h->f_tinode);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 8 + i * 1, (uint8_t)h->f_fname[i]);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 14 + i * 1, (uint8_t)h->f_fpack[i]);
}

static const struct dm_field dm_type1_ustat_fields[] = {
	{ "f_tfree", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_tinode", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_fname", 8, 6, 16, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
	{ "f_fpack", 14, 6, 22, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_ustat = { "ustat", 20, 4, 32, 0, 0, dm_type1_ustat_to_host, dm_type1_ustat_to_guest, dm_type1_ustat_fields, 4 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static void dm_type1_utimbuf_to_host(void *hv, const void *gv)
{
	struct dmh_utimbuf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->actime = (int32_t)dm_ld32le(g + 0);
	h->modtime = (int32_t)dm_ld32le(g + 4);
}

static void dm_type1_utimbuf_to_guest(void *gv, const void *hv)
{
	const struct dmh_utimbuf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32le(g + 0, (uint32_t)h->actime);
	dm_st32le(g + 4, (uint32_t)h->modtime);
}

static const struct dm_field dm_type1_utimbuf_fields[] = {
	{ "actime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_utimbuf = { "utimbuf", 8, 4, 16, 0, 0, dm_type1_utimbuf_to_host, dm_type1_utimbuf_to_guest, dm_type1_utimbuf_fields, 2 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_utsname_to_host(void *hv, const void *gv)
{
	struct dmh_utsname *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 65; i++)
		h->sysname[i] = dm_ld8(g + 0 + i * 1);
	for (unsigned i = 0; i < 65; i++)
		h->nodename[i] = dm_ld8(g + 65 + i * 1);
	for (unsigned i = 0; i < 65; i++)
		h->release[i] = dm_ld8(g + 130 + i * 1);
	for (unsigned i = 0; i < 65; i++)
		h->version[i] = dm_ld8(g + 195 + i * 1);
	for (unsigned i = 0; i < 65; i++)
		h->machine[i] = dm_ld8(g + 260 + i * 1);
	for (unsigned i = 0; i < 65; i++)
		h->domainname[i] = dm_ld8(g + 325 + i * 1);
}

static void dm_type1_utsname_to_guest(void *gv, const void *hv)
{
	const struct dmh_utsname *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 390);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 0 + i * 1, (uint8_t)h->sysname[i]);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 65 + i * 1, (uint8_t)h->nodename[i]);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 130 + i * 1, (uint8_t)h->release[i]);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 195 + i * 1, (uint8_t)h->version[i]);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 260 + i * 1, (uint8_t)h->machine[i]);
	for (unsigned i = 0; i < 65; i++)
		dm_st8(g + 325 + i * 1, (uint8_t)h->domainname[i]);
}

static const struct dm_field dm_type1_utsname_fields[] = {
	{ "sysname", 0, 65, 0, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "nodename", 65, 65, 65, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "release", 130, 65, 130, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "version", 195, 65, 195, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "machine", 260, 65, 260, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
	{ "domainname", 325, 65, 325, 65, 65, 65, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type1_utsname = { "utsname", 390, 1, 390, 0, 0, dm_type1_utsname_to_host, dm_type1_utsname_to_guest, dm_type1_utsname_fields, 6 };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type1_winsize_to_host(void *hv, const void *gv)
{
	struct dmh_winsize *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ws_row = dm_ld16be(g + 0);
	h->ws_col = dm_ld16be(g + 2);
	h->ws_xpixel = dm_ld16be(g + 4);
	h->ws_ypixel = dm_ld16be(g + 6);
}

static void dm_type1_winsize_to_guest(void *gv, const void *hv)
{
	const struct dmh_winsize *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st16be(g + 0, (uint16_t)h->ws_row);
	dm_st16be(g + 2, (uint16_t)h->ws_col);
	dm_st16be(g + 4, (uint16_t)h->ws_xpixel);
	dm_st16be(g + 6, (uint16_t)h->ws_ypixel);
}

static const struct dm_field dm_type1_winsize_fields[] = {
	{ "ws_row", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "ws_col", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "ws_xpixel", 4, 2, 4, 2, 1, 1, 0, NULL, NULL },
	{ "ws_ypixel", 6, 2, 6, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type1_winsize = { "winsize", 8, 2, 8, 0, 0, dm_type1_winsize_to_host, dm_type1_winsize_to_guest, dm_type1_winsize_fields, 4 };

/* arm */
static void dm_type2_clone_args_to_host(void *h, const void *g) { memcpy(h, g, 88); }
static void dm_type2_clone_args_to_guest(void *g, const void *h) { memcpy(g, h, 88); }

static const struct dm_field dm_type2_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set2_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_clone_args = { "clone_args", 88, 8, 88, 0, 1, dm_type2_clone_args_to_host, dm_type2_clone_args_to_guest, dm_type2_clone_args_fields, 11 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_cmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_cmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->cmsg_len = dm_ld32be(g + 0);
	h->cmsg_level = dm_ld32be(g + 4);
	h->cmsg_type = dm_ld32be(g + 8);
}

static void dm_type2_cmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_cmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->cmsg_len);
	dm_st32be(g + 4, (uint32_t)h->cmsg_level);
	dm_st32be(g + 8, (uint32_t)h->cmsg_type);
}

static const struct dm_field dm_type2_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_cmsghdr = { "cmsghdr", 12, 4, 16, 0, 0, dm_type2_cmsghdr_to_host, dm_type2_cmsghdr_to_guest, dm_type2_cmsghdr_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_dirent64_to_host(void *hv, const void *gv)
{
	struct dmh_dirent64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->d_ino = dm_ld64be(g + 0);
	h->d_off = dm_ld64be(g + 8);
	h->d_reclen = dm_ld16be(g + 16);
	h->d_type = dm_ld8(g + 18);
}

static void dm_type2_dirent64_to_guest(void *gv, const void *hv)
{
	const struct dmh_dirent64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->d_ino);
	dm_st64be(g + 8, (uint64_t)h->d_off);
	dm_st16be(g + 16, (uint16_t)h->d_reclen);
	dm_st8(g + 18, (uint8_t)h->d_type);
}

static const struct dm_field dm_type2_dirent64_fields[] = {
	{ "d_ino", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "d_off", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "d_reclen", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "d_type", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "d_name", 19, 0, 19, 0, 0, 0, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_dirent64 = { "dirent64", 24, 8, 24, 0, 0, dm_type2_dirent64_to_host, dm_type2_dirent64_to_guest, dm_type2_dirent64_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_epoll_event_to_host(void *hv, const void *gv)
{
	struct dmh_epoll_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->events = dm_ld32be(g + 0);
	h->data = dm_ld64be(g + 8);
}

static void dm_type2_epoll_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_epoll_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->events);
	dm_st64be(g + 8, (uint64_t)h->data);
}

static const struct dm_field dm_type2_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_set0_epoll_events },
	{ "data", 8, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_epoll_event = { "epoll_event", 16, 8, 12, 0, 0, dm_type2_epoll_event_to_host, dm_type2_epoll_event_to_guest, dm_type2_epoll_event_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_fiemap_to_host(void *hv, const void *gv)
{
	struct dmh_fiemap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fm_start = dm_ld64be(g + 0);
	h->fm_length = dm_ld64be(g + 8);
	h->fm_flags = dm_ld32be(g + 16);
	h->fm_mapped_extents = dm_ld32be(g + 20);
	h->fm_extent_count = dm_ld32be(g + 24);
}

static void dm_type2_fiemap_to_guest(void *gv, const void *hv)
{
	const struct dmh_fiemap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->fm_start);
	dm_st64be(g + 8, (uint64_t)h->fm_length);
	dm_st32be(g + 16, (uint32_t)h->fm_flags);
	dm_st32be(g + 20, (uint32_t)h->fm_mapped_extents);
	dm_st32be(g + 24, (uint32_t)h->fm_extent_count);
}

static const struct dm_field dm_type2_fiemap_fields[] = {
	{ "fm_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fm_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fm_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fm_mapped_extents", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "fm_extent_count", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "fm_reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fm_extents", 32, 0, 32, 0, 0, 0, 0, &dm_type2_fiemap_extent, NULL },
};
const struct dm_type dm_type2_fiemap = { "fiemap", 32, 8, 32, 0, 0, dm_type2_fiemap_to_host, dm_type2_fiemap_to_guest, dm_type2_fiemap_fields, 7 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_fiemap_extent_to_host(void *hv, const void *gv)
{
	struct dmh_fiemap_extent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fe_logical = dm_ld64be(g + 0);
	h->fe_physical = dm_ld64be(g + 8);
	h->fe_length = dm_ld64be(g + 16);
	h->fe_flags = dm_ld32be(g + 40);
}

static void dm_type2_fiemap_extent_to_guest(void *gv, const void *hv)
{
	const struct dmh_fiemap_extent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_st64be(g + 0, (uint64_t)h->fe_logical);
	dm_st64be(g + 8, (uint64_t)h->fe_physical);
	dm_st64be(g + 16, (uint64_t)h->fe_length);
	dm_st32be(g + 40, (uint32_t)h->fe_flags);
}

static const struct dm_field dm_type2_fiemap_extent_fields[] = {
	{ "fe_logical", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fe_physical", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fe_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "fe_reserved64", 24, 16, 24, 16, 2, 2, DM_F_PAD, NULL, NULL },
	{ "fe_flags", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "fe_reserved", 44, 12, 44, 12, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_fiemap_extent = { "fiemap_extent", 56, 8, 56, 0, 0, dm_type2_fiemap_extent_to_host, dm_type2_fiemap_extent_to_guest, dm_type2_fiemap_extent_fields, 6 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_file_clone_range_to_host(void *hv, const void *gv)
{
	struct dmh_file_clone_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->src_fd = dm_ld64be(g + 0);
	h->src_offset = dm_ld64be(g + 8);
	h->src_length = dm_ld64be(g + 16);
	h->dest_offset = dm_ld64be(g + 24);
}

static void dm_type2_file_clone_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_clone_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->src_fd);
	dm_st64be(g + 8, (uint64_t)h->src_offset);
	dm_st64be(g + 16, (uint64_t)h->src_length);
	dm_st64be(g + 24, (uint64_t)h->dest_offset);
}

static const struct dm_field dm_type2_file_clone_range_fields[] = {
	{ "src_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "src_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dest_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_file_clone_range = { "file_clone_range", 32, 8, 32, 0, 0, dm_type2_file_clone_range_to_host, dm_type2_file_clone_range_to_guest, dm_type2_file_clone_range_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_file_dedupe_range_to_host(void *hv, const void *gv)
{
	struct dmh_file_dedupe_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->src_offset = dm_ld64be(g + 0);
	h->src_length = dm_ld64be(g + 8);
	h->dest_count = dm_ld16be(g + 16);
}

static void dm_type2_file_dedupe_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_dedupe_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->src_offset);
	dm_st64be(g + 8, (uint64_t)h->src_length);
	dm_st16be(g + 16, (uint16_t)h->dest_count);
}

static const struct dm_field dm_type2_file_dedupe_range_fields[] = {
	{ "src_offset", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dest_count", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "reserved1", 18, 2, 18, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "reserved2", 20, 4, 20, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "info", 24, 0, 24, 0, 0, 0, 0, &dm_type2_file_dedupe_range_info, NULL },
};
const struct dm_type dm_type2_file_dedupe_range = { "file_dedupe_range", 24, 8, 24, 0, 0, dm_type2_file_dedupe_range_to_host, dm_type2_file_dedupe_range_to_guest, dm_type2_file_dedupe_range_fields, 6 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_file_dedupe_range_info_to_host(void *hv, const void *gv)
{
	struct dmh_file_dedupe_range_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dest_fd = dm_ld64be(g + 0);
	h->dest_offset = dm_ld64be(g + 8);
	h->bytes_deduped = dm_ld64be(g + 16);
	h->status = dm_ld32be(g + 24);
}

static void dm_type2_file_dedupe_range_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_dedupe_range_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->dest_fd);
	dm_st64be(g + 8, (uint64_t)h->dest_offset);
	dm_st64be(g + 16, (uint64_t)h->bytes_deduped);
	dm_st32be(g + 24, (uint32_t)h->status);
}

static const struct dm_field dm_type2_file_dedupe_range_info_fields[] = {
	{ "dest_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "dest_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "bytes_deduped", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "status", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_file_dedupe_range_info = { "file_dedupe_range_info", 32, 8, 32, 0, 0, dm_type2_file_dedupe_range_info_to_host, dm_type2_file_dedupe_range_info_to_guest, dm_type2_file_dedupe_range_info_fields, 5 };

/* hppa powerpc */
static void dm_type2_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = (int32_t)dm_ld32be(g + 4);
	h->l_len = (int32_t)dm_ld32be(g + 8);
	h->l_pid = dm_ld32be(g + 12);
}

static void dm_type2_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st32be(g + 4, (uint32_t)h->l_start);
	dm_st32be(g + 8, (uint32_t)h->l_len);
	dm_st32be(g + 12, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type2_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 12, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_flock = { "flock", 16, 4, 32, 0, 0, dm_type2_flock_to_host, dm_type2_flock_to_guest, dm_type2_flock_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x */
static void dm_type2_flock64_to_host(void *hv, const void *gv)
{
	struct dmh_flock64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = dm_ld64be(g + 8);
	h->l_len = dm_ld64be(g + 16);
	h->l_pid = dm_ld32be(g + 24);
}

static void dm_type2_flock64_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st64be(g + 8, (uint64_t)h->l_start);
	dm_st64be(g + 16, (uint64_t)h->l_len);
	dm_st32be(g + 24, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type2_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_flock64 = { "flock64", 32, 8, 32, 0, 0, dm_type2_flock64_to_host, dm_type2_flock64_to_guest, dm_type2_flock64_fields, 5 };

/* m68k */
static void dm_type2_fsid_to_host(void *hv, const void *gv)
{
	struct dmh_fsid *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 2; i++)
		h->val[i] = dm_ld32be(g + 0 + i * 4);
}

static void dm_type2_fsid_to_guest(void *gv, const void *hv)
{
	const struct dmh_fsid *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	for (unsigned i = 0; i < 2; i++)
		dm_st32be(g + 0 + i * 4, (uint32_t)h->val[i]);
}

static const struct dm_field dm_type2_fsid_fields[] = {
	{ "val", 0, 8, 0, 8, 2, 2, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_fsid = { "fsid", 8, 2, 8, 0, 0, dm_type2_fsid_to_host, dm_type2_fsid_to_guest, dm_type2_fsid_fields, 1 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_fstrim_range_to_host(void *hv, const void *gv)
{
	struct dmh_fstrim_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->start = dm_ld64be(g + 0);
	h->len = dm_ld64be(g + 8);
	h->minlen = dm_ld64be(g + 16);
}

static void dm_type2_fstrim_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_fstrim_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->start);
	dm_st64be(g + 8, (uint64_t)h->len);
	dm_st64be(g + 16, (uint64_t)h->minlen);
}

static const struct dm_field dm_type2_fstrim_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "minlen", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_fstrim_range = { "fstrim_range", 24, 8, 24, 0, 0, dm_type2_fstrim_range_to_host, dm_type2_fstrim_range_to_guest, dm_type2_fstrim_range_fields, 3 };

/* m68k */
static void dm_type2_fsxattr_to_host(void *hv, const void *gv)
{
	struct dmh_fsxattr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fsx_xflags = dm_ld32be(g + 0);
	h->fsx_extsize = dm_ld32be(g + 4);
	h->fsx_nextents = dm_ld32be(g + 8);
	h->fsx_projid = dm_ld32be(g + 12);
	h->fsx_cowextsize = dm_ld32be(g + 16);
}

static void dm_type2_fsxattr_to_guest(void *gv, const void *hv)
{
	const struct dmh_fsxattr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32be(g + 0, (uint32_t)h->fsx_xflags);
	dm_st32be(g + 4, (uint32_t)h->fsx_extsize);
	dm_st32be(g + 8, (uint32_t)h->fsx_nextents);
	dm_st32be(g + 12, (uint32_t)h->fsx_projid);
	dm_st32be(g + 16, (uint32_t)h->fsx_cowextsize);
}

static const struct dm_field dm_type2_fsxattr_fields[] = {
	{ "fsx_xflags", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_extsize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_nextents", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_projid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_cowextsize", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fsx_pad", 20, 8, 20, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_fsxattr = { "fsxattr", 28, 2, 28, 0, 0, dm_type2_fsxattr_to_host, dm_type2_fsxattr_to_guest, dm_type2_fsxattr_fields, 6 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_if_dqblk_to_host(void *hv, const void *gv)
{
	struct dmh_if_dqblk *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqb_bhardlimit = dm_ld64be(g + 0);
	h->dqb_bsoftlimit = dm_ld64be(g + 8);
	h->dqb_curspace = dm_ld64be(g + 16);
	h->dqb_ihardlimit = dm_ld64be(g + 24);
	h->dqb_isoftlimit = dm_ld64be(g + 32);
	h->dqb_curinodes = dm_ld64be(g + 40);
	h->dqb_btime = dm_ld64be(g + 48);
	h->dqb_itime = dm_ld64be(g + 56);
	h->dqb_valid = dm_ld32be(g + 64);
}

static void dm_type2_if_dqblk_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_dqblk *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->dqb_bhardlimit);
	dm_st64be(g + 8, (uint64_t)h->dqb_bsoftlimit);
	dm_st64be(g + 16, (uint64_t)h->dqb_curspace);
	dm_st64be(g + 24, (uint64_t)h->dqb_ihardlimit);
	dm_st64be(g + 32, (uint64_t)h->dqb_isoftlimit);
	dm_st64be(g + 40, (uint64_t)h->dqb_curinodes);
	dm_st64be(g + 48, (uint64_t)h->dqb_btime);
	dm_st64be(g + 56, (uint64_t)h->dqb_itime);
	dm_st32be(g + 64, (uint32_t)h->dqb_valid);
}

static const struct dm_field dm_type2_if_dqblk_fields[] = {
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
const struct dm_type dm_type2_if_dqblk = { "if_dqblk", 72, 8, 72, 0, 0, dm_type2_if_dqblk_to_host, dm_type2_if_dqblk_to_guest, dm_type2_if_dqblk_fields, 9 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_if_dqinfo_to_host(void *hv, const void *gv)
{
	struct dmh_if_dqinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqi_bgrace = dm_ld64be(g + 0);
	h->dqi_igrace = dm_ld64be(g + 8);
	h->dqi_flags = dm_ld32be(g + 16);
	h->dqi_valid = dm_ld32be(g + 20);
}

static void dm_type2_if_dqinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_dqinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->dqi_bgrace);
	dm_st64be(g + 8, (uint64_t)h->dqi_igrace);
	dm_st32be(g + 16, (uint32_t)h->dqi_flags);
	dm_st32be(g + 20, (uint32_t)h->dqi_valid);
}

static const struct dm_field dm_type2_if_dqinfo_fields[] = {
	{ "dqi_bgrace", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_igrace", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "dqi_valid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_if_dqinfo = { "if_dqinfo", 24, 8, 24, 0, 0, dm_type2_if_dqinfo_to_host, dm_type2_if_dqinfo_to_guest, dm_type2_if_dqinfo_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_if_nextdqblk_to_host(void *hv, const void *gv)
{
	struct dmh_if_nextdqblk *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqb_bhardlimit = dm_ld64be(g + 0);
	h->dqb_bsoftlimit = dm_ld64be(g + 8);
	h->dqb_curspace = dm_ld64be(g + 16);
	h->dqb_ihardlimit = dm_ld64be(g + 24);
	h->dqb_isoftlimit = dm_ld64be(g + 32);
	h->dqb_curinodes = dm_ld64be(g + 40);
	h->dqb_btime = dm_ld64be(g + 48);
	h->dqb_itime = dm_ld64be(g + 56);
	h->dqb_valid = dm_ld32be(g + 64);
	h->dqb_id = dm_ld32be(g + 68);
}

static void dm_type2_if_nextdqblk_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_nextdqblk *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->dqb_bhardlimit);
	dm_st64be(g + 8, (uint64_t)h->dqb_bsoftlimit);
	dm_st64be(g + 16, (uint64_t)h->dqb_curspace);
	dm_st64be(g + 24, (uint64_t)h->dqb_ihardlimit);
	dm_st64be(g + 32, (uint64_t)h->dqb_isoftlimit);
	dm_st64be(g + 40, (uint64_t)h->dqb_curinodes);
	dm_st64be(g + 48, (uint64_t)h->dqb_btime);
	dm_st64be(g + 56, (uint64_t)h->dqb_itime);
	dm_st32be(g + 64, (uint32_t)h->dqb_valid);
	dm_st32be(g + 68, (uint32_t)h->dqb_id);
}

static const struct dm_field dm_type2_if_nextdqblk_fields[] = {
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
const struct dm_type dm_type2_if_nextdqblk = { "if_nextdqblk", 72, 8, 72, 0, 0, dm_type2_if_nextdqblk_to_host, dm_type2_if_nextdqblk_to_guest, dm_type2_if_nextdqblk_fields, 10 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_if_settings_to_host(void *hv, const void *gv)
{
	struct dmh_if_settings *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->type = dm_ld32be(g + 0);
	h->size = dm_ld32be(g + 4);
	memcpy((char *)h + 8, g + 8, 4);
}

static void dm_type2_if_settings_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_settings *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->type);
	dm_st32be(g + 4, (uint32_t)h->size);
	memcpy(g + 8, (const char *)h + 8, 4);
}

static const struct dm_field dm_type2_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 4, 8, 8, 1, 1, 0, &dm_type1_if_settings_ifsu, NULL },
};
const struct dm_type dm_type2_if_settings = { "if_settings", 12, 4, 16, 0, 0, dm_type2_if_settings_to_host, dm_type2_if_settings_to_guest, dm_type2_if_settings_fields, 3 };

/* m68k */
static void dm_type2_if_settings_ifsu_to_host(void *h, const void *g) { memset(h, 0, 8); memcpy(h, g, 4); }
static void dm_type2_if_settings_ifsu_to_guest(void *g, const void *h) { memset(g, 0, 4); memcpy(g, h, 4); }

static const struct dm_field dm_type2_if_settings_ifsu_fields[] = {
	{ "raw_hdlc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "cisco", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc_info", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "x25", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sync", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "te1", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_if_settings_ifsu = { "if_settings_ifsu", 4, 2, 8, 1, 0, dm_type2_if_settings_ifsu_to_host, dm_type2_if_settings_ifsu_to_guest, dm_type2_if_settings_ifsu_fields, 8 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifconf_to_host(void *hv, const void *gv)
{
	struct dmh_ifconf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ifc_len = dm_ld32be(g + 0);
	dm_type2_ifconf_ifcu.to_host((char *)h + 8, g + 4);
}

static void dm_type2_ifconf_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifconf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->ifc_len);
	dm_type2_ifconf_ifcu.to_guest(g + 4, (const char *)h + 8);
}

static const struct dm_field dm_type2_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 4, 4, 8, 8, 1, 1, 0, &dm_type2_ifconf_ifcu, NULL },
};
const struct dm_type dm_type2_ifconf = { "ifconf", 8, 4, 16, 0, 0, dm_type2_ifconf_to_host, dm_type2_ifconf_to_guest, dm_type2_ifconf_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifconf_ifcu_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type2_ifconf_ifcu_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type2_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_ifconf_ifcu = { "ifconf_ifcu", 4, 4, 8, 1, 0, dm_type2_ifconf_ifcu_to_host, dm_type2_ifconf_ifcu_to_guest, dm_type2_ifconf_ifcu_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifmap_to_host(void *hv, const void *gv)
{
	struct dmh_ifmap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mem_start = dm_ld32be(g + 0);
	h->mem_end = dm_ld32be(g + 4);
	h->base_addr = dm_ld16be(g + 8);
	h->irq = dm_ld8(g + 10);
	h->dma = dm_ld8(g + 11);
	h->port = dm_ld8(g + 12);
}

static void dm_type2_ifmap_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifmap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->mem_start);
	dm_st32be(g + 4, (uint32_t)h->mem_end);
	dm_st16be(g + 8, (uint16_t)h->base_addr);
	dm_st8(g + 10, (uint8_t)h->irq);
	dm_st8(g + 11, (uint8_t)h->dma);
	dm_st8(g + 12, (uint8_t)h->port);
}

static const struct dm_field dm_type2_ifmap_fields[] = {
	{ "mem_start", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 8, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 10, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 11, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 12, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_ifmap = { "ifmap", 16, 4, 24, 0, 0, dm_type2_ifmap_to_host, dm_type2_ifmap_to_guest, dm_type2_ifmap_fields, 6 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	memcpy((char *)h + 16, g + 16, 16);
}

static void dm_type2_ifreq_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	memcpy(g + 16, (const char *)h + 16, 16);
}

static const struct dm_field dm_type2_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type2_ifreq_ifru, NULL },
};
const struct dm_type dm_type2_ifreq = { "ifreq", 32, 4, 40, 0, 0, dm_type2_ifreq_to_host, dm_type2_ifreq_to_guest, dm_type2_ifreq_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_ifru_to_host(void *h, const void *g) { memset(h, 0, 24); memcpy(h, g, 16); }
static void dm_type2_ifreq_ifru_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type2_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type2_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type2_if_settings, NULL },
};
const struct dm_type dm_type2_ifreq_ifru = { "ifreq_ifru", 16, 4, 24, 1, 0, dm_type2_ifreq_ifru_to_host, dm_type2_ifreq_ifru_to_guest, dm_type2_ifreq_ifru_fields, 13 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_ifru_int_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 4); }
static void dm_type2_ifreq_ifru_int_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 16); memcpy(g, h, 16); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type2_ifreq_ifru_int_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type2_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type2_if_settings, NULL },
};
const struct dm_type dm_type2_ifreq_ifru_int = { "ifreq_ifru_int", 16, 4, 24, 1, 0, dm_type2_ifreq_ifru_int_to_host, dm_type2_ifreq_ifru_int_to_guest, dm_type2_ifreq_ifru_int_fields, 13 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_ifru_short_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint16_t v = dm_ld16be(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 2); }
static void dm_type2_ifreq_ifru_short_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 2); memset(g, 0, 16); memcpy(g, h, 16); dm_st16be(g, (uint16_t)v); }

static const struct dm_field dm_type2_ifreq_ifru_short_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 16, 0, 24, 1, 1, 0, &dm_type2_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type2_if_settings, NULL },
};
const struct dm_type dm_type2_ifreq_ifru_short = { "ifreq_ifru_short", 16, 4, 24, 1, 0, dm_type2_ifreq_ifru_short_to_host, dm_type2_ifreq_ifru_short_to_guest, dm_type2_ifreq_ifru_short_fields, 13 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_int_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_int *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type2_ifreq_ifru_int.to_host((char *)h + 16, g + 16);
}

static void dm_type2_ifreq_int_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_int *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type2_ifreq_ifru_int.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type2_ifreq_int_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type2_ifreq_ifru_int, NULL },
};
const struct dm_type dm_type2_ifreq_int = { "ifreq_int", 32, 4, 40, 0, 0, dm_type2_ifreq_int_to_host, dm_type2_ifreq_int_to_guest, dm_type2_ifreq_int_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ifreq_short_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_short *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type2_ifreq_ifru_short.to_host((char *)h + 16, g + 16);
}

static void dm_type2_ifreq_short_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_short *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type2_ifreq_ifru_short.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type2_ifreq_short_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type2_ifreq_ifru_short, NULL },
};
const struct dm_type dm_type2_ifreq_short = { "ifreq_short", 32, 4, 40, 0, 0, dm_type2_ifreq_short_to_host, dm_type2_ifreq_short_to_guest, dm_type2_ifreq_short_fields, 2 };

/* m68k */
static void dm_type2_in6_addr_to_host(void *hv, const void *gv)
{
	struct dmh_in6_addr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
}

static void dm_type2_in6_addr_to_guest(void *gv, const void *hv)
{
	const struct dmh_in6_addr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	memcpy(g + 0, (const char *)h + 0, 16);
}

static const struct dm_field dm_type2_in6_addr_fields[] = {
	{ "in6_u", 0, 16, 0, 16, 1, 1, 0, &dm_type2_in6_addr_u, NULL },
};
const struct dm_type dm_type2_in6_addr = { "in6_addr", 16, 2, 16, 0, 0, dm_type2_in6_addr_to_host, dm_type2_in6_addr_to_guest, dm_type2_in6_addr_fields, 1 };

/* m68k */
static void dm_type2_in6_addr_u_to_host(void *h, const void *g) { memset(h, 0, 16); memcpy(h, g, 16); }
static void dm_type2_in6_addr_u_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type2_in6_addr_u_fields[] = {
	{ "u6_addr8", 0, 16, 0, 16, 16, 16, 0, NULL, NULL },
	{ "u6_addr16", 0, 16, 0, 16, 8, 8, 0, NULL, NULL },
	{ "u6_addr32", 0, 16, 0, 16, 4, 4, 0, NULL, NULL },
};
const struct dm_type dm_type2_in6_addr_u = { "in6_addr_u", 16, 2, 16, 1, 0, dm_type2_in6_addr_u_to_host, dm_type2_in6_addr_u_to_guest, dm_type2_in6_addr_u_fields, 3 };

/* m68k */
static void dm_type2_in_addr_to_host(void *hv, const void *gv)
{
	struct dmh_in_addr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->s_addr = dm_ld32be(g + 0);
}

static void dm_type2_in_addr_to_guest(void *gv, const void *hv)
{
	const struct dmh_in_addr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->s_addr);
}

static const struct dm_field dm_type2_in_addr_fields[] = {
	{ "s_addr", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_in_addr = { "in_addr", 4, 2, 4, 0, 0, dm_type2_in_addr_to_host, dm_type2_in_addr_to_guest, dm_type2_in_addr_fields, 1 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_io_event_to_host(void *hv, const void *gv)
{
	struct dmh_io_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->data = dm_ld64be(g + 0);
	h->obj = dm_ld64be(g + 8);
	h->res = dm_ld64be(g + 16);
	h->res2 = dm_ld64be(g + 24);
}

static void dm_type2_io_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_io_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->data);
	dm_st64be(g + 8, (uint64_t)h->obj);
	dm_st64be(g + 16, (uint64_t)h->res);
	dm_st64be(g + 24, (uint64_t)h->res2);
}

static const struct dm_field dm_type2_io_event_fields[] = {
	{ "data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "obj", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "res", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "res2", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_io_event = { "io_event", 32, 8, 32, 0, 0, dm_type2_io_event_to_host, dm_type2_io_event_to_guest, dm_type2_io_event_fields, 4 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_iocb_to_host(void *hv, const void *gv)
{
	struct dmh_iocb *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->aio_data = dm_ld64be(g + 0);
	h->aio_rw_flags = dm_ld32be(g + 8);
	h->aio_key = dm_ld32be(g + 12);
	h->aio_lio_opcode = dm_ld16be(g + 16);
	h->aio_reqprio = dm_ld16be(g + 18);
	h->aio_fildes = dm_ld32be(g + 20);
	h->aio_buf = dm_ld64be(g + 24);
	h->aio_nbytes = dm_ld64be(g + 32);
	h->aio_offset = dm_ld64be(g + 40);
	h->aio_flags = dm_ld32be(g + 56);
	h->aio_resfd = dm_ld32be(g + 60);
}

static void dm_type2_iocb_to_guest(void *gv, const void *hv)
{
	const struct dmh_iocb *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st64be(g + 0, (uint64_t)h->aio_data);
	dm_st32be(g + 8, (uint32_t)h->aio_rw_flags);
	dm_st32be(g + 12, (uint32_t)h->aio_key);
	dm_st16be(g + 16, (uint16_t)h->aio_lio_opcode);
	dm_st16be(g + 18, (uint16_t)h->aio_reqprio);
	dm_st32be(g + 20, (uint32_t)h->aio_fildes);
	dm_st64be(g + 24, (uint64_t)h->aio_buf);
	dm_st64be(g + 32, (uint64_t)h->aio_nbytes);
	dm_st64be(g + 40, (uint64_t)h->aio_offset);
	dm_st32be(g + 56, (uint32_t)h->aio_flags);
	dm_st32be(g + 60, (uint32_t)h->aio_resfd);
}

static const struct dm_field dm_type2_iocb_fields[] = {
	{ "aio_data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "aio_rw_flags", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "aio_key", 12, 4, 8, 4, 1, 1, 0, NULL, NULL },
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
const struct dm_type dm_type2_iocb = { "iocb", 64, 8, 64, 0, 0, dm_type2_iocb_to_host, dm_type2_iocb_to_guest, dm_type2_iocb_fields, 12 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_iovec_to_host(void *hv, const void *gv)
{
	struct dmh_iovec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->iov_base = dm_ld32be(g + 0);
	h->iov_len = dm_ld32be(g + 4);
}

static void dm_type2_iovec_to_guest(void *gv, const void *hv)
{
	const struct dmh_iovec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->iov_base);
	dm_st32be(g + 4, (uint32_t)h->iov_len);
}

static const struct dm_field dm_type2_iovec_fields[] = {
	{ "iov_base", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_iovec = { "iovec", 8, 4, 16, 0, 0, dm_type2_iovec_to_host, dm_type2_iovec_to_guest, dm_type2_iovec_fields, 2 };

/* arm i386 sh4 */
static void dm_type2_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32le(g + 0);
	h->uid = dm_ld32le(g + 4);
	h->gid = dm_ld32le(g + 8);
	h->cuid = dm_ld32le(g + 12);
	h->cgid = dm_ld32le(g + 16);
	h->mode = dm_ld16le(g + 20);
	h->seq = dm_ld16le(g + 24);
}

static void dm_type2_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32le(g + 0, (uint32_t)h->key);
	dm_st32le(g + 4, (uint32_t)h->uid);
	dm_st32le(g + 8, (uint32_t)h->gid);
	dm_st32le(g + 12, (uint32_t)h->cuid);
	dm_st32le(g + 16, (uint32_t)h->cgid);
	dm_st16le(g + 20, (uint16_t)h->mode);
	dm_st16le(g + 24, (uint16_t)h->seq);
}

static const struct dm_field dm_type2_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 2, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 22, 2, 24, 0, 2, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 24, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad2", 26, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 28, 4, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 32, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_ipc64_perm = { "ipc64_perm", 36, 4, 48, 0, 0, dm_type2_ipc64_perm_to_host, dm_type2_ipc64_perm_to_guest, dm_type2_ipc64_perm_fields, 11 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_timespec.to_host((char *)h + 0, g + 0);
	dm_type2_timespec.to_host((char *)h + 16, g + 8);
}

static void dm_type2_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type2_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_type2_timespec.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type2_itimerspec_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type2_timespec, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type2_timespec, NULL },
};
const struct dm_type dm_type2_itimerspec = { "itimerspec", 16, 4, 32, 0, 0, dm_type2_itimerspec_to_host, dm_type2_itimerspec_to_guest, dm_type2_itimerspec_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_itimerspec64_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_timespec64.to_host((char *)h + 0, g + 0);
	dm_type2_timespec64.to_host((char *)h + 16, g + 16);
}

static void dm_type2_itimerspec64_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_timespec64.to_guest(g + 0, (const char *)h + 0);
	dm_type2_timespec64.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type2_itimerspec64_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type2_timespec64, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type2_timespec64, NULL },
};
const struct dm_type dm_type2_itimerspec64 = { "itimerspec64", 32, 8, 32, 0, 0, dm_type2_itimerspec64_to_host, dm_type2_itimerspec64_to_guest, dm_type2_itimerspec64_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_itimerval_to_host(void *hv, const void *gv)
{
	struct dmh_itimerval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_timeval.to_host((char *)h + 0, g + 0);
	dm_type2_timeval.to_host((char *)h + 16, g + 8);
}

static void dm_type2_itimerval_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type2_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type2_timeval.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type2_itimerval_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type2_timeval, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type2_timeval, NULL },
};
const struct dm_type dm_type2_itimerval = { "itimerval", 16, 4, 32, 0, 0, dm_type2_itimerval_to_host, dm_type2_itimerval_to_guest, dm_type2_itimerval_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_kexec_segment_to_host(void *hv, const void *gv)
{
	struct dmh_kexec_segment *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->buf = dm_ld32be(g + 0);
	h->bufsz = dm_ld32be(g + 4);
	h->mem = dm_ld32be(g + 8);
	h->memsz = dm_ld32be(g + 12);
}

static void dm_type2_kexec_segment_to_guest(void *gv, const void *hv)
{
	const struct dmh_kexec_segment *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->buf);
	dm_st32be(g + 4, (uint32_t)h->bufsz);
	dm_st32be(g + 8, (uint32_t)h->mem);
	dm_st32be(g + 12, (uint32_t)h->memsz);
}

static const struct dm_field dm_type2_kexec_segment_fields[] = {
	{ "buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_kexec_segment = { "kexec_segment", 16, 4, 32, 0, 0, dm_type2_kexec_segment_to_host, dm_type2_kexec_segment_to_guest, dm_type2_kexec_segment_fields, 4 };

/* m68k */
static void dm_type2_linger_to_host(void *hv, const void *gv)
{
	struct dmh_linger *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_onoff = dm_ld32be(g + 0);
	h->l_linger = dm_ld32be(g + 4);
}

static void dm_type2_linger_to_guest(void *gv, const void *hv)
{
	const struct dmh_linger *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->l_onoff);
	dm_st32be(g + 4, (uint32_t)h->l_linger);
}

static const struct dm_field dm_type2_linger_fields[] = {
	{ "l_onoff", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_linger", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_linger = { "linger", 8, 2, 8, 0, 0, dm_type2_linger_to_host, dm_type2_linger_to_guest, dm_type2_linger_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_loop_config_to_host(void *hv, const void *gv)
{
	struct dmh_loop_config *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->block_size = dm_ld32be(g + 4);
	dm_type2_loop_info64.to_host((char *)h + 8, g + 8);
}

static void dm_type2_loop_config_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_config *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 304);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st32be(g + 4, (uint32_t)h->block_size);
	dm_type2_loop_info64.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type2_loop_config_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "block_size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "info", 8, 232, 8, 232, 1, 1, 0, &dm_type2_loop_info64, NULL },
	{ "__reserved", 240, 64, 240, 64, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_loop_config = { "loop_config", 304, 8, 304, 0, 0, dm_type2_loop_config_to_host, dm_type2_loop_config_to_guest, dm_type2_loop_config_fields, 4 };

/* arm i386 sh4 */
static void dm_type2_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32le(g + 0);
	h->lo_device = dm_ld16le(g + 4);
	h->lo_inode = dm_ld32le(g + 8);
	h->lo_rdevice = dm_ld16le(g + 12);
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

static void dm_type2_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 140);
	dm_st32le(g + 0, (uint32_t)h->lo_number);
	dm_st16le(g + 4, (uint16_t)h->lo_device);
	dm_st32le(g + 8, (uint32_t)h->lo_inode);
	dm_st16le(g + 12, (uint16_t)h->lo_rdevice);
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

static const struct dm_field dm_type2_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 2, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 12, 2, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 16, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 20, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 24, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 28, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 32, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 96, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 128, 8, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 136, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_loop_info = { "loop_info", 140, 4, 168, 0, 0, dm_type2_loop_info_to_host, dm_type2_loop_info_to_guest, dm_type2_loop_info_fields, 12 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_loop_info64_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_device = dm_ld64be(g + 0);
	h->lo_inode = dm_ld64be(g + 8);
	h->lo_rdevice = dm_ld64be(g + 16);
	h->lo_offset = dm_ld64be(g + 24);
	h->lo_sizelimit = dm_ld64be(g + 32);
	h->lo_number = dm_ld32be(g + 40);
	h->lo_encrypt_type = dm_ld32be(g + 44);
	h->lo_encrypt_key_size = dm_ld32be(g + 48);
	h->lo_flags = dm_ld32be(g + 52);
	for (unsigned i = 0; i < 64; i++)
		h->lo_file_name[i] = dm_ld8(g + 56 + i * 1);
	for (unsigned i = 0; i < 64; i++)
		h->lo_crypt_name[i] = dm_ld8(g + 120 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 184 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64be(g + 216 + i * 8);
}

static void dm_type2_loop_info64_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 232);
	dm_st64be(g + 0, (uint64_t)h->lo_device);
	dm_st64be(g + 8, (uint64_t)h->lo_inode);
	dm_st64be(g + 16, (uint64_t)h->lo_rdevice);
	dm_st64be(g + 24, (uint64_t)h->lo_offset);
	dm_st64be(g + 32, (uint64_t)h->lo_sizelimit);
	dm_st32be(g + 40, (uint32_t)h->lo_number);
	dm_st32be(g + 44, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 48, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 52, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 56 + i * 1, (uint8_t)h->lo_file_name[i]);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 120 + i * 1, (uint8_t)h->lo_crypt_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 184 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64be(g + 216 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type2_loop_info64_fields[] = {
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
const struct dm_type dm_type2_loop_info64 = { "loop_info64", 232, 8, 232, 0, 0, dm_type2_loop_info64_to_host, dm_type2_loop_info64_to_guest, dm_type2_loop_info64_fields, 13 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_mmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_mmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_msghdr.to_host((char *)h + 0, g + 0);
	h->msg_len = dm_ld32be(g + 28);
}

static void dm_type2_mmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_msghdr.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 28, (uint32_t)h->msg_len);
}

static const struct dm_field dm_type2_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 28, 0, 56, 1, 1, 0, &dm_type2_msghdr, NULL },
	{ "msg_len", 28, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_mmsghdr = { "mmsghdr", 32, 4, 64, 0, 0, dm_type2_mmsghdr_to_host, dm_type2_mmsghdr_to_guest, dm_type2_mmsghdr_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_mq_attr_to_host(void *hv, const void *gv)
{
	struct dmh_mq_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mq_flags = (int32_t)dm_ld32be(g + 0);
	h->mq_maxmsg = (int32_t)dm_ld32be(g + 4);
	h->mq_msgsize = (int32_t)dm_ld32be(g + 8);
	h->mq_curmsgs = (int32_t)dm_ld32be(g + 12);
}

static void dm_type2_mq_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mq_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->mq_flags);
	dm_st32be(g + 4, (uint32_t)h->mq_maxmsg);
	dm_st32be(g + 8, (uint32_t)h->mq_msgsize);
	dm_st32be(g + 12, (uint32_t)h->mq_curmsgs);
}

static const struct dm_field dm_type2_mq_attr_fields[] = {
	{ "mq_flags", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 16, 16, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_mq_attr = { "mq_attr", 32, 4, 64, 0, 0, dm_type2_mq_attr_to_host, dm_type2_mq_attr_to_guest, dm_type2_mq_attr_fields, 5 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_msghdr_to_host(void *hv, const void *gv)
{
	struct dmh_msghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msg_name = dm_ld32be(g + 0);
	h->msg_namelen = dm_ld32be(g + 4);
	h->msg_iov = dm_ld32be(g + 8);
	h->msg_iovlen = dm_ld32be(g + 12);
	h->msg_control = dm_ld32be(g + 16);
	h->msg_controllen = dm_ld32be(g + 20);
	h->msg_flags = dm_ld32be(g + 24);
}

static void dm_type2_msghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_msghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32be(g + 0, (uint32_t)h->msg_name);
	dm_st32be(g + 4, (uint32_t)h->msg_namelen);
	dm_st32be(g + 8, (uint32_t)h->msg_iov);
	dm_st32be(g + 12, (uint32_t)h->msg_iovlen);
	dm_st32be(g + 16, (uint32_t)h->msg_control);
	dm_st32be(g + 20, (uint32_t)h->msg_controllen);
	dm_st32be(g + 24, (uint32_t)h->msg_flags);
}

static const struct dm_field dm_type2_msghdr_fields[] = {
	{ "msg_name", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 16, 4, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 24, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_msghdr = { "msghdr", 28, 4, 56, 0, 0, dm_type2_msghdr_to_host, dm_type2_msghdr_to_guest, dm_type2_msghdr_fields, 7 };

/* m68k */
static void dm_type2_msginfo_to_host(void *hv, const void *gv)
{
	struct dmh_msginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msgpool = dm_ld32be(g + 0);
	h->msgmap = dm_ld32be(g + 4);
	h->msgmax = dm_ld32be(g + 8);
	h->msgmnb = dm_ld32be(g + 12);
	h->msgmni = dm_ld32be(g + 16);
	h->msgssz = dm_ld32be(g + 20);
	h->msgtql = dm_ld32be(g + 24);
	h->msgseg = dm_ld16be(g + 28);
}

static void dm_type2_msginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_msginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 30);
	dm_st32be(g + 0, (uint32_t)h->msgpool);
	dm_st32be(g + 4, (uint32_t)h->msgmap);
	dm_st32be(g + 8, (uint32_t)h->msgmax);
	dm_st32be(g + 12, (uint32_t)h->msgmnb);
	dm_st32be(g + 16, (uint32_t)h->msgmni);
	dm_st32be(g + 20, (uint32_t)h->msgssz);
	dm_st32be(g + 24, (uint32_t)h->msgtql);
	dm_st16be(g + 28, (uint16_t)h->msgseg);
}

static const struct dm_field dm_type2_msginfo_fields[] = {
	{ "msgpool", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmap", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmax", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmnb", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgmni", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgssz", 20, 4, 20, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgtql", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msgseg", 28, 2, 28, 2, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_msginfo = { "msginfo", 30, 2, 32, 0, 0, dm_type2_msginfo_to_host, dm_type2_msginfo_to_guest, dm_type2_msginfo_fields, 8 };

/* arm i386 sh4 */
static void dm_type2_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32le(g + 36);
	h->msg_rtime = dm_ld32le(g + 44);
	h->msg_ctime = dm_ld32le(g + 52);
	h->msg_cbytes = dm_ld32le(g + 60);
	h->msg_qnum = dm_ld32le(g + 64);
	h->msg_qbytes = dm_ld32le(g + 68);
	h->msg_lspid = dm_ld32le(g + 72);
	h->msg_lrpid = dm_ld32le(g + 76);
}

static void dm_type2_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type2_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->msg_stime);
	dm_st32le(g + 44, (uint32_t)h->msg_rtime);
	dm_st32le(g + 52, (uint32_t)h->msg_ctime);
	dm_st32le(g + 60, (uint32_t)h->msg_cbytes);
	dm_st32le(g + 64, (uint32_t)h->msg_qnum);
	dm_st32le(g + 68, (uint32_t)h->msg_qbytes);
	dm_st32le(g + 72, (uint32_t)h->msg_lspid);
	dm_st32le(g + 76, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type2_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type2_ipc64_perm, NULL },
	{ "msg_stime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_stime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 44, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 52, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 68, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 72, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 76, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 84, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_msqid64_ds = { "msqid64_ds", 88, 4, 120, 0, 0, dm_type2_msqid64_ds_to_host, dm_type2_msqid64_ds_to_guest, dm_type2_msqid64_ds_fields, 14 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_pidfd_info_to_host(void *hv, const void *gv)
{
	struct dmh_pidfd_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mask = dm_ld64be(g + 0);
	h->cgroupid = dm_ld64be(g + 8);
	h->pid = dm_ld32be(g + 16);
	h->tgid = dm_ld32be(g + 20);
	h->ppid = dm_ld32be(g + 24);
	h->ruid = dm_ld32be(g + 28);
	h->rgid = dm_ld32be(g + 32);
	h->euid = dm_ld32be(g + 36);
	h->egid = dm_ld32be(g + 40);
	h->suid = dm_ld32be(g + 44);
	h->sgid = dm_ld32be(g + 48);
	h->fsuid = dm_ld32be(g + 52);
	h->fsgid = dm_ld32be(g + 56);
	h->exit_code = dm_ld32be(g + 60);
	h->coredump_mask = dm_ld32be(g + 64);
	h->coredump_signal = dm_ld32be(g + 68);
}

static void dm_type2_pidfd_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_pidfd_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->mask);
	dm_st64be(g + 8, (uint64_t)h->cgroupid);
	dm_st32be(g + 16, (uint32_t)h->pid);
	dm_st32be(g + 20, (uint32_t)h->tgid);
	dm_st32be(g + 24, (uint32_t)h->ppid);
	dm_st32be(g + 28, (uint32_t)h->ruid);
	dm_st32be(g + 32, (uint32_t)h->rgid);
	dm_st32be(g + 36, (uint32_t)h->euid);
	dm_st32be(g + 40, (uint32_t)h->egid);
	dm_st32be(g + 44, (uint32_t)h->suid);
	dm_st32be(g + 48, (uint32_t)h->sgid);
	dm_st32be(g + 52, (uint32_t)h->fsuid);
	dm_st32be(g + 56, (uint32_t)h->fsgid);
	dm_st32be(g + 60, (uint32_t)h->exit_code);
	dm_st32be(g + 64, (uint32_t)h->coredump_mask);
	dm_st32be(g + 68, (uint32_t)h->coredump_signal);
}

static const struct dm_field dm_type2_pidfd_info_fields[] = {
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
const struct dm_type dm_type2_pidfd_info = { "pidfd_info", 72, 8, 72, 0, 0, dm_type2_pidfd_info_to_host, dm_type2_pidfd_info_to_guest, dm_type2_pidfd_info_fields, 16 };

/* m68k */
static void dm_type2_pollfd_to_host(void *hv, const void *gv)
{
	struct dmh_pollfd *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->events = dm_ld16be(g + 4);
	h->revents = dm_ld16be(g + 6);
}

static void dm_type2_pollfd_to_guest(void *gv, const void *hv)
{
	const struct dmh_pollfd *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st16be(g + 4, (uint16_t)h->events);
	dm_st16be(g + 6, (uint16_t)h->revents);
}

static const struct dm_field dm_type2_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
};
const struct dm_type dm_type2_pollfd = { "pollfd", 8, 2, 8, 0, 0, dm_type2_pollfd_to_host, dm_type2_pollfd_to_guest, dm_type2_pollfd_fields, 3 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_rlimit_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld32be(g + 0);
	h->rlim_max = dm_ld32be(g + 4);
}

static void dm_type2_rlimit_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->rlim_cur);
	dm_st32be(g + 4, (uint32_t)h->rlim_max);
}

static const struct dm_field dm_type2_rlimit_fields[] = {
	{ "rlim_cur", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_rlimit = { "rlimit", 8, 4, 16, 0, 0, dm_type2_rlimit_to_host, dm_type2_rlimit_to_guest, dm_type2_rlimit_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_rlimit64_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld64be(g + 0);
	h->rlim_max = dm_ld64be(g + 8);
}

static void dm_type2_rlimit64_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->rlim_cur);
	dm_st64be(g + 8, (uint64_t)h->rlim_max);
}

static const struct dm_field dm_type2_rlimit64_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_rlimit64 = { "rlimit64", 16, 8, 16, 0, 0, dm_type2_rlimit64_to_host, dm_type2_rlimit64_to_guest, dm_type2_rlimit64_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_robust_list_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->next = dm_ld32be(g + 0);
}

static void dm_type2_robust_list_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->next);
}

static const struct dm_field dm_type2_robust_list_fields[] = {
	{ "next", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_robust_list = { "robust_list", 4, 4, 8, 0, 0, dm_type2_robust_list_to_host, dm_type2_robust_list_to_guest, dm_type2_robust_list_fields, 1 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_robust_list_head_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list_head *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_robust_list.to_host((char *)h + 0, g + 0);
	h->futex_offset = (int32_t)dm_ld32be(g + 4);
	h->list_op_pending = dm_ld32be(g + 8);
}

static void dm_type2_robust_list_head_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list_head *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_type2_robust_list.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 4, (uint32_t)h->futex_offset);
	dm_st32be(g + 8, (uint32_t)h->list_op_pending);
}

static const struct dm_field dm_type2_robust_list_head_fields[] = {
	{ "list", 0, 4, 0, 8, 1, 1, 0, &dm_type2_robust_list, NULL },
	{ "futex_offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_robust_list_head = { "robust_list_head", 12, 4, 24, 0, 0, dm_type2_robust_list_head_to_host, dm_type2_robust_list_head_to_guest, dm_type2_robust_list_head_fields, 3 };

/* s390x */
static const struct dm_field dm_type2_rt_sigframe_fields[] = {
	{ "callee_used_stack", 0, 160, -1, 0, 160, 1, 0, NULL, NULL },
	{ "svc_insn", 160, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "info", 168, 128, -1, 0, 1, 1, 0, &dm_type11_siginfo, NULL },
	{ "uc", 296, 1024, -1, 0, 1, 1, 0, &dm_type0_ucontext_extended, NULL },
};
const struct dm_type dm_type2_rt_sigframe = { "rt_sigframe", 1320, 8, 0, 0, 0, NULL, NULL, dm_type2_rt_sigframe_fields, 4 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_rusage_to_host(void *hv, const void *gv)
{
	struct dmh_rusage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_timeval.to_host((char *)h + 0, g + 0);
	dm_type2_timeval.to_host((char *)h + 16, g + 8);
	h->ru_maxrss = (int32_t)dm_ld32be(g + 16);
	h->ru_ixrss = (int32_t)dm_ld32be(g + 20);
	h->ru_idrss = (int32_t)dm_ld32be(g + 24);
	h->ru_isrss = (int32_t)dm_ld32be(g + 28);
	h->ru_minflt = (int32_t)dm_ld32be(g + 32);
	h->ru_majflt = (int32_t)dm_ld32be(g + 36);
	h->ru_nswap = (int32_t)dm_ld32be(g + 40);
	h->ru_inblock = (int32_t)dm_ld32be(g + 44);
	h->ru_oublock = (int32_t)dm_ld32be(g + 48);
	h->ru_msgsnd = (int32_t)dm_ld32be(g + 52);
	h->ru_msgrcv = (int32_t)dm_ld32be(g + 56);
	h->ru_nsignals = (int32_t)dm_ld32be(g + 60);
	h->ru_nvcsw = (int32_t)dm_ld32be(g + 64);
	h->ru_nivcsw = (int32_t)dm_ld32be(g + 68);
}

static void dm_type2_rusage_to_guest(void *gv, const void *hv)
{
	const struct dmh_rusage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type2_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type2_timeval.to_guest(g + 8, (const char *)h + 16);
	dm_st32be(g + 16, (uint32_t)h->ru_maxrss);
	dm_st32be(g + 20, (uint32_t)h->ru_ixrss);
	dm_st32be(g + 24, (uint32_t)h->ru_idrss);
	dm_st32be(g + 28, (uint32_t)h->ru_isrss);
	dm_st32be(g + 32, (uint32_t)h->ru_minflt);
	dm_st32be(g + 36, (uint32_t)h->ru_majflt);
	dm_st32be(g + 40, (uint32_t)h->ru_nswap);
	dm_st32be(g + 44, (uint32_t)h->ru_inblock);
	dm_st32be(g + 48, (uint32_t)h->ru_oublock);
	dm_st32be(g + 52, (uint32_t)h->ru_msgsnd);
	dm_st32be(g + 56, (uint32_t)h->ru_msgrcv);
	dm_st32be(g + 60, (uint32_t)h->ru_nsignals);
	dm_st32be(g + 64, (uint32_t)h->ru_nvcsw);
	dm_st32be(g + 68, (uint32_t)h->ru_nivcsw);
}

static const struct dm_field dm_type2_rusage_fields[] = {
	{ "ru_utime", 0, 8, 0, 16, 1, 1, 0, &dm_type2_timeval, NULL },
	{ "ru_stime", 8, 8, 16, 16, 1, 1, 0, &dm_type2_timeval, NULL },
	{ "ru_maxrss", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_ixrss", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_idrss", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_isrss", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_minflt", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_majflt", 36, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nswap", 40, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_inblock", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_oublock", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgsnd", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgrcv", 56, 4, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nsignals", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nvcsw", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nivcsw", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_rusage = { "rusage", 72, 4, 144, 0, 0, dm_type2_rusage_to_host, dm_type2_rusage_to_guest, dm_type2_rusage_fields, 16 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_sched_attr_to_host(void *hv, const void *gv)
{
	struct dmh_sched_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->size = dm_ld32be(g + 0);
	h->sched_policy = dm_ld32be(g + 4);
	h->sched_flags = dm_ld64be(g + 8);
	h->sched_nice = dm_ld32be(g + 16);
	h->sched_priority = dm_ld32be(g + 20);
	h->sched_runtime = dm_ld64be(g + 24);
	h->sched_deadline = dm_ld64be(g + 32);
	h->sched_period = dm_ld64be(g + 40);
	h->sched_util_min = dm_ld32be(g + 48);
	h->sched_util_max = dm_ld32be(g + 52);
}

static void dm_type2_sched_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_sched_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_st32be(g + 0, (uint32_t)h->size);
	dm_st32be(g + 4, (uint32_t)h->sched_policy);
	dm_st64be(g + 8, (uint64_t)h->sched_flags);
	dm_st32be(g + 16, (uint32_t)h->sched_nice);
	dm_st32be(g + 20, (uint32_t)h->sched_priority);
	dm_st64be(g + 24, (uint64_t)h->sched_runtime);
	dm_st64be(g + 32, (uint64_t)h->sched_deadline);
	dm_st64be(g + 40, (uint64_t)h->sched_period);
	dm_st32be(g + 48, (uint32_t)h->sched_util_min);
	dm_st32be(g + 52, (uint32_t)h->sched_util_max);
}

static const struct dm_field dm_type2_sched_attr_fields[] = {
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
const struct dm_type dm_type2_sched_attr = { "sched_attr", 56, 8, 56, 0, 0, dm_type2_sched_attr_to_host, dm_type2_sched_attr_to_guest, dm_type2_sched_attr_fields, 10 };

/* m68k */
static void dm_type2_sched_param_to_host(void *hv, const void *gv)
{
	struct dmh_sched_param *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sched_priority = dm_ld32be(g + 0);
}

static void dm_type2_sched_param_to_guest(void *gv, const void *hv)
{
	const struct dmh_sched_param *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->sched_priority);
}

static const struct dm_field dm_type2_sched_param_fields[] = {
	{ "sched_priority", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_sched_param = { "sched_param", 4, 2, 4, 0, 0, dm_type2_sched_param_to_host, dm_type2_sched_param_to_guest, dm_type2_sched_param_fields, 1 };

/* arm i386 sh4 */
static void dm_type2_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32le(g + 36);
	h->sem_ctime = dm_ld32le(g + 44);
	h->sem_nsems = dm_ld32le(g + 52);
}

static void dm_type2_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type2_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->sem_otime);
	dm_st32le(g + 44, (uint32_t)h->sem_ctime);
	dm_st32le(g + 52, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type2_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type2_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_otime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 44, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 56, 4, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 60, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_semid64_ds = { "semid64_ds", 64, 4, 104, 0, 0, dm_type2_semid64_ds_to_host, dm_type2_semid64_ds_to_guest, dm_type2_semid64_ds_fields, 8 };

/* m68k */
static void dm_type2_seminfo_to_host(void *hv, const void *gv)
{
	struct dmh_seminfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->semmap = dm_ld32be(g + 0);
	h->semmni = dm_ld32be(g + 4);
	h->semmns = dm_ld32be(g + 8);
	h->semmnu = dm_ld32be(g + 12);
	h->semmsl = dm_ld32be(g + 16);
	h->semopm = dm_ld32be(g + 20);
	h->semume = dm_ld32be(g + 24);
	h->semusz = dm_ld32be(g + 28);
	h->semvmx = dm_ld32be(g + 32);
	h->semaem = dm_ld32be(g + 36);
}

static void dm_type2_seminfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_seminfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st32be(g + 0, (uint32_t)h->semmap);
	dm_st32be(g + 4, (uint32_t)h->semmni);
	dm_st32be(g + 8, (uint32_t)h->semmns);
	dm_st32be(g + 12, (uint32_t)h->semmnu);
	dm_st32be(g + 16, (uint32_t)h->semmsl);
	dm_st32be(g + 20, (uint32_t)h->semopm);
	dm_st32be(g + 24, (uint32_t)h->semume);
	dm_st32be(g + 28, (uint32_t)h->semusz);
	dm_st32be(g + 32, (uint32_t)h->semvmx);
	dm_st32be(g + 36, (uint32_t)h->semaem);
}

static const struct dm_field dm_type2_seminfo_fields[] = {
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
const struct dm_type dm_type2_seminfo = { "seminfo", 40, 2, 40, 0, 0, dm_type2_seminfo_to_host, dm_type2_seminfo_to_guest, dm_type2_seminfo_fields, 10 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_shm_info_to_host(void *hv, const void *gv)
{
	struct dmh_shm_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->used_ids = dm_ld32be(g + 0);
	h->shm_tot = dm_ld32be(g + 4);
	h->shm_rss = dm_ld32be(g + 8);
	h->shm_swp = dm_ld32be(g + 12);
	h->swap_attempts = dm_ld32be(g + 16);
	h->swap_successes = dm_ld32be(g + 20);
}

static void dm_type2_shm_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_shm_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32be(g + 0, (uint32_t)h->used_ids);
	dm_st32be(g + 4, (uint32_t)h->shm_tot);
	dm_st32be(g + 8, (uint32_t)h->shm_rss);
	dm_st32be(g + 12, (uint32_t)h->shm_swp);
	dm_st32be(g + 16, (uint32_t)h->swap_attempts);
	dm_st32be(g + 20, (uint32_t)h->swap_successes);
}

static const struct dm_field dm_type2_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_shm_info = { "shm_info", 24, 4, 48, 0, 0, dm_type2_shm_info_to_host, dm_type2_shm_info_to_guest, dm_type2_shm_info_fields, 6 };

/* arm i386 sh4 */
static void dm_type2_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 36);
	h->shm_atime = dm_ld32le(g + 40);
	h->shm_dtime = dm_ld32le(g + 48);
	h->shm_ctime = dm_ld32le(g + 56);
	h->shm_cpid = dm_ld32le(g + 64);
	h->shm_lpid = dm_ld32le(g + 68);
	h->shm_nattch = dm_ld32le(g + 72);
}

static void dm_type2_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 84);
	dm_type2_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->shm_segsz);
	dm_st32le(g + 40, (uint32_t)h->shm_atime);
	dm_st32le(g + 48, (uint32_t)h->shm_dtime);
	dm_st32le(g + 56, (uint32_t)h->shm_ctime);
	dm_st32le(g + 64, (uint32_t)h->shm_cpid);
	dm_st32le(g + 68, (uint32_t)h->shm_lpid);
	dm_st32le(g + 72, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type2_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type2_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime_high", 44, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 48, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 56, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 60, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 64, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 68, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 76, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_shmid64_ds = { "shmid64_ds", 84, 4, 112, 0, 0, dm_type2_shmid64_ds_to_host, dm_type2_shmid64_ds_to_guest, dm_type2_shmid64_ds_fields, 13 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_shminfo64_to_host(void *hv, const void *gv)
{
	struct dmh_shminfo64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->shmmax = dm_ld32be(g + 0);
	h->shmmin = dm_ld32be(g + 4);
	h->shmmni = dm_ld32be(g + 8);
	h->shmseg = dm_ld32be(g + 12);
	h->shmall = dm_ld32be(g + 16);
}

static void dm_type2_shminfo64_to_guest(void *gv, const void *hv)
{
	const struct dmh_shminfo64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->shmmax);
	dm_st32be(g + 4, (uint32_t)h->shmmin);
	dm_st32be(g + 8, (uint32_t)h->shmmni);
	dm_st32be(g + 12, (uint32_t)h->shmseg);
	dm_st32be(g + 16, (uint32_t)h->shmall);
}

static const struct dm_field dm_type2_shminfo64_fields[] = {
	{ "shmmax", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "shmmin", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shmmni", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shmseg", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "shmall", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 20, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 24, 4, 48, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused3", 28, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 32, 4, 64, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_shminfo64 = { "shminfo64", 36, 4, 72, 0, 0, dm_type2_shminfo64_to_host, dm_type2_shminfo64_to_guest, dm_type2_shminfo64_fields, 9 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 20); }
static void dm_type2_sifields_to_guest(void *g, const void *h) { memset(g, 0, 20); memcpy(g, h, 20); }

static const struct dm_field dm_type2_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type1_siginfo_kill, NULL },
	{ "_timer", 0, 16, 0, 24, 1, 1, 0, &dm_type2_siginfo_timer, NULL },
	{ "_rt", 0, 12, 0, 16, 1, 1, 0, &dm_type2_siginfo_rt, NULL },
	{ "_sigchld", 0, 20, 0, 32, 1, 1, 0, &dm_type2_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 16, 0, 32, 1, 1, 0, &dm_type2_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_type2_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 12, 0, 16, 1, 1, 0, &dm_type2_siginfo_sigsys, NULL },
};
const struct dm_type dm_type2_sifields = { "sifields", 20, 4, 32, 1, 0, dm_type2_sifields_to_host, dm_type2_sifields_to_guest, dm_type2_sifields_fields, 7 };

/* arc i386 sh4 x32 */
static void dm_type2_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32le(g + 0);
	h->sa_flags = dm_ld32le(g + 4);
	h->sa_restorer = dm_ld32le(g + 8);
	dm_type1_sigset.to_host((char *)h + 24, g + 12);
}

static void dm_type2_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32le(g + 0, (uint32_t)h->sa_handler);
	dm_st32le(g + 4, (uint32_t)h->sa_flags);
	dm_st32le(g + 8, (uint32_t)h->sa_restorer);
	dm_type1_sigset.to_guest(g + 12, (const char *)h + 24);
}

static const struct dm_field dm_type2_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_set0_sigaction_flags },
	{ "sa_restorer", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 12, 8, 24, 8, 1, 1, 0, &dm_type1_sigset, NULL },
};
const struct dm_type dm_type2_sigaction = { "sigaction", 20, 4, 32, 0, 0, dm_type2_sigaction_to_host, dm_type2_sigaction_to_guest, dm_type2_sigaction_fields, 4 };

/* s390x */
static const struct dm_field dm_type2_sigcontext_fields[] = {
	{ "oldmask", 0, 8, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sregs", 8, 8, -1, 0, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_sigcontext = { "sigcontext", 16, 8, 0, 0, 0, NULL, NULL, dm_type2_sigcontext_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sigevent_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_sigval.to_host((char *)h + 0, g + 0);
	h->sigev_signo = dm_ld32be(g + 4);
	h->sigev_notify = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 48);
}

static void dm_type2_sigevent_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type2_sigval.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 4, (uint32_t)h->sigev_signo);
	dm_st32be(g + 8, (uint32_t)h->sigev_notify);
	memcpy(g + 12, (const char *)h + 16, 48);
}

static const struct dm_field dm_type2_sigevent_fields[] = {
	{ "sigev_value", 0, 4, 0, 8, 1, 1, 0, &dm_type2_sigval, NULL },
	{ "sigev_signo", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 12, 52, 16, 48, 1, 1, 0, &dm_type2_sigevent_un, NULL },
};
const struct dm_type dm_type2_sigevent = { "sigevent", 64, 4, 64, 0, 0, dm_type2_sigevent_to_host, dm_type2_sigevent_to_guest, dm_type2_sigevent_fields, 4 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sigevent_thread_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent_thread *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_function = dm_ld32be(g + 0);
	h->_attribute = dm_ld32be(g + 4);
}

static void dm_type2_sigevent_thread_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent_thread *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_function);
	dm_st32be(g + 4, (uint32_t)h->_attribute);
}

static const struct dm_field dm_type2_sigevent_thread_fields[] = {
	{ "_function", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 4, 4, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_sigevent_thread = { "sigevent_thread", 8, 4, 16, 0, 0, dm_type2_sigevent_thread_to_host, dm_type2_sigevent_thread_to_guest, dm_type2_sigevent_thread_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sigevent_un_to_host(void *h, const void *g) { memset(h, 0, 48); memcpy(h, g, 48); }
static void dm_type2_sigevent_un_to_guest(void *g, const void *h) { memset(g, 0, 52); memcpy(g, h, 48); }

static const struct dm_field dm_type2_sigevent_un_fields[] = {
	{ "_pad", 0, 52, 0, 48, 13, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 8, 0, 16, 1, 1, 0, &dm_type2_sigevent_thread, NULL },
};
const struct dm_type dm_type2_sigevent_un = { "sigevent_un", 52, 4, 48, 1, 0, dm_type2_sigevent_un_to_host, dm_type2_sigevent_un_to_guest, dm_type2_sigevent_un_fields, 3 };

/* arc i386 sh4 */
static void dm_type2_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_errno = dm_ld32le(g + 4);
	h->si_code = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type2_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_errno);
	dm_st32le(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type2_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type1_sifields, NULL },
};
const struct dm_type dm_type2_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type2_siginfo_to_host, dm_type2_siginfo_to_guest, dm_type2_siginfo_fields, 4 };

/* m68k */
static void dm_type2_siginfo_kill_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_kill *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
}

static void dm_type2_siginfo_kill_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_kill *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
}

static const struct dm_field dm_type2_siginfo_kill_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_kill = { "siginfo_kill", 8, 2, 8, 0, 0, dm_type2_siginfo_kill_to_host, dm_type2_siginfo_kill_to_guest, dm_type2_siginfo_kill_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_siginfo_rt_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_rt *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	dm_type2_sigval.to_host((char *)h + 8, g + 8);
}

static void dm_type2_siginfo_rt_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_rt *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_type2_sigval.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type2_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type2_sigval, NULL },
};
const struct dm_type dm_type2_siginfo_rt = { "siginfo_rt", 12, 4, 16, 0, 0, dm_type2_siginfo_rt_to_host, dm_type2_siginfo_rt_to_guest, dm_type2_siginfo_rt_fields, 3 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_siginfo_sigchld_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigchld *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	h->_status = dm_ld32be(g + 8);
	h->_utime = (int32_t)dm_ld32be(g + 12);
	h->_stime = (int32_t)dm_ld32be(g + 16);
}

static void dm_type2_siginfo_sigchld_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigchld *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_st32be(g + 8, (uint32_t)h->_status);
	dm_st32be(g + 12, (uint32_t)h->_utime);
	dm_st32be(g + 16, (uint32_t)h->_stime);
}

static const struct dm_field dm_type2_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 12, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 16, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_sigchld = { "siginfo_sigchld", 20, 4, 32, 0, 0, dm_type2_siginfo_sigchld_to_host, dm_type2_siginfo_sigchld_to_guest, dm_type2_siginfo_sigchld_fields, 5 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_siginfo_sigfault_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigfault *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_addr = dm_ld32be(g + 0);
}

static void dm_type2_siginfo_sigfault_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigfault *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->_addr);
}

static const struct dm_field dm_type2_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_sigfault = { "siginfo_sigfault", 16, 4, 32, 0, 0, dm_type2_siginfo_sigfault_to_host, dm_type2_siginfo_sigfault_to_guest, dm_type2_siginfo_sigfault_fields, 1 };

/* hppa mips-n32-be mips-o32-be powerpc sparc64 */
static void dm_type2_siginfo_sigpoll_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigpoll *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_band = (int32_t)dm_ld32be(g + 0);
	h->_fd = dm_ld32be(g + 4);
}

static void dm_type2_siginfo_sigpoll_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigpoll *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_band);
	dm_st32be(g + 4, (uint32_t)h->_fd);
}

static const struct dm_field dm_type2_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_sigpoll = { "siginfo_sigpoll", 8, 4, 16, 0, 0, dm_type2_siginfo_sigpoll_to_host, dm_type2_siginfo_sigpoll_to_guest, dm_type2_siginfo_sigpoll_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_siginfo_sigsys_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigsys *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_call_addr = dm_ld32be(g + 0);
	h->_syscall = dm_ld32be(g + 4);
	h->_arch = dm_ld32be(g + 8);
}

static void dm_type2_siginfo_sigsys_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigsys *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->_call_addr);
	dm_st32be(g + 4, (uint32_t)h->_syscall);
	dm_st32be(g + 8, (uint32_t)h->_arch);
}

static const struct dm_field dm_type2_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_sigsys = { "siginfo_sigsys", 12, 4, 16, 0, 0, dm_type2_siginfo_sigsys_to_host, dm_type2_siginfo_sigsys_to_guest, dm_type2_siginfo_sigsys_fields, 3 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_siginfo_timer_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_timer *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_tid = dm_ld32be(g + 0);
	h->_overrun = dm_ld32be(g + 4);
	dm_type2_sigval.to_host((char *)h + 8, g + 8);
	h->_sys_private = dm_ld32be(g + 12);
}

static void dm_type2_siginfo_timer_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_timer *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->_tid);
	dm_st32be(g + 4, (uint32_t)h->_overrun);
	dm_type2_sigval.to_guest(g + 8, (const char *)h + 8);
	dm_st32be(g + 12, (uint32_t)h->_sys_private);
}

static const struct dm_field dm_type2_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type2_sigval, NULL },
	{ "_sys_private", 12, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_siginfo_timer = { "siginfo_timer", 16, 4, 24, 0, 0, dm_type2_siginfo_timer_to_host, dm_type2_siginfo_timer_to_guest, dm_type2_siginfo_timer_fields, 4 };

/* hppa powerpc */
static void dm_type2_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld32be(g + 0 + i * 4);
}

static void dm_type2_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	for (unsigned i = 0; i < 1; i++)
		dm_st32be(g + 0 + i * 4, (uint32_t)h->sig[i]);
}

static const struct dm_field dm_type2_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_sigset = { "sigset", 8, 4, 8, 0, 0, dm_type2_sigset_to_host, dm_type2_sigset_to_guest, dm_type2_sigset_fields, 1 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sigval_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type2_sigval_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type2_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type2_sigval = { "sigval", 4, 4, 8, 1, 0, dm_type2_sigval_to_host, dm_type2_sigval_to_guest, dm_type2_sigval_fields, 2 };

/* m68k */
static void dm_type2_sockaddr_in_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_in *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sin_family = dm_ld16be(g + 0);
	h->sin_port = dm_ld16be(g + 2);
	dm_type2_in_addr.to_host((char *)h + 4, g + 4);
}

static void dm_type2_sockaddr_in_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_in *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16be(g + 0, (uint16_t)h->sin_family);
	dm_st16be(g + 2, (uint16_t)h->sin_port);
	dm_type2_in_addr.to_guest(g + 4, (const char *)h + 4);
}

static const struct dm_field dm_type2_sockaddr_in_fields[] = {
	{ "sin_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin_addr", 4, 4, 4, 4, 1, 1, 0, &dm_type2_in_addr, NULL },
	{ "__pad", 8, 8, 8, 8, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_sockaddr_in = { "sockaddr_in", 16, 2, 16, 0, 0, dm_type2_sockaddr_in_to_host, dm_type2_sockaddr_in_to_guest, dm_type2_sockaddr_in_fields, 4 };

/* m68k */
static void dm_type2_sockaddr_in6_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_in6 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sin6_family = dm_ld16be(g + 0);
	h->sin6_port = dm_ld16be(g + 2);
	h->sin6_flowinfo = dm_ld32be(g + 4);
	dm_type2_in6_addr.to_host((char *)h + 8, g + 8);
	h->sin6_scope_id = dm_ld32be(g + 24);
}

static void dm_type2_sockaddr_in6_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_in6 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st16be(g + 0, (uint16_t)h->sin6_family);
	dm_st16be(g + 2, (uint16_t)h->sin6_port);
	dm_st32be(g + 4, (uint32_t)h->sin6_flowinfo);
	dm_type2_in6_addr.to_guest(g + 8, (const char *)h + 8);
	dm_st32be(g + 24, (uint32_t)h->sin6_scope_id);
}

static const struct dm_field dm_type2_sockaddr_in6_fields[] = {
	{ "sin6_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_port", 2, 2, 2, 2, 1, 1, 0, NULL, NULL },
	{ "sin6_flowinfo", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "sin6_addr", 8, 16, 8, 16, 1, 1, 0, &dm_type2_in6_addr, NULL },
	{ "sin6_scope_id", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_sockaddr_in6 = { "sockaddr_in6", 28, 2, 28, 0, 0, dm_type2_sockaddr_in6_to_host, dm_type2_sockaddr_in6_to_guest, dm_type2_sockaddr_in6_fields, 5 };

/* m68k */
static void dm_type2_sockaddr_nl_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_nl *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->nl_family = dm_ld16be(g + 0);
	h->nl_pid = dm_ld32be(g + 4);
	h->nl_groups = dm_ld32be(g + 8);
}

static void dm_type2_sockaddr_nl_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_nl *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st16be(g + 0, (uint16_t)h->nl_family);
	dm_st32be(g + 4, (uint32_t)h->nl_pid);
	dm_st32be(g + 8, (uint32_t)h->nl_groups);
}

static const struct dm_field dm_type2_sockaddr_nl_fields[] = {
	{ "nl_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "nl_pad", 2, 2, 2, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "nl_pid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "nl_groups", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_sockaddr_nl = { "sockaddr_nl", 12, 2, 12, 0, 0, dm_type2_sockaddr_nl_to_host, dm_type2_sockaddr_nl_to_guest, dm_type2_sockaddr_nl_fields, 4 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sockaddr_storage_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_storage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_family = dm_ld16be(g + 0);
}

static void dm_type2_sockaddr_storage_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_storage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st16be(g + 0, (uint16_t)h->ss_family);
}

static const struct dm_field dm_type2_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_sockaddr_storage = { "sockaddr_storage", 128, 4, 128, 0, 0, dm_type2_sockaddr_storage_to_host, dm_type2_sockaddr_storage_to_guest, dm_type2_sockaddr_storage_fields, 2 };

/* hppa powerpc */
static void dm_type2_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32be(g + 0);
	h->ss_flags = dm_ld32be(g + 4);
	h->ss_size = dm_ld32be(g + 8);
}

static void dm_type2_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->ss_sp);
	dm_st32be(g + 4, (uint32_t)h->ss_flags);
	dm_st32be(g + 8, (uint32_t)h->ss_size);
}

static const struct dm_field dm_type2_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
	{ "ss_size", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_stack_t = { "stack_t", 12, 4, 24, 0, 0, dm_type2_stack_t_to_host, dm_type2_stack_t_to_guest, dm_type2_stack_t_fields, 3 };

/* arc */
static void dm_type2_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld32le(g + 4);
	h->st_mode = dm_ld32le(g + 8);
	h->st_nlink = dm_ld32le(g + 12);
	h->st_uid = dm_ld32le(g + 16);
	h->st_gid = dm_ld32le(g + 20);
	h->st_rdev = dm_ld32le(g + 24);
	h->st_size = (int32_t)dm_ld32le(g + 32);
	h->st_blksize = (int32_t)dm_ld32le(g + 36);
	h->st_blocks = (int32_t)dm_ld32le(g + 44);
	h->st_atime = (int32_t)dm_ld32le(g + 48);
	h->st_atime_nsec = dm_ld32le(g + 52);
	h->st_mtime = (int32_t)dm_ld32le(g + 56);
	h->st_mtime_nsec = dm_ld32le(g + 60);
	h->st_ctime = (int32_t)dm_ld32le(g + 64);
	h->st_ctime_nsec = dm_ld32le(g + 68);
}

static void dm_type2_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 80);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st32le(g + 4, (uint32_t)h->st_ino);
	dm_st32le(g + 8, (uint32_t)h->st_mode);
	dm_st32le(g + 12, (uint32_t)h->st_nlink);
	dm_st32le(g + 16, (uint32_t)h->st_uid);
	dm_st32le(g + 20, (uint32_t)h->st_gid);
	dm_st32le(g + 24, (uint32_t)h->st_rdev);
	dm_st32le(g + 32, (uint32_t)h->st_size);
	dm_st32le(g + 36, (uint32_t)h->st_blksize);
	dm_st32le(g + 44, (uint32_t)h->st_blocks);
	dm_st32le(g + 48, (uint32_t)h->st_atime);
	dm_st32le(g + 52, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 56, (uint32_t)h->st_mtime);
	dm_st32le(g + 60, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 64, (uint32_t)h->st_ctime);
	dm_st32le(g + 68, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type2_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 12, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 16, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 20, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 24, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 28, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 32, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 36, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__pad2", 40, 4, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_blocks", 44, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 48, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 56, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 60, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 64, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 68, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 72, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 76, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_stat = { "stat", 80, 4, 144, 0, 0, dm_type2_stat_to_host, dm_type2_stat_to_guest, dm_type2_stat_fields, 20 };

/* arm */
static void dm_type2_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_mode = dm_ld32le(g + 16);
	h->st_nlink = dm_ld32le(g + 20);
	h->st_uid = dm_ld32le(g + 24);
	h->st_gid = dm_ld32le(g + 28);
	h->st_rdev = dm_ld64le(g + 32);
	h->st_size = dm_ld64le(g + 48);
	h->st_blksize = dm_ld32le(g + 56);
	h->st_blocks = dm_ld64le(g + 64);
	h->st_atime = dm_ld32le(g + 72);
	h->st_atime_nsec = dm_ld32le(g + 76);
	h->st_mtime = dm_ld32le(g + 80);
	h->st_mtime_nsec = dm_ld32le(g + 84);
	h->st_ctime = dm_ld32le(g + 88);
	h->st_ctime_nsec = dm_ld32le(g + 92);
	h->st_ino = dm_ld64le(g + 96);
}

static void dm_type2_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st32le(g + 12, (uint32_t)h->st_ino);
	dm_st32le(g + 16, (uint32_t)h->st_mode);
	dm_st32le(g + 20, (uint32_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_uid);
	dm_st32le(g + 28, (uint32_t)h->st_gid);
	dm_st64le(g + 32, (uint64_t)h->st_rdev);
	dm_st64le(g + 48, (uint64_t)h->st_size);
	dm_st32le(g + 56, (uint32_t)h->st_blksize);
	dm_st64le(g + 64, (uint64_t)h->st_blocks);
	dm_st32le(g + 72, (uint32_t)h->st_atime);
	dm_st32le(g + 76, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_mtime);
	dm_st32le(g + 84, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 88, (uint32_t)h->st_ctime);
	dm_st32le(g + 92, (uint32_t)h->st_ctime_nsec);
	dm_st64le(g + 96, (uint64_t)h->st_ino);
}

static const struct dm_field dm_type2_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "__pad0", 8, 4, 36, 4, 4, 1, DM_F_PAD, NULL, NULL },
	{ "__st_ino", 12, 4, 8, 8, 1, 1, DM_F_DERIVED, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad3", 40, 4, -1, 0, 4, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 72, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 84, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 92, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 96, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type2_stat64_to_host, dm_type2_stat64_to_guest, dm_type2_stat64_fields, 19 };

/* hppa */
static void dm_type2_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = (int32_t)dm_ld32be(g + 0);
	h->f_bsize = (int32_t)dm_ld32be(g + 4);
	h->f_blocks = (int32_t)dm_ld32be(g + 8);
	h->f_bfree = (int32_t)dm_ld32be(g + 12);
	h->f_bavail = (int32_t)dm_ld32be(g + 16);
	h->f_files = (int32_t)dm_ld32be(g + 20);
	h->f_ffree = (int32_t)dm_ld32be(g + 24);
	dm_type1_fsid.to_host((char *)h + 56, g + 28);
	h->f_namelen = (int32_t)dm_ld32be(g + 36);
	h->f_frsize = (int32_t)dm_ld32be(g + 40);
	h->f_flags = (int32_t)dm_ld32be(g + 44);
}

static void dm_type2_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st32be(g + 8, (uint32_t)h->f_blocks);
	dm_st32be(g + 12, (uint32_t)h->f_bfree);
	dm_st32be(g + 16, (uint32_t)h->f_bavail);
	dm_st32be(g + 20, (uint32_t)h->f_files);
	dm_st32be(g + 24, (uint32_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 28, (const char *)h + 56);
	dm_st32be(g + 36, (uint32_t)h->f_namelen);
	dm_st32be(g + 40, (uint32_t)h->f_frsize);
	dm_st32be(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type2_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 28, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 36, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 40, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 48, 16, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_statfs = { "statfs", 64, 4, 120, 0, 0, dm_type2_statfs_to_host, dm_type2_statfs_to_guest, dm_type2_statfs_fields, 12 };

/* arc arm i386 sh4 */
static void dm_type2_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32le(g + 0);
	h->f_bsize = dm_ld32le(g + 4);
	h->f_blocks = dm_ld64le(g + 8);
	h->f_bfree = dm_ld64le(g + 16);
	h->f_bavail = dm_ld64le(g + 24);
	h->f_files = dm_ld64le(g + 32);
	h->f_ffree = dm_ld64le(g + 40);
	dm_type0_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = dm_ld32le(g + 56);
	h->f_frsize = dm_ld32le(g + 60);
	h->f_flags = dm_ld32le(g + 64);
}

static void dm_type2_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 84);
	dm_st32le(g + 0, (uint32_t)h->f_type);
	dm_st32le(g + 4, (uint32_t)h->f_bsize);
	dm_st64le(g + 8, (uint64_t)h->f_blocks);
	dm_st64le(g + 16, (uint64_t)h->f_bfree);
	dm_st64le(g + 24, (uint64_t)h->f_bavail);
	dm_st64le(g + 32, (uint64_t)h->f_files);
	dm_st64le(g + 40, (uint64_t)h->f_ffree);
	dm_type0_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32le(g + 56, (uint32_t)h->f_namelen);
	dm_st32le(g + 60, (uint32_t)h->f_frsize);
	dm_st32le(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type2_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_statfs64 = { "statfs64", 84, 4, 120, 0, 0, dm_type2_statfs64_to_host, dm_type2_statfs64_to_guest, dm_type2_statfs64_fields, 12 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_statx_to_host(void *hv, const void *gv)
{
	struct dmh_statx *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->stx_mask = dm_ld32be(g + 0);
	h->stx_blksize = dm_ld32be(g + 4);
	h->stx_attributes = dm_ld64be(g + 8);
	h->stx_nlink = dm_ld32be(g + 16);
	h->stx_uid = dm_ld32be(g + 20);
	h->stx_gid = dm_ld32be(g + 24);
	h->stx_mode = dm_ld16be(g + 28);
	h->stx_ino = dm_ld64be(g + 32);
	h->stx_size = dm_ld64be(g + 40);
	h->stx_blocks = dm_ld64be(g + 48);
	h->stx_attributes_mask = dm_ld64be(g + 56);
	dm_type2_statx_timestamp.to_host((char *)h + 64, g + 64);
	dm_type2_statx_timestamp.to_host((char *)h + 80, g + 80);
	dm_type2_statx_timestamp.to_host((char *)h + 96, g + 96);
	dm_type2_statx_timestamp.to_host((char *)h + 112, g + 112);
	h->stx_rdev_major = dm_ld32be(g + 128);
	h->stx_rdev_minor = dm_ld32be(g + 132);
	h->stx_dev_major = dm_ld32be(g + 136);
	h->stx_dev_minor = dm_ld32be(g + 140);
	h->stx_mnt_id = dm_ld64be(g + 144);
	h->stx_dio_mem_align = dm_ld32be(g + 152);
	h->stx_dio_offset_align = dm_ld32be(g + 156);
}

static void dm_type2_statx_to_guest(void *gv, const void *hv)
{
	const struct dmh_statx *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 256);
	dm_st32be(g + 0, (uint32_t)h->stx_mask);
	dm_st32be(g + 4, (uint32_t)h->stx_blksize);
	dm_st64be(g + 8, (uint64_t)h->stx_attributes);
	dm_st32be(g + 16, (uint32_t)h->stx_nlink);
	dm_st32be(g + 20, (uint32_t)h->stx_uid);
	dm_st32be(g + 24, (uint32_t)h->stx_gid);
	dm_st16be(g + 28, (uint16_t)h->stx_mode);
	dm_st64be(g + 32, (uint64_t)h->stx_ino);
	dm_st64be(g + 40, (uint64_t)h->stx_size);
	dm_st64be(g + 48, (uint64_t)h->stx_blocks);
	dm_st64be(g + 56, (uint64_t)h->stx_attributes_mask);
	dm_type2_statx_timestamp.to_guest(g + 64, (const char *)h + 64);
	dm_type2_statx_timestamp.to_guest(g + 80, (const char *)h + 80);
	dm_type2_statx_timestamp.to_guest(g + 96, (const char *)h + 96);
	dm_type2_statx_timestamp.to_guest(g + 112, (const char *)h + 112);
	dm_st32be(g + 128, (uint32_t)h->stx_rdev_major);
	dm_st32be(g + 132, (uint32_t)h->stx_rdev_minor);
	dm_st32be(g + 136, (uint32_t)h->stx_dev_major);
	dm_st32be(g + 140, (uint32_t)h->stx_dev_minor);
	dm_st64be(g + 144, (uint64_t)h->stx_mnt_id);
	dm_st32be(g + 152, (uint32_t)h->stx_dio_mem_align);
	dm_st32be(g + 156, (uint32_t)h->stx_dio_offset_align);
}

static const struct dm_field dm_type2_statx_fields[] = {
	{ "stx_mask", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "stx_blksize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "stx_attributes", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "stx_nlink", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "stx_uid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "stx_gid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mode", 28, 2, 28, 2, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "__spare0", 30, 2, 30, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "stx_ino", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "stx_size", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "stx_blocks", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "stx_attributes_mask", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "stx_atime", 64, 16, 64, 16, 1, 1, 0, &dm_type2_statx_timestamp, NULL },
	{ "stx_btime", 80, 16, 80, 16, 1, 1, 0, &dm_type2_statx_timestamp, NULL },
	{ "stx_ctime", 96, 16, 96, 16, 1, 1, 0, &dm_type2_statx_timestamp, NULL },
	{ "stx_mtime", 112, 16, 112, 16, 1, 1, 0, &dm_type2_statx_timestamp, NULL },
	{ "stx_rdev_major", 128, 4, 128, 4, 1, 1, 0, NULL, NULL },
	{ "stx_rdev_minor", 132, 4, 132, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_major", 136, 4, 136, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_minor", 140, 4, 140, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mnt_id", 144, 8, 144, 8, 1, 1, 0, NULL, NULL },
	{ "stx_dio_mem_align", 152, 4, 152, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dio_offset_align", 156, 4, 156, 4, 1, 1, 0, NULL, NULL },
	{ "__spare3", 160, 96, 160, 96, 12, 12, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_statx = { "statx", 256, 8, 256, 0, 0, dm_type2_statx_to_host, dm_type2_statx_to_guest, dm_type2_statx_fields, 24 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_statx_timestamp_to_host(void *hv, const void *gv)
{
	struct dmh_statx_timestamp *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_nsec = dm_ld32be(g + 8);
}

static void dm_type2_statx_timestamp_to_guest(void *gv, const void *hv)
{
	const struct dmh_statx_timestamp *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st32be(g + 8, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type2_statx_timestamp_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "__reserved", 12, 4, 12, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_statx_timestamp = { "statx_timestamp", 16, 8, 16, 0, 0, dm_type2_statx_timestamp_to_host, dm_type2_statx_timestamp_to_guest, dm_type2_statx_timestamp_fields, 3 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_sysinfo_to_host(void *hv, const void *gv)
{
	struct dmh_sysinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->uptime = (int32_t)dm_ld32be(g + 0);
	for (unsigned i = 0; i < 3; i++)
		h->loads[i] = dm_ld32be(g + 4 + i * 4);
	h->totalram = dm_ld32be(g + 16);
	h->freeram = dm_ld32be(g + 20);
	h->sharedram = dm_ld32be(g + 24);
	h->bufferram = dm_ld32be(g + 28);
	h->totalswap = dm_ld32be(g + 32);
	h->freeswap = dm_ld32be(g + 36);
	h->procs = dm_ld16be(g + 40);
	h->totalhigh = dm_ld32be(g + 44);
	h->freehigh = dm_ld32be(g + 48);
	h->mem_unit = dm_ld32be(g + 52);
}

static void dm_type2_sysinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_sysinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32be(g + 0, (uint32_t)h->uptime);
	for (unsigned i = 0; i < 3; i++)
		dm_st32be(g + 4 + i * 4, (uint32_t)h->loads[i]);
	dm_st32be(g + 16, (uint32_t)h->totalram);
	dm_st32be(g + 20, (uint32_t)h->freeram);
	dm_st32be(g + 24, (uint32_t)h->sharedram);
	dm_st32be(g + 28, (uint32_t)h->bufferram);
	dm_st32be(g + 32, (uint32_t)h->totalswap);
	dm_st32be(g + 36, (uint32_t)h->freeswap);
	dm_st16be(g + 40, (uint16_t)h->procs);
	dm_st32be(g + 44, (uint32_t)h->totalhigh);
	dm_st32be(g + 48, (uint32_t)h->freehigh);
	dm_st32be(g + 52, (uint32_t)h->mem_unit);
}

static const struct dm_field dm_type2_sysinfo_fields[] = {
	{ "uptime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "loads", 4, 12, 8, 24, 3, 3, 0, NULL, NULL },
	{ "totalram", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "freeram", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "sharedram", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "bufferram", 28, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "totalswap", 32, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "freeswap", 36, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "procs", 40, 2, 80, 2, 1, 1, 0, NULL, NULL },
	{ "pad", 42, 2, 82, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "totalhigh", 44, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "freehigh", 48, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "mem_unit", 52, 4, 104, 4, 1, 1, 0, NULL, NULL },
	{ "_f", 56, 8, 108, 0, 8, 0, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type2_sysinfo = { "sysinfo", 64, 4, 112, 0, 0, dm_type2_sysinfo_to_host, dm_type2_sysinfo_to_guest, dm_type2_sysinfo_fields, 14 };

/* hppa s390x */
static void dm_type2_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
}

static void dm_type2_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type2_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
};
const struct dm_type dm_type2_termios = { "termios", 36, 4, 36, 0, 0, dm_type2_termios_to_host, dm_type2_termios_to_guest, dm_type2_termios_fields, 6 };

/* hppa s390x sparc64 */
static void dm_type2_termios2_to_host(void *hv, const void *gv)
{
	struct dmh_termios2 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
	h->c_ispeed = dm_ld32be(g + 36);
	h->c_ospeed = dm_ld32be(g + 40);
}

static void dm_type2_termios2_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios2 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 44);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st32be(g + 36, (uint32_t)h->c_ispeed);
	dm_st32be(g + 40, (uint32_t)h->c_ospeed);
}

static const struct dm_field dm_type2_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_termios2 = { "termios2", 44, 4, 44, 0, 0, dm_type2_termios2_to_host, dm_type2_termios2_to_guest, dm_type2_termios2_fields, 8 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32be(g + 0);
	h->tv_nsec = (int32_t)dm_ld32be(g + 4);
}

static void dm_type2_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tv_sec);
	dm_st32be(g + 4, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type2_timespec_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timespec = { "timespec", 8, 4, 16, 0, 0, dm_type2_timespec_to_host, dm_type2_timespec_to_guest, dm_type2_timespec_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_timespec64_to_host(void *hv, const void *gv)
{
	struct dmh_timespec64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_nsec = dm_ld64be(g + 8);
}

static void dm_type2_timespec64_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_nsec);
}

static const struct dm_field dm_type2_timespec64_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timespec64 = { "timespec64", 16, 8, 16, 0, 0, dm_type2_timespec64_to_host, dm_type2_timespec64_to_guest, dm_type2_timespec64_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32be(g + 0);
	h->tv_usec = (int32_t)dm_ld32be(g + 4);
}

static void dm_type2_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tv_sec);
	dm_st32be(g + 4, (uint32_t)h->tv_usec);
}

static const struct dm_field dm_type2_timeval_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timeval = { "timeval", 8, 4, 16, 0, 0, dm_type2_timeval_to_host, dm_type2_timeval_to_guest, dm_type2_timeval_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_timex_to_host(void *hv, const void *gv)
{
	struct dmh_timex *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = (int32_t)dm_ld32be(g + 4);
	h->freq = (int32_t)dm_ld32be(g + 8);
	h->maxerror = (int32_t)dm_ld32be(g + 12);
	h->esterror = (int32_t)dm_ld32be(g + 16);
	h->status = dm_ld32be(g + 20);
	h->constant = (int32_t)dm_ld32be(g + 24);
	h->precision = (int32_t)dm_ld32be(g + 28);
	h->tolerance = (int32_t)dm_ld32be(g + 32);
	dm_type2_timeval.to_host((char *)h + 72, g + 36);
	h->tick = (int32_t)dm_ld32be(g + 44);
	h->ppsfreq = (int32_t)dm_ld32be(g + 48);
	h->jitter = (int32_t)dm_ld32be(g + 52);
	h->shift = dm_ld32be(g + 56);
	h->stabil = (int32_t)dm_ld32be(g + 60);
	h->jitcnt = (int32_t)dm_ld32be(g + 64);
	h->calcnt = (int32_t)dm_ld32be(g + 68);
	h->errcnt = (int32_t)dm_ld32be(g + 72);
	h->stbcnt = (int32_t)dm_ld32be(g + 76);
	h->tai = dm_ld32be(g + 80);
}

static void dm_type2_timex_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st32be(g + 4, (uint32_t)h->offset);
	dm_st32be(g + 8, (uint32_t)h->freq);
	dm_st32be(g + 12, (uint32_t)h->maxerror);
	dm_st32be(g + 16, (uint32_t)h->esterror);
	dm_st32be(g + 20, (uint32_t)h->status);
	dm_st32be(g + 24, (uint32_t)h->constant);
	dm_st32be(g + 28, (uint32_t)h->precision);
	dm_st32be(g + 32, (uint32_t)h->tolerance);
	dm_type2_timeval.to_guest(g + 36, (const char *)h + 72);
	dm_st32be(g + 44, (uint32_t)h->tick);
	dm_st32be(g + 48, (uint32_t)h->ppsfreq);
	dm_st32be(g + 52, (uint32_t)h->jitter);
	dm_st32be(g + 56, (uint32_t)h->shift);
	dm_st32be(g + 60, (uint32_t)h->stabil);
	dm_st32be(g + 64, (uint32_t)h->jitcnt);
	dm_st32be(g + 68, (uint32_t)h->calcnt);
	dm_st32be(g + 72, (uint32_t)h->errcnt);
	dm_st32be(g + 76, (uint32_t)h->stbcnt);
	dm_st32be(g + 80, (uint32_t)h->tai);
}

static const struct dm_field dm_type2_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 20, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 36, 8, 72, 16, 1, 1, 0, &dm_type2_timeval, NULL },
	{ "tick", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ppsfreq", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitter", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shift", 56, 4, 112, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stabil", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitcnt", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "calcnt", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "errcnt", 72, 4, 144, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stbcnt", 76, 4, 152, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tai", 80, 4, 160, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timex = { "timex", 128, 4, 208, 0, 0, dm_type2_timex_to_host, dm_type2_timex_to_guest, dm_type2_timex_fields, 20 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_timex64_to_host(void *hv, const void *gv)
{
	struct dmh_timex64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = dm_ld64be(g + 8);
	h->freq = dm_ld64be(g + 16);
	h->maxerror = dm_ld64be(g + 24);
	h->esterror = dm_ld64be(g + 32);
	h->status = dm_ld32be(g + 40);
	h->constant = dm_ld64be(g + 48);
	h->precision = dm_ld64be(g + 56);
	h->tolerance = dm_ld64be(g + 64);
	dm_type2_timex_timeval.to_host((char *)h + 72, g + 72);
	h->tick = dm_ld64be(g + 88);
	h->ppsfreq = dm_ld64be(g + 96);
	h->jitter = dm_ld64be(g + 104);
	h->shift = dm_ld32be(g + 112);
	h->stabil = dm_ld64be(g + 120);
	h->jitcnt = dm_ld64be(g + 128);
	h->calcnt = dm_ld64be(g + 136);
	h->errcnt = dm_ld64be(g + 144);
	h->stbcnt = dm_ld64be(g + 152);
	h->tai = dm_ld32be(g + 160);
}

static void dm_type2_timex64_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 208);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st64be(g + 8, (uint64_t)h->offset);
	dm_st64be(g + 16, (uint64_t)h->freq);
	dm_st64be(g + 24, (uint64_t)h->maxerror);
	dm_st64be(g + 32, (uint64_t)h->esterror);
	dm_st32be(g + 40, (uint32_t)h->status);
	dm_st64be(g + 48, (uint64_t)h->constant);
	dm_st64be(g + 56, (uint64_t)h->precision);
	dm_st64be(g + 64, (uint64_t)h->tolerance);
	dm_type2_timex_timeval.to_guest(g + 72, (const char *)h + 72);
	dm_st64be(g + 88, (uint64_t)h->tick);
	dm_st64be(g + 96, (uint64_t)h->ppsfreq);
	dm_st64be(g + 104, (uint64_t)h->jitter);
	dm_st32be(g + 112, (uint32_t)h->shift);
	dm_st64be(g + 120, (uint64_t)h->stabil);
	dm_st64be(g + 128, (uint64_t)h->jitcnt);
	dm_st64be(g + 136, (uint64_t)h->calcnt);
	dm_st64be(g + 144, (uint64_t)h->errcnt);
	dm_st64be(g + 152, (uint64_t)h->stbcnt);
	dm_st32be(g + 160, (uint32_t)h->tai);
}

static const struct dm_field dm_type2_timex64_fields[] = {
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
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type2_timex_timeval, NULL },
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
const struct dm_type dm_type2_timex64 = { "timex64", 208, 8, 208, 0, 0, dm_type2_timex64_to_host, dm_type2_timex64_to_guest, dm_type2_timex64_fields, 23 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_timex_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timex_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_usec = dm_ld64be(g + 8);
}

static void dm_type2_timex_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_usec);
}

static const struct dm_field dm_type2_timex_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timex_timeval = { "timex_timeval", 16, 8, 16, 0, 0, dm_type2_timex_timeval_to_host, dm_type2_timex_timeval_to_guest, dm_type2_timex_timeval_fields, 2 };

/* m68k */
static void dm_type2_timezone_to_host(void *hv, const void *gv)
{
	struct dmh_timezone *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tz_minuteswest = dm_ld32be(g + 0);
	h->tz_dsttime = dm_ld32be(g + 4);
}

static void dm_type2_timezone_to_guest(void *gv, const void *hv)
{
	const struct dmh_timezone *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tz_minuteswest);
	dm_st32be(g + 4, (uint32_t)h->tz_dsttime);
}

static const struct dm_field dm_type2_timezone_fields[] = {
	{ "tz_minuteswest", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tz_dsttime", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_timezone = { "timezone", 8, 2, 8, 0, 0, dm_type2_timezone_to_host, dm_type2_timezone_to_guest, dm_type2_timezone_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_tms_to_host(void *hv, const void *gv)
{
	struct dmh_tms *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tms_utime = (int32_t)dm_ld32be(g + 0);
	h->tms_stime = (int32_t)dm_ld32be(g + 4);
	h->tms_cutime = (int32_t)dm_ld32be(g + 8);
	h->tms_cstime = (int32_t)dm_ld32be(g + 12);
}

static void dm_type2_tms_to_guest(void *gv, const void *hv)
{
	const struct dmh_tms *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->tms_utime);
	dm_st32be(g + 4, (uint32_t)h->tms_stime);
	dm_st32be(g + 8, (uint32_t)h->tms_cutime);
	dm_st32be(g + 12, (uint32_t)h->tms_cstime);
}

static const struct dm_field dm_type2_tms_fields[] = {
	{ "tms_utime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_tms = { "tms", 16, 4, 32, 0, 0, dm_type2_tms_to_host, dm_type2_tms_to_guest, dm_type2_tms_fields, 4 };

/* m68k */
static void dm_type2_ucred_to_host(void *hv, const void *gv)
{
	struct dmh_ucred *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->pid = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
}

static void dm_type2_ucred_to_guest(void *gv, const void *hv)
{
	const struct dmh_ucred *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->pid);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
}

static const struct dm_field dm_type2_ucred_fields[] = {
	{ "pid", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_ucred = { "ucred", 12, 2, 12, 0, 0, dm_type2_ucred_to_host, dm_type2_ucred_to_guest, dm_type2_ucred_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_api_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_api *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->api = dm_ld64be(g + 0);
	h->features = dm_ld64be(g + 8);
	h->ioctls = dm_ld64be(g + 16);
}

static void dm_type2_uffdio_api_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_api *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->api);
	dm_st64be(g + 8, (uint64_t)h->features);
	dm_st64be(g + 16, (uint64_t)h->ioctls);
}

static const struct dm_field dm_type2_uffdio_api_fields[] = {
	{ "api", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "features", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_api = { "uffdio_api", 24, 8, 24, 0, 0, dm_type2_uffdio_api_to_host, dm_type2_uffdio_api_to_guest, dm_type2_uffdio_api_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_continue_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_continue *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->mapped = dm_ld64be(g + 24);
}

static void dm_type2_uffdio_continue_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_continue *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->mapped);
}

static const struct dm_field dm_type2_uffdio_continue_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type2_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mapped", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_continue = { "uffdio_continue", 32, 8, 32, 0, 0, dm_type2_uffdio_continue_to_host, dm_type2_uffdio_continue_to_guest, dm_type2_uffdio_continue_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_copy_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_copy *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dst = dm_ld64be(g + 0);
	h->src = dm_ld64be(g + 8);
	h->len = dm_ld64be(g + 16);
	h->mode = dm_ld64be(g + 24);
	h->copy = dm_ld64be(g + 32);
}

static void dm_type2_uffdio_copy_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_copy *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st64be(g + 0, (uint64_t)h->dst);
	dm_st64be(g + 8, (uint64_t)h->src);
	dm_st64be(g + 16, (uint64_t)h->len);
	dm_st64be(g + 24, (uint64_t)h->mode);
	dm_st64be(g + 32, (uint64_t)h->copy);
}

static const struct dm_field dm_type2_uffdio_copy_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "copy", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_copy = { "uffdio_copy", 40, 8, 40, 0, 0, dm_type2_uffdio_copy_to_host, dm_type2_uffdio_copy_to_guest, dm_type2_uffdio_copy_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_move_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_move *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dst = dm_ld64be(g + 0);
	h->src = dm_ld64be(g + 8);
	h->len = dm_ld64be(g + 16);
	h->mode = dm_ld64be(g + 24);
	h->move = dm_ld64be(g + 32);
}

static void dm_type2_uffdio_move_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_move *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st64be(g + 0, (uint64_t)h->dst);
	dm_st64be(g + 8, (uint64_t)h->src);
	dm_st64be(g + 16, (uint64_t)h->len);
	dm_st64be(g + 24, (uint64_t)h->mode);
	dm_st64be(g + 32, (uint64_t)h->move);
}

static const struct dm_field dm_type2_uffdio_move_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "move", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_move = { "uffdio_move", 40, 8, 40, 0, 0, dm_type2_uffdio_move_to_host, dm_type2_uffdio_move_to_guest, dm_type2_uffdio_move_fields, 5 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_poison_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_poison *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->updated = dm_ld64be(g + 24);
}

static void dm_type2_uffdio_poison_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_poison *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->updated);
}

static const struct dm_field dm_type2_uffdio_poison_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type2_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "updated", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_poison = { "uffdio_poison", 32, 8, 32, 0, 0, dm_type2_uffdio_poison_to_host, dm_type2_uffdio_poison_to_guest, dm_type2_uffdio_poison_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_range_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->start = dm_ld64be(g + 0);
	h->len = dm_ld64be(g + 8);
}

static void dm_type2_uffdio_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->start);
	dm_st64be(g + 8, (uint64_t)h->len);
}

static const struct dm_field dm_type2_uffdio_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_range = { "uffdio_range", 16, 8, 16, 0, 0, dm_type2_uffdio_range_to_host, dm_type2_uffdio_range_to_guest, dm_type2_uffdio_range_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_register_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_register *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->ioctls = dm_ld64be(g + 24);
}

static void dm_type2_uffdio_register_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_register *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->ioctls);
}

static const struct dm_field dm_type2_uffdio_register_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type2_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_register = { "uffdio_register", 32, 8, 32, 0, 0, dm_type2_uffdio_register_to_host, dm_type2_uffdio_register_to_guest, dm_type2_uffdio_register_fields, 3 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_writeprotect_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_writeprotect *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
}

static void dm_type2_uffdio_writeprotect_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_writeprotect *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_type2_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
}

static const struct dm_field dm_type2_uffdio_writeprotect_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type2_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_writeprotect = { "uffdio_writeprotect", 24, 8, 24, 0, 0, dm_type2_uffdio_writeprotect_to_host, dm_type2_uffdio_writeprotect_to_guest, dm_type2_uffdio_writeprotect_fields, 2 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static void dm_type2_uffdio_zeropage_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_zeropage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type2_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->zeropage = dm_ld64be(g + 24);
}

static void dm_type2_uffdio_zeropage_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_zeropage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type2_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->zeropage);
}

static const struct dm_field dm_type2_uffdio_zeropage_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type2_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "zeropage", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_uffdio_zeropage = { "uffdio_zeropage", 32, 8, 32, 0, 0, dm_type2_uffdio_zeropage_to_host, dm_type2_uffdio_zeropage_to_guest, dm_type2_uffdio_zeropage_fields, 3 };

/* m68k */
static void dm_type2_user_cap_data_to_host(void *hv, const void *gv)
{
	struct dmh_user_cap_data *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->effective = dm_ld32be(g + 0);
	h->permitted = dm_ld32be(g + 4);
	h->inheritable = dm_ld32be(g + 8);
}

static void dm_type2_user_cap_data_to_guest(void *gv, const void *hv)
{
	const struct dmh_user_cap_data *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->effective);
	dm_st32be(g + 4, (uint32_t)h->permitted);
	dm_st32be(g + 8, (uint32_t)h->inheritable);
}

static const struct dm_field dm_type2_user_cap_data_fields[] = {
	{ "effective", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "permitted", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "inheritable", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type2_user_cap_data = { "user_cap_data", 12, 2, 12, 0, 0, dm_type2_user_cap_data_to_host, dm_type2_user_cap_data_to_guest, dm_type2_user_cap_data_fields, 3 };

/* m68k */
static void dm_type2_user_cap_header_to_host(void *hv, const void *gv)
{
	struct dmh_user_cap_header *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->version = dm_ld32be(g + 0);
	h->pid = dm_ld32be(g + 4);
}

static void dm_type2_user_cap_header_to_guest(void *gv, const void *hv)
{
	const struct dmh_user_cap_header *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->version);
	dm_st32be(g + 4, (uint32_t)h->pid);
}

static const struct dm_field dm_type2_user_cap_header_fields[] = {
	{ "version", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "pid", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_user_cap_header = { "user_cap_header", 8, 2, 8, 0, 0, dm_type2_user_cap_header_to_host, dm_type2_user_cap_header_to_guest, dm_type2_user_cap_header_fields, 2 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_ustat_to_host(void *hv, const void *gv)
{
	struct dmh_ustat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_tfree = dm_ld32be(g + 0);
	h->f_tinode = dm_ld32be(g + 4);
	for (unsigned i = 0; i < 6; i++)
		h->f_fname[i] = dm_ld8(g + 8 + i * 1);
	for (unsigned i = 0; i < 6; i++)
		h->f_fpack[i] = dm_ld8(g + 14 + i * 1);
}

static void dm_type2_ustat_to_guest(void *gv, const void *hv)
{
	const struct dmh_ustat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->f_tfree);
	dm_st32be(g + 4, (uint32_t)h->f_tinode);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 8 + i * 1, (uint8_t)h->f_fname[i]);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 14 + i * 1, (uint8_t)h->f_fpack[i]);
}

static const struct dm_field dm_type2_ustat_fields[] = {
	{ "f_tfree", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_tinode", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_fname", 8, 6, 16, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
	{ "f_fpack", 14, 6, 22, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_ustat = { "ustat", 20, 4, 32, 0, 0, dm_type2_ustat_to_host, dm_type2_ustat_to_guest, dm_type2_ustat_fields, 4 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type2_utimbuf_to_host(void *hv, const void *gv)
{
	struct dmh_utimbuf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->actime = (int32_t)dm_ld32be(g + 0);
	h->modtime = (int32_t)dm_ld32be(g + 4);
}

static void dm_type2_utimbuf_to_guest(void *gv, const void *hv)
{
	const struct dmh_utimbuf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->actime);
	dm_st32be(g + 4, (uint32_t)h->modtime);
}

static const struct dm_field dm_type2_utimbuf_fields[] = {
	{ "actime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type2_utimbuf = { "utimbuf", 8, 4, 16, 0, 0, dm_type2_utimbuf_to_host, dm_type2_utimbuf_to_guest, dm_type2_utimbuf_fields, 2 };

/* hppa */
static void dm_type3_clone_args_to_host(void *hv, const void *gv)
{
	struct dmh_clone_args *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->flags = dm_ld64be(g + 0);
	h->pidfd = dm_ld64be(g + 8);
	h->child_tid = dm_ld64be(g + 16);
	h->parent_tid = dm_ld64be(g + 24);
	h->exit_signal = dm_ld64be(g + 32);
	h->stack = dm_ld64be(g + 40);
	h->stack_size = dm_ld64be(g + 48);
	h->tls = dm_ld64be(g + 56);
	h->set_tid = dm_ld64be(g + 64);
	h->set_tid_size = dm_ld64be(g + 72);
	h->cgroup = dm_ld64be(g + 80);
}

static void dm_type3_clone_args_to_guest(void *gv, const void *hv)
{
	const struct dmh_clone_args *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st64be(g + 0, (uint64_t)h->flags);
	dm_st64be(g + 8, (uint64_t)h->pidfd);
	dm_st64be(g + 16, (uint64_t)h->child_tid);
	dm_st64be(g + 24, (uint64_t)h->parent_tid);
	dm_st64be(g + 32, (uint64_t)h->exit_signal);
	dm_st64be(g + 40, (uint64_t)h->stack);
	dm_st64be(g + 48, (uint64_t)h->stack_size);
	dm_st64be(g + 56, (uint64_t)h->tls);
	dm_st64be(g + 64, (uint64_t)h->set_tid);
	dm_st64be(g + 72, (uint64_t)h->set_tid_size);
	dm_st64be(g + 80, (uint64_t)h->cgroup);
}

static const struct dm_field dm_type3_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set3_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_clone_args = { "clone_args", 88, 8, 88, 0, 0, dm_type3_clone_args_to_host, dm_type3_clone_args_to_guest, dm_type3_clone_args_fields, 11 };

/* m68k */
static void dm_type3_cmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_cmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->cmsg_len = dm_ld32be(g + 0);
	h->cmsg_level = dm_ld32be(g + 4);
	h->cmsg_type = dm_ld32be(g + 8);
}

static void dm_type3_cmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_cmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->cmsg_len);
	dm_st32be(g + 4, (uint32_t)h->cmsg_level);
	dm_st32be(g + 8, (uint32_t)h->cmsg_type);
}

static const struct dm_field dm_type3_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_cmsghdr = { "cmsghdr", 12, 2, 16, 0, 0, dm_type3_cmsghdr_to_host, dm_type3_cmsghdr_to_guest, dm_type3_cmsghdr_fields, 3 };

/* m68k */
static void dm_type3_dirent64_to_host(void *hv, const void *gv)
{
	struct dmh_dirent64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->d_ino = dm_ld64be(g + 0);
	h->d_off = dm_ld64be(g + 8);
	h->d_reclen = dm_ld16be(g + 16);
	h->d_type = dm_ld8(g + 18);
}

static void dm_type3_dirent64_to_guest(void *gv, const void *hv)
{
	const struct dmh_dirent64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st64be(g + 0, (uint64_t)h->d_ino);
	dm_st64be(g + 8, (uint64_t)h->d_off);
	dm_st16be(g + 16, (uint16_t)h->d_reclen);
	dm_st8(g + 18, (uint8_t)h->d_type);
}

static const struct dm_field dm_type3_dirent64_fields[] = {
	{ "d_ino", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "d_off", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "d_reclen", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "d_type", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "d_name", 19, 0, 19, 0, 0, 0, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_dirent64 = { "dirent64", 20, 2, 24, 0, 0, dm_type3_dirent64_to_host, dm_type3_dirent64_to_guest, dm_type3_dirent64_fields, 5 };

/* m68k */
static void dm_type3_epoll_event_to_host(void *hv, const void *gv)
{
	struct dmh_epoll_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->events = dm_ld32be(g + 0);
	h->data = dm_ld64be(g + 4);
}

static void dm_type3_epoll_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_epoll_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->events);
	dm_st64be(g + 4, (uint64_t)h->data);
}

static const struct dm_field dm_type3_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_set0_epoll_events },
	{ "data", 4, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_epoll_event = { "epoll_event", 12, 2, 12, 0, 0, dm_type3_epoll_event_to_host, dm_type3_epoll_event_to_guest, dm_type3_epoll_event_fields, 2 };

/* m68k */
static void dm_type3_fiemap_to_host(void *hv, const void *gv)
{
	struct dmh_fiemap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fm_start = dm_ld64be(g + 0);
	h->fm_length = dm_ld64be(g + 8);
	h->fm_flags = dm_ld32be(g + 16);
	h->fm_mapped_extents = dm_ld32be(g + 20);
	h->fm_extent_count = dm_ld32be(g + 24);
}

static void dm_type3_fiemap_to_guest(void *gv, const void *hv)
{
	const struct dmh_fiemap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->fm_start);
	dm_st64be(g + 8, (uint64_t)h->fm_length);
	dm_st32be(g + 16, (uint32_t)h->fm_flags);
	dm_st32be(g + 20, (uint32_t)h->fm_mapped_extents);
	dm_st32be(g + 24, (uint32_t)h->fm_extent_count);
}

static const struct dm_field dm_type3_fiemap_fields[] = {
	{ "fm_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fm_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fm_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "fm_mapped_extents", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "fm_extent_count", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "fm_reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "fm_extents", 32, 0, 32, 0, 0, 0, 0, &dm_type3_fiemap_extent, NULL },
};
const struct dm_type dm_type3_fiemap = { "fiemap", 32, 2, 32, 0, 0, dm_type3_fiemap_to_host, dm_type3_fiemap_to_guest, dm_type3_fiemap_fields, 7 };

/* m68k */
static void dm_type3_fiemap_extent_to_host(void *hv, const void *gv)
{
	struct dmh_fiemap_extent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fe_logical = dm_ld64be(g + 0);
	h->fe_physical = dm_ld64be(g + 8);
	h->fe_length = dm_ld64be(g + 16);
	h->fe_flags = dm_ld32be(g + 40);
}

static void dm_type3_fiemap_extent_to_guest(void *gv, const void *hv)
{
	const struct dmh_fiemap_extent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_st64be(g + 0, (uint64_t)h->fe_logical);
	dm_st64be(g + 8, (uint64_t)h->fe_physical);
	dm_st64be(g + 16, (uint64_t)h->fe_length);
	dm_st32be(g + 40, (uint32_t)h->fe_flags);
}

static const struct dm_field dm_type3_fiemap_extent_fields[] = {
	{ "fe_logical", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "fe_physical", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "fe_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "fe_reserved64", 24, 16, 24, 16, 2, 2, DM_F_PAD, NULL, NULL },
	{ "fe_flags", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
	{ "fe_reserved", 44, 12, 44, 12, 3, 3, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_fiemap_extent = { "fiemap_extent", 56, 2, 56, 0, 0, dm_type3_fiemap_extent_to_host, dm_type3_fiemap_extent_to_guest, dm_type3_fiemap_extent_fields, 6 };

/* m68k */
static void dm_type3_file_clone_range_to_host(void *hv, const void *gv)
{
	struct dmh_file_clone_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->src_fd = dm_ld64be(g + 0);
	h->src_offset = dm_ld64be(g + 8);
	h->src_length = dm_ld64be(g + 16);
	h->dest_offset = dm_ld64be(g + 24);
}

static void dm_type3_file_clone_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_clone_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->src_fd);
	dm_st64be(g + 8, (uint64_t)h->src_offset);
	dm_st64be(g + 16, (uint64_t)h->src_length);
	dm_st64be(g + 24, (uint64_t)h->dest_offset);
}

static const struct dm_field dm_type3_file_clone_range_fields[] = {
	{ "src_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "src_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "dest_offset", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_file_clone_range = { "file_clone_range", 32, 2, 32, 0, 0, dm_type3_file_clone_range_to_host, dm_type3_file_clone_range_to_guest, dm_type3_file_clone_range_fields, 4 };

/* m68k */
static void dm_type3_file_dedupe_range_to_host(void *hv, const void *gv)
{
	struct dmh_file_dedupe_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->src_offset = dm_ld64be(g + 0);
	h->src_length = dm_ld64be(g + 8);
	h->dest_count = dm_ld16be(g + 16);
}

static void dm_type3_file_dedupe_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_dedupe_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->src_offset);
	dm_st64be(g + 8, (uint64_t)h->src_length);
	dm_st16be(g + 16, (uint16_t)h->dest_count);
}

static const struct dm_field dm_type3_file_dedupe_range_fields[] = {
	{ "src_offset", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src_length", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dest_count", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "reserved1", 18, 2, 18, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "reserved2", 20, 4, 20, 4, 1, 1, DM_F_PAD, NULL, NULL },
	{ "info", 24, 0, 24, 0, 0, 0, 0, &dm_type3_file_dedupe_range_info, NULL },
};
const struct dm_type dm_type3_file_dedupe_range = { "file_dedupe_range", 24, 2, 24, 0, 0, dm_type3_file_dedupe_range_to_host, dm_type3_file_dedupe_range_to_guest, dm_type3_file_dedupe_range_fields, 6 };

/* m68k */
static void dm_type3_file_dedupe_range_info_to_host(void *hv, const void *gv)
{
	struct dmh_file_dedupe_range_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dest_fd = dm_ld64be(g + 0);
	h->dest_offset = dm_ld64be(g + 8);
	h->bytes_deduped = dm_ld64be(g + 16);
	h->status = dm_ld32be(g + 24);
}

static void dm_type3_file_dedupe_range_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_file_dedupe_range_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->dest_fd);
	dm_st64be(g + 8, (uint64_t)h->dest_offset);
	dm_st64be(g + 16, (uint64_t)h->bytes_deduped);
	dm_st32be(g + 24, (uint32_t)h->status);
}

static const struct dm_field dm_type3_file_dedupe_range_info_fields[] = {
	{ "dest_fd", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "dest_offset", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "bytes_deduped", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "status", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "reserved", 28, 4, 28, 4, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_file_dedupe_range_info = { "file_dedupe_range_info", 32, 2, 32, 0, 0, dm_type3_file_dedupe_range_info_to_host, dm_type3_file_dedupe_range_info_to_guest, dm_type3_file_dedupe_range_info_fields, 5 };

/* m68k */
static void dm_type3_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = (int32_t)dm_ld32be(g + 4);
	h->l_len = (int32_t)dm_ld32be(g + 8);
	h->l_pid = dm_ld32be(g + 12);
}

static void dm_type3_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st32be(g + 4, (uint32_t)h->l_start);
	dm_st32be(g + 8, (uint32_t)h->l_len);
	dm_st32be(g + 12, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type3_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 12, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_flock = { "flock", 16, 2, 32, 0, 0, dm_type3_flock_to_host, dm_type3_flock_to_guest, dm_type3_flock_fields, 5 };

/* m68k */
static void dm_type3_flock64_to_host(void *hv, const void *gv)
{
	struct dmh_flock64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = dm_ld64be(g + 4);
	h->l_len = dm_ld64be(g + 12);
	h->l_pid = dm_ld32be(g + 20);
}

static void dm_type3_flock64_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st64be(g + 4, (uint64_t)h->l_start);
	dm_st64be(g + 12, (uint64_t)h->l_len);
	dm_st32be(g + 20, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type3_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 12, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 20, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_flock64 = { "flock64", 24, 2, 32, 0, 0, dm_type3_flock64_to_host, dm_type3_flock64_to_guest, dm_type3_flock64_fields, 5 };

/* m68k */
static void dm_type3_fstrim_range_to_host(void *hv, const void *gv)
{
	struct dmh_fstrim_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->start = dm_ld64be(g + 0);
	h->len = dm_ld64be(g + 8);
	h->minlen = dm_ld64be(g + 16);
}

static void dm_type3_fstrim_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_fstrim_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->start);
	dm_st64be(g + 8, (uint64_t)h->len);
	dm_st64be(g + 16, (uint64_t)h->minlen);
}

static const struct dm_field dm_type3_fstrim_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "minlen", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_fstrim_range = { "fstrim_range", 24, 2, 24, 0, 0, dm_type3_fstrim_range_to_host, dm_type3_fstrim_range_to_guest, dm_type3_fstrim_range_fields, 3 };

/* m68k */
static void dm_type3_if_dqblk_to_host(void *hv, const void *gv)
{
	struct dmh_if_dqblk *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqb_bhardlimit = dm_ld64be(g + 0);
	h->dqb_bsoftlimit = dm_ld64be(g + 8);
	h->dqb_curspace = dm_ld64be(g + 16);
	h->dqb_ihardlimit = dm_ld64be(g + 24);
	h->dqb_isoftlimit = dm_ld64be(g + 32);
	h->dqb_curinodes = dm_ld64be(g + 40);
	h->dqb_btime = dm_ld64be(g + 48);
	h->dqb_itime = dm_ld64be(g + 56);
	h->dqb_valid = dm_ld32be(g + 64);
}

static void dm_type3_if_dqblk_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_dqblk *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 68);
	dm_st64be(g + 0, (uint64_t)h->dqb_bhardlimit);
	dm_st64be(g + 8, (uint64_t)h->dqb_bsoftlimit);
	dm_st64be(g + 16, (uint64_t)h->dqb_curspace);
	dm_st64be(g + 24, (uint64_t)h->dqb_ihardlimit);
	dm_st64be(g + 32, (uint64_t)h->dqb_isoftlimit);
	dm_st64be(g + 40, (uint64_t)h->dqb_curinodes);
	dm_st64be(g + 48, (uint64_t)h->dqb_btime);
	dm_st64be(g + 56, (uint64_t)h->dqb_itime);
	dm_st32be(g + 64, (uint32_t)h->dqb_valid);
}

static const struct dm_field dm_type3_if_dqblk_fields[] = {
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
const struct dm_type dm_type3_if_dqblk = { "if_dqblk", 68, 2, 72, 0, 0, dm_type3_if_dqblk_to_host, dm_type3_if_dqblk_to_guest, dm_type3_if_dqblk_fields, 9 };

/* m68k */
static void dm_type3_if_dqinfo_to_host(void *hv, const void *gv)
{
	struct dmh_if_dqinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqi_bgrace = dm_ld64be(g + 0);
	h->dqi_igrace = dm_ld64be(g + 8);
	h->dqi_flags = dm_ld32be(g + 16);
	h->dqi_valid = dm_ld32be(g + 20);
}

static void dm_type3_if_dqinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_dqinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->dqi_bgrace);
	dm_st64be(g + 8, (uint64_t)h->dqi_igrace);
	dm_st32be(g + 16, (uint32_t)h->dqi_flags);
	dm_st32be(g + 20, (uint32_t)h->dqi_valid);
}

static const struct dm_field dm_type3_if_dqinfo_fields[] = {
	{ "dqi_bgrace", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_igrace", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "dqi_flags", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "dqi_valid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_if_dqinfo = { "if_dqinfo", 24, 2, 24, 0, 0, dm_type3_if_dqinfo_to_host, dm_type3_if_dqinfo_to_guest, dm_type3_if_dqinfo_fields, 4 };

/* m68k */
static void dm_type3_if_nextdqblk_to_host(void *hv, const void *gv)
{
	struct dmh_if_nextdqblk *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dqb_bhardlimit = dm_ld64be(g + 0);
	h->dqb_bsoftlimit = dm_ld64be(g + 8);
	h->dqb_curspace = dm_ld64be(g + 16);
	h->dqb_ihardlimit = dm_ld64be(g + 24);
	h->dqb_isoftlimit = dm_ld64be(g + 32);
	h->dqb_curinodes = dm_ld64be(g + 40);
	h->dqb_btime = dm_ld64be(g + 48);
	h->dqb_itime = dm_ld64be(g + 56);
	h->dqb_valid = dm_ld32be(g + 64);
	h->dqb_id = dm_ld32be(g + 68);
}

static void dm_type3_if_nextdqblk_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_nextdqblk *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->dqb_bhardlimit);
	dm_st64be(g + 8, (uint64_t)h->dqb_bsoftlimit);
	dm_st64be(g + 16, (uint64_t)h->dqb_curspace);
	dm_st64be(g + 24, (uint64_t)h->dqb_ihardlimit);
	dm_st64be(g + 32, (uint64_t)h->dqb_isoftlimit);
	dm_st64be(g + 40, (uint64_t)h->dqb_curinodes);
	dm_st64be(g + 48, (uint64_t)h->dqb_btime);
	dm_st64be(g + 56, (uint64_t)h->dqb_itime);
	dm_st32be(g + 64, (uint32_t)h->dqb_valid);
	dm_st32be(g + 68, (uint32_t)h->dqb_id);
}

static const struct dm_field dm_type3_if_nextdqblk_fields[] = {
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
const struct dm_type dm_type3_if_nextdqblk = { "if_nextdqblk", 72, 2, 72, 0, 0, dm_type3_if_nextdqblk_to_host, dm_type3_if_nextdqblk_to_guest, dm_type3_if_nextdqblk_fields, 10 };

/* m68k */
static void dm_type3_if_settings_to_host(void *hv, const void *gv)
{
	struct dmh_if_settings *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->type = dm_ld32be(g + 0);
	h->size = dm_ld32be(g + 4);
	memcpy((char *)h + 8, g + 8, 4);
}

static void dm_type3_if_settings_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_settings *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->type);
	dm_st32be(g + 4, (uint32_t)h->size);
	memcpy(g + 8, (const char *)h + 8, 4);
}

static const struct dm_field dm_type3_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 4, 8, 8, 1, 1, 0, &dm_type2_if_settings_ifsu, NULL },
};
const struct dm_type dm_type3_if_settings = { "if_settings", 12, 2, 16, 0, 0, dm_type3_if_settings_to_host, dm_type3_if_settings_to_guest, dm_type3_if_settings_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type3_if_settings_ifsu_to_host(void *h, const void *g) { memset(h, 0, 8); memcpy(h, g, 8); }
static void dm_type3_if_settings_ifsu_to_guest(void *g, const void *h) { memset(g, 0, 8); memcpy(g, h, 8); }

static const struct dm_field dm_type3_if_settings_ifsu_fields[] = {
	{ "raw_hdlc", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "cisco", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "fr_pvc_info", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "x25", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sync", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "te1", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_if_settings_ifsu = { "if_settings_ifsu", 8, 8, 8, 1, 0, dm_type3_if_settings_ifsu_to_host, dm_type3_if_settings_ifsu_to_guest, dm_type3_if_settings_ifsu_fields, 8 };

/* m68k */
static void dm_type3_ifconf_to_host(void *hv, const void *gv)
{
	struct dmh_ifconf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ifc_len = dm_ld32be(g + 0);
	dm_type3_ifconf_ifcu.to_host((char *)h + 8, g + 4);
}

static void dm_type3_ifconf_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifconf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->ifc_len);
	dm_type3_ifconf_ifcu.to_guest(g + 4, (const char *)h + 8);
}

static const struct dm_field dm_type3_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 4, 4, 8, 8, 1, 1, 0, &dm_type3_ifconf_ifcu, NULL },
};
const struct dm_type dm_type3_ifconf = { "ifconf", 8, 2, 16, 0, 0, dm_type3_ifconf_to_host, dm_type3_ifconf_to_guest, dm_type3_ifconf_fields, 2 };

/* m68k */
static void dm_type3_ifconf_ifcu_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type3_ifconf_ifcu_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type3_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_ifconf_ifcu = { "ifconf_ifcu", 4, 2, 8, 1, 0, dm_type3_ifconf_ifcu_to_host, dm_type3_ifconf_ifcu_to_guest, dm_type3_ifconf_ifcu_fields, 2 };

/* m68k */
static void dm_type3_ifmap_to_host(void *hv, const void *gv)
{
	struct dmh_ifmap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mem_start = dm_ld32be(g + 0);
	h->mem_end = dm_ld32be(g + 4);
	h->base_addr = dm_ld16be(g + 8);
	h->irq = dm_ld8(g + 10);
	h->dma = dm_ld8(g + 11);
	h->port = dm_ld8(g + 12);
}

static void dm_type3_ifmap_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifmap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 14);
	dm_st32be(g + 0, (uint32_t)h->mem_start);
	dm_st32be(g + 4, (uint32_t)h->mem_end);
	dm_st16be(g + 8, (uint16_t)h->base_addr);
	dm_st8(g + 10, (uint8_t)h->irq);
	dm_st8(g + 11, (uint8_t)h->dma);
	dm_st8(g + 12, (uint8_t)h->port);
}

static const struct dm_field dm_type3_ifmap_fields[] = {
	{ "mem_start", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 8, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 10, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 11, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 12, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_ifmap = { "ifmap", 14, 2, 24, 0, 0, dm_type3_ifmap_to_host, dm_type3_ifmap_to_guest, dm_type3_ifmap_fields, 6 };

/* m68k */
static void dm_type3_ifreq_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	memcpy((char *)h + 16, g + 16, 16);
}

static void dm_type3_ifreq_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	memcpy(g + 16, (const char *)h + 16, 16);
}

static const struct dm_field dm_type3_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type3_ifreq_ifru, NULL },
};
const struct dm_type dm_type3_ifreq = { "ifreq", 32, 2, 40, 0, 0, dm_type3_ifreq_to_host, dm_type3_ifreq_to_guest, dm_type3_ifreq_fields, 2 };

/* m68k */
static void dm_type3_ifreq_ifru_to_host(void *h, const void *g) { memset(h, 0, 24); memcpy(h, g, 16); }
static void dm_type3_ifreq_ifru_to_guest(void *g, const void *h) { memset(g, 0, 16); memcpy(g, h, 16); }

static const struct dm_field dm_type3_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 14, 0, 24, 1, 1, 0, &dm_type3_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type3_if_settings, NULL },
};
const struct dm_type dm_type3_ifreq_ifru = { "ifreq_ifru", 16, 2, 24, 1, 0, dm_type3_ifreq_ifru_to_host, dm_type3_ifreq_ifru_to_guest, dm_type3_ifreq_ifru_fields, 13 };

/* m68k */
static void dm_type3_ifreq_ifru_int_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 4); }
static void dm_type3_ifreq_ifru_int_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 16); memcpy(g, h, 16); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type3_ifreq_ifru_int_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 14, 0, 24, 1, 1, 0, &dm_type3_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type3_if_settings, NULL },
};
const struct dm_type dm_type3_ifreq_ifru_int = { "ifreq_ifru_int", 16, 2, 24, 1, 0, dm_type3_ifreq_ifru_int_to_host, dm_type3_ifreq_ifru_int_to_guest, dm_type3_ifreq_ifru_int_fields, 13 };

/* m68k */
static void dm_type3_ifreq_ifru_short_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint16_t v = dm_ld16be(g); memset(h, 0, 24); memcpy(h, g, 16); memcpy(h, &v, 2); }
static void dm_type3_ifreq_ifru_short_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 2); memset(g, 0, 16); memcpy(g, h, 16); dm_st16be(g, (uint16_t)v); }

static const struct dm_field dm_type3_ifreq_ifru_short_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 14, 0, 24, 1, 1, 0, &dm_type3_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 12, 0, 16, 1, 1, 0, &dm_type3_if_settings, NULL },
};
const struct dm_type dm_type3_ifreq_ifru_short = { "ifreq_ifru_short", 16, 2, 24, 1, 0, dm_type3_ifreq_ifru_short_to_host, dm_type3_ifreq_ifru_short_to_guest, dm_type3_ifreq_ifru_short_fields, 13 };

/* m68k */
static void dm_type3_ifreq_int_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_int *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type3_ifreq_ifru_int.to_host((char *)h + 16, g + 16);
}

static void dm_type3_ifreq_int_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_int *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type3_ifreq_ifru_int.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type3_ifreq_int_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type3_ifreq_ifru_int, NULL },
};
const struct dm_type dm_type3_ifreq_int = { "ifreq_int", 32, 2, 40, 0, 0, dm_type3_ifreq_int_to_host, dm_type3_ifreq_int_to_guest, dm_type3_ifreq_int_fields, 2 };

/* m68k */
static void dm_type3_ifreq_short_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_short *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type3_ifreq_ifru_short.to_host((char *)h + 16, g + 16);
}

static void dm_type3_ifreq_short_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_short *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type3_ifreq_ifru_short.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type3_ifreq_short_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 16, 16, 24, 1, 1, 0, &dm_type3_ifreq_ifru_short, NULL },
};
const struct dm_type dm_type3_ifreq_short = { "ifreq_short", 32, 2, 40, 0, 0, dm_type3_ifreq_short_to_host, dm_type3_ifreq_short_to_guest, dm_type3_ifreq_short_fields, 2 };

/* m68k */
static void dm_type3_io_event_to_host(void *hv, const void *gv)
{
	struct dmh_io_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->data = dm_ld64be(g + 0);
	h->obj = dm_ld64be(g + 8);
	h->res = dm_ld64be(g + 16);
	h->res2 = dm_ld64be(g + 24);
}

static void dm_type3_io_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_io_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->data);
	dm_st64be(g + 8, (uint64_t)h->obj);
	dm_st64be(g + 16, (uint64_t)h->res);
	dm_st64be(g + 24, (uint64_t)h->res2);
}

static const struct dm_field dm_type3_io_event_fields[] = {
	{ "data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "obj", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "res", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "res2", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_io_event = { "io_event", 32, 2, 32, 0, 0, dm_type3_io_event_to_host, dm_type3_io_event_to_guest, dm_type3_io_event_fields, 4 };

/* m68k */
static void dm_type3_iocb_to_host(void *hv, const void *gv)
{
	struct dmh_iocb *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->aio_data = dm_ld64be(g + 0);
	h->aio_rw_flags = dm_ld32be(g + 8);
	h->aio_key = dm_ld32be(g + 12);
	h->aio_lio_opcode = dm_ld16be(g + 16);
	h->aio_reqprio = dm_ld16be(g + 18);
	h->aio_fildes = dm_ld32be(g + 20);
	h->aio_buf = dm_ld64be(g + 24);
	h->aio_nbytes = dm_ld64be(g + 32);
	h->aio_offset = dm_ld64be(g + 40);
	h->aio_flags = dm_ld32be(g + 56);
	h->aio_resfd = dm_ld32be(g + 60);
}

static void dm_type3_iocb_to_guest(void *gv, const void *hv)
{
	const struct dmh_iocb *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st64be(g + 0, (uint64_t)h->aio_data);
	dm_st32be(g + 8, (uint32_t)h->aio_rw_flags);
	dm_st32be(g + 12, (uint32_t)h->aio_key);
	dm_st16be(g + 16, (uint16_t)h->aio_lio_opcode);
	dm_st16be(g + 18, (uint16_t)h->aio_reqprio);
	dm_st32be(g + 20, (uint32_t)h->aio_fildes);
	dm_st64be(g + 24, (uint64_t)h->aio_buf);
	dm_st64be(g + 32, (uint64_t)h->aio_nbytes);
	dm_st64be(g + 40, (uint64_t)h->aio_offset);
	dm_st32be(g + 56, (uint32_t)h->aio_flags);
	dm_st32be(g + 60, (uint32_t)h->aio_resfd);
}

static const struct dm_field dm_type3_iocb_fields[] = {
	{ "aio_data", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "aio_rw_flags", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "aio_key", 12, 4, 8, 4, 1, 1, 0, NULL, NULL },
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
const struct dm_type dm_type3_iocb = { "iocb", 64, 2, 64, 0, 0, dm_type3_iocb_to_host, dm_type3_iocb_to_guest, dm_type3_iocb_fields, 12 };

/* m68k */
static void dm_type3_iovec_to_host(void *hv, const void *gv)
{
	struct dmh_iovec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->iov_base = dm_ld32be(g + 0);
	h->iov_len = dm_ld32be(g + 4);
}

static void dm_type3_iovec_to_guest(void *gv, const void *hv)
{
	const struct dmh_iovec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->iov_base);
	dm_st32be(g + 4, (uint32_t)h->iov_len);
}

static const struct dm_field dm_type3_iovec_fields[] = {
	{ "iov_base", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_iovec = { "iovec", 8, 2, 16, 0, 0, dm_type3_iovec_to_host, dm_type3_iovec_to_guest, dm_type3_iovec_fields, 2 };

/* hppa */
static void dm_type3_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld16be(g + 22);
	h->seq = dm_ld16be(g + 26);
}

static void dm_type3_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st16be(g + 22, (uint16_t)h->mode);
	dm_st16be(g + 26, (uint16_t)h->seq);
}

static const struct dm_field dm_type3_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 20, 2, 24, 0, 1, 0, DM_F_PAD, NULL, NULL },
	{ "mode", 22, 2, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad2", 24, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "seq", 26, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad3", 28, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 32, 8, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 0, dm_type3_ipc64_perm_to_host, dm_type3_ipc64_perm_to_guest, dm_type3_ipc64_perm_fields, 12 };

/* m68k */
static void dm_type3_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_timespec.to_host((char *)h + 0, g + 0);
	dm_type3_timespec.to_host((char *)h + 16, g + 8);
}

static void dm_type3_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type3_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_type3_timespec.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type3_itimerspec_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type3_timespec, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type3_timespec, NULL },
};
const struct dm_type dm_type3_itimerspec = { "itimerspec", 16, 2, 32, 0, 0, dm_type3_itimerspec_to_host, dm_type3_itimerspec_to_guest, dm_type3_itimerspec_fields, 2 };

/* m68k */
static void dm_type3_itimerspec64_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_timespec64.to_host((char *)h + 0, g + 0);
	dm_type3_timespec64.to_host((char *)h + 16, g + 16);
}

static void dm_type3_itimerspec64_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_timespec64.to_guest(g + 0, (const char *)h + 0);
	dm_type3_timespec64.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type3_itimerspec64_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type3_timespec64, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type3_timespec64, NULL },
};
const struct dm_type dm_type3_itimerspec64 = { "itimerspec64", 32, 2, 32, 0, 0, dm_type3_itimerspec64_to_host, dm_type3_itimerspec64_to_guest, dm_type3_itimerspec64_fields, 2 };

/* m68k */
static void dm_type3_itimerval_to_host(void *hv, const void *gv)
{
	struct dmh_itimerval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_timeval.to_host((char *)h + 0, g + 0);
	dm_type3_timeval.to_host((char *)h + 16, g + 8);
}

static void dm_type3_itimerval_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_type3_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type3_timeval.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_type3_itimerval_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_type3_timeval, NULL },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_type3_timeval, NULL },
};
const struct dm_type dm_type3_itimerval = { "itimerval", 16, 2, 32, 0, 0, dm_type3_itimerval_to_host, dm_type3_itimerval_to_guest, dm_type3_itimerval_fields, 2 };

/* m68k */
static void dm_type3_kexec_segment_to_host(void *hv, const void *gv)
{
	struct dmh_kexec_segment *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->buf = dm_ld32be(g + 0);
	h->bufsz = dm_ld32be(g + 4);
	h->mem = dm_ld32be(g + 8);
	h->memsz = dm_ld32be(g + 12);
}

static void dm_type3_kexec_segment_to_guest(void *gv, const void *hv)
{
	const struct dmh_kexec_segment *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->buf);
	dm_st32be(g + 4, (uint32_t)h->bufsz);
	dm_st32be(g + 8, (uint32_t)h->mem);
	dm_st32be(g + 12, (uint32_t)h->memsz);
}

static const struct dm_field dm_type3_kexec_segment_fields[] = {
	{ "buf", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_kexec_segment = { "kexec_segment", 16, 2, 32, 0, 0, dm_type3_kexec_segment_to_host, dm_type3_kexec_segment_to_guest, dm_type3_kexec_segment_fields, 4 };

/* m68k */
static void dm_type3_loop_config_to_host(void *hv, const void *gv)
{
	struct dmh_loop_config *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->block_size = dm_ld32be(g + 4);
	dm_type3_loop_info64.to_host((char *)h + 8, g + 8);
}

static void dm_type3_loop_config_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_config *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 304);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st32be(g + 4, (uint32_t)h->block_size);
	dm_type3_loop_info64.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type3_loop_config_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "block_size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "info", 8, 232, 8, 232, 1, 1, 0, &dm_type3_loop_info64, NULL },
	{ "__reserved", 240, 64, 240, 64, 8, 8, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_loop_config = { "loop_config", 304, 2, 304, 0, 0, dm_type3_loop_config_to_host, dm_type3_loop_config_to_guest, dm_type3_loop_config_fields, 4 };

/* hppa mips-n32-be mips-o32-be powerpc */
static void dm_type3_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32be(g + 0);
	h->lo_device = dm_ld32be(g + 4);
	h->lo_inode = dm_ld32be(g + 8);
	h->lo_rdevice = dm_ld32be(g + 12);
	h->lo_offset = dm_ld32be(g + 16);
	h->lo_encrypt_type = dm_ld32be(g + 20);
	h->lo_encrypt_key_size = dm_ld32be(g + 24);
	h->lo_flags = dm_ld32be(g + 28);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 32 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 96 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld32be(g + 128 + i * 4);
}

static void dm_type3_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 140);
	dm_st32be(g + 0, (uint32_t)h->lo_number);
	dm_st32be(g + 4, (uint32_t)h->lo_device);
	dm_st32be(g + 8, (uint32_t)h->lo_inode);
	dm_st32be(g + 12, (uint32_t)h->lo_rdevice);
	dm_st32be(g + 16, (uint32_t)h->lo_offset);
	dm_st32be(g + 20, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 24, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 28, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 32 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 96 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st32be(g + 128 + i * 4, (uint32_t)h->lo_init[i]);
}

static const struct dm_field dm_type3_loop_info_fields[] = {
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
const struct dm_type dm_type3_loop_info = { "loop_info", 140, 4, 168, 0, 0, dm_type3_loop_info_to_host, dm_type3_loop_info_to_guest, dm_type3_loop_info_fields, 12 };

/* m68k */
static void dm_type3_loop_info64_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_device = dm_ld64be(g + 0);
	h->lo_inode = dm_ld64be(g + 8);
	h->lo_rdevice = dm_ld64be(g + 16);
	h->lo_offset = dm_ld64be(g + 24);
	h->lo_sizelimit = dm_ld64be(g + 32);
	h->lo_number = dm_ld32be(g + 40);
	h->lo_encrypt_type = dm_ld32be(g + 44);
	h->lo_encrypt_key_size = dm_ld32be(g + 48);
	h->lo_flags = dm_ld32be(g + 52);
	for (unsigned i = 0; i < 64; i++)
		h->lo_file_name[i] = dm_ld8(g + 56 + i * 1);
	for (unsigned i = 0; i < 64; i++)
		h->lo_crypt_name[i] = dm_ld8(g + 120 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 184 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64be(g + 216 + i * 8);
}

static void dm_type3_loop_info64_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 232);
	dm_st64be(g + 0, (uint64_t)h->lo_device);
	dm_st64be(g + 8, (uint64_t)h->lo_inode);
	dm_st64be(g + 16, (uint64_t)h->lo_rdevice);
	dm_st64be(g + 24, (uint64_t)h->lo_offset);
	dm_st64be(g + 32, (uint64_t)h->lo_sizelimit);
	dm_st32be(g + 40, (uint32_t)h->lo_number);
	dm_st32be(g + 44, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 48, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 52, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 56 + i * 1, (uint8_t)h->lo_file_name[i]);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 120 + i * 1, (uint8_t)h->lo_crypt_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 184 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64be(g + 216 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type3_loop_info64_fields[] = {
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
const struct dm_type dm_type3_loop_info64 = { "loop_info64", 232, 2, 232, 0, 0, dm_type3_loop_info64_to_host, dm_type3_loop_info64_to_guest, dm_type3_loop_info64_fields, 13 };

/* m68k */
static void dm_type3_mmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_mmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_msghdr.to_host((char *)h + 0, g + 0);
	h->msg_len = dm_ld32be(g + 28);
}

static void dm_type3_mmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_msghdr.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 28, (uint32_t)h->msg_len);
}

static const struct dm_field dm_type3_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 28, 0, 56, 1, 1, 0, &dm_type3_msghdr, NULL },
	{ "msg_len", 28, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_mmsghdr = { "mmsghdr", 32, 2, 64, 0, 0, dm_type3_mmsghdr_to_host, dm_type3_mmsghdr_to_guest, dm_type3_mmsghdr_fields, 2 };

/* m68k */
static void dm_type3_mq_attr_to_host(void *hv, const void *gv)
{
	struct dmh_mq_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mq_flags = (int32_t)dm_ld32be(g + 0);
	h->mq_maxmsg = (int32_t)dm_ld32be(g + 4);
	h->mq_msgsize = (int32_t)dm_ld32be(g + 8);
	h->mq_curmsgs = (int32_t)dm_ld32be(g + 12);
}

static void dm_type3_mq_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mq_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->mq_flags);
	dm_st32be(g + 4, (uint32_t)h->mq_maxmsg);
	dm_st32be(g + 8, (uint32_t)h->mq_msgsize);
	dm_st32be(g + 12, (uint32_t)h->mq_curmsgs);
}

static const struct dm_field dm_type3_mq_attr_fields[] = {
	{ "mq_flags", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 16, 16, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_mq_attr = { "mq_attr", 32, 2, 64, 0, 0, dm_type3_mq_attr_to_host, dm_type3_mq_attr_to_guest, dm_type3_mq_attr_fields, 5 };

/* m68k */
static void dm_type3_msghdr_to_host(void *hv, const void *gv)
{
	struct dmh_msghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msg_name = dm_ld32be(g + 0);
	h->msg_namelen = dm_ld32be(g + 4);
	h->msg_iov = dm_ld32be(g + 8);
	h->msg_iovlen = dm_ld32be(g + 12);
	h->msg_control = dm_ld32be(g + 16);
	h->msg_controllen = dm_ld32be(g + 20);
	h->msg_flags = dm_ld32be(g + 24);
}

static void dm_type3_msghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_msghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 28);
	dm_st32be(g + 0, (uint32_t)h->msg_name);
	dm_st32be(g + 4, (uint32_t)h->msg_namelen);
	dm_st32be(g + 8, (uint32_t)h->msg_iov);
	dm_st32be(g + 12, (uint32_t)h->msg_iovlen);
	dm_st32be(g + 16, (uint32_t)h->msg_control);
	dm_st32be(g + 20, (uint32_t)h->msg_controllen);
	dm_st32be(g + 24, (uint32_t)h->msg_flags);
}

static const struct dm_field dm_type3_msghdr_fields[] = {
	{ "msg_name", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 16, 4, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 24, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_msghdr = { "msghdr", 28, 2, 56, 0, 0, dm_type3_msghdr_to_host, dm_type3_msghdr_to_guest, dm_type3_msghdr_fields, 7 };

/* hppa */
static void dm_type3_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32be(g + 52);
	h->msg_rtime = dm_ld32be(g + 60);
	h->msg_ctime = dm_ld32be(g + 68);
	h->msg_cbytes = dm_ld32be(g + 72);
	h->msg_qnum = dm_ld32be(g + 76);
	h->msg_qbytes = dm_ld32be(g + 80);
	h->msg_lspid = dm_ld32be(g + 84);
	h->msg_lrpid = dm_ld32be(g + 88);
}

static void dm_type3_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_type3_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->msg_stime);
	dm_st32be(g + 60, (uint32_t)h->msg_rtime);
	dm_st32be(g + 68, (uint32_t)h->msg_ctime);
	dm_st32be(g + 72, (uint32_t)h->msg_cbytes);
	dm_st32be(g + 76, (uint32_t)h->msg_qnum);
	dm_st32be(g + 80, (uint32_t)h->msg_qbytes);
	dm_st32be(g + 84, (uint32_t)h->msg_lspid);
	dm_st32be(g + 88, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type3_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type3_ipc64_perm, NULL },
	{ "msg_stime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_stime", 52, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 60, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 64, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 68, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 72, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 80, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 84, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 88, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 92, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 96, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_msqid64_ds = { "msqid64_ds", 104, 8, 120, 0, 0, dm_type3_msqid64_ds_to_host, dm_type3_msqid64_ds_to_guest, dm_type3_msqid64_ds_fields, 14 };

/* m68k */
static void dm_type3_pidfd_info_to_host(void *hv, const void *gv)
{
	struct dmh_pidfd_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mask = dm_ld64be(g + 0);
	h->cgroupid = dm_ld64be(g + 8);
	h->pid = dm_ld32be(g + 16);
	h->tgid = dm_ld32be(g + 20);
	h->ppid = dm_ld32be(g + 24);
	h->ruid = dm_ld32be(g + 28);
	h->rgid = dm_ld32be(g + 32);
	h->euid = dm_ld32be(g + 36);
	h->egid = dm_ld32be(g + 40);
	h->suid = dm_ld32be(g + 44);
	h->sgid = dm_ld32be(g + 48);
	h->fsuid = dm_ld32be(g + 52);
	h->fsgid = dm_ld32be(g + 56);
	h->exit_code = dm_ld32be(g + 60);
	h->coredump_mask = dm_ld32be(g + 64);
	h->coredump_signal = dm_ld32be(g + 68);
}

static void dm_type3_pidfd_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_pidfd_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->mask);
	dm_st64be(g + 8, (uint64_t)h->cgroupid);
	dm_st32be(g + 16, (uint32_t)h->pid);
	dm_st32be(g + 20, (uint32_t)h->tgid);
	dm_st32be(g + 24, (uint32_t)h->ppid);
	dm_st32be(g + 28, (uint32_t)h->ruid);
	dm_st32be(g + 32, (uint32_t)h->rgid);
	dm_st32be(g + 36, (uint32_t)h->euid);
	dm_st32be(g + 40, (uint32_t)h->egid);
	dm_st32be(g + 44, (uint32_t)h->suid);
	dm_st32be(g + 48, (uint32_t)h->sgid);
	dm_st32be(g + 52, (uint32_t)h->fsuid);
	dm_st32be(g + 56, (uint32_t)h->fsgid);
	dm_st32be(g + 60, (uint32_t)h->exit_code);
	dm_st32be(g + 64, (uint32_t)h->coredump_mask);
	dm_st32be(g + 68, (uint32_t)h->coredump_signal);
}

static const struct dm_field dm_type3_pidfd_info_fields[] = {
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
const struct dm_type dm_type3_pidfd_info = { "pidfd_info", 72, 2, 72, 0, 0, dm_type3_pidfd_info_to_host, dm_type3_pidfd_info_to_guest, dm_type3_pidfd_info_fields, 16 };

/* mips-n32-be mips-n64-be mips-o32-be */
static void dm_type3_pollfd_to_host(void *hv, const void *gv)
{
	struct dmh_pollfd *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->events = dm_ld16be(g + 4);
	h->revents = dm_ld16be(g + 6);
}

static void dm_type3_pollfd_to_guest(void *gv, const void *hv)
{
	const struct dmh_pollfd *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st16be(g + 4, (uint16_t)h->events);
	dm_st16be(g + 6, (uint16_t)h->revents);
}

static const struct dm_field dm_type3_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
};
const struct dm_type dm_type3_pollfd = { "pollfd", 8, 4, 8, 0, 0, dm_type3_pollfd_to_host, dm_type3_pollfd_to_guest, dm_type3_pollfd_fields, 3 };

/* m68k */
static void dm_type3_rlimit_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld32be(g + 0);
	h->rlim_max = dm_ld32be(g + 4);
}

static void dm_type3_rlimit_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->rlim_cur);
	dm_st32be(g + 4, (uint32_t)h->rlim_max);
}

static const struct dm_field dm_type3_rlimit_fields[] = {
	{ "rlim_cur", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_rlimit = { "rlimit", 8, 2, 16, 0, 0, dm_type3_rlimit_to_host, dm_type3_rlimit_to_guest, dm_type3_rlimit_fields, 2 };

/* m68k */
static void dm_type3_rlimit64_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld64be(g + 0);
	h->rlim_max = dm_ld64be(g + 8);
}

static void dm_type3_rlimit64_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->rlim_cur);
	dm_st64be(g + 8, (uint64_t)h->rlim_max);
}

static const struct dm_field dm_type3_rlimit64_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_rlimit64 = { "rlimit64", 16, 2, 16, 0, 0, dm_type3_rlimit64_to_host, dm_type3_rlimit64_to_guest, dm_type3_rlimit64_fields, 2 };

/* m68k */
static void dm_type3_robust_list_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->next = dm_ld32be(g + 0);
}

static void dm_type3_robust_list_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 4);
	dm_st32be(g + 0, (uint32_t)h->next);
}

static const struct dm_field dm_type3_robust_list_fields[] = {
	{ "next", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_robust_list = { "robust_list", 4, 2, 8, 0, 0, dm_type3_robust_list_to_host, dm_type3_robust_list_to_guest, dm_type3_robust_list_fields, 1 };

/* m68k */
static void dm_type3_robust_list_head_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list_head *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_robust_list.to_host((char *)h + 0, g + 0);
	h->futex_offset = (int32_t)dm_ld32be(g + 4);
	h->list_op_pending = dm_ld32be(g + 8);
}

static void dm_type3_robust_list_head_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list_head *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_type3_robust_list.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 4, (uint32_t)h->futex_offset);
	dm_st32be(g + 8, (uint32_t)h->list_op_pending);
}

static const struct dm_field dm_type3_robust_list_head_fields[] = {
	{ "list", 0, 4, 0, 8, 1, 1, 0, &dm_type3_robust_list, NULL },
	{ "futex_offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_robust_list_head = { "robust_list_head", 12, 2, 24, 0, 0, dm_type3_robust_list_head_to_host, dm_type3_robust_list_head_to_guest, dm_type3_robust_list_head_fields, 3 };

/* m68k */
static void dm_type3_rusage_to_host(void *hv, const void *gv)
{
	struct dmh_rusage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_timeval.to_host((char *)h + 0, g + 0);
	dm_type3_timeval.to_host((char *)h + 16, g + 8);
	h->ru_maxrss = (int32_t)dm_ld32be(g + 16);
	h->ru_ixrss = (int32_t)dm_ld32be(g + 20);
	h->ru_idrss = (int32_t)dm_ld32be(g + 24);
	h->ru_isrss = (int32_t)dm_ld32be(g + 28);
	h->ru_minflt = (int32_t)dm_ld32be(g + 32);
	h->ru_majflt = (int32_t)dm_ld32be(g + 36);
	h->ru_nswap = (int32_t)dm_ld32be(g + 40);
	h->ru_inblock = (int32_t)dm_ld32be(g + 44);
	h->ru_oublock = (int32_t)dm_ld32be(g + 48);
	h->ru_msgsnd = (int32_t)dm_ld32be(g + 52);
	h->ru_msgrcv = (int32_t)dm_ld32be(g + 56);
	h->ru_nsignals = (int32_t)dm_ld32be(g + 60);
	h->ru_nvcsw = (int32_t)dm_ld32be(g + 64);
	h->ru_nivcsw = (int32_t)dm_ld32be(g + 68);
}

static void dm_type3_rusage_to_guest(void *gv, const void *hv)
{
	const struct dmh_rusage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type3_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type3_timeval.to_guest(g + 8, (const char *)h + 16);
	dm_st32be(g + 16, (uint32_t)h->ru_maxrss);
	dm_st32be(g + 20, (uint32_t)h->ru_ixrss);
	dm_st32be(g + 24, (uint32_t)h->ru_idrss);
	dm_st32be(g + 28, (uint32_t)h->ru_isrss);
	dm_st32be(g + 32, (uint32_t)h->ru_minflt);
	dm_st32be(g + 36, (uint32_t)h->ru_majflt);
	dm_st32be(g + 40, (uint32_t)h->ru_nswap);
	dm_st32be(g + 44, (uint32_t)h->ru_inblock);
	dm_st32be(g + 48, (uint32_t)h->ru_oublock);
	dm_st32be(g + 52, (uint32_t)h->ru_msgsnd);
	dm_st32be(g + 56, (uint32_t)h->ru_msgrcv);
	dm_st32be(g + 60, (uint32_t)h->ru_nsignals);
	dm_st32be(g + 64, (uint32_t)h->ru_nvcsw);
	dm_st32be(g + 68, (uint32_t)h->ru_nivcsw);
}

static const struct dm_field dm_type3_rusage_fields[] = {
	{ "ru_utime", 0, 8, 0, 16, 1, 1, 0, &dm_type3_timeval, NULL },
	{ "ru_stime", 8, 8, 16, 16, 1, 1, 0, &dm_type3_timeval, NULL },
	{ "ru_maxrss", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_ixrss", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_idrss", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_isrss", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_minflt", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_majflt", 36, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nswap", 40, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_inblock", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_oublock", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgsnd", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_msgrcv", 56, 4, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nsignals", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nvcsw", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ru_nivcsw", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_rusage = { "rusage", 72, 2, 144, 0, 0, dm_type3_rusage_to_host, dm_type3_rusage_to_guest, dm_type3_rusage_fields, 16 };

/* m68k */
static void dm_type3_sched_attr_to_host(void *hv, const void *gv)
{
	struct dmh_sched_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->size = dm_ld32be(g + 0);
	h->sched_policy = dm_ld32be(g + 4);
	h->sched_flags = dm_ld64be(g + 8);
	h->sched_nice = dm_ld32be(g + 16);
	h->sched_priority = dm_ld32be(g + 20);
	h->sched_runtime = dm_ld64be(g + 24);
	h->sched_deadline = dm_ld64be(g + 32);
	h->sched_period = dm_ld64be(g + 40);
	h->sched_util_min = dm_ld32be(g + 48);
	h->sched_util_max = dm_ld32be(g + 52);
}

static void dm_type3_sched_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_sched_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_st32be(g + 0, (uint32_t)h->size);
	dm_st32be(g + 4, (uint32_t)h->sched_policy);
	dm_st64be(g + 8, (uint64_t)h->sched_flags);
	dm_st32be(g + 16, (uint32_t)h->sched_nice);
	dm_st32be(g + 20, (uint32_t)h->sched_priority);
	dm_st64be(g + 24, (uint64_t)h->sched_runtime);
	dm_st64be(g + 32, (uint64_t)h->sched_deadline);
	dm_st64be(g + 40, (uint64_t)h->sched_period);
	dm_st32be(g + 48, (uint32_t)h->sched_util_min);
	dm_st32be(g + 52, (uint32_t)h->sched_util_max);
}

static const struct dm_field dm_type3_sched_attr_fields[] = {
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
const struct dm_type dm_type3_sched_attr = { "sched_attr", 56, 2, 56, 0, 0, dm_type3_sched_attr_to_host, dm_type3_sched_attr_to_guest, dm_type3_sched_attr_fields, 10 };

/* hppa */
static void dm_type3_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32be(g + 52);
	h->sem_ctime = dm_ld32be(g + 60);
	h->sem_nsems = dm_ld32be(g + 64);
}

static void dm_type3_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 80);
	dm_type3_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->sem_otime);
	dm_st32be(g + 60, (uint32_t)h->sem_ctime);
	dm_st32be(g + 64, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type3_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type3_ipc64_perm, NULL },
	{ "sem_otime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_otime", 52, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 60, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 68, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 72, 4, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_semid64_ds = { "semid64_ds", 80, 8, 104, 0, 0, dm_type3_semid64_ds_to_host, dm_type3_semid64_ds_to_guest, dm_type3_semid64_ds_fields, 8 };

/* m68k */
static void dm_type3_shm_info_to_host(void *hv, const void *gv)
{
	struct dmh_shm_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->used_ids = dm_ld32be(g + 0);
	h->shm_tot = dm_ld32be(g + 4);
	h->shm_rss = dm_ld32be(g + 8);
	h->shm_swp = dm_ld32be(g + 12);
	h->swap_attempts = dm_ld32be(g + 16);
	h->swap_successes = dm_ld32be(g + 20);
}

static void dm_type3_shm_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_shm_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32be(g + 0, (uint32_t)h->used_ids);
	dm_st32be(g + 4, (uint32_t)h->shm_tot);
	dm_st32be(g + 8, (uint32_t)h->shm_rss);
	dm_st32be(g + 12, (uint32_t)h->shm_swp);
	dm_st32be(g + 16, (uint32_t)h->swap_attempts);
	dm_st32be(g + 20, (uint32_t)h->swap_successes);
}

static const struct dm_field dm_type3_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_shm_info = { "shm_info", 24, 2, 48, 0, 0, dm_type3_shm_info_to_host, dm_type3_shm_info_to_guest, dm_type3_shm_info_fields, 6 };

/* hppa */
static void dm_type3_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_atime = dm_ld32be(g + 52);
	h->shm_dtime = dm_ld32be(g + 60);
	h->shm_ctime = dm_ld32be(g + 68);
	h->shm_segsz = dm_ld32be(g + 76);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld32be(g + 88);
}

static void dm_type3_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_type3_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->shm_atime);
	dm_st32be(g + 60, (uint32_t)h->shm_dtime);
	dm_st32be(g + 68, (uint32_t)h->shm_ctime);
	dm_st32be(g + 76, (uint32_t)h->shm_segsz);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st32be(g + 88, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type3_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type3_ipc64_perm, NULL },
	{ "shm_atime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 52, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 60, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 64, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 68, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "__pad4", 72, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "shm_segsz", 76, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 92, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 96, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_shmid64_ds = { "shmid64_ds", 104, 8, 112, 0, 0, dm_type3_shmid64_ds_to_host, dm_type3_shmid64_ds_to_guest, dm_type3_shmid64_ds_fields, 14 };

/* m68k */
static void dm_type3_shminfo64_to_host(void *hv, const void *gv)
{
	struct dmh_shminfo64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->shmmax = dm_ld32be(g + 0);
	h->shmmin = dm_ld32be(g + 4);
	h->shmmni = dm_ld32be(g + 8);
	h->shmseg = dm_ld32be(g + 12);
	h->shmall = dm_ld32be(g + 16);
}

static void dm_type3_shminfo64_to_guest(void *gv, const void *hv)
{
	const struct dmh_shminfo64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->shmmax);
	dm_st32be(g + 4, (uint32_t)h->shmmin);
	dm_st32be(g + 8, (uint32_t)h->shmmni);
	dm_st32be(g + 12, (uint32_t)h->shmseg);
	dm_st32be(g + 16, (uint32_t)h->shmall);
}

static const struct dm_field dm_type3_shminfo64_fields[] = {
	{ "shmmax", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "shmmin", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shmmni", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shmseg", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "shmall", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 20, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 24, 4, 48, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused3", 28, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 32, 4, 64, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_shminfo64 = { "shminfo64", 36, 2, 72, 0, 0, dm_type3_shminfo64_to_host, dm_type3_shminfo64_to_guest, dm_type3_shminfo64_fields, 9 };

/* m68k */
static void dm_type3_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 20); }
static void dm_type3_sifields_to_guest(void *g, const void *h) { memset(g, 0, 20); memcpy(g, h, 20); }

static const struct dm_field dm_type3_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type2_siginfo_kill, NULL },
	{ "_timer", 0, 16, 0, 24, 1, 1, 0, &dm_type3_siginfo_timer, NULL },
	{ "_rt", 0, 12, 0, 16, 1, 1, 0, &dm_type3_siginfo_rt, NULL },
	{ "_sigchld", 0, 20, 0, 32, 1, 1, 0, &dm_type3_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 16, 0, 32, 1, 1, 0, &dm_type3_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_type3_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 12, 0, 16, 1, 1, 0, &dm_type3_siginfo_sigsys, NULL },
};
const struct dm_type dm_type3_sifields = { "sifields", 20, 2, 32, 1, 0, dm_type3_sifields_to_host, dm_type3_sifields_to_guest, dm_type3_sifields_fields, 7 };

/* arm */
static void dm_type3_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32le(g + 0);
	h->sa_flags = dm_ld32le(g + 4);
	h->sa_restorer = dm_ld32le(g + 8);
	dm_type1_sigset.to_host((char *)h + 24, g + 12);
}

static void dm_type3_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32le(g + 0, (uint32_t)h->sa_handler);
	dm_st32le(g + 4, (uint32_t)h->sa_flags);
	dm_st32le(g + 8, (uint32_t)h->sa_restorer);
	dm_type1_sigset.to_guest(g + 12, (const char *)h + 24);
}

static const struct dm_field dm_type3_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_set2_sigaction_flags },
	{ "sa_restorer", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 12, 8, 24, 8, 1, 1, 0, &dm_type1_sigset, NULL },
};
const struct dm_type dm_type3_sigaction = { "sigaction", 20, 4, 32, 0, 0, dm_type3_sigaction_to_host, dm_type3_sigaction_to_guest, dm_type3_sigaction_fields, 4 };

/* m68k */
static void dm_type3_sigevent_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_sigval.to_host((char *)h + 0, g + 0);
	h->sigev_signo = dm_ld32be(g + 4);
	h->sigev_notify = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 48);
}

static void dm_type3_sigevent_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type3_sigval.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 4, (uint32_t)h->sigev_signo);
	dm_st32be(g + 8, (uint32_t)h->sigev_notify);
	memcpy(g + 12, (const char *)h + 16, 48);
}

static const struct dm_field dm_type3_sigevent_fields[] = {
	{ "sigev_value", 0, 4, 0, 8, 1, 1, 0, &dm_type3_sigval, NULL },
	{ "sigev_signo", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 8, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 12, 52, 16, 48, 1, 1, 0, &dm_type3_sigevent_un, NULL },
};
const struct dm_type dm_type3_sigevent = { "sigevent", 64, 2, 64, 0, 0, dm_type3_sigevent_to_host, dm_type3_sigevent_to_guest, dm_type3_sigevent_fields, 4 };

/* m68k */
static void dm_type3_sigevent_thread_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent_thread *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_function = dm_ld32be(g + 0);
	h->_attribute = dm_ld32be(g + 4);
}

static void dm_type3_sigevent_thread_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent_thread *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_function);
	dm_st32be(g + 4, (uint32_t)h->_attribute);
}

static const struct dm_field dm_type3_sigevent_thread_fields[] = {
	{ "_function", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 4, 4, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_sigevent_thread = { "sigevent_thread", 8, 2, 16, 0, 0, dm_type3_sigevent_thread_to_host, dm_type3_sigevent_thread_to_guest, dm_type3_sigevent_thread_fields, 2 };

/* m68k */
static void dm_type3_sigevent_un_to_host(void *h, const void *g) { memset(h, 0, 48); memcpy(h, g, 48); }
static void dm_type3_sigevent_un_to_guest(void *g, const void *h) { memset(g, 0, 52); memcpy(g, h, 48); }

static const struct dm_field dm_type3_sigevent_un_fields[] = {
	{ "_pad", 0, 52, 0, 48, 13, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 8, 0, 16, 1, 1, 0, &dm_type3_sigevent_thread, NULL },
};
const struct dm_type dm_type3_sigevent_un = { "sigevent_un", 52, 2, 48, 1, 0, dm_type3_sigevent_un_to_host, dm_type3_sigevent_un_to_guest, dm_type3_sigevent_un_fields, 3 };

/* arm */
static void dm_type3_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_errno = dm_ld32le(g + 4);
	h->si_code = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type3_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_errno);
	dm_st32le(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type3_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set2_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type1_sifields, NULL },
};
const struct dm_type dm_type3_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type3_siginfo_to_host, dm_type3_siginfo_to_guest, dm_type3_siginfo_fields, 4 };

/* m68k */
static void dm_type3_siginfo_rt_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_rt *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	dm_type3_sigval.to_host((char *)h + 8, g + 8);
}

static void dm_type3_siginfo_rt_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_rt *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_type3_sigval.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type3_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type3_sigval, NULL },
};
const struct dm_type dm_type3_siginfo_rt = { "siginfo_rt", 12, 2, 16, 0, 0, dm_type3_siginfo_rt_to_host, dm_type3_siginfo_rt_to_guest, dm_type3_siginfo_rt_fields, 3 };

/* m68k */
static void dm_type3_siginfo_sigchld_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigchld *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	h->_status = dm_ld32be(g + 8);
	h->_utime = (int32_t)dm_ld32be(g + 12);
	h->_stime = (int32_t)dm_ld32be(g + 16);
}

static void dm_type3_siginfo_sigchld_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigchld *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_st32be(g + 8, (uint32_t)h->_status);
	dm_st32be(g + 12, (uint32_t)h->_utime);
	dm_st32be(g + 16, (uint32_t)h->_stime);
}

static const struct dm_field dm_type3_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 12, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 16, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_siginfo_sigchld = { "siginfo_sigchld", 20, 2, 32, 0, 0, dm_type3_siginfo_sigchld_to_host, dm_type3_siginfo_sigchld_to_guest, dm_type3_siginfo_sigchld_fields, 5 };

/* m68k */
static void dm_type3_siginfo_sigfault_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigfault *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_addr = dm_ld32be(g + 0);
}

static void dm_type3_siginfo_sigfault_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigfault *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->_addr);
}

static const struct dm_field dm_type3_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_siginfo_sigfault = { "siginfo_sigfault", 16, 2, 32, 0, 0, dm_type3_siginfo_sigfault_to_host, dm_type3_siginfo_sigfault_to_guest, dm_type3_siginfo_sigfault_fields, 1 };

/* m68k */
static void dm_type3_siginfo_sigpoll_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigpoll *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_band = (int32_t)dm_ld32be(g + 0);
	h->_fd = dm_ld32be(g + 4);
}

static void dm_type3_siginfo_sigpoll_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigpoll *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->_band);
	dm_st32be(g + 4, (uint32_t)h->_fd);
}

static const struct dm_field dm_type3_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_siginfo_sigpoll = { "siginfo_sigpoll", 8, 2, 16, 0, 0, dm_type3_siginfo_sigpoll_to_host, dm_type3_siginfo_sigpoll_to_guest, dm_type3_siginfo_sigpoll_fields, 2 };

/* m68k */
static void dm_type3_siginfo_sigsys_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigsys *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_call_addr = dm_ld32be(g + 0);
	h->_syscall = dm_ld32be(g + 4);
	h->_arch = dm_ld32be(g + 8);
}

static void dm_type3_siginfo_sigsys_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigsys *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->_call_addr);
	dm_st32be(g + 4, (uint32_t)h->_syscall);
	dm_st32be(g + 8, (uint32_t)h->_arch);
}

static const struct dm_field dm_type3_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 8, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_siginfo_sigsys = { "siginfo_sigsys", 12, 2, 16, 0, 0, dm_type3_siginfo_sigsys_to_host, dm_type3_siginfo_sigsys_to_guest, dm_type3_siginfo_sigsys_fields, 3 };

/* m68k */
static void dm_type3_siginfo_timer_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_timer *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_tid = dm_ld32be(g + 0);
	h->_overrun = dm_ld32be(g + 4);
	dm_type3_sigval.to_host((char *)h + 8, g + 8);
	h->_sys_private = dm_ld32be(g + 12);
}

static void dm_type3_siginfo_timer_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_timer *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->_tid);
	dm_st32be(g + 4, (uint32_t)h->_overrun);
	dm_type3_sigval.to_guest(g + 8, (const char *)h + 8);
	dm_st32be(g + 12, (uint32_t)h->_sys_private);
}

static const struct dm_field dm_type3_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 4, 8, 8, 1, 1, 0, &dm_type3_sigval, NULL },
	{ "_sys_private", 12, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_siginfo_timer = { "siginfo_timer", 16, 2, 24, 0, 0, dm_type3_siginfo_timer_to_host, dm_type3_siginfo_timer_to_guest, dm_type3_siginfo_timer_fields, 4 };

/* m68k */
static void dm_type3_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld32be(g + 0 + i * 4);
}

static void dm_type3_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	for (unsigned i = 0; i < 1; i++)
		dm_st32be(g + 0 + i * 4, (uint32_t)h->sig[i]);
}

static const struct dm_field dm_type3_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_sigset = { "sigset", 8, 2, 8, 0, 0, dm_type3_sigset_to_host, dm_type3_sigset_to_guest, dm_type3_sigset_fields, 1 };

/* m68k */
static void dm_type3_sigval_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 8); memcpy(h, g, 4); memcpy(h, &v, 4); }
static void dm_type3_sigval_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 4); memcpy(g, h, 4); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type3_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type3_sigval = { "sigval", 4, 2, 8, 1, 0, dm_type3_sigval_to_host, dm_type3_sigval_to_guest, dm_type3_sigval_fields, 2 };

/* m68k */
static void dm_type3_sockaddr_storage_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_storage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_family = dm_ld16be(g + 0);
}

static void dm_type3_sockaddr_storage_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_storage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st16be(g + 0, (uint16_t)h->ss_family);
}

static const struct dm_field dm_type3_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_sockaddr_storage = { "sockaddr_storage", 128, 2, 128, 0, 0, dm_type3_sockaddr_storage_to_host, dm_type3_sockaddr_storage_to_guest, dm_type3_sockaddr_storage_fields, 2 };

/* m68k */
static void dm_type3_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32be(g + 0);
	h->ss_flags = dm_ld32be(g + 4);
	h->ss_size = dm_ld32be(g + 8);
}

static void dm_type3_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->ss_sp);
	dm_st32be(g + 4, (uint32_t)h->ss_flags);
	dm_st32be(g + 8, (uint32_t)h->ss_size);
}

static const struct dm_field dm_type3_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
	{ "ss_size", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_stack_t = { "stack_t", 12, 2, 24, 0, 0, dm_type3_stack_t_to_host, dm_type3_stack_t_to_guest, dm_type3_stack_t_fields, 3 };

/* arm i386 sh4 */
static void dm_type3_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld32le(g + 4);
	h->st_mode = dm_ld16le(g + 8);
	h->st_nlink = dm_ld16le(g + 10);
	h->st_uid = dm_ld16le(g + 12);
	h->st_gid = dm_ld16le(g + 14);
	h->st_rdev = dm_ld32le(g + 16);
	h->st_size = dm_ld32le(g + 20);
	h->st_blksize = dm_ld32le(g + 24);
	h->st_blocks = dm_ld32le(g + 28);
	h->st_atime = dm_ld32le(g + 32);
	h->st_atime_nsec = dm_ld32le(g + 36);
	h->st_mtime = dm_ld32le(g + 40);
	h->st_mtime_nsec = dm_ld32le(g + 44);
	h->st_ctime = dm_ld32le(g + 48);
	h->st_ctime_nsec = dm_ld32le(g + 52);
}

static void dm_type3_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st32le(g + 4, (uint32_t)h->st_ino);
	dm_st16le(g + 8, (uint16_t)h->st_mode);
	dm_st16le(g + 10, (uint16_t)h->st_nlink);
	dm_st16le(g + 12, (uint16_t)h->st_uid);
	dm_st16le(g + 14, (uint16_t)h->st_gid);
	dm_st32le(g + 16, (uint32_t)h->st_rdev);
	dm_st32le(g + 20, (uint32_t)h->st_size);
	dm_st32le(g + 24, (uint32_t)h->st_blksize);
	dm_st32le(g + 28, (uint32_t)h->st_blocks);
	dm_st32le(g + 32, (uint32_t)h->st_atime);
	dm_st32le(g + 36, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 40, (uint32_t)h->st_mtime);
	dm_st32le(g + 44, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 48, (uint32_t)h->st_ctime);
	dm_st32le(g + 52, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type3_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 2, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 10, 2, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 12, 2, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 14, 2, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 16, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 20, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 24, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 28, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 32, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 36, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 40, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 44, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 48, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 52, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 56, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 60, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_stat = { "stat", 64, 4, 144, 0, 0, dm_type3_stat_to_host, dm_type3_stat_to_guest, dm_type3_stat_fields, 18 };

/* hppa */
static void dm_type3_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_mode = dm_ld32be(g + 16);
	h->st_nlink = dm_ld32be(g + 20);
	h->st_uid = dm_ld32be(g + 24);
	h->st_gid = dm_ld32be(g + 28);
	h->st_rdev = dm_ld64be(g + 32);
	h->st_size = dm_ld64be(g + 48);
	h->st_blksize = (int32_t)dm_ld32be(g + 56);
	h->st_blocks = dm_ld64be(g + 64);
	h->st_atime = (int32_t)dm_ld32be(g + 72);
	h->st_atime_nsec = dm_ld32be(g + 76);
	h->st_mtime = (int32_t)dm_ld32be(g + 80);
	h->st_mtime_nsec = dm_ld32be(g + 84);
	h->st_ctime = (int32_t)dm_ld32be(g + 88);
	h->st_ctime_nsec = dm_ld32be(g + 92);
	h->st_ino = dm_ld64be(g + 96);
}

static void dm_type3_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st32be(g + 12, (uint32_t)h->st_ino);
	dm_st32be(g + 16, (uint32_t)h->st_mode);
	dm_st32be(g + 20, (uint32_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_uid);
	dm_st32be(g + 28, (uint32_t)h->st_gid);
	dm_st64be(g + 32, (uint64_t)h->st_rdev);
	dm_st64be(g + 48, (uint64_t)h->st_size);
	dm_st32be(g + 56, (uint32_t)h->st_blksize);
	dm_st64be(g + 64, (uint64_t)h->st_blocks);
	dm_st32be(g + 72, (uint32_t)h->st_atime);
	dm_st32be(g + 76, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 80, (uint32_t)h->st_mtime);
	dm_st32be(g + 84, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 88, (uint32_t)h->st_ctime);
	dm_st32be(g + 92, (uint32_t)h->st_ctime_nsec);
	dm_st64be(g + 96, (uint64_t)h->st_ino);
}

static const struct dm_field dm_type3_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 8, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__st_ino", 12, 4, 8, 8, 1, 1, DM_F_DERIVED, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad2", 40, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 84, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 92, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 96, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type3_stat64_to_host, dm_type3_stat64_to_guest, dm_type3_stat64_fields, 19 };

/* m68k */
static void dm_type3_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_blocks = dm_ld32be(g + 8);
	h->f_bfree = dm_ld32be(g + 12);
	h->f_bavail = dm_ld32be(g + 16);
	h->f_files = dm_ld32be(g + 20);
	h->f_ffree = dm_ld32be(g + 24);
	dm_type2_fsid.to_host((char *)h + 56, g + 28);
	h->f_namelen = dm_ld32be(g + 36);
	h->f_frsize = dm_ld32be(g + 40);
	h->f_flags = dm_ld32be(g + 44);
}

static void dm_type3_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st32be(g + 8, (uint32_t)h->f_blocks);
	dm_st32be(g + 12, (uint32_t)h->f_bfree);
	dm_st32be(g + 16, (uint32_t)h->f_bavail);
	dm_st32be(g + 20, (uint32_t)h->f_files);
	dm_st32be(g + 24, (uint32_t)h->f_ffree);
	dm_type2_fsid.to_guest(g + 28, (const char *)h + 56);
	dm_st32be(g + 36, (uint32_t)h->f_namelen);
	dm_st32be(g + 40, (uint32_t)h->f_frsize);
	dm_st32be(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type3_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 28, 8, 56, 8, 1, 1, 0, &dm_type2_fsid, NULL },
	{ "f_namelen", 36, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 40, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 48, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_statfs = { "statfs", 64, 2, 120, 0, 0, dm_type3_statfs_to_host, dm_type3_statfs_to_guest, dm_type3_statfs_fields, 12 };

/* hppa */
static void dm_type3_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = (int32_t)dm_ld32be(g + 0);
	h->f_bsize = (int32_t)dm_ld32be(g + 4);
	h->f_blocks = dm_ld64be(g + 8);
	h->f_bfree = dm_ld64be(g + 16);
	h->f_bavail = dm_ld64be(g + 24);
	h->f_files = dm_ld64be(g + 32);
	h->f_ffree = dm_ld64be(g + 40);
	dm_type1_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = (int32_t)dm_ld32be(g + 56);
	h->f_frsize = (int32_t)dm_ld32be(g + 60);
	h->f_flags = (int32_t)dm_ld32be(g + 64);
}

static void dm_type3_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st64be(g + 8, (uint64_t)h->f_blocks);
	dm_st64be(g + 16, (uint64_t)h->f_bfree);
	dm_st64be(g + 24, (uint64_t)h->f_bavail);
	dm_st64be(g + 32, (uint64_t)h->f_files);
	dm_st64be(g + 40, (uint64_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32be(g + 56, (uint32_t)h->f_namelen);
	dm_st32be(g + 60, (uint32_t)h->f_frsize);
	dm_st32be(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type3_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_statfs64 = { "statfs64", 88, 8, 120, 0, 0, dm_type3_statfs64_to_host, dm_type3_statfs64_to_guest, dm_type3_statfs64_fields, 12 };

/* m68k */
static void dm_type3_statx_to_host(void *hv, const void *gv)
{
	struct dmh_statx *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->stx_mask = dm_ld32be(g + 0);
	h->stx_blksize = dm_ld32be(g + 4);
	h->stx_attributes = dm_ld64be(g + 8);
	h->stx_nlink = dm_ld32be(g + 16);
	h->stx_uid = dm_ld32be(g + 20);
	h->stx_gid = dm_ld32be(g + 24);
	h->stx_mode = dm_ld16be(g + 28);
	h->stx_ino = dm_ld64be(g + 32);
	h->stx_size = dm_ld64be(g + 40);
	h->stx_blocks = dm_ld64be(g + 48);
	h->stx_attributes_mask = dm_ld64be(g + 56);
	dm_type3_statx_timestamp.to_host((char *)h + 64, g + 64);
	dm_type3_statx_timestamp.to_host((char *)h + 80, g + 80);
	dm_type3_statx_timestamp.to_host((char *)h + 96, g + 96);
	dm_type3_statx_timestamp.to_host((char *)h + 112, g + 112);
	h->stx_rdev_major = dm_ld32be(g + 128);
	h->stx_rdev_minor = dm_ld32be(g + 132);
	h->stx_dev_major = dm_ld32be(g + 136);
	h->stx_dev_minor = dm_ld32be(g + 140);
	h->stx_mnt_id = dm_ld64be(g + 144);
	h->stx_dio_mem_align = dm_ld32be(g + 152);
	h->stx_dio_offset_align = dm_ld32be(g + 156);
}

static void dm_type3_statx_to_guest(void *gv, const void *hv)
{
	const struct dmh_statx *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 256);
	dm_st32be(g + 0, (uint32_t)h->stx_mask);
	dm_st32be(g + 4, (uint32_t)h->stx_blksize);
	dm_st64be(g + 8, (uint64_t)h->stx_attributes);
	dm_st32be(g + 16, (uint32_t)h->stx_nlink);
	dm_st32be(g + 20, (uint32_t)h->stx_uid);
	dm_st32be(g + 24, (uint32_t)h->stx_gid);
	dm_st16be(g + 28, (uint16_t)h->stx_mode);
	dm_st64be(g + 32, (uint64_t)h->stx_ino);
	dm_st64be(g + 40, (uint64_t)h->stx_size);
	dm_st64be(g + 48, (uint64_t)h->stx_blocks);
	dm_st64be(g + 56, (uint64_t)h->stx_attributes_mask);
	dm_type3_statx_timestamp.to_guest(g + 64, (const char *)h + 64);
	dm_type3_statx_timestamp.to_guest(g + 80, (const char *)h + 80);
	dm_type3_statx_timestamp.to_guest(g + 96, (const char *)h + 96);
	dm_type3_statx_timestamp.to_guest(g + 112, (const char *)h + 112);
	dm_st32be(g + 128, (uint32_t)h->stx_rdev_major);
	dm_st32be(g + 132, (uint32_t)h->stx_rdev_minor);
	dm_st32be(g + 136, (uint32_t)h->stx_dev_major);
	dm_st32be(g + 140, (uint32_t)h->stx_dev_minor);
	dm_st64be(g + 144, (uint64_t)h->stx_mnt_id);
	dm_st32be(g + 152, (uint32_t)h->stx_dio_mem_align);
	dm_st32be(g + 156, (uint32_t)h->stx_dio_offset_align);
}

static const struct dm_field dm_type3_statx_fields[] = {
	{ "stx_mask", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "stx_blksize", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "stx_attributes", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "stx_nlink", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "stx_uid", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "stx_gid", 24, 4, 24, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mode", 28, 2, 28, 2, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "__spare0", 30, 2, 30, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "stx_ino", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "stx_size", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "stx_blocks", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "stx_attributes_mask", 56, 8, 56, 8, 1, 1, 0, NULL, NULL },
	{ "stx_atime", 64, 16, 64, 16, 1, 1, 0, &dm_type3_statx_timestamp, NULL },
	{ "stx_btime", 80, 16, 80, 16, 1, 1, 0, &dm_type3_statx_timestamp, NULL },
	{ "stx_ctime", 96, 16, 96, 16, 1, 1, 0, &dm_type3_statx_timestamp, NULL },
	{ "stx_mtime", 112, 16, 112, 16, 1, 1, 0, &dm_type3_statx_timestamp, NULL },
	{ "stx_rdev_major", 128, 4, 128, 4, 1, 1, 0, NULL, NULL },
	{ "stx_rdev_minor", 132, 4, 132, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_major", 136, 4, 136, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dev_minor", 140, 4, 140, 4, 1, 1, 0, NULL, NULL },
	{ "stx_mnt_id", 144, 8, 144, 8, 1, 1, 0, NULL, NULL },
	{ "stx_dio_mem_align", 152, 4, 152, 4, 1, 1, 0, NULL, NULL },
	{ "stx_dio_offset_align", 156, 4, 156, 4, 1, 1, 0, NULL, NULL },
	{ "__spare3", 160, 96, 160, 96, 12, 12, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_statx = { "statx", 256, 2, 256, 0, 0, dm_type3_statx_to_host, dm_type3_statx_to_guest, dm_type3_statx_fields, 24 };

/* m68k */
static void dm_type3_statx_timestamp_to_host(void *hv, const void *gv)
{
	struct dmh_statx_timestamp *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_nsec = dm_ld32be(g + 8);
}

static void dm_type3_statx_timestamp_to_guest(void *gv, const void *hv)
{
	const struct dmh_statx_timestamp *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st32be(g + 8, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type3_statx_timestamp_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "__reserved", 12, 4, 12, 4, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_statx_timestamp = { "statx_timestamp", 16, 2, 16, 0, 0, dm_type3_statx_timestamp_to_host, dm_type3_statx_timestamp_to_guest, dm_type3_statx_timestamp_fields, 3 };

/* m68k */
static void dm_type3_sysinfo_to_host(void *hv, const void *gv)
{
	struct dmh_sysinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->uptime = (int32_t)dm_ld32be(g + 0);
	for (unsigned i = 0; i < 3; i++)
		h->loads[i] = dm_ld32be(g + 4 + i * 4);
	h->totalram = dm_ld32be(g + 16);
	h->freeram = dm_ld32be(g + 20);
	h->sharedram = dm_ld32be(g + 24);
	h->bufferram = dm_ld32be(g + 28);
	h->totalswap = dm_ld32be(g + 32);
	h->freeswap = dm_ld32be(g + 36);
	h->procs = dm_ld16be(g + 40);
	h->totalhigh = dm_ld32be(g + 44);
	h->freehigh = dm_ld32be(g + 48);
	h->mem_unit = dm_ld32be(g + 52);
}

static void dm_type3_sysinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_sysinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32be(g + 0, (uint32_t)h->uptime);
	for (unsigned i = 0; i < 3; i++)
		dm_st32be(g + 4 + i * 4, (uint32_t)h->loads[i]);
	dm_st32be(g + 16, (uint32_t)h->totalram);
	dm_st32be(g + 20, (uint32_t)h->freeram);
	dm_st32be(g + 24, (uint32_t)h->sharedram);
	dm_st32be(g + 28, (uint32_t)h->bufferram);
	dm_st32be(g + 32, (uint32_t)h->totalswap);
	dm_st32be(g + 36, (uint32_t)h->freeswap);
	dm_st16be(g + 40, (uint16_t)h->procs);
	dm_st32be(g + 44, (uint32_t)h->totalhigh);
	dm_st32be(g + 48, (uint32_t)h->freehigh);
	dm_st32be(g + 52, (uint32_t)h->mem_unit);
}

static const struct dm_field dm_type3_sysinfo_fields[] = {
	{ "uptime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "loads", 4, 12, 8, 24, 3, 3, 0, NULL, NULL },
	{ "totalram", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "freeram", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "sharedram", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "bufferram", 28, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "totalswap", 32, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "freeswap", 36, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "procs", 40, 2, 80, 2, 1, 1, 0, NULL, NULL },
	{ "pad", 42, 2, 82, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "totalhigh", 44, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "freehigh", 48, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "mem_unit", 52, 4, 104, 4, 1, 1, 0, NULL, NULL },
	{ "_f", 56, 8, 108, 0, 8, 0, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type3_sysinfo = { "sysinfo", 64, 2, 112, 0, 0, dm_type3_sysinfo_to_host, dm_type3_sysinfo_to_guest, dm_type3_sysinfo_fields, 14 };

/* m68k */
static void dm_type3_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
}

static void dm_type3_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type3_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
};
const struct dm_type dm_type3_termios = { "termios", 36, 2, 36, 0, 0, dm_type3_termios_to_host, dm_type3_termios_to_guest, dm_type3_termios_fields, 6 };

/* m68k */
static void dm_type3_termios2_to_host(void *hv, const void *gv)
{
	struct dmh_termios2 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
	h->c_ispeed = dm_ld32be(g + 36);
	h->c_ospeed = dm_ld32be(g + 40);
}

static void dm_type3_termios2_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios2 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 44);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st32be(g + 36, (uint32_t)h->c_ispeed);
	dm_st32be(g + 40, (uint32_t)h->c_ospeed);
}

static const struct dm_field dm_type3_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_termios2 = { "termios2", 44, 2, 44, 0, 0, dm_type3_termios2_to_host, dm_type3_termios2_to_guest, dm_type3_termios2_fields, 8 };

/* m68k */
static void dm_type3_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32be(g + 0);
	h->tv_nsec = (int32_t)dm_ld32be(g + 4);
}

static void dm_type3_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tv_sec);
	dm_st32be(g + 4, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type3_timespec_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_timespec = { "timespec", 8, 2, 16, 0, 0, dm_type3_timespec_to_host, dm_type3_timespec_to_guest, dm_type3_timespec_fields, 2 };

/* m68k */
static void dm_type3_timespec64_to_host(void *hv, const void *gv)
{
	struct dmh_timespec64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_nsec = dm_ld64be(g + 8);
}

static void dm_type3_timespec64_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_nsec);
}

static const struct dm_field dm_type3_timespec64_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_timespec64 = { "timespec64", 16, 2, 16, 0, 0, dm_type3_timespec64_to_host, dm_type3_timespec64_to_guest, dm_type3_timespec64_fields, 2 };

/* m68k */
static void dm_type3_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32be(g + 0);
	h->tv_usec = (int32_t)dm_ld32be(g + 4);
}

static void dm_type3_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tv_sec);
	dm_st32be(g + 4, (uint32_t)h->tv_usec);
}

static const struct dm_field dm_type3_timeval_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_timeval = { "timeval", 8, 2, 16, 0, 0, dm_type3_timeval_to_host, dm_type3_timeval_to_guest, dm_type3_timeval_fields, 2 };

/* m68k */
static void dm_type3_timex_to_host(void *hv, const void *gv)
{
	struct dmh_timex *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = (int32_t)dm_ld32be(g + 4);
	h->freq = (int32_t)dm_ld32be(g + 8);
	h->maxerror = (int32_t)dm_ld32be(g + 12);
	h->esterror = (int32_t)dm_ld32be(g + 16);
	h->status = dm_ld32be(g + 20);
	h->constant = (int32_t)dm_ld32be(g + 24);
	h->precision = (int32_t)dm_ld32be(g + 28);
	h->tolerance = (int32_t)dm_ld32be(g + 32);
	dm_type3_timeval.to_host((char *)h + 72, g + 36);
	h->tick = (int32_t)dm_ld32be(g + 44);
	h->ppsfreq = (int32_t)dm_ld32be(g + 48);
	h->jitter = (int32_t)dm_ld32be(g + 52);
	h->shift = dm_ld32be(g + 56);
	h->stabil = (int32_t)dm_ld32be(g + 60);
	h->jitcnt = (int32_t)dm_ld32be(g + 64);
	h->calcnt = (int32_t)dm_ld32be(g + 68);
	h->errcnt = (int32_t)dm_ld32be(g + 72);
	h->stbcnt = (int32_t)dm_ld32be(g + 76);
	h->tai = dm_ld32be(g + 80);
}

static void dm_type3_timex_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st32be(g + 4, (uint32_t)h->offset);
	dm_st32be(g + 8, (uint32_t)h->freq);
	dm_st32be(g + 12, (uint32_t)h->maxerror);
	dm_st32be(g + 16, (uint32_t)h->esterror);
	dm_st32be(g + 20, (uint32_t)h->status);
	dm_st32be(g + 24, (uint32_t)h->constant);
	dm_st32be(g + 28, (uint32_t)h->precision);
	dm_st32be(g + 32, (uint32_t)h->tolerance);
	dm_type3_timeval.to_guest(g + 36, (const char *)h + 72);
	dm_st32be(g + 44, (uint32_t)h->tick);
	dm_st32be(g + 48, (uint32_t)h->ppsfreq);
	dm_st32be(g + 52, (uint32_t)h->jitter);
	dm_st32be(g + 56, (uint32_t)h->shift);
	dm_st32be(g + 60, (uint32_t)h->stabil);
	dm_st32be(g + 64, (uint32_t)h->jitcnt);
	dm_st32be(g + 68, (uint32_t)h->calcnt);
	dm_st32be(g + 72, (uint32_t)h->errcnt);
	dm_st32be(g + 76, (uint32_t)h->stbcnt);
	dm_st32be(g + 80, (uint32_t)h->tai);
}

static const struct dm_field dm_type3_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 16, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 20, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 28, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 32, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 36, 8, 72, 16, 1, 1, 0, &dm_type3_timeval, NULL },
	{ "tick", 44, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ppsfreq", 48, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitter", 52, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shift", 56, 4, 112, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stabil", 60, 4, 120, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "jitcnt", 64, 4, 128, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "calcnt", 68, 4, 136, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "errcnt", 72, 4, 144, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "stbcnt", 76, 4, 152, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tai", 80, 4, 160, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_timex = { "timex", 128, 2, 208, 0, 0, dm_type3_timex_to_host, dm_type3_timex_to_guest, dm_type3_timex_fields, 20 };

/* m68k */
static void dm_type3_timex64_to_host(void *hv, const void *gv)
{
	struct dmh_timex64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = dm_ld64be(g + 8);
	h->freq = dm_ld64be(g + 16);
	h->maxerror = dm_ld64be(g + 24);
	h->esterror = dm_ld64be(g + 32);
	h->status = dm_ld32be(g + 40);
	h->constant = dm_ld64be(g + 48);
	h->precision = dm_ld64be(g + 56);
	h->tolerance = dm_ld64be(g + 64);
	dm_type3_timex_timeval.to_host((char *)h + 72, g + 72);
	h->tick = dm_ld64be(g + 88);
	h->ppsfreq = dm_ld64be(g + 96);
	h->jitter = dm_ld64be(g + 104);
	h->shift = dm_ld32be(g + 112);
	h->stabil = dm_ld64be(g + 120);
	h->jitcnt = dm_ld64be(g + 128);
	h->calcnt = dm_ld64be(g + 136);
	h->errcnt = dm_ld64be(g + 144);
	h->stbcnt = dm_ld64be(g + 152);
	h->tai = dm_ld32be(g + 160);
}

static void dm_type3_timex64_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 208);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st64be(g + 8, (uint64_t)h->offset);
	dm_st64be(g + 16, (uint64_t)h->freq);
	dm_st64be(g + 24, (uint64_t)h->maxerror);
	dm_st64be(g + 32, (uint64_t)h->esterror);
	dm_st32be(g + 40, (uint32_t)h->status);
	dm_st64be(g + 48, (uint64_t)h->constant);
	dm_st64be(g + 56, (uint64_t)h->precision);
	dm_st64be(g + 64, (uint64_t)h->tolerance);
	dm_type3_timex_timeval.to_guest(g + 72, (const char *)h + 72);
	dm_st64be(g + 88, (uint64_t)h->tick);
	dm_st64be(g + 96, (uint64_t)h->ppsfreq);
	dm_st64be(g + 104, (uint64_t)h->jitter);
	dm_st32be(g + 112, (uint32_t)h->shift);
	dm_st64be(g + 120, (uint64_t)h->stabil);
	dm_st64be(g + 128, (uint64_t)h->jitcnt);
	dm_st64be(g + 136, (uint64_t)h->calcnt);
	dm_st64be(g + 144, (uint64_t)h->errcnt);
	dm_st64be(g + 152, (uint64_t)h->stbcnt);
	dm_st32be(g + 160, (uint32_t)h->tai);
}

static const struct dm_field dm_type3_timex64_fields[] = {
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
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type3_timex_timeval, NULL },
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
const struct dm_type dm_type3_timex64 = { "timex64", 208, 2, 208, 0, 0, dm_type3_timex64_to_host, dm_type3_timex64_to_guest, dm_type3_timex64_fields, 23 };

/* m68k */
static void dm_type3_timex_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timex_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_usec = dm_ld64be(g + 8);
}

static void dm_type3_timex_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_usec);
}

static const struct dm_field dm_type3_timex_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_timex_timeval = { "timex_timeval", 16, 2, 16, 0, 0, dm_type3_timex_timeval_to_host, dm_type3_timex_timeval_to_guest, dm_type3_timex_timeval_fields, 2 };

/* m68k */
static void dm_type3_tms_to_host(void *hv, const void *gv)
{
	struct dmh_tms *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tms_utime = (int32_t)dm_ld32be(g + 0);
	h->tms_stime = (int32_t)dm_ld32be(g + 4);
	h->tms_cutime = (int32_t)dm_ld32be(g + 8);
	h->tms_cstime = (int32_t)dm_ld32be(g + 12);
}

static void dm_type3_tms_to_guest(void *gv, const void *hv)
{
	const struct dmh_tms *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->tms_utime);
	dm_st32be(g + 4, (uint32_t)h->tms_stime);
	dm_st32be(g + 8, (uint32_t)h->tms_cutime);
	dm_st32be(g + 12, (uint32_t)h->tms_cstime);
}

static const struct dm_field dm_type3_tms_fields[] = {
	{ "tms_utime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 12, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_tms = { "tms", 16, 2, 32, 0, 0, dm_type3_tms_to_host, dm_type3_tms_to_guest, dm_type3_tms_fields, 4 };

/* m68k */
static void dm_type3_uffdio_api_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_api *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->api = dm_ld64be(g + 0);
	h->features = dm_ld64be(g + 8);
	h->ioctls = dm_ld64be(g + 16);
}

static void dm_type3_uffdio_api_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_api *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->api);
	dm_st64be(g + 8, (uint64_t)h->features);
	dm_st64be(g + 16, (uint64_t)h->ioctls);
}

static const struct dm_field dm_type3_uffdio_api_fields[] = {
	{ "api", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "features", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_api = { "uffdio_api", 24, 2, 24, 0, 0, dm_type3_uffdio_api_to_host, dm_type3_uffdio_api_to_guest, dm_type3_uffdio_api_fields, 3 };

/* m68k */
static void dm_type3_uffdio_continue_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_continue *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->mapped = dm_ld64be(g + 24);
}

static void dm_type3_uffdio_continue_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_continue *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->mapped);
}

static const struct dm_field dm_type3_uffdio_continue_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type3_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mapped", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_continue = { "uffdio_continue", 32, 2, 32, 0, 0, dm_type3_uffdio_continue_to_host, dm_type3_uffdio_continue_to_guest, dm_type3_uffdio_continue_fields, 3 };

/* m68k */
static void dm_type3_uffdio_copy_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_copy *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dst = dm_ld64be(g + 0);
	h->src = dm_ld64be(g + 8);
	h->len = dm_ld64be(g + 16);
	h->mode = dm_ld64be(g + 24);
	h->copy = dm_ld64be(g + 32);
}

static void dm_type3_uffdio_copy_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_copy *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st64be(g + 0, (uint64_t)h->dst);
	dm_st64be(g + 8, (uint64_t)h->src);
	dm_st64be(g + 16, (uint64_t)h->len);
	dm_st64be(g + 24, (uint64_t)h->mode);
	dm_st64be(g + 32, (uint64_t)h->copy);
}

static const struct dm_field dm_type3_uffdio_copy_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "copy", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_copy = { "uffdio_copy", 40, 2, 40, 0, 0, dm_type3_uffdio_copy_to_host, dm_type3_uffdio_copy_to_guest, dm_type3_uffdio_copy_fields, 5 };

/* m68k */
static void dm_type3_uffdio_move_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_move *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->dst = dm_ld64be(g + 0);
	h->src = dm_ld64be(g + 8);
	h->len = dm_ld64be(g + 16);
	h->mode = dm_ld64be(g + 24);
	h->move = dm_ld64be(g + 32);
}

static void dm_type3_uffdio_move_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_move *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st64be(g + 0, (uint64_t)h->dst);
	dm_st64be(g + 8, (uint64_t)h->src);
	dm_st64be(g + 16, (uint64_t)h->len);
	dm_st64be(g + 24, (uint64_t)h->mode);
	dm_st64be(g + 32, (uint64_t)h->move);
}

static const struct dm_field dm_type3_uffdio_move_fields[] = {
	{ "dst", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "src", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "len", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "mode", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "move", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_move = { "uffdio_move", 40, 2, 40, 0, 0, dm_type3_uffdio_move_to_host, dm_type3_uffdio_move_to_guest, dm_type3_uffdio_move_fields, 5 };

/* m68k */
static void dm_type3_uffdio_poison_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_poison *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->updated = dm_ld64be(g + 24);
}

static void dm_type3_uffdio_poison_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_poison *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->updated);
}

static const struct dm_field dm_type3_uffdio_poison_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type3_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "updated", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_poison = { "uffdio_poison", 32, 2, 32, 0, 0, dm_type3_uffdio_poison_to_host, dm_type3_uffdio_poison_to_guest, dm_type3_uffdio_poison_fields, 3 };

/* m68k */
static void dm_type3_uffdio_range_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_range *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->start = dm_ld64be(g + 0);
	h->len = dm_ld64be(g + 8);
}

static void dm_type3_uffdio_range_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_range *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->start);
	dm_st64be(g + 8, (uint64_t)h->len);
}

static const struct dm_field dm_type3_uffdio_range_fields[] = {
	{ "start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_range = { "uffdio_range", 16, 2, 16, 0, 0, dm_type3_uffdio_range_to_host, dm_type3_uffdio_range_to_guest, dm_type3_uffdio_range_fields, 2 };

/* m68k */
static void dm_type3_uffdio_register_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_register *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->ioctls = dm_ld64be(g + 24);
}

static void dm_type3_uffdio_register_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_register *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->ioctls);
}

static const struct dm_field dm_type3_uffdio_register_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type3_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ioctls", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_register = { "uffdio_register", 32, 2, 32, 0, 0, dm_type3_uffdio_register_to_host, dm_type3_uffdio_register_to_guest, dm_type3_uffdio_register_fields, 3 };

/* m68k */
static void dm_type3_uffdio_writeprotect_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_writeprotect *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
}

static void dm_type3_uffdio_writeprotect_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_writeprotect *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_type3_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
}

static const struct dm_field dm_type3_uffdio_writeprotect_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type3_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_writeprotect = { "uffdio_writeprotect", 24, 2, 24, 0, 0, dm_type3_uffdio_writeprotect_to_host, dm_type3_uffdio_writeprotect_to_guest, dm_type3_uffdio_writeprotect_fields, 2 };

/* m68k */
static void dm_type3_uffdio_zeropage_to_host(void *hv, const void *gv)
{
	struct dmh_uffdio_zeropage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type3_uffdio_range.to_host((char *)h + 0, g + 0);
	h->mode = dm_ld64be(g + 16);
	h->zeropage = dm_ld64be(g + 24);
}

static void dm_type3_uffdio_zeropage_to_guest(void *gv, const void *hv)
{
	const struct dmh_uffdio_zeropage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type3_uffdio_range.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 16, (uint64_t)h->mode);
	dm_st64be(g + 24, (uint64_t)h->zeropage);
}

static const struct dm_field dm_type3_uffdio_zeropage_fields[] = {
	{ "range", 0, 16, 0, 16, 1, 1, 0, &dm_type3_uffdio_range, NULL },
	{ "mode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "zeropage", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_uffdio_zeropage = { "uffdio_zeropage", 32, 2, 32, 0, 0, dm_type3_uffdio_zeropage_to_host, dm_type3_uffdio_zeropage_to_guest, dm_type3_uffdio_zeropage_fields, 3 };

/* m68k */
static void dm_type3_ustat_to_host(void *hv, const void *gv)
{
	struct dmh_ustat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_tfree = dm_ld32be(g + 0);
	h->f_tinode = dm_ld32be(g + 4);
	for (unsigned i = 0; i < 6; i++)
		h->f_fname[i] = dm_ld8(g + 8 + i * 1);
	for (unsigned i = 0; i < 6; i++)
		h->f_fpack[i] = dm_ld8(g + 14 + i * 1);
}

static void dm_type3_ustat_to_guest(void *gv, const void *hv)
{
	const struct dmh_ustat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->f_tfree);
	dm_st32be(g + 4, (uint32_t)h->f_tinode);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 8 + i * 1, (uint8_t)h->f_fname[i]);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 14 + i * 1, (uint8_t)h->f_fpack[i]);
}

static const struct dm_field dm_type3_ustat_fields[] = {
	{ "f_tfree", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_tinode", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_fname", 8, 6, 16, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
	{ "f_fpack", 14, 6, 22, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_ustat = { "ustat", 20, 2, 32, 0, 0, dm_type3_ustat_to_host, dm_type3_ustat_to_guest, dm_type3_ustat_fields, 4 };

/* m68k */
static void dm_type3_utimbuf_to_host(void *hv, const void *gv)
{
	struct dmh_utimbuf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->actime = (int32_t)dm_ld32be(g + 0);
	h->modtime = (int32_t)dm_ld32be(g + 4);
}

static void dm_type3_utimbuf_to_guest(void *gv, const void *hv)
{
	const struct dmh_utimbuf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->actime);
	dm_st32be(g + 4, (uint32_t)h->modtime);
}

static const struct dm_field dm_type3_utimbuf_fields[] = {
	{ "actime", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type3_utimbuf = { "utimbuf", 8, 2, 16, 0, 0, dm_type3_utimbuf_to_host, dm_type3_utimbuf_to_guest, dm_type3_utimbuf_fields, 2 };

/* m68k */
static void dm_type4_clone_args_to_host(void *hv, const void *gv)
{
	struct dmh_clone_args *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->flags = dm_ld64be(g + 0);
	h->pidfd = dm_ld64be(g + 8);
	h->child_tid = dm_ld64be(g + 16);
	h->parent_tid = dm_ld64be(g + 24);
	h->exit_signal = dm_ld64be(g + 32);
	h->stack = dm_ld64be(g + 40);
	h->stack_size = dm_ld64be(g + 48);
	h->tls = dm_ld64be(g + 56);
	h->set_tid = dm_ld64be(g + 64);
	h->set_tid_size = dm_ld64be(g + 72);
	h->cgroup = dm_ld64be(g + 80);
}

static void dm_type4_clone_args_to_guest(void *gv, const void *hv)
{
	const struct dmh_clone_args *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st64be(g + 0, (uint64_t)h->flags);
	dm_st64be(g + 8, (uint64_t)h->pidfd);
	dm_st64be(g + 16, (uint64_t)h->child_tid);
	dm_st64be(g + 24, (uint64_t)h->parent_tid);
	dm_st64be(g + 32, (uint64_t)h->exit_signal);
	dm_st64be(g + 40, (uint64_t)h->stack);
	dm_st64be(g + 48, (uint64_t)h->stack_size);
	dm_st64be(g + 56, (uint64_t)h->tls);
	dm_st64be(g + 64, (uint64_t)h->set_tid);
	dm_st64be(g + 72, (uint64_t)h->set_tid_size);
	dm_st64be(g + 80, (uint64_t)h->cgroup);
}

static const struct dm_field dm_type4_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set0_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_clone_args = { "clone_args", 88, 2, 88, 0, 0, dm_type4_clone_args_to_host, dm_type4_clone_args_to_guest, dm_type4_clone_args_fields, 11 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_cmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_cmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->cmsg_len = dm_ld64be(g + 0);
	h->cmsg_level = dm_ld32be(g + 8);
	h->cmsg_type = dm_ld32be(g + 12);
}

static void dm_type4_cmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_cmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->cmsg_len);
	dm_st32be(g + 8, (uint32_t)h->cmsg_level);
	dm_st32be(g + 12, (uint32_t)h->cmsg_type);
}

static const struct dm_field dm_type4_cmsghdr_fields[] = {
	{ "cmsg_len", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "cmsg_level", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "cmsg_type", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_cmsghdr = { "cmsghdr", 16, 8, 16, 0, 0, dm_type4_cmsghdr_to_host, dm_type4_cmsghdr_to_guest, dm_type4_cmsghdr_fields, 3 };

/* x32 x86_64 */
static void dm_type4_epoll_event_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_type4_epoll_event_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_type4_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL, &dm_set0_epoll_events },
	{ "data", 4, 8, 4, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_epoll_event = { "epoll_event", 12, 1, 12, 0, 1, dm_type4_epoll_event_to_host, dm_type4_epoll_event_to_guest, dm_type4_epoll_event_fields, 2 };

/* mips-n32-be mips-o32-be */
static void dm_type4_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = (int32_t)dm_ld32be(g + 4);
	h->l_len = (int32_t)dm_ld32be(g + 8);
	h->l_pid = dm_ld32be(g + 16);
}

static void dm_type4_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st32be(g + 4, (uint32_t)h->l_start);
	dm_st32be(g + 8, (uint32_t)h->l_len);
	dm_st32be(g + 16, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type4_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_sysid", 12, 4, -1, 0, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 16, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "pad", 20, 16, -1, 0, 4, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_flock = { "flock", 36, 4, 32, 0, 0, dm_type4_flock_to_host, dm_type4_flock_to_guest, dm_type4_flock_fields, 7 };

/* sparc64 */
static void dm_type4_flock64_to_host(void *hv, const void *gv)
{
	struct dmh_flock64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = dm_ld64be(g + 8);
	h->l_len = dm_ld64be(g + 16);
	h->l_pid = dm_ld32be(g + 24);
}

static void dm_type4_flock64_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st64be(g + 8, (uint64_t)h->l_start);
	dm_st64be(g + 16, (uint64_t)h->l_len);
	dm_st32be(g + 24, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type4_flock64_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused", 28, 2, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_flock64 = { "flock64", 32, 8, 32, 0, 0, dm_type4_flock64_to_host, dm_type4_flock64_to_guest, dm_type4_flock64_fields, 6 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_if_settings_to_host(void *hv, const void *gv)
{
	struct dmh_if_settings *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->type = dm_ld32be(g + 0);
	h->size = dm_ld32be(g + 4);
	memcpy((char *)h + 8, g + 8, 8);
}

static void dm_type4_if_settings_to_guest(void *gv, const void *hv)
{
	const struct dmh_if_settings *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->type);
	dm_st32be(g + 4, (uint32_t)h->size);
	memcpy(g + 8, (const char *)h + 8, 8);
}

static const struct dm_field dm_type4_if_settings_fields[] = {
	{ "type", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "size", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "ifs_ifsu", 8, 8, 8, 8, 1, 1, 0, &dm_type3_if_settings_ifsu, NULL },
};
const struct dm_type dm_type4_if_settings = { "if_settings", 16, 8, 16, 0, 0, dm_type4_if_settings_to_host, dm_type4_if_settings_to_guest, dm_type4_if_settings_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifconf_to_host(void *hv, const void *gv)
{
	struct dmh_ifconf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ifc_len = dm_ld32be(g + 0);
	dm_type4_ifconf_ifcu.to_host((char *)h + 8, g + 8);
}

static void dm_type4_ifconf_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifconf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->ifc_len);
	dm_type4_ifconf_ifcu.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type4_ifconf_fields[] = {
	{ "ifc_len", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifc_ifcu", 8, 8, 8, 8, 1, 1, 0, &dm_type4_ifconf_ifcu, NULL },
};
const struct dm_type dm_type4_ifconf = { "ifconf", 16, 8, 16, 0, 0, dm_type4_ifconf_to_host, dm_type4_ifconf_to_guest, dm_type4_ifconf_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifconf_ifcu_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint64_t v = dm_ld64be(g); memset(h, 0, 8); memcpy(h, g, 8); memcpy(h, &v, 8); }
static void dm_type4_ifconf_ifcu_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 8); memset(g, 0, 8); memcpy(g, h, 8); dm_st64be(g, (uint64_t)v); }

static const struct dm_field dm_type4_ifconf_ifcu_fields[] = {
	{ "ifcu_buf", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifcu_req", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_ifconf_ifcu = { "ifconf_ifcu", 8, 8, 8, 1, 0, dm_type4_ifconf_ifcu_to_host, dm_type4_ifconf_ifcu_to_guest, dm_type4_ifconf_ifcu_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifmap_to_host(void *hv, const void *gv)
{
	struct dmh_ifmap *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mem_start = dm_ld64be(g + 0);
	h->mem_end = dm_ld64be(g + 8);
	h->base_addr = dm_ld16be(g + 16);
	h->irq = dm_ld8(g + 18);
	h->dma = dm_ld8(g + 19);
	h->port = dm_ld8(g + 20);
}

static void dm_type4_ifmap_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifmap *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->mem_start);
	dm_st64be(g + 8, (uint64_t)h->mem_end);
	dm_st16be(g + 16, (uint16_t)h->base_addr);
	dm_st8(g + 18, (uint8_t)h->irq);
	dm_st8(g + 19, (uint8_t)h->dma);
	dm_st8(g + 20, (uint8_t)h->port);
}

static const struct dm_field dm_type4_ifmap_fields[] = {
	{ "mem_start", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "mem_end", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "base_addr", 16, 2, 16, 2, 1, 1, 0, NULL, NULL },
	{ "irq", 18, 1, 18, 1, 1, 1, 0, NULL, NULL },
	{ "dma", 19, 1, 19, 1, 1, 1, 0, NULL, NULL },
	{ "port", 20, 1, 20, 1, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_ifmap = { "ifmap", 24, 8, 24, 0, 0, dm_type4_ifmap_to_host, dm_type4_ifmap_to_guest, dm_type4_ifmap_fields, 6 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	memcpy((char *)h + 16, g + 16, 24);
}

static void dm_type4_ifreq_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	memcpy(g + 0, (const char *)h + 0, 16);
	memcpy(g + 16, (const char *)h + 16, 24);
}

static const struct dm_field dm_type4_ifreq_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type4_ifreq_ifru, NULL },
};
const struct dm_type dm_type4_ifreq = { "ifreq", 40, 8, 40, 0, 0, dm_type4_ifreq_to_host, dm_type4_ifreq_to_guest, dm_type4_ifreq_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_ifru_to_host(void *h, const void *g) { memset(h, 0, 24); memcpy(h, g, 24); }
static void dm_type4_ifreq_ifru_to_guest(void *g, const void *h) { memset(g, 0, 24); memcpy(g, h, 24); }

static const struct dm_field dm_type4_ifreq_ifru_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type4_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type4_if_settings, NULL },
};
const struct dm_type dm_type4_ifreq_ifru = { "ifreq_ifru", 24, 8, 24, 1, 0, dm_type4_ifreq_ifru_to_host, dm_type4_ifreq_ifru_to_guest, dm_type4_ifreq_ifru_fields, 13 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_ifru_int_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint32_t v = dm_ld32be(g); memset(h, 0, 24); memcpy(h, g, 24); memcpy(h, &v, 4); }
static void dm_type4_ifreq_ifru_int_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 4); memset(g, 0, 24); memcpy(g, h, 24); dm_st32be(g, (uint32_t)v); }

static const struct dm_field dm_type4_ifreq_ifru_int_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type4_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type4_if_settings, NULL },
};
const struct dm_type dm_type4_ifreq_ifru_int = { "ifreq_ifru_int", 24, 8, 24, 1, 0, dm_type4_ifreq_ifru_int_to_host, dm_type4_ifreq_ifru_int_to_guest, dm_type4_ifreq_ifru_int_fields, 13 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_ifru_short_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint16_t v = dm_ld16be(g); memset(h, 0, 24); memcpy(h, g, 24); memcpy(h, &v, 2); }
static void dm_type4_ifreq_ifru_short_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 2); memset(g, 0, 24); memcpy(g, h, 24); dm_st16be(g, (uint16_t)v); }

static const struct dm_field dm_type4_ifreq_ifru_short_fields[] = {
	{ "ifru_addr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_dstaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_broadaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_netmask", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_hwaddr", 0, 16, 0, 16, 1, 1, 0, &dm_type1_sockaddr, NULL },
	{ "ifru_flags", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_ivalue", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_mtu", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "ifru_map", 0, 24, 0, 24, 1, 1, 0, &dm_type4_ifmap, NULL },
	{ "ifru_slave", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_newname", 0, 16, 0, 16, 16, 16, DM_F_SIGNED, NULL, NULL },
	{ "ifru_data", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ifru_settings", 0, 16, 0, 16, 1, 1, 0, &dm_type4_if_settings, NULL },
};
const struct dm_type dm_type4_ifreq_ifru_short = { "ifreq_ifru_short", 24, 8, 24, 1, 0, dm_type4_ifreq_ifru_short_to_host, dm_type4_ifreq_ifru_short_to_guest, dm_type4_ifreq_ifru_short_fields, 13 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_int_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_int *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type4_ifreq_ifru_int.to_host((char *)h + 16, g + 16);
}

static void dm_type4_ifreq_int_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_int *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type4_ifreq_ifru_int.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type4_ifreq_int_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type4_ifreq_ifru_int, NULL },
};
const struct dm_type dm_type4_ifreq_int = { "ifreq_int", 40, 8, 40, 0, 0, dm_type4_ifreq_int_to_host, dm_type4_ifreq_int_to_guest, dm_type4_ifreq_int_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ifreq_short_to_host(void *hv, const void *gv)
{
	struct dmh_ifreq_short *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	memcpy((char *)h + 0, g + 0, 16);
	dm_type4_ifreq_ifru_short.to_host((char *)h + 16, g + 16);
}

static void dm_type4_ifreq_short_to_guest(void *gv, const void *hv)
{
	const struct dmh_ifreq_short *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	memcpy(g + 0, (const char *)h + 0, 16);
	dm_type4_ifreq_ifru_short.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type4_ifreq_short_fields[] = {
	{ "ifr_ifrn", 0, 16, 0, 16, 1, 1, 0, &dm_type1_ifreq_ifrn, NULL },
	{ "ifr_ifru", 16, 24, 16, 24, 1, 1, 0, &dm_type4_ifreq_ifru_short, NULL },
};
const struct dm_type dm_type4_ifreq_short = { "ifreq_short", 40, 8, 40, 0, 0, dm_type4_ifreq_short_to_host, dm_type4_ifreq_short_to_guest, dm_type4_ifreq_short_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_iovec_to_host(void *hv, const void *gv)
{
	struct dmh_iovec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->iov_base = dm_ld64be(g + 0);
	h->iov_len = dm_ld64be(g + 8);
}

static void dm_type4_iovec_to_guest(void *gv, const void *hv)
{
	const struct dmh_iovec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->iov_base);
	dm_st64be(g + 8, (uint64_t)h->iov_len);
}

static const struct dm_field dm_type4_iovec_fields[] = {
	{ "iov_base", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "iov_len", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_iovec = { "iovec", 16, 8, 16, 0, 0, dm_type4_iovec_to_host, dm_type4_iovec_to_guest, dm_type4_iovec_fields, 2 };

/* m68k */
static void dm_type4_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld16be(g + 20);
	h->seq = dm_ld16be(g + 24);
}

static void dm_type4_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st16be(g + 20, (uint16_t)h->mode);
	dm_st16be(g + 24, (uint16_t)h->seq);
}

static const struct dm_field dm_type4_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 2, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 22, 2, 24, 0, 2, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 24, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad2", 26, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 28, 4, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 32, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_ipc64_perm = { "ipc64_perm", 36, 2, 48, 0, 0, dm_type4_ipc64_perm_to_host, dm_type4_ipc64_perm_to_guest, dm_type4_ipc64_perm_fields, 11 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_timespec.to_host((char *)h + 0, g + 0);
	dm_type4_timespec.to_host((char *)h + 16, g + 16);
}

static void dm_type4_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type4_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_type4_timespec.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type4_itimerspec_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type4_timespec, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type4_timespec, NULL },
};
const struct dm_type dm_type4_itimerspec = { "itimerspec", 32, 8, 32, 0, 0, dm_type4_itimerspec_to_host, dm_type4_itimerspec_to_guest, dm_type4_itimerspec_fields, 2 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_itimerval_to_host(void *hv, const void *gv)
{
	struct dmh_itimerval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_timeval.to_host((char *)h + 0, g + 0);
	dm_type4_timeval.to_host((char *)h + 16, g + 16);
}

static void dm_type4_itimerval_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type4_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type4_timeval.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type4_itimerval_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type4_timeval, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type4_timeval, NULL },
};
const struct dm_type dm_type4_itimerval = { "itimerval", 32, 8, 32, 0, 0, dm_type4_itimerval_to_host, dm_type4_itimerval_to_guest, dm_type4_itimerval_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_kexec_segment_to_host(void *hv, const void *gv)
{
	struct dmh_kexec_segment *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->buf = dm_ld64be(g + 0);
	h->bufsz = dm_ld64be(g + 8);
	h->mem = dm_ld64be(g + 16);
	h->memsz = dm_ld64be(g + 24);
}

static void dm_type4_kexec_segment_to_guest(void *gv, const void *hv)
{
	const struct dmh_kexec_segment *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->buf);
	dm_st64be(g + 8, (uint64_t)h->bufsz);
	dm_st64be(g + 16, (uint64_t)h->mem);
	dm_st64be(g + 24, (uint64_t)h->memsz);
}

static const struct dm_field dm_type4_kexec_segment_fields[] = {
	{ "buf", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "bufsz", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "mem", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "memsz", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_kexec_segment = { "kexec_segment", 32, 8, 32, 0, 0, dm_type4_kexec_segment_to_host, dm_type4_kexec_segment_to_guest, dm_type4_kexec_segment_fields, 4 };

/* m68k */
static void dm_type4_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32be(g + 0);
	h->lo_device = dm_ld16be(g + 4);
	h->lo_inode = dm_ld32be(g + 6);
	h->lo_rdevice = dm_ld16be(g + 10);
	h->lo_offset = dm_ld32be(g + 12);
	h->lo_encrypt_type = dm_ld32be(g + 16);
	h->lo_encrypt_key_size = dm_ld32be(g + 20);
	h->lo_flags = dm_ld32be(g + 24);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 28 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 92 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld32be(g + 124 + i * 4);
}

static void dm_type4_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 136);
	dm_st32be(g + 0, (uint32_t)h->lo_number);
	dm_st16be(g + 4, (uint16_t)h->lo_device);
	dm_st32be(g + 6, (uint32_t)h->lo_inode);
	dm_st16be(g + 10, (uint16_t)h->lo_rdevice);
	dm_st32be(g + 12, (uint32_t)h->lo_offset);
	dm_st32be(g + 16, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 20, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 24, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 28 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 92 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st32be(g + 124 + i * 4, (uint32_t)h->lo_init[i]);
}

static const struct dm_field dm_type4_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 2, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 6, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 10, 2, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 12, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 16, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 20, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 24, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 28, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 92, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 124, 8, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 132, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_loop_info = { "loop_info", 136, 2, 168, 0, 0, dm_type4_loop_info_to_host, dm_type4_loop_info_to_guest, dm_type4_loop_info_fields, 12 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_mmsghdr_to_host(void *hv, const void *gv)
{
	struct dmh_mmsghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_msghdr.to_host((char *)h + 0, g + 0);
	h->msg_len = dm_ld32be(g + 56);
}

static void dm_type4_mmsghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mmsghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type4_msghdr.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 56, (uint32_t)h->msg_len);
}

static const struct dm_field dm_type4_mmsghdr_fields[] = {
	{ "msg_hdr", 0, 56, 0, 56, 1, 1, 0, &dm_type4_msghdr, NULL },
	{ "msg_len", 56, 4, 56, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_mmsghdr = { "mmsghdr", 64, 8, 64, 0, 0, dm_type4_mmsghdr_to_host, dm_type4_mmsghdr_to_guest, dm_type4_mmsghdr_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_mq_attr_to_host(void *hv, const void *gv)
{
	struct dmh_mq_attr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->mq_flags = dm_ld64be(g + 0);
	h->mq_maxmsg = dm_ld64be(g + 8);
	h->mq_msgsize = dm_ld64be(g + 16);
	h->mq_curmsgs = dm_ld64be(g + 24);
}

static void dm_type4_mq_attr_to_guest(void *gv, const void *hv)
{
	const struct dmh_mq_attr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st64be(g + 0, (uint64_t)h->mq_flags);
	dm_st64be(g + 8, (uint64_t)h->mq_maxmsg);
	dm_st64be(g + 16, (uint64_t)h->mq_msgsize);
	dm_st64be(g + 24, (uint64_t)h->mq_curmsgs);
}

static const struct dm_field dm_type4_mq_attr_fields[] = {
	{ "mq_flags", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_maxmsg", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_msgsize", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "mq_curmsgs", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__reserved", 32, 32, 32, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_mq_attr = { "mq_attr", 64, 8, 64, 0, 0, dm_type4_mq_attr_to_host, dm_type4_mq_attr_to_guest, dm_type4_mq_attr_fields, 5 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_msghdr_to_host(void *hv, const void *gv)
{
	struct dmh_msghdr *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->msg_name = dm_ld64be(g + 0);
	h->msg_namelen = dm_ld32be(g + 8);
	h->msg_iov = dm_ld64be(g + 16);
	h->msg_iovlen = dm_ld64be(g + 24);
	h->msg_control = dm_ld64be(g + 32);
	h->msg_controllen = dm_ld64be(g + 40);
	h->msg_flags = dm_ld32be(g + 48);
}

static void dm_type4_msghdr_to_guest(void *gv, const void *hv)
{
	const struct dmh_msghdr *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_st64be(g + 0, (uint64_t)h->msg_name);
	dm_st32be(g + 8, (uint32_t)h->msg_namelen);
	dm_st64be(g + 16, (uint64_t)h->msg_iov);
	dm_st64be(g + 24, (uint64_t)h->msg_iovlen);
	dm_st64be(g + 32, (uint64_t)h->msg_control);
	dm_st64be(g + 40, (uint64_t)h->msg_controllen);
	dm_st32be(g + 48, (uint32_t)h->msg_flags);
}

static const struct dm_field dm_type4_msghdr_fields[] = {
	{ "msg_name", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_namelen", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_iov", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_iovlen", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "msg_control", 32, 8, 32, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "msg_controllen", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "msg_flags", 48, 4, 48, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_msghdr = { "msghdr", 56, 8, 56, 0, 0, dm_type4_msghdr_to_host, dm_type4_msghdr_to_guest, dm_type4_msghdr_fields, 7 };

/* m68k */
static void dm_type4_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32be(g + 36);
	h->msg_rtime = dm_ld32be(g + 44);
	h->msg_ctime = dm_ld32be(g + 52);
	h->msg_cbytes = dm_ld32be(g + 60);
	h->msg_qnum = dm_ld32be(g + 64);
	h->msg_qbytes = dm_ld32be(g + 68);
	h->msg_lspid = dm_ld32be(g + 72);
	h->msg_lrpid = dm_ld32be(g + 76);
}

static void dm_type4_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type4_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->msg_stime);
	dm_st32be(g + 44, (uint32_t)h->msg_rtime);
	dm_st32be(g + 52, (uint32_t)h->msg_ctime);
	dm_st32be(g + 60, (uint32_t)h->msg_cbytes);
	dm_st32be(g + 64, (uint32_t)h->msg_qnum);
	dm_st32be(g + 68, (uint32_t)h->msg_qbytes);
	dm_st32be(g + 72, (uint32_t)h->msg_lspid);
	dm_st32be(g + 76, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type4_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type4_ipc64_perm, NULL },
	{ "msg_stime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_stime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 44, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 52, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 68, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 72, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 76, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 84, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_msqid64_ds = { "msqid64_ds", 88, 2, 120, 0, 0, dm_type4_msqid64_ds_to_host, dm_type4_msqid64_ds_to_guest, dm_type4_msqid64_ds_fields, 14 };

/* mips-n32-le mips-n64-le mips-o32-le */
static void dm_type4_pollfd_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_type4_pollfd_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_type4_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set1_poll_events },
};
const struct dm_type dm_type4_pollfd = { "pollfd", 8, 4, 8, 0, 1, dm_type4_pollfd_to_host, dm_type4_pollfd_to_guest, dm_type4_pollfd_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_rlimit_to_host(void *hv, const void *gv)
{
	struct dmh_rlimit *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->rlim_cur = dm_ld64be(g + 0);
	h->rlim_max = dm_ld64be(g + 8);
}

static void dm_type4_rlimit_to_guest(void *gv, const void *hv)
{
	const struct dmh_rlimit *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->rlim_cur);
	dm_st64be(g + 8, (uint64_t)h->rlim_max);
}

static const struct dm_field dm_type4_rlimit_fields[] = {
	{ "rlim_cur", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "rlim_max", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_rlimit = { "rlimit", 16, 8, 16, 0, 0, dm_type4_rlimit_to_host, dm_type4_rlimit_to_guest, dm_type4_rlimit_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_robust_list_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->next = dm_ld64be(g + 0);
}

static void dm_type4_robust_list_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st64be(g + 0, (uint64_t)h->next);
}

static const struct dm_field dm_type4_robust_list_fields[] = {
	{ "next", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_robust_list = { "robust_list", 8, 8, 8, 0, 0, dm_type4_robust_list_to_host, dm_type4_robust_list_to_guest, dm_type4_robust_list_fields, 1 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_robust_list_head_to_host(void *hv, const void *gv)
{
	struct dmh_robust_list_head *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_robust_list.to_host((char *)h + 0, g + 0);
	h->futex_offset = dm_ld64be(g + 8);
	h->list_op_pending = dm_ld64be(g + 16);
}

static void dm_type4_robust_list_head_to_guest(void *gv, const void *hv)
{
	const struct dmh_robust_list_head *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_type4_robust_list.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 8, (uint64_t)h->futex_offset);
	dm_st64be(g + 16, (uint64_t)h->list_op_pending);
}

static const struct dm_field dm_type4_robust_list_head_fields[] = {
	{ "list", 0, 8, 0, 8, 1, 1, 0, &dm_type4_robust_list, NULL },
	{ "futex_offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "list_op_pending", 16, 8, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_robust_list_head = { "robust_list_head", 24, 8, 24, 0, 0, dm_type4_robust_list_head_to_host, dm_type4_robust_list_head_to_guest, dm_type4_robust_list_head_fields, 3 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_rusage_to_host(void *hv, const void *gv)
{
	struct dmh_rusage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_timeval.to_host((char *)h + 0, g + 0);
	dm_type4_timeval.to_host((char *)h + 16, g + 16);
	h->ru_maxrss = dm_ld64be(g + 32);
	h->ru_ixrss = dm_ld64be(g + 40);
	h->ru_idrss = dm_ld64be(g + 48);
	h->ru_isrss = dm_ld64be(g + 56);
	h->ru_minflt = dm_ld64be(g + 64);
	h->ru_majflt = dm_ld64be(g + 72);
	h->ru_nswap = dm_ld64be(g + 80);
	h->ru_inblock = dm_ld64be(g + 88);
	h->ru_oublock = dm_ld64be(g + 96);
	h->ru_msgsnd = dm_ld64be(g + 104);
	h->ru_msgrcv = dm_ld64be(g + 112);
	h->ru_nsignals = dm_ld64be(g + 120);
	h->ru_nvcsw = dm_ld64be(g + 128);
	h->ru_nivcsw = dm_ld64be(g + 136);
}

static void dm_type4_rusage_to_guest(void *gv, const void *hv)
{
	const struct dmh_rusage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_type4_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type4_timeval.to_guest(g + 16, (const char *)h + 16);
	dm_st64be(g + 32, (uint64_t)h->ru_maxrss);
	dm_st64be(g + 40, (uint64_t)h->ru_ixrss);
	dm_st64be(g + 48, (uint64_t)h->ru_idrss);
	dm_st64be(g + 56, (uint64_t)h->ru_isrss);
	dm_st64be(g + 64, (uint64_t)h->ru_minflt);
	dm_st64be(g + 72, (uint64_t)h->ru_majflt);
	dm_st64be(g + 80, (uint64_t)h->ru_nswap);
	dm_st64be(g + 88, (uint64_t)h->ru_inblock);
	dm_st64be(g + 96, (uint64_t)h->ru_oublock);
	dm_st64be(g + 104, (uint64_t)h->ru_msgsnd);
	dm_st64be(g + 112, (uint64_t)h->ru_msgrcv);
	dm_st64be(g + 120, (uint64_t)h->ru_nsignals);
	dm_st64be(g + 128, (uint64_t)h->ru_nvcsw);
	dm_st64be(g + 136, (uint64_t)h->ru_nivcsw);
}

static const struct dm_field dm_type4_rusage_fields[] = {
	{ "ru_utime", 0, 16, 0, 16, 1, 1, 0, &dm_type4_timeval, NULL },
	{ "ru_stime", 16, 16, 16, 16, 1, 1, 0, &dm_type4_timeval, NULL },
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
const struct dm_type dm_type4_rusage = { "rusage", 144, 8, 144, 0, 0, dm_type4_rusage_to_host, dm_type4_rusage_to_guest, dm_type4_rusage_fields, 16 };

/* m68k */
static void dm_type4_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32be(g + 36);
	h->sem_ctime = dm_ld32be(g + 44);
	h->sem_nsems = dm_ld32be(g + 52);
}

static void dm_type4_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type4_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->sem_otime);
	dm_st32be(g + 44, (uint32_t)h->sem_ctime);
	dm_st32be(g + 52, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type4_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type4_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_otime_high", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 44, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 56, 4, 88, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 60, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_semid64_ds = { "semid64_ds", 64, 2, 104, 0, 0, dm_type4_semid64_ds_to_host, dm_type4_semid64_ds_to_guest, dm_type4_semid64_ds_fields, 8 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_shm_info_to_host(void *hv, const void *gv)
{
	struct dmh_shm_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->used_ids = dm_ld32be(g + 0);
	h->shm_tot = dm_ld64be(g + 8);
	h->shm_rss = dm_ld64be(g + 16);
	h->shm_swp = dm_ld64be(g + 24);
	h->swap_attempts = dm_ld64be(g + 32);
	h->swap_successes = dm_ld64be(g + 40);
}

static void dm_type4_shm_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_shm_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->used_ids);
	dm_st64be(g + 8, (uint64_t)h->shm_tot);
	dm_st64be(g + 16, (uint64_t)h->shm_rss);
	dm_st64be(g + 24, (uint64_t)h->shm_swp);
	dm_st64be(g + 32, (uint64_t)h->swap_attempts);
	dm_st64be(g + 40, (uint64_t)h->swap_successes);
}

static const struct dm_field dm_type4_shm_info_fields[] = {
	{ "used_ids", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_tot", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "shm_rss", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "shm_swp", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "swap_attempts", 32, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "swap_successes", 40, 8, 40, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_shm_info = { "shm_info", 48, 8, 48, 0, 0, dm_type4_shm_info_to_host, dm_type4_shm_info_to_guest, dm_type4_shm_info_fields, 6 };

/* m68k */
static void dm_type4_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32be(g + 36);
	h->shm_atime = dm_ld32be(g + 40);
	h->shm_dtime = dm_ld32be(g + 48);
	h->shm_ctime = dm_ld32be(g + 56);
	h->shm_cpid = dm_ld32be(g + 64);
	h->shm_lpid = dm_ld32be(g + 68);
	h->shm_nattch = dm_ld32be(g + 72);
}

static void dm_type4_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 84);
	dm_type4_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->shm_segsz);
	dm_st32be(g + 40, (uint32_t)h->shm_atime);
	dm_st32be(g + 48, (uint32_t)h->shm_dtime);
	dm_st32be(g + 56, (uint32_t)h->shm_ctime);
	dm_st32be(g + 64, (uint32_t)h->shm_cpid);
	dm_st32be(g + 68, (uint32_t)h->shm_lpid);
	dm_st32be(g + 72, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type4_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type4_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime_high", 44, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 48, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 56, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 60, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 64, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 68, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 76, 4, 96, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_shmid64_ds = { "shmid64_ds", 84, 2, 112, 0, 0, dm_type4_shmid64_ds_to_host, dm_type4_shmid64_ds_to_guest, dm_type4_shmid64_ds_fields, 13 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_shminfo64_to_host(void *hv, const void *gv)
{
	struct dmh_shminfo64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->shmmax = dm_ld64be(g + 0);
	h->shmmin = dm_ld64be(g + 8);
	h->shmmni = dm_ld64be(g + 16);
	h->shmseg = dm_ld64be(g + 24);
	h->shmall = dm_ld64be(g + 32);
}

static void dm_type4_shminfo64_to_guest(void *gv, const void *hv)
{
	const struct dmh_shminfo64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_st64be(g + 0, (uint64_t)h->shmmax);
	dm_st64be(g + 8, (uint64_t)h->shmmin);
	dm_st64be(g + 16, (uint64_t)h->shmmni);
	dm_st64be(g + 24, (uint64_t)h->shmseg);
	dm_st64be(g + 32, (uint64_t)h->shmall);
}

static const struct dm_field dm_type4_shminfo64_fields[] = {
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
const struct dm_type dm_type4_shminfo64 = { "shminfo64", 72, 8, 72, 0, 0, dm_type4_shminfo64_to_host, dm_type4_shminfo64_to_guest, dm_type4_shminfo64_fields, 9 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 32); }
static void dm_type4_sifields_to_guest(void *g, const void *h) { memset(g, 0, 32); memcpy(g, h, 32); }

static const struct dm_field dm_type4_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type1_siginfo_kill, NULL },
	{ "_timer", 0, 24, 0, 24, 1, 1, 0, &dm_type4_siginfo_timer, NULL },
	{ "_rt", 0, 16, 0, 16, 1, 1, 0, &dm_type4_siginfo_rt, NULL },
	{ "_sigchld", 0, 32, 0, 32, 1, 1, 0, &dm_type4_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 32, 0, 32, 1, 1, 0, &dm_type4_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 16, 0, 16, 1, 1, 0, &dm_type4_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 16, 0, 16, 1, 1, 0, &dm_type4_siginfo_sigsys, NULL },
};
const struct dm_type dm_type4_sifields = { "sifields", 32, 8, 32, 1, 0, dm_type4_sifields_to_host, dm_type4_sifields_to_guest, dm_type4_sifields_fields, 7 };

/* hppa */
static void dm_type4_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32be(g + 0);
	h->sa_flags = dm_ld32be(g + 4);
	dm_type2_sigset.to_host((char *)h + 24, g + 8);
}

static void dm_type4_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->sa_handler);
	dm_st32be(g + 4, (uint32_t)h->sa_flags);
	dm_type2_sigset.to_guest(g + 8, (const char *)h + 24);
}

static const struct dm_field dm_type4_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_set3_sigaction_flags },
	{ "sa_mask", 8, 8, 24, 8, 1, 1, 0, &dm_type2_sigset, NULL },
};
const struct dm_type dm_type4_sigaction = { "sigaction", 16, 4, 32, 0, 0, dm_type4_sigaction_to_host, dm_type4_sigaction_to_guest, dm_type4_sigaction_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sigevent_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type4_sigval.to_host((char *)h + 0, g + 0);
	h->sigev_signo = dm_ld32be(g + 8);
	h->sigev_notify = dm_ld32be(g + 12);
	memcpy((char *)h + 16, g + 16, 48);
}

static void dm_type4_sigevent_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_type4_sigval.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 8, (uint32_t)h->sigev_signo);
	dm_st32be(g + 12, (uint32_t)h->sigev_notify);
	memcpy(g + 16, (const char *)h + 16, 48);
}

static const struct dm_field dm_type4_sigevent_fields[] = {
	{ "sigev_value", 0, 8, 0, 8, 1, 1, 0, &dm_type4_sigval, NULL },
	{ "sigev_signo", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sigev_notify", 12, 4, 12, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_un", 16, 48, 16, 48, 1, 1, 0, &dm_type4_sigevent_un, NULL },
};
const struct dm_type dm_type4_sigevent = { "sigevent", 64, 8, 64, 0, 0, dm_type4_sigevent_to_host, dm_type4_sigevent_to_guest, dm_type4_sigevent_fields, 4 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sigevent_thread_to_host(void *hv, const void *gv)
{
	struct dmh_sigevent_thread *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_function = dm_ld64be(g + 0);
	h->_attribute = dm_ld64be(g + 8);
}

static void dm_type4_sigevent_thread_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigevent_thread *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->_function);
	dm_st64be(g + 8, (uint64_t)h->_attribute);
}

static const struct dm_field dm_type4_sigevent_thread_fields[] = {
	{ "_function", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_attribute", 8, 8, 8, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_sigevent_thread = { "sigevent_thread", 16, 8, 16, 0, 0, dm_type4_sigevent_thread_to_host, dm_type4_sigevent_thread_to_guest, dm_type4_sigevent_thread_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sigevent_un_to_host(void *h, const void *g) { memset(h, 0, 48); memcpy(h, g, 48); }
static void dm_type4_sigevent_un_to_guest(void *g, const void *h) { memset(g, 0, 48); memcpy(g, h, 48); }

static const struct dm_field dm_type4_sigevent_un_fields[] = {
	{ "_pad", 0, 48, 0, 48, 12, 12, DM_F_SIGNED, NULL, NULL },
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigev_thread", 0, 16, 0, 16, 1, 1, 0, &dm_type4_sigevent_thread, NULL },
};
const struct dm_type dm_type4_sigevent_un = { "sigevent_un", 48, 8, 48, 1, 0, dm_type4_sigevent_un_to_host, dm_type4_sigevent_un_to_guest, dm_type4_sigevent_un_fields, 3 };

/* hppa */
static void dm_type4_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_errno = dm_ld32be(g + 4);
	h->si_code = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type4_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_errno);
	dm_st32be(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type4_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set3_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type2_sifields, NULL },
};
const struct dm_type dm_type4_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type4_siginfo_to_host, dm_type4_siginfo_to_guest, dm_type4_siginfo_fields, 4 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_siginfo_rt_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_rt *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	dm_type4_sigval.to_host((char *)h + 8, g + 8);
}

static void dm_type4_siginfo_rt_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_rt *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_type4_sigval.to_guest(g + 8, (const char *)h + 8);
}

static const struct dm_field dm_type4_siginfo_rt_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_sigval", 8, 8, 8, 8, 1, 1, 0, &dm_type4_sigval, NULL },
};
const struct dm_type dm_type4_siginfo_rt = { "siginfo_rt", 16, 8, 16, 0, 0, dm_type4_siginfo_rt_to_host, dm_type4_siginfo_rt_to_guest, dm_type4_siginfo_rt_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_siginfo_sigchld_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigchld *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_pid = dm_ld32be(g + 0);
	h->_uid = dm_ld32be(g + 4);
	h->_status = dm_ld32be(g + 8);
	h->_utime = dm_ld64be(g + 16);
	h->_stime = dm_ld64be(g + 24);
}

static void dm_type4_siginfo_sigchld_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigchld *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->_pid);
	dm_st32be(g + 4, (uint32_t)h->_uid);
	dm_st32be(g + 8, (uint32_t)h->_status);
	dm_st64be(g + 16, (uint64_t)h->_utime);
	dm_st64be(g + 24, (uint64_t)h->_stime);
}

static const struct dm_field dm_type4_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_siginfo_sigchld = { "siginfo_sigchld", 32, 8, 32, 0, 0, dm_type4_siginfo_sigchld_to_host, dm_type4_siginfo_sigchld_to_guest, dm_type4_siginfo_sigchld_fields, 5 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_siginfo_sigfault_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigfault *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_addr = dm_ld64be(g + 0);
}

static void dm_type4_siginfo_sigfault_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigfault *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->_addr);
}

static const struct dm_field dm_type4_siginfo_sigfault_fields[] = {
	{ "_addr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_siginfo_sigfault = { "siginfo_sigfault", 32, 8, 32, 0, 0, dm_type4_siginfo_sigfault_to_host, dm_type4_siginfo_sigfault_to_guest, dm_type4_siginfo_sigfault_fields, 1 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_siginfo_sigpoll_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigpoll *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_band = dm_ld64be(g + 0);
	h->_fd = dm_ld32be(g + 8);
}

static void dm_type4_siginfo_sigpoll_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigpoll *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->_band);
	dm_st32be(g + 8, (uint32_t)h->_fd);
}

static const struct dm_field dm_type4_siginfo_sigpoll_fields[] = {
	{ "_band", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_fd", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_siginfo_sigpoll = { "siginfo_sigpoll", 16, 8, 16, 0, 0, dm_type4_siginfo_sigpoll_to_host, dm_type4_siginfo_sigpoll_to_guest, dm_type4_siginfo_sigpoll_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_siginfo_sigsys_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_sigsys *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_call_addr = dm_ld64be(g + 0);
	h->_syscall = dm_ld32be(g + 8);
	h->_arch = dm_ld32be(g + 12);
}

static void dm_type4_siginfo_sigsys_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_sigsys *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->_call_addr);
	dm_st32be(g + 8, (uint32_t)h->_syscall);
	dm_st32be(g + 12, (uint32_t)h->_arch);
}

static const struct dm_field dm_type4_siginfo_sigsys_fields[] = {
	{ "_call_addr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "_syscall", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_arch", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_siginfo_sigsys = { "siginfo_sigsys", 16, 8, 16, 0, 0, dm_type4_siginfo_sigsys_to_host, dm_type4_siginfo_sigsys_to_guest, dm_type4_siginfo_sigsys_fields, 3 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_siginfo_timer_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo_timer *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->_tid = dm_ld32be(g + 0);
	h->_overrun = dm_ld32be(g + 4);
	dm_type4_sigval.to_host((char *)h + 8, g + 8);
	h->_sys_private = dm_ld32be(g + 16);
}

static void dm_type4_siginfo_timer_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo_timer *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32be(g + 0, (uint32_t)h->_tid);
	dm_st32be(g + 4, (uint32_t)h->_overrun);
	dm_type4_sigval.to_guest(g + 8, (const char *)h + 8);
	dm_st32be(g + 16, (uint32_t)h->_sys_private);
}

static const struct dm_field dm_type4_siginfo_timer_fields[] = {
	{ "_tid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_overrun", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sigval", 8, 8, 8, 8, 1, 1, 0, &dm_type4_sigval, NULL },
	{ "_sys_private", 16, 4, 16, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_siginfo_timer = { "siginfo_timer", 24, 8, 24, 0, 0, dm_type4_siginfo_timer_to_host, dm_type4_siginfo_timer_to_guest, dm_type4_siginfo_timer_fields, 4 };

/* mips-n32-be mips-o32-be */
static void dm_type4_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld32be(g + 0 + i * 4);
}

static void dm_type4_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	for (unsigned i = 0; i < 1; i++)
		dm_st32be(g + 0 + i * 4, (uint32_t)h->sig[i]);
}

static const struct dm_field dm_type4_sigset_fields[] = {
	{ "sig", 0, 16, 0, 8, 4, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_sigset = { "sigset", 16, 4, 8, 0, 0, dm_type4_sigset_to_host, dm_type4_sigset_to_guest, dm_type4_sigset_fields, 1 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sigval_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint64_t v = dm_ld64be(g); memset(h, 0, 8); memcpy(h, g, 8); memcpy(h, &v, 8); }
static void dm_type4_sigval_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, 8); memset(g, 0, 8); memcpy(g, h, 8); dm_st64be(g, (uint64_t)v); }

static const struct dm_field dm_type4_sigval_fields[] = {
	{ "sival_int", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sival_ptr", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
};
const struct dm_type dm_type4_sigval = { "sigval", 8, 8, 8, 1, 0, dm_type4_sigval_to_host, dm_type4_sigval_to_guest, dm_type4_sigval_fields, 2 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sockaddr_storage_to_host(void *hv, const void *gv)
{
	struct dmh_sockaddr_storage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_family = dm_ld16be(g + 0);
}

static void dm_type4_sockaddr_storage_to_guest(void *gv, const void *hv)
{
	const struct dmh_sockaddr_storage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st16be(g + 0, (uint16_t)h->ss_family);
}

static const struct dm_field dm_type4_sockaddr_storage_fields[] = {
	{ "ss_family", 0, 2, 0, 2, 1, 1, 0, NULL, NULL },
	{ "__data", 2, 126, 2, 126, 126, 126, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_sockaddr_storage = { "sockaddr_storage", 128, 8, 128, 0, 0, dm_type4_sockaddr_storage_to_host, dm_type4_sockaddr_storage_to_guest, dm_type4_sockaddr_storage_fields, 2 };

/* mips-n32-be mips-o32-be */
static void dm_type4_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32be(g + 0);
	h->ss_size = dm_ld32be(g + 4);
	h->ss_flags = dm_ld32be(g + 8);
}

static void dm_type4_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32be(g + 0, (uint32_t)h->ss_sp);
	dm_st32be(g + 4, (uint32_t)h->ss_size);
	dm_st32be(g + 8, (uint32_t)h->ss_flags);
}

static const struct dm_field dm_type4_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_size", 4, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ss_flags", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
};
const struct dm_type dm_type4_stack_t = { "stack_t", 12, 4, 24, 0, 0, dm_type4_stack_t_to_host, dm_type4_stack_t_to_guest, dm_type4_stack_t_fields, 3 };

/* hppa */
static void dm_type4_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld32be(g + 4);
	h->st_mode = dm_ld16be(g + 8);
	h->st_nlink = dm_ld16be(g + 10);
	h->st_rdev = dm_ld32be(g + 16);
	h->st_size = (int32_t)dm_ld32be(g + 20);
	h->st_atime = (int32_t)dm_ld32be(g + 24);
	h->st_atime_nsec = dm_ld32be(g + 28);
	h->st_mtime = (int32_t)dm_ld32be(g + 32);
	h->st_mtime_nsec = dm_ld32be(g + 36);
	h->st_ctime = (int32_t)dm_ld32be(g + 40);
	h->st_ctime_nsec = dm_ld32be(g + 44);
	h->st_blksize = (int32_t)dm_ld32be(g + 48);
	h->st_blocks = (int32_t)dm_ld32be(g + 52);
	h->st_uid = dm_ld32be(g + 84);
	h->st_gid = dm_ld32be(g + 88);
}

static void dm_type4_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st32be(g + 4, (uint32_t)h->st_ino);
	dm_st16be(g + 8, (uint16_t)h->st_mode);
	dm_st16be(g + 10, (uint16_t)h->st_nlink);
	dm_st32be(g + 16, (uint32_t)h->st_rdev);
	dm_st32be(g + 20, (uint32_t)h->st_size);
	dm_st32be(g + 24, (uint32_t)h->st_atime);
	dm_st32be(g + 28, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 32, (uint32_t)h->st_mtime);
	dm_st32be(g + 36, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 40, (uint32_t)h->st_ctime);
	dm_st32be(g + 44, (uint32_t)h->st_ctime_nsec);
	dm_st32be(g + 48, (uint32_t)h->st_blksize);
	dm_st32be(g + 52, (uint32_t)h->st_blocks);
	dm_st32be(g + 84, (uint32_t)h->st_uid);
	dm_st32be(g + 88, (uint32_t)h->st_gid);
}

static const struct dm_field dm_type4_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 2, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 10, 2, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_reserved1", 12, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_reserved2", 14, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_rdev", 16, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_size", 20, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 24, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 28, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 32, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 36, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 40, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 44, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 48, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 52, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused1", 56, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 60, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused3", 64, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 68, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 72, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_fstype", 74, 2, -1, 0, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_realdev", 76, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "st_basemode", 80, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "st_spareshort", 82, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_uid", 84, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 88, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_spare4", 92, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_stat = { "stat", 104, 4, 144, 0, 0, dm_type4_stat_to_host, dm_type4_stat_to_guest, dm_type4_stat_fields, 28 };

/* i386 sh4 */
static void dm_type4_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_mode = dm_ld32le(g + 16);
	h->st_nlink = dm_ld32le(g + 20);
	h->st_uid = dm_ld32le(g + 24);
	h->st_gid = dm_ld32le(g + 28);
	h->st_rdev = dm_ld64le(g + 32);
	h->st_size = dm_ld64le(g + 44);
	h->st_blksize = dm_ld32le(g + 52);
	h->st_blocks = dm_ld64le(g + 56);
	h->st_atime = dm_ld32le(g + 64);
	h->st_atime_nsec = dm_ld32le(g + 68);
	h->st_mtime = dm_ld32le(g + 72);
	h->st_mtime_nsec = dm_ld32le(g + 76);
	h->st_ctime = dm_ld32le(g + 80);
	h->st_ctime_nsec = dm_ld32le(g + 84);
	h->st_ino = dm_ld64le(g + 88);
}

static void dm_type4_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 96);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st32le(g + 12, (uint32_t)h->st_ino);
	dm_st32le(g + 16, (uint32_t)h->st_mode);
	dm_st32le(g + 20, (uint32_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_uid);
	dm_st32le(g + 28, (uint32_t)h->st_gid);
	dm_st64le(g + 32, (uint64_t)h->st_rdev);
	dm_st64le(g + 44, (uint64_t)h->st_size);
	dm_st32le(g + 52, (uint32_t)h->st_blksize);
	dm_st64le(g + 56, (uint64_t)h->st_blocks);
	dm_st32le(g + 64, (uint32_t)h->st_atime);
	dm_st32le(g + 68, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 72, (uint32_t)h->st_mtime);
	dm_st32le(g + 76, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_ctime);
	dm_st32le(g + 84, (uint32_t)h->st_ctime_nsec);
	dm_st64le(g + 88, (uint64_t)h->st_ino);
}

static const struct dm_field dm_type4_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "__pad0", 8, 4, 36, 4, 4, 1, DM_F_PAD, NULL, NULL },
	{ "__st_ino", 12, 4, 8, 8, 1, 1, DM_F_DERIVED, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad3", 40, 4, -1, 0, 4, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 44, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 52, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 56, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 64, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 76, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 80, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 84, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 88, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_stat64 = { "stat64", 96, 4, 144, 0, 0, dm_type4_stat64_to_host, dm_type4_stat64_to_guest, dm_type4_stat64_fields, 19 };

/* mips-n32-be mips-o32-be */
static void dm_type4_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = (int32_t)dm_ld32be(g + 0);
	h->f_bsize = (int32_t)dm_ld32be(g + 4);
	h->f_frsize = (int32_t)dm_ld32be(g + 8);
	h->f_blocks = (int32_t)dm_ld32be(g + 12);
	h->f_bfree = (int32_t)dm_ld32be(g + 16);
	h->f_files = (int32_t)dm_ld32be(g + 20);
	h->f_ffree = (int32_t)dm_ld32be(g + 24);
	h->f_bavail = (int32_t)dm_ld32be(g + 28);
	dm_type1_fsid.to_host((char *)h + 56, g + 32);
	h->f_namelen = (int32_t)dm_ld32be(g + 40);
	h->f_flags = (int32_t)dm_ld32be(g + 44);
}

static void dm_type4_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 68);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st32be(g + 8, (uint32_t)h->f_frsize);
	dm_st32be(g + 12, (uint32_t)h->f_blocks);
	dm_st32be(g + 16, (uint32_t)h->f_bfree);
	dm_st32be(g + 20, (uint32_t)h->f_files);
	dm_st32be(g + 24, (uint32_t)h->f_ffree);
	dm_st32be(g + 28, (uint32_t)h->f_bavail);
	dm_type1_fsid.to_guest(g + 32, (const char *)h + 56);
	dm_st32be(g + 40, (uint32_t)h->f_namelen);
	dm_st32be(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type4_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 8, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 12, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 16, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 28, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 32, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 40, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 48, 20, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_statfs = { "statfs", 68, 4, 120, 0, 0, dm_type4_statfs_to_host, dm_type4_statfs_to_guest, dm_type4_statfs_fields, 12 };

/* m68k */
static void dm_type4_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_blocks = dm_ld64be(g + 8);
	h->f_bfree = dm_ld64be(g + 16);
	h->f_bavail = dm_ld64be(g + 24);
	h->f_files = dm_ld64be(g + 32);
	h->f_ffree = dm_ld64be(g + 40);
	dm_type2_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = dm_ld32be(g + 56);
	h->f_frsize = dm_ld32be(g + 60);
	h->f_flags = dm_ld32be(g + 64);
}

static void dm_type4_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 84);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st64be(g + 8, (uint64_t)h->f_blocks);
	dm_st64be(g + 16, (uint64_t)h->f_bfree);
	dm_st64be(g + 24, (uint64_t)h->f_bavail);
	dm_st64be(g + 32, (uint64_t)h->f_files);
	dm_st64be(g + 40, (uint64_t)h->f_ffree);
	dm_type2_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32be(g + 56, (uint32_t)h->f_namelen);
	dm_st32be(g + 60, (uint32_t)h->f_frsize);
	dm_st32be(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type4_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type2_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type4_statfs64 = { "statfs64", 84, 2, 120, 0, 0, dm_type4_statfs64_to_host, dm_type4_statfs64_to_guest, dm_type4_statfs64_fields, 12 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_sysinfo_to_host(void *hv, const void *gv)
{
	struct dmh_sysinfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->uptime = dm_ld64be(g + 0);
	for (unsigned i = 0; i < 3; i++)
		h->loads[i] = dm_ld64be(g + 8 + i * 8);
	h->totalram = dm_ld64be(g + 32);
	h->freeram = dm_ld64be(g + 40);
	h->sharedram = dm_ld64be(g + 48);
	h->bufferram = dm_ld64be(g + 56);
	h->totalswap = dm_ld64be(g + 64);
	h->freeswap = dm_ld64be(g + 72);
	h->procs = dm_ld16be(g + 80);
	h->totalhigh = dm_ld64be(g + 88);
	h->freehigh = dm_ld64be(g + 96);
	h->mem_unit = dm_ld32be(g + 104);
}

static void dm_type4_sysinfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_sysinfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_st64be(g + 0, (uint64_t)h->uptime);
	for (unsigned i = 0; i < 3; i++)
		dm_st64be(g + 8 + i * 8, (uint64_t)h->loads[i]);
	dm_st64be(g + 32, (uint64_t)h->totalram);
	dm_st64be(g + 40, (uint64_t)h->freeram);
	dm_st64be(g + 48, (uint64_t)h->sharedram);
	dm_st64be(g + 56, (uint64_t)h->bufferram);
	dm_st64be(g + 64, (uint64_t)h->totalswap);
	dm_st64be(g + 72, (uint64_t)h->freeswap);
	dm_st16be(g + 80, (uint16_t)h->procs);
	dm_st64be(g + 88, (uint64_t)h->totalhigh);
	dm_st64be(g + 96, (uint64_t)h->freehigh);
	dm_st32be(g + 104, (uint32_t)h->mem_unit);
}

static const struct dm_field dm_type4_sysinfo_fields[] = {
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
const struct dm_type dm_type4_sysinfo = { "sysinfo", 112, 8, 112, 0, 0, dm_type4_sysinfo_to_host, dm_type4_sysinfo_to_guest, dm_type4_sysinfo_fields, 14 };

/* mips-n32-be mips-n64-be mips-o32-be */
static void dm_type4_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
}

static void dm_type4_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type4_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 23, 17, 19, 23, 19, 0, NULL, NULL },
};
const struct dm_type dm_type4_termios = { "termios", 40, 4, 36, 0, 0, dm_type4_termios_to_host, dm_type4_termios_to_guest, dm_type4_termios_fields, 6 };

/* mips-n32-be mips-n64-be mips-o32-be */
static void dm_type4_termios2_to_host(void *hv, const void *gv)
{
	struct dmh_termios2 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
	h->c_ispeed = dm_ld32be(g + 40);
	h->c_ospeed = dm_ld32be(g + 44);
}

static void dm_type4_termios2_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios2 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st32be(g + 40, (uint32_t)h->c_ispeed);
	dm_st32be(g + 44, (uint32_t)h->c_ospeed);
}

static const struct dm_field dm_type4_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 23, 17, 19, 23, 19, 0, NULL, NULL },
	{ "c_ispeed", 40, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 44, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type4_termios2 = { "termios2", 48, 4, 44, 0, 0, dm_type4_termios2_to_host, dm_type4_termios2_to_guest, dm_type4_termios2_fields, 8 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_nsec = dm_ld64be(g + 8);
}

static void dm_type4_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_nsec);
}

static const struct dm_field dm_type4_timespec_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_timespec = { "timespec", 16, 8, 16, 0, 0, dm_type4_timespec_to_host, dm_type4_timespec_to_guest, dm_type4_timespec_fields, 2 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_usec = dm_ld64be(g + 8);
}

static void dm_type4_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st64be(g + 8, (uint64_t)h->tv_usec);
}

static const struct dm_field dm_type4_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_timeval = { "timeval", 16, 8, 16, 0, 0, dm_type4_timeval_to_host, dm_type4_timeval_to_guest, dm_type4_timeval_fields, 2 };

/* mips-n64-be ppc64 s390x */
static void dm_type4_timex_to_host(void *hv, const void *gv)
{
	struct dmh_timex *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = dm_ld64be(g + 8);
	h->freq = dm_ld64be(g + 16);
	h->maxerror = dm_ld64be(g + 24);
	h->esterror = dm_ld64be(g + 32);
	h->status = dm_ld32be(g + 40);
	h->constant = dm_ld64be(g + 48);
	h->precision = dm_ld64be(g + 56);
	h->tolerance = dm_ld64be(g + 64);
	dm_type4_timeval.to_host((char *)h + 72, g + 72);
	h->tick = dm_ld64be(g + 88);
	h->ppsfreq = dm_ld64be(g + 96);
	h->jitter = dm_ld64be(g + 104);
	h->shift = dm_ld32be(g + 112);
	h->stabil = dm_ld64be(g + 120);
	h->jitcnt = dm_ld64be(g + 128);
	h->calcnt = dm_ld64be(g + 136);
	h->errcnt = dm_ld64be(g + 144);
	h->stbcnt = dm_ld64be(g + 152);
	h->tai = dm_ld32be(g + 160);
}

static void dm_type4_timex_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 208);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st64be(g + 8, (uint64_t)h->offset);
	dm_st64be(g + 16, (uint64_t)h->freq);
	dm_st64be(g + 24, (uint64_t)h->maxerror);
	dm_st64be(g + 32, (uint64_t)h->esterror);
	dm_st32be(g + 40, (uint32_t)h->status);
	dm_st64be(g + 48, (uint64_t)h->constant);
	dm_st64be(g + 56, (uint64_t)h->precision);
	dm_st64be(g + 64, (uint64_t)h->tolerance);
	dm_type4_timeval.to_guest(g + 72, (const char *)h + 72);
	dm_st64be(g + 88, (uint64_t)h->tick);
	dm_st64be(g + 96, (uint64_t)h->ppsfreq);
	dm_st64be(g + 104, (uint64_t)h->jitter);
	dm_st32be(g + 112, (uint32_t)h->shift);
	dm_st64be(g + 120, (uint64_t)h->stabil);
	dm_st64be(g + 128, (uint64_t)h->jitcnt);
	dm_st64be(g + 136, (uint64_t)h->calcnt);
	dm_st64be(g + 144, (uint64_t)h->errcnt);
	dm_st64be(g + 152, (uint64_t)h->stbcnt);
	dm_st32be(g + 160, (uint32_t)h->tai);
}

static const struct dm_field dm_type4_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type4_timeval, NULL },
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
const struct dm_type dm_type4_timex = { "timex", 208, 8, 208, 0, 0, dm_type4_timex_to_host, dm_type4_timex_to_guest, dm_type4_timex_fields, 20 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_tms_to_host(void *hv, const void *gv)
{
	struct dmh_tms *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tms_utime = dm_ld64be(g + 0);
	h->tms_stime = dm_ld64be(g + 8);
	h->tms_cutime = dm_ld64be(g + 16);
	h->tms_cstime = dm_ld64be(g + 24);
}

static void dm_type4_tms_to_guest(void *gv, const void *hv)
{
	const struct dmh_tms *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st64be(g + 0, (uint64_t)h->tms_utime);
	dm_st64be(g + 8, (uint64_t)h->tms_stime);
	dm_st64be(g + 16, (uint64_t)h->tms_cutime);
	dm_st64be(g + 24, (uint64_t)h->tms_cstime);
}

static const struct dm_field dm_type4_tms_fields[] = {
	{ "tms_utime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_stime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cutime", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tms_cstime", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_tms = { "tms", 32, 8, 32, 0, 0, dm_type4_tms_to_host, dm_type4_tms_to_guest, dm_type4_tms_fields, 4 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_ustat_to_host(void *hv, const void *gv)
{
	struct dmh_ustat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_tfree = dm_ld32be(g + 0);
	h->f_tinode = dm_ld64be(g + 8);
	for (unsigned i = 0; i < 6; i++)
		h->f_fname[i] = dm_ld8(g + 16 + i * 1);
	for (unsigned i = 0; i < 6; i++)
		h->f_fpack[i] = dm_ld8(g + 22 + i * 1);
}

static void dm_type4_ustat_to_guest(void *gv, const void *hv)
{
	const struct dmh_ustat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->f_tfree);
	dm_st64be(g + 8, (uint64_t)h->f_tinode);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 16 + i * 1, (uint8_t)h->f_fname[i]);
	for (unsigned i = 0; i < 6; i++)
		dm_st8(g + 22 + i * 1, (uint8_t)h->f_fpack[i]);
}

static const struct dm_field dm_type4_ustat_fields[] = {
	{ "f_tfree", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_tinode", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_fname", 16, 6, 16, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
	{ "f_fpack", 22, 6, 22, 6, 6, 6, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_ustat = { "ustat", 32, 8, 32, 0, 0, dm_type4_ustat_to_host, dm_type4_ustat_to_guest, dm_type4_ustat_fields, 4 };

/* mips-n64-be ppc64 s390x sparc64 */
static void dm_type4_utimbuf_to_host(void *hv, const void *gv)
{
	struct dmh_utimbuf *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->actime = dm_ld64be(g + 0);
	h->modtime = dm_ld64be(g + 8);
}

static void dm_type4_utimbuf_to_guest(void *gv, const void *hv)
{
	const struct dmh_utimbuf *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->actime);
	dm_st64be(g + 8, (uint64_t)h->modtime);
}

static const struct dm_field dm_type4_utimbuf_fields[] = {
	{ "actime", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "modtime", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type4_utimbuf = { "utimbuf", 16, 8, 16, 0, 0, dm_type4_utimbuf_to_host, dm_type4_utimbuf_to_guest, dm_type4_utimbuf_fields, 2 };

/* mips-n32-be mips-n64-be mips-o32-be */
static void dm_type5_clone_args_to_host(void *hv, const void *gv)
{
	struct dmh_clone_args *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->flags = dm_ld64be(g + 0);
	h->pidfd = dm_ld64be(g + 8);
	h->child_tid = dm_ld64be(g + 16);
	h->parent_tid = dm_ld64be(g + 24);
	h->exit_signal = dm_ld64be(g + 32);
	h->stack = dm_ld64be(g + 40);
	h->stack_size = dm_ld64be(g + 48);
	h->tls = dm_ld64be(g + 56);
	h->set_tid = dm_ld64be(g + 64);
	h->set_tid_size = dm_ld64be(g + 72);
	h->cgroup = dm_ld64be(g + 80);
}

static void dm_type5_clone_args_to_guest(void *gv, const void *hv)
{
	const struct dmh_clone_args *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st64be(g + 0, (uint64_t)h->flags);
	dm_st64be(g + 8, (uint64_t)h->pidfd);
	dm_st64be(g + 16, (uint64_t)h->child_tid);
	dm_st64be(g + 24, (uint64_t)h->parent_tid);
	dm_st64be(g + 32, (uint64_t)h->exit_signal);
	dm_st64be(g + 40, (uint64_t)h->stack);
	dm_st64be(g + 48, (uint64_t)h->stack_size);
	dm_st64be(g + 56, (uint64_t)h->tls);
	dm_st64be(g + 64, (uint64_t)h->set_tid);
	dm_st64be(g + 72, (uint64_t)h->set_tid_size);
	dm_st64be(g + 80, (uint64_t)h->cgroup);
}

static const struct dm_field dm_type5_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set4_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type5_clone_args = { "clone_args", 88, 8, 88, 0, 0, dm_type5_clone_args_to_host, dm_type5_clone_args_to_guest, dm_type5_clone_args_fields, 11 };

/* mips-n32-le mips-o32-le */
static void dm_type5_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16le(g + 0);
	h->l_whence = dm_ld16le(g + 2);
	h->l_start = (int32_t)dm_ld32le(g + 4);
	h->l_len = (int32_t)dm_ld32le(g + 8);
	h->l_pid = dm_ld32le(g + 16);
}

static void dm_type5_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st16le(g + 0, (uint16_t)h->l_type);
	dm_st16le(g + 2, (uint16_t)h->l_whence);
	dm_st32le(g + 4, (uint32_t)h->l_start);
	dm_st32le(g + 8, (uint32_t)h->l_len);
	dm_st32le(g + 16, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type5_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 8, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_sysid", 12, 4, -1, 0, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 16, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "pad", 20, 16, -1, 0, 4, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_flock = { "flock", 36, 4, 32, 0, 0, dm_type5_flock_to_host, dm_type5_flock_to_guest, dm_type5_flock_fields, 7 };

/* mips-n32-be mips-o32-be */
static void dm_type5_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld32be(g + 20);
	h->seq = dm_ld16be(g + 24);
}

static void dm_type5_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st32be(g + 20, (uint32_t)h->mode);
	dm_st16be(g + 24, (uint16_t)h->seq);
}

static const struct dm_field dm_type5_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 24, 0, 24, 0, 0, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 24, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad2", 26, 2, 26, 2, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused1", 28, 4, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 32, 4, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_ipc64_perm = { "ipc64_perm", 36, 4, 48, 0, 0, dm_type5_ipc64_perm_to_host, dm_type5_ipc64_perm_to_guest, dm_type5_ipc64_perm_fields, 11 };

/* x32 */
static void dm_type5_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_timespec.to_host((char *)h + 0, g + 0);
	dm_type5_timespec.to_host((char *)h + 16, g + 16);
}

static void dm_type5_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type5_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_type5_timespec.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type5_itimerspec_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type5_timespec, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type5_timespec, NULL },
};
const struct dm_type dm_type5_itimerspec = { "itimerspec", 32, 8, 32, 0, 0, dm_type5_itimerspec_to_host, dm_type5_itimerspec_to_guest, dm_type5_itimerspec_fields, 2 };

/* sparc64 */
static void dm_type5_itimerval_to_host(void *hv, const void *gv)
{
	struct dmh_itimerval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_timeval.to_host((char *)h + 0, g + 0);
	dm_type5_timeval.to_host((char *)h + 16, g + 16);
}

static void dm_type5_itimerval_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_type5_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type5_timeval.to_guest(g + 16, (const char *)h + 16);
}

static const struct dm_field dm_type5_itimerval_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_type5_timeval, NULL },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_type5_timeval, NULL },
};
const struct dm_type dm_type5_itimerval = { "itimerval", 32, 8, 32, 0, 0, dm_type5_itimerval_to_host, dm_type5_itimerval_to_guest, dm_type5_itimerval_fields, 2 };

/* mips-n64-be sparc64 */
static void dm_type5_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32be(g + 0);
	h->lo_device = dm_ld32be(g + 4);
	h->lo_inode = dm_ld64be(g + 8);
	h->lo_rdevice = dm_ld32be(g + 16);
	h->lo_offset = dm_ld32be(g + 20);
	h->lo_encrypt_type = dm_ld32be(g + 24);
	h->lo_encrypt_key_size = dm_ld32be(g + 28);
	h->lo_flags = dm_ld32be(g + 32);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 36 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 100 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64be(g + 136 + i * 8);
}

static void dm_type5_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 160);
	dm_st32be(g + 0, (uint32_t)h->lo_number);
	dm_st32be(g + 4, (uint32_t)h->lo_device);
	dm_st64be(g + 8, (uint64_t)h->lo_inode);
	dm_st32be(g + 16, (uint32_t)h->lo_rdevice);
	dm_st32be(g + 20, (uint32_t)h->lo_offset);
	dm_st32be(g + 24, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 28, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 32, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 36 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 100 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64be(g + 136 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type5_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 16, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 20, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 24, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 28, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 32, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 36, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 100, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 136, 16, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 152, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_loop_info = { "loop_info", 160, 8, 168, 0, 0, dm_type5_loop_info_to_host, dm_type5_loop_info_to_guest, dm_type5_loop_info_fields, 12 };

/* mips-n32-be */
static void dm_type5_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = (int32_t)dm_ld32be(g + 36);
	h->msg_rtime = (int32_t)dm_ld32be(g + 40);
	h->msg_ctime = (int32_t)dm_ld32be(g + 44);
	h->msg_cbytes = dm_ld32be(g + 48);
	h->msg_qnum = dm_ld32be(g + 52);
	h->msg_qbytes = dm_ld32be(g + 56);
	h->msg_lspid = dm_ld32be(g + 60);
	h->msg_lrpid = dm_ld32be(g + 64);
}

static void dm_type5_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 76);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->msg_stime);
	dm_st32be(g + 40, (uint32_t)h->msg_rtime);
	dm_st32be(g + 44, (uint32_t)h->msg_ctime);
	dm_st32be(g + 48, (uint32_t)h->msg_cbytes);
	dm_st32be(g + 52, (uint32_t)h->msg_qnum);
	dm_st32be(g + 56, (uint32_t)h->msg_qbytes);
	dm_st32be(g + 60, (uint32_t)h->msg_lspid);
	dm_st32be(g + 64, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type5_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "msg_stime", 36, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_rtime", 40, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_ctime", 44, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_cbytes", 48, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 56, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 60, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 64, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 68, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 72, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_msqid64_ds = { "msqid64_ds", 76, 4, 120, 0, 0, dm_type5_msqid64_ds_to_host, dm_type5_msqid64_ds_to_guest, dm_type5_msqid64_ds_fields, 11 };

/* sparc64 */
static void dm_type5_pollfd_to_host(void *hv, const void *gv)
{
	struct dmh_pollfd *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->events = dm_ld16be(g + 4);
	h->revents = dm_ld16be(g + 6);
}

static void dm_type5_pollfd_to_guest(void *gv, const void *hv)
{
	const struct dmh_pollfd *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st16be(g + 4, (uint16_t)h->events);
	dm_st16be(g + 6, (uint16_t)h->revents);
}

static const struct dm_field dm_type5_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set2_poll_events },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL, &dm_set2_poll_events },
};
const struct dm_type dm_type5_pollfd = { "pollfd", 8, 4, 8, 0, 0, dm_type5_pollfd_to_host, dm_type5_pollfd_to_guest, dm_type5_pollfd_fields, 3 };

/* sparc64 */
static void dm_type5_rusage_to_host(void *hv, const void *gv)
{
	struct dmh_rusage *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_timeval.to_host((char *)h + 0, g + 0);
	dm_type5_timeval.to_host((char *)h + 16, g + 16);
	h->ru_maxrss = dm_ld64be(g + 32);
	h->ru_ixrss = dm_ld64be(g + 40);
	h->ru_idrss = dm_ld64be(g + 48);
	h->ru_isrss = dm_ld64be(g + 56);
	h->ru_minflt = dm_ld64be(g + 64);
	h->ru_majflt = dm_ld64be(g + 72);
	h->ru_nswap = dm_ld64be(g + 80);
	h->ru_inblock = dm_ld64be(g + 88);
	h->ru_oublock = dm_ld64be(g + 96);
	h->ru_msgsnd = dm_ld64be(g + 104);
	h->ru_msgrcv = dm_ld64be(g + 112);
	h->ru_nsignals = dm_ld64be(g + 120);
	h->ru_nvcsw = dm_ld64be(g + 128);
	h->ru_nivcsw = dm_ld64be(g + 136);
}

static void dm_type5_rusage_to_guest(void *gv, const void *hv)
{
	const struct dmh_rusage *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_type5_timeval.to_guest(g + 0, (const char *)h + 0);
	dm_type5_timeval.to_guest(g + 16, (const char *)h + 16);
	dm_st64be(g + 32, (uint64_t)h->ru_maxrss);
	dm_st64be(g + 40, (uint64_t)h->ru_ixrss);
	dm_st64be(g + 48, (uint64_t)h->ru_idrss);
	dm_st64be(g + 56, (uint64_t)h->ru_isrss);
	dm_st64be(g + 64, (uint64_t)h->ru_minflt);
	dm_st64be(g + 72, (uint64_t)h->ru_majflt);
	dm_st64be(g + 80, (uint64_t)h->ru_nswap);
	dm_st64be(g + 88, (uint64_t)h->ru_inblock);
	dm_st64be(g + 96, (uint64_t)h->ru_oublock);
	dm_st64be(g + 104, (uint64_t)h->ru_msgsnd);
	dm_st64be(g + 112, (uint64_t)h->ru_msgrcv);
	dm_st64be(g + 120, (uint64_t)h->ru_nsignals);
	dm_st64be(g + 128, (uint64_t)h->ru_nvcsw);
	dm_st64be(g + 136, (uint64_t)h->ru_nivcsw);
}

static const struct dm_field dm_type5_rusage_fields[] = {
	{ "ru_utime", 0, 16, 0, 16, 1, 1, 0, &dm_type5_timeval, NULL },
	{ "ru_stime", 16, 16, 16, 16, 1, 1, 0, &dm_type5_timeval, NULL },
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
const struct dm_type dm_type5_rusage = { "rusage", 144, 8, 144, 0, 0, dm_type5_rusage_to_host, dm_type5_rusage_to_guest, dm_type5_rusage_fields, 16 };

/* mips-n32-be */
static void dm_type5_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = (int32_t)dm_ld32be(g + 36);
	h->sem_ctime = (int32_t)dm_ld32be(g + 40);
	h->sem_nsems = dm_ld32be(g + 44);
}

static void dm_type5_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->sem_otime);
	dm_st32be(g + 40, (uint32_t)h->sem_ctime);
	dm_st32be(g + 44, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type5_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 40, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 48, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 52, 4, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_semid64_ds = { "semid64_ds", 56, 4, 104, 0, 0, dm_type5_semid64_ds_to_host, dm_type5_semid64_ds_to_guest, dm_type5_semid64_ds_fields, 6 };

/* mips-n32-be */
static void dm_type5_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32be(g + 36);
	h->shm_atime = (int32_t)dm_ld32be(g + 40);
	h->shm_dtime = (int32_t)dm_ld32be(g + 44);
	h->shm_ctime = (int32_t)dm_ld32be(g + 48);
	h->shm_cpid = dm_ld32be(g + 52);
	h->shm_lpid = dm_ld32be(g + 56);
	h->shm_nattch = dm_ld32be(g + 60);
}

static void dm_type5_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->shm_segsz);
	dm_st32be(g + 40, (uint32_t)h->shm_atime);
	dm_st32be(g + 44, (uint32_t)h->shm_dtime);
	dm_st32be(g + 48, (uint32_t)h->shm_ctime);
	dm_st32be(g + 52, (uint32_t)h->shm_cpid);
	dm_st32be(g + 56, (uint32_t)h->shm_lpid);
	dm_st32be(g + 60, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type5_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 44, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 48, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 52, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 56, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 60, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 64, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 68, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_shmid64_ds = { "shmid64_ds", 72, 4, 112, 0, 0, dm_type5_shmid64_ds_to_host, dm_type5_shmid64_ds_to_guest, dm_type5_shmid64_ds_fields, 10 };

/* sparc64 */
static void dm_type5_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 32); }
static void dm_type5_sifields_to_guest(void *g, const void *h) { memset(g, 0, 32); memcpy(g, h, 32); }

static const struct dm_field dm_type5_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type1_siginfo_kill, NULL },
	{ "_timer", 0, 24, 0, 24, 1, 1, 0, &dm_type4_siginfo_timer, NULL },
	{ "_rt", 0, 16, 0, 16, 1, 1, 0, &dm_type4_siginfo_rt, NULL },
	{ "_sigchld", 0, 32, 0, 32, 1, 1, 0, &dm_type4_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 32, 0, 32, 1, 1, 0, &dm_type4_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_type2_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 16, 0, 16, 1, 1, 0, &dm_type4_siginfo_sigsys, NULL },
};
const struct dm_type dm_type5_sifields = { "sifields", 32, 8, 32, 1, 0, dm_type5_sifields_to_host, dm_type5_sifields_to_guest, dm_type5_sifields_fields, 7 };

/* m68k */
static void dm_type5_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_handler = dm_ld32be(g + 0);
	h->sa_flags = dm_ld32be(g + 4);
	h->sa_restorer = dm_ld32be(g + 8);
	dm_type3_sigset.to_host((char *)h + 24, g + 12);
}

static void dm_type5_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 20);
	dm_st32be(g + 0, (uint32_t)h->sa_handler);
	dm_st32be(g + 4, (uint32_t)h->sa_flags);
	dm_st32be(g + 8, (uint32_t)h->sa_restorer);
	dm_type3_sigset.to_guest(g + 12, (const char *)h + 24);
}

static const struct dm_field dm_type5_sigaction_fields[] = {
	{ "sa_handler", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_flags", 4, 4, 8, 8, 1, 1, 0, NULL, &dm_set4_sigaction_flags },
	{ "sa_restorer", 8, 4, 16, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 12, 8, 24, 8, 1, 1, 0, &dm_type3_sigset, NULL },
};
const struct dm_type dm_type5_sigaction = { "sigaction", 20, 2, 32, 0, 0, dm_type5_sigaction_to_host, dm_type5_sigaction_to_guest, dm_type5_sigaction_fields, 4 };

/* m68k */
static void dm_type5_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_errno = dm_ld32be(g + 4);
	h->si_code = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type5_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_errno);
	dm_st32be(g + 8, (uint32_t)h->si_code);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type5_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_signals },
	{ "si_errno", 4, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_code", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type3_sifields, NULL },
};
const struct dm_type dm_type5_siginfo = { "siginfo", 128, 2, 128, 0, 0, dm_type5_siginfo_to_host, dm_type5_siginfo_to_guest, dm_type5_siginfo_fields, 4 };

/* x32 */
static void dm_type5_siginfo_sigchld_to_host(void *hv, const void *gv)
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

static void dm_type5_siginfo_sigchld_to_guest(void *gv, const void *hv)
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

static const struct dm_field dm_type5_siginfo_sigchld_fields[] = {
	{ "_pid", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "_status", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_utime", 12, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_stime", 20, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type5_siginfo_sigchld = { "siginfo_sigchld", 28, 4, 32, 0, 0, dm_type5_siginfo_sigchld_to_host, dm_type5_siginfo_sigchld_to_guest, dm_type5_siginfo_sigchld_fields, 5 };

/* mips-n32-le mips-o32-le */
static void dm_type5_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld32le(g + 0 + i * 4);
}

static void dm_type5_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	for (unsigned i = 0; i < 1; i++)
		dm_st32le(g + 0 + i * 4, (uint32_t)h->sig[i]);
}

static const struct dm_field dm_type5_sigset_fields[] = {
	{ "sig", 0, 16, 0, 8, 4, 1, 0, NULL, NULL },
};
const struct dm_type dm_type5_sigset = { "sigset", 16, 4, 8, 0, 0, dm_type5_sigset_to_host, dm_type5_sigset_to_guest, dm_type5_sigset_fields, 1 };

/* mips-n32-le mips-o32-le */
static void dm_type5_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld32le(g + 0);
	h->ss_size = dm_ld32le(g + 4);
	h->ss_flags = dm_ld32le(g + 8);
}

static void dm_type5_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 12);
	dm_st32le(g + 0, (uint32_t)h->ss_sp);
	dm_st32le(g + 4, (uint32_t)h->ss_size);
	dm_st32le(g + 8, (uint32_t)h->ss_flags);
}

static const struct dm_field dm_type5_stack_t_fields[] = {
	{ "ss_sp", 0, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_size", 4, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ss_flags", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
};
const struct dm_type dm_type5_stack_t = { "stack_t", 12, 4, 24, 0, 0, dm_type5_stack_t_to_host, dm_type5_stack_t_to_guest, dm_type5_stack_t_fields, 3 };

/* m68k */
static void dm_type5_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld16be(g + 0);
	h->st_ino = dm_ld32be(g + 4);
	h->st_mode = dm_ld16be(g + 8);
	h->st_nlink = dm_ld16be(g + 10);
	h->st_uid = dm_ld16be(g + 12);
	h->st_gid = dm_ld16be(g + 14);
	h->st_rdev = dm_ld16be(g + 16);
	h->st_size = dm_ld32be(g + 20);
	h->st_blksize = dm_ld32be(g + 24);
	h->st_blocks = dm_ld32be(g + 28);
	h->st_atime = dm_ld32be(g + 32);
	h->st_mtime = dm_ld32be(g + 40);
	h->st_ctime = dm_ld32be(g + 48);
}

static void dm_type5_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st16be(g + 0, (uint16_t)h->st_dev);
	dm_st32be(g + 4, (uint32_t)h->st_ino);
	dm_st16be(g + 8, (uint16_t)h->st_mode);
	dm_st16be(g + 10, (uint16_t)h->st_nlink);
	dm_st16be(g + 12, (uint16_t)h->st_uid);
	dm_st16be(g + 14, (uint16_t)h->st_gid);
	dm_st16be(g + 16, (uint16_t)h->st_rdev);
	dm_st32be(g + 20, (uint32_t)h->st_size);
	dm_st32be(g + 24, (uint32_t)h->st_blksize);
	dm_st32be(g + 28, (uint32_t)h->st_blocks);
	dm_st32be(g + 32, (uint32_t)h->st_atime);
	dm_st32be(g + 40, (uint32_t)h->st_mtime);
	dm_st32be(g + 48, (uint32_t)h->st_ctime);
}

static const struct dm_field dm_type5_stat_fields[] = {
	{ "st_dev", 0, 2, 0, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 2, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_ino", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 8, 2, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 10, 2, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 12, 2, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 14, 2, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 16, 2, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad2", 18, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 20, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 24, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 28, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 32, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 36, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_mtime", 40, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused2", 44, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_ctime", 48, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "__unused3", 52, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused4", 56, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 60, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_stat = { "stat", 64, 2, 144, 0, 0, dm_type5_stat_to_host, dm_type5_stat_to_guest, dm_type5_stat_fields, 20 };

/* m68k */
static void dm_type5_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_mode = dm_ld32be(g + 14);
	h->st_nlink = dm_ld32be(g + 18);
	h->st_uid = dm_ld32be(g + 22);
	h->st_gid = dm_ld32be(g + 26);
	h->st_rdev = dm_ld64be(g + 30);
	h->st_size = dm_ld64be(g + 40);
	h->st_blksize = dm_ld32be(g + 48);
	h->st_blocks = dm_ld64be(g + 52);
	h->st_atime = dm_ld32be(g + 60);
	h->st_atime_nsec = dm_ld32be(g + 64);
	h->st_mtime = dm_ld32be(g + 68);
	h->st_mtime_nsec = dm_ld32be(g + 72);
	h->st_ctime = dm_ld32be(g + 76);
	h->st_ctime_nsec = dm_ld32be(g + 80);
	h->st_ino = dm_ld64be(g + 84);
}

static void dm_type5_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 92);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st32be(g + 10, (uint32_t)h->st_ino);
	dm_st32be(g + 14, (uint32_t)h->st_mode);
	dm_st32be(g + 18, (uint32_t)h->st_nlink);
	dm_st32be(g + 22, (uint32_t)h->st_uid);
	dm_st32be(g + 26, (uint32_t)h->st_gid);
	dm_st64be(g + 30, (uint64_t)h->st_rdev);
	dm_st64be(g + 40, (uint64_t)h->st_size);
	dm_st32be(g + 48, (uint32_t)h->st_blksize);
	dm_st64be(g + 52, (uint64_t)h->st_blocks);
	dm_st32be(g + 60, (uint32_t)h->st_atime);
	dm_st32be(g + 64, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 68, (uint32_t)h->st_mtime);
	dm_st32be(g + 72, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 76, (uint32_t)h->st_ctime);
	dm_st32be(g + 80, (uint32_t)h->st_ctime_nsec);
	dm_st64be(g + 84, (uint64_t)h->st_ino);
}

static const struct dm_field dm_type5_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "__pad1", 8, 2, -1, 0, 2, 1, DM_F_PAD, NULL, NULL },
	{ "__st_ino", 10, 4, 8, 8, 1, 1, DM_F_DERIVED, NULL, NULL },
	{ "st_mode", 14, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 18, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 22, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 26, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 30, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad3", 38, 2, -1, 0, 2, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 40, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 48, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_blocks", 52, 8, 64, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 68, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 72, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 76, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 80, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 84, 8, 8, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type5_stat64 = { "stat64", 92, 2, 144, 0, 0, dm_type5_stat64_to_host, dm_type5_stat64_to_guest, dm_type5_stat64_fields, 19 };

/* mips-n32-le mips-o32-le */
static void dm_type5_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = (int32_t)dm_ld32le(g + 0);
	h->f_bsize = (int32_t)dm_ld32le(g + 4);
	h->f_frsize = (int32_t)dm_ld32le(g + 8);
	h->f_blocks = (int32_t)dm_ld32le(g + 12);
	h->f_bfree = (int32_t)dm_ld32le(g + 16);
	h->f_files = (int32_t)dm_ld32le(g + 20);
	h->f_ffree = (int32_t)dm_ld32le(g + 24);
	h->f_bavail = (int32_t)dm_ld32le(g + 28);
	dm_type0_fsid.to_host((char *)h + 56, g + 32);
	h->f_namelen = (int32_t)dm_ld32le(g + 40);
	h->f_flags = (int32_t)dm_ld32le(g + 44);
}

static void dm_type5_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 68);
	dm_st32le(g + 0, (uint32_t)h->f_type);
	dm_st32le(g + 4, (uint32_t)h->f_bsize);
	dm_st32le(g + 8, (uint32_t)h->f_frsize);
	dm_st32le(g + 12, (uint32_t)h->f_blocks);
	dm_st32le(g + 16, (uint32_t)h->f_bfree);
	dm_st32le(g + 20, (uint32_t)h->f_files);
	dm_st32le(g + 24, (uint32_t)h->f_ffree);
	dm_st32le(g + 28, (uint32_t)h->f_bavail);
	dm_type0_fsid.to_guest(g + 32, (const char *)h + 56);
	dm_st32le(g + 40, (uint32_t)h->f_namelen);
	dm_st32le(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type5_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 8, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 12, 4, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 16, 4, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 28, 4, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 32, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 40, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 48, 20, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_statfs = { "statfs", 68, 4, 120, 0, 0, dm_type5_statfs_to_host, dm_type5_statfs_to_guest, dm_type5_statfs_fields, 12 };

/* mips-n32-be mips-o32-be */
static void dm_type5_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_frsize = dm_ld32be(g + 8);
	h->f_blocks = dm_ld64be(g + 16);
	h->f_bfree = dm_ld64be(g + 24);
	h->f_files = dm_ld64be(g + 32);
	h->f_ffree = dm_ld64be(g + 40);
	h->f_bavail = dm_ld64be(g + 48);
	dm_type1_fsid.to_host((char *)h + 56, g + 56);
	h->f_namelen = dm_ld32be(g + 64);
	h->f_flags = dm_ld32be(g + 68);
}

static void dm_type5_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 96);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st32be(g + 8, (uint32_t)h->f_frsize);
	dm_st64be(g + 16, (uint64_t)h->f_blocks);
	dm_st64be(g + 24, (uint64_t)h->f_bfree);
	dm_st64be(g + 32, (uint64_t)h->f_files);
	dm_st64be(g + 40, (uint64_t)h->f_ffree);
	dm_st64be(g + 48, (uint64_t)h->f_bavail);
	dm_type1_fsid.to_guest(g + 56, (const char *)h + 56);
	dm_st32be(g + 64, (uint32_t)h->f_namelen);
	dm_st32be(g + 68, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type5_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 8, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "__pad", 12, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 48, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 64, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 72, 20, 88, 32, 5, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type5_statfs64 = { "statfs64", 96, 8, 120, 0, 0, dm_type5_statfs64_to_host, dm_type5_statfs64_to_guest, dm_type5_statfs64_fields, 13 };

/* mips-n32-le mips-n64-le mips-o32-le */
static void dm_type5_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32le(g + 0);
	h->c_oflag = dm_ld32le(g + 4);
	h->c_cflag = dm_ld32le(g + 8);
	h->c_lflag = dm_ld32le(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
}

static void dm_type5_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 40);
	dm_st32le(g + 0, (uint32_t)h->c_iflag);
	dm_st32le(g + 4, (uint32_t)h->c_oflag);
	dm_st32le(g + 8, (uint32_t)h->c_cflag);
	dm_st32le(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type5_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 23, 17, 19, 23, 19, 0, NULL, NULL },
};
const struct dm_type dm_type5_termios = { "termios", 40, 4, 36, 0, 0, dm_type5_termios_to_host, dm_type5_termios_to_guest, dm_type5_termios_fields, 6 };

/* mips-n32-le mips-n64-le mips-o32-le */
static void dm_type5_termios2_to_host(void *hv, const void *gv)
{
	struct dmh_termios2 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32le(g + 0);
	h->c_oflag = dm_ld32le(g + 4);
	h->c_cflag = dm_ld32le(g + 8);
	h->c_lflag = dm_ld32le(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
	h->c_ispeed = dm_ld32le(g + 40);
	h->c_ospeed = dm_ld32le(g + 44);
}

static void dm_type5_termios2_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios2 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32le(g + 0, (uint32_t)h->c_iflag);
	dm_st32le(g + 4, (uint32_t)h->c_oflag);
	dm_st32le(g + 8, (uint32_t)h->c_cflag);
	dm_st32le(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st32le(g + 40, (uint32_t)h->c_ispeed);
	dm_st32le(g + 44, (uint32_t)h->c_ospeed);
}

static const struct dm_field dm_type5_termios2_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 23, 17, 19, 23, 19, 0, NULL, NULL },
	{ "c_ispeed", 40, 4, 36, 4, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 44, 4, 40, 4, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type5_termios2 = { "termios2", 48, 4, 44, 0, 0, dm_type5_termios2_to_host, dm_type5_termios2_to_guest, dm_type5_termios2_fields, 8 };

/* x32 */
static void dm_type5_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64le(g + 0);
	h->tv_nsec = (int32_t)dm_ld32le(g + 8);
}

static void dm_type5_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64le(g + 0, (uint64_t)h->tv_sec);
	dm_st32le(g + 8, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_type5_timespec_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_nsec", 8, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type5_timespec = { "timespec", 16, 8, 16, 0, 0, dm_type5_timespec_to_host, dm_type5_timespec_to_guest, dm_type5_timespec_fields, 2 };

/* sparc64 */
static void dm_type5_timeval_to_host(void *hv, const void *gv)
{
	struct dmh_timeval *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = dm_ld64be(g + 0);
	h->tv_usec = (int32_t)dm_ld32be(g + 8);
}

static void dm_type5_timeval_to_guest(void *gv, const void *hv)
{
	const struct dmh_timeval *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st64be(g + 0, (uint64_t)h->tv_sec);
	dm_st32be(g + 8, (uint32_t)h->tv_usec);
}

static const struct dm_field dm_type5_timeval_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tv_usec", 8, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type5_timeval = { "timeval", 16, 8, 16, 0, 0, dm_type5_timeval_to_host, dm_type5_timeval_to_guest, dm_type5_timeval_fields, 2 };

/* sparc64 */
static void dm_type5_timex_to_host(void *hv, const void *gv)
{
	struct dmh_timex *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->modes = dm_ld32be(g + 0);
	h->offset = dm_ld64be(g + 8);
	h->freq = dm_ld64be(g + 16);
	h->maxerror = dm_ld64be(g + 24);
	h->esterror = dm_ld64be(g + 32);
	h->status = dm_ld32be(g + 40);
	h->constant = dm_ld64be(g + 48);
	h->precision = dm_ld64be(g + 56);
	h->tolerance = dm_ld64be(g + 64);
	dm_type5_timeval.to_host((char *)h + 72, g + 72);
	h->tick = dm_ld64be(g + 88);
	h->ppsfreq = dm_ld64be(g + 96);
	h->jitter = dm_ld64be(g + 104);
	h->shift = dm_ld32be(g + 112);
	h->stabil = dm_ld64be(g + 120);
	h->jitcnt = dm_ld64be(g + 128);
	h->calcnt = dm_ld64be(g + 136);
	h->errcnt = dm_ld64be(g + 144);
	h->stbcnt = dm_ld64be(g + 152);
	h->tai = dm_ld32be(g + 160);
}

static void dm_type5_timex_to_guest(void *gv, const void *hv)
{
	const struct dmh_timex *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 208);
	dm_st32be(g + 0, (uint32_t)h->modes);
	dm_st64be(g + 8, (uint64_t)h->offset);
	dm_st64be(g + 16, (uint64_t)h->freq);
	dm_st64be(g + 24, (uint64_t)h->maxerror);
	dm_st64be(g + 32, (uint64_t)h->esterror);
	dm_st32be(g + 40, (uint32_t)h->status);
	dm_st64be(g + 48, (uint64_t)h->constant);
	dm_st64be(g + 56, (uint64_t)h->precision);
	dm_st64be(g + 64, (uint64_t)h->tolerance);
	dm_type5_timeval.to_guest(g + 72, (const char *)h + 72);
	dm_st64be(g + 88, (uint64_t)h->tick);
	dm_st64be(g + 96, (uint64_t)h->ppsfreq);
	dm_st64be(g + 104, (uint64_t)h->jitter);
	dm_st32be(g + 112, (uint32_t)h->shift);
	dm_st64be(g + 120, (uint64_t)h->stabil);
	dm_st64be(g + 128, (uint64_t)h->jitcnt);
	dm_st64be(g + 136, (uint64_t)h->calcnt);
	dm_st64be(g + 144, (uint64_t)h->errcnt);
	dm_st64be(g + 152, (uint64_t)h->stbcnt);
	dm_st32be(g + 160, (uint32_t)h->tai);
}

static const struct dm_field dm_type5_timex_fields[] = {
	{ "modes", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "offset", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "freq", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "maxerror", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "esterror", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "status", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "constant", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "precision", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "tolerance", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "time", 72, 16, 72, 16, 1, 1, 0, &dm_type5_timeval, NULL },
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
const struct dm_type dm_type5_timex = { "timex", 208, 8, 208, 0, 0, dm_type5_timex_to_host, dm_type5_timex_to_guest, dm_type5_timex_fields, 20 };

/* mips-n32-le mips-n64-le mips-o32-le */
static void dm_type6_clone_args_to_host(void *h, const void *g) { memcpy(h, g, 88); }
static void dm_type6_clone_args_to_guest(void *g, const void *h) { memcpy(g, h, 88); }

static const struct dm_field dm_type6_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set4_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type6_clone_args = { "clone_args", 88, 8, 88, 0, 1, dm_type6_clone_args_to_host, dm_type6_clone_args_to_guest, dm_type6_clone_args_fields, 11 };

/* mips-n64-be ppc64 s390x */
static void dm_type6_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = dm_ld64be(g + 8);
	h->l_len = dm_ld64be(g + 16);
	h->l_pid = dm_ld32be(g + 24);
}

static void dm_type6_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st64be(g + 8, (uint64_t)h->l_start);
	dm_st64be(g + 16, (uint64_t)h->l_len);
	dm_st32be(g + 24, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type6_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type6_flock = { "flock", 32, 8, 32, 0, 0, dm_type6_flock_to_host, dm_type6_flock_to_guest, dm_type6_flock_fields, 5 };

/* mips-n64-be */
static void dm_type6_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld32be(g + 20);
	h->seq = dm_ld16be(g + 24);
}

static void dm_type6_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st32be(g + 20, (uint32_t)h->mode);
	dm_st16be(g + 24, (uint16_t)h->seq);
}

static const struct dm_field dm_type6_ipc64_perm_fields[] = {
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
const struct dm_type dm_type6_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 0, dm_type6_ipc64_perm_to_host, dm_type6_ipc64_perm_to_guest, dm_type6_ipc64_perm_fields, 11 };

/* ppc64 */
static void dm_type6_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32be(g + 0);
	h->lo_device = dm_ld64be(g + 8);
	h->lo_inode = dm_ld64be(g + 16);
	h->lo_rdevice = dm_ld64be(g + 24);
	h->lo_offset = dm_ld32be(g + 32);
	h->lo_encrypt_type = dm_ld32be(g + 36);
	h->lo_encrypt_key_size = dm_ld32be(g + 40);
	h->lo_flags = dm_ld32be(g + 44);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 48 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 112 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64be(g + 144 + i * 8);
}

static void dm_type6_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 168);
	dm_st32be(g + 0, (uint32_t)h->lo_number);
	dm_st64be(g + 8, (uint64_t)h->lo_device);
	dm_st64be(g + 16, (uint64_t)h->lo_inode);
	dm_st64be(g + 24, (uint64_t)h->lo_rdevice);
	dm_st32be(g + 32, (uint32_t)h->lo_offset);
	dm_st32be(g + 36, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 40, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 44, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 48 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 112 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64be(g + 144 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type6_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 32, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 36, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 44, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 48, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 112, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 144, 16, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 160, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_loop_info = { "loop_info", 168, 8, 168, 0, 0, dm_type6_loop_info_to_host, dm_type6_loop_info_to_guest, dm_type6_loop_info_fields, 12 };

/* mips-n32-le */
static void dm_type6_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = (int32_t)dm_ld32le(g + 36);
	h->msg_rtime = (int32_t)dm_ld32le(g + 40);
	h->msg_ctime = (int32_t)dm_ld32le(g + 44);
	h->msg_cbytes = dm_ld32le(g + 48);
	h->msg_qnum = dm_ld32le(g + 52);
	h->msg_qbytes = dm_ld32le(g + 56);
	h->msg_lspid = dm_ld32le(g + 60);
	h->msg_lrpid = dm_ld32le(g + 64);
}

static void dm_type6_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 76);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->msg_stime);
	dm_st32le(g + 40, (uint32_t)h->msg_rtime);
	dm_st32le(g + 44, (uint32_t)h->msg_ctime);
	dm_st32le(g + 48, (uint32_t)h->msg_cbytes);
	dm_st32le(g + 52, (uint32_t)h->msg_qnum);
	dm_st32le(g + 56, (uint32_t)h->msg_qbytes);
	dm_st32le(g + 60, (uint32_t)h->msg_lspid);
	dm_st32le(g + 64, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type6_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "msg_stime", 36, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_rtime", 40, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_ctime", 44, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_cbytes", 48, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 52, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 56, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 60, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 64, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 68, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 72, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_msqid64_ds = { "msqid64_ds", 76, 4, 120, 0, 0, dm_type6_msqid64_ds_to_host, dm_type6_msqid64_ds_to_guest, dm_type6_msqid64_ds_fields, 11 };

/* mips-n32-le */
static void dm_type6_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = (int32_t)dm_ld32le(g + 36);
	h->sem_ctime = (int32_t)dm_ld32le(g + 40);
	h->sem_nsems = dm_ld32le(g + 44);
}

static void dm_type6_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->sem_otime);
	dm_st32le(g + 40, (uint32_t)h->sem_ctime);
	dm_st32le(g + 44, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type6_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 40, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 48, 4, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 52, 4, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_semid64_ds = { "semid64_ds", 56, 4, 104, 0, 0, dm_type6_semid64_ds_to_host, dm_type6_semid64_ds_to_guest, dm_type6_semid64_ds_fields, 6 };

/* mips-n32-le */
static void dm_type6_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type1_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32le(g + 36);
	h->shm_atime = (int32_t)dm_ld32le(g + 40);
	h->shm_dtime = (int32_t)dm_ld32le(g + 44);
	h->shm_ctime = (int32_t)dm_ld32le(g + 48);
	h->shm_cpid = dm_ld32le(g + 52);
	h->shm_lpid = dm_ld32le(g + 56);
	h->shm_nattch = dm_ld32le(g + 60);
}

static void dm_type6_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type1_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32le(g + 36, (uint32_t)h->shm_segsz);
	dm_st32le(g + 40, (uint32_t)h->shm_atime);
	dm_st32le(g + 44, (uint32_t)h->shm_dtime);
	dm_st32le(g + 48, (uint32_t)h->shm_ctime);
	dm_st32le(g + 52, (uint32_t)h->shm_cpid);
	dm_st32le(g + 56, (uint32_t)h->shm_lpid);
	dm_st32le(g + 60, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type6_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type1_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 44, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 48, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 52, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 56, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 60, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 64, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 68, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_shmid64_ds = { "shmid64_ds", 72, 4, 112, 0, 0, dm_type6_shmid64_ds_to_host, dm_type6_shmid64_ds_to_guest, dm_type6_shmid64_ds_fields, 10 };

/* x32 */
static void dm_type6_sifields_to_host(void *h, const void *g) { memset(h, 0, 32); memcpy(h, g, 28); }
static void dm_type6_sifields_to_guest(void *g, const void *h) { memset(g, 0, 28); memcpy(g, h, 28); }

static const struct dm_field dm_type6_sifields_fields[] = {
	{ "_kill", 0, 8, 0, 8, 1, 1, 0, &dm_type0_siginfo_kill, NULL },
	{ "_timer", 0, 16, 0, 24, 1, 1, 0, &dm_type1_siginfo_timer, NULL },
	{ "_rt", 0, 12, 0, 16, 1, 1, 0, &dm_type1_siginfo_rt, NULL },
	{ "_sigchld", 0, 28, 0, 32, 1, 1, 0, &dm_type5_siginfo_sigchld, NULL },
	{ "_sigfault", 0, 16, 0, 32, 1, 1, 0, &dm_type1_siginfo_sigfault, NULL },
	{ "_sigpoll", 0, 8, 0, 16, 1, 1, 0, &dm_type1_siginfo_sigpoll, NULL },
	{ "_sigsys", 0, 12, 0, 16, 1, 1, 0, &dm_type1_siginfo_sigsys, NULL },
};
const struct dm_type dm_type6_sifields = { "sifields", 28, 4, 32, 1, 0, dm_type6_sifields_to_host, dm_type6_sifields_to_guest, dm_type6_sifields_fields, 7 };

/* mips-n32-be mips-o32-be */
static void dm_type6_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_flags = dm_ld32be(g + 0);
	h->sa_handler = dm_ld32be(g + 4);
	dm_type4_sigset.to_host((char *)h + 24, g + 8);
}

static void dm_type6_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32be(g + 0, (uint32_t)h->sa_flags);
	dm_st32be(g + 4, (uint32_t)h->sa_handler);
	dm_type4_sigset.to_guest(g + 8, (const char *)h + 24);
}

static const struct dm_field dm_type6_sigaction_fields[] = {
	{ "sa_flags", 0, 4, 8, 8, 1, 1, 0, NULL, &dm_set5_sigaction_flags },
	{ "sa_handler", 4, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 8, 16, 24, 8, 1, 1, 0, &dm_type4_sigset, NULL },
};
const struct dm_type dm_type6_sigaction = { "sigaction", 24, 4, 32, 0, 0, dm_type6_sigaction_to_host, dm_type6_sigaction_to_guest, dm_type6_sigaction_fields, 3 };

/* mips-n32-be mips-o32-be */
static void dm_type6_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_code = dm_ld32be(g + 4);
	h->si_errno = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type6_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_code);
	dm_st32be(g + 8, (uint32_t)h->si_errno);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type6_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set4_signals },
	{ "si_code", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_errno", 8, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type2_sifields, NULL },
};
const struct dm_type dm_type6_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type6_siginfo_to_host, dm_type6_siginfo_to_guest, dm_type6_siginfo_fields, 4 };

/* mips-n64-be */
static void dm_type6_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld64be(g + 0 + i * 8);
}

static void dm_type6_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	for (unsigned i = 0; i < 1; i++)
		dm_st64be(g + 0 + i * 8, (uint64_t)h->sig[i]);
}

static const struct dm_field dm_type6_sigset_fields[] = {
	{ "sig", 0, 16, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_type6_sigset = { "sigset", 16, 8, 8, 0, 0, dm_type6_sigset_to_host, dm_type6_sigset_to_guest, dm_type6_sigset_fields, 1 };

/* mips-n64-be */
static void dm_type6_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld64be(g + 0);
	h->ss_size = dm_ld64be(g + 8);
	h->ss_flags = dm_ld32be(g + 16);
}

static void dm_type6_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->ss_sp);
	dm_st64be(g + 8, (uint64_t)h->ss_size);
	dm_st32be(g + 16, (uint32_t)h->ss_flags);
}

static const struct dm_field dm_type6_stack_t_fields[] = {
	{ "ss_sp", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_size", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ss_flags", 16, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
};
const struct dm_type dm_type6_stack_t = { "stack_t", 24, 8, 24, 0, 0, dm_type6_stack_t_to_host, dm_type6_stack_t_to_guest, dm_type6_stack_t_fields, 3 };

/* mips-n32-be mips-o32-be */
static void dm_type6_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld32be(g + 16);
	h->st_mode = dm_ld32be(g + 20);
	h->st_nlink = dm_ld32be(g + 24);
	h->st_uid = dm_ld32be(g + 28);
	h->st_gid = dm_ld32be(g + 32);
	h->st_rdev = dm_ld32be(g + 36);
	h->st_size = (int32_t)dm_ld32be(g + 48);
	h->st_atime = (int32_t)dm_ld32be(g + 56);
	h->st_atime_nsec = (int32_t)dm_ld32be(g + 60);
	h->st_mtime = (int32_t)dm_ld32be(g + 64);
	h->st_mtime_nsec = (int32_t)dm_ld32be(g + 68);
	h->st_ctime = (int32_t)dm_ld32be(g + 72);
	h->st_ctime_nsec = (int32_t)dm_ld32be(g + 76);
	h->st_blksize = (int32_t)dm_ld32be(g + 80);
	h->st_blocks = (int32_t)dm_ld32be(g + 84);
}

static void dm_type6_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st32be(g + 16, (uint32_t)h->st_ino);
	dm_st32be(g + 20, (uint32_t)h->st_mode);
	dm_st32be(g + 24, (uint32_t)h->st_nlink);
	dm_st32be(g + 28, (uint32_t)h->st_uid);
	dm_st32be(g + 32, (uint32_t)h->st_gid);
	dm_st32be(g + 36, (uint32_t)h->st_rdev);
	dm_st32be(g + 48, (uint32_t)h->st_size);
	dm_st32be(g + 56, (uint32_t)h->st_atime);
	dm_st32be(g + 60, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 64, (uint32_t)h->st_mtime);
	dm_st32be(g + 68, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 72, (uint32_t)h->st_ctime);
	dm_st32be(g + 76, (uint32_t)h->st_ctime_nsec);
	dm_st32be(g + 80, (uint32_t)h->st_blksize);
	dm_st32be(g + 84, (uint32_t)h->st_blocks);
}

static const struct dm_field dm_type6_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 4, 12, -1, 0, 3, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 20, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 24, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 36, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 40, 8, -1, 0, 2, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_pad3", 52, 4, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_atime", 56, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 60, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime", 64, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 68, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime", 72, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 76, 4, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 80, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 84, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_pad4", 88, 56, -1, 0, 14, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_stat = { "stat", 144, 4, 144, 0, 0, dm_type6_stat_to_host, dm_type6_stat_to_guest, dm_type6_stat_fields, 20 };

/* mips-n32-be mips-o32-be */
static void dm_type6_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld64be(g + 16);
	h->st_mode = dm_ld32be(g + 24);
	h->st_nlink = dm_ld32be(g + 28);
	h->st_uid = dm_ld32be(g + 32);
	h->st_gid = dm_ld32be(g + 36);
	h->st_rdev = dm_ld32be(g + 40);
	h->st_size = dm_ld64be(g + 56);
	h->st_atime = (int32_t)dm_ld32be(g + 64);
	h->st_atime_nsec = dm_ld32be(g + 68);
	h->st_mtime = (int32_t)dm_ld32be(g + 72);
	h->st_mtime_nsec = dm_ld32be(g + 76);
	h->st_ctime = (int32_t)dm_ld32be(g + 80);
	h->st_ctime_nsec = dm_ld32be(g + 84);
	h->st_blksize = dm_ld32be(g + 88);
	h->st_blocks = dm_ld64be(g + 96);
}

static void dm_type6_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st64be(g + 16, (uint64_t)h->st_ino);
	dm_st32be(g + 24, (uint32_t)h->st_mode);
	dm_st32be(g + 28, (uint32_t)h->st_nlink);
	dm_st32be(g + 32, (uint32_t)h->st_uid);
	dm_st32be(g + 36, (uint32_t)h->st_gid);
	dm_st32be(g + 40, (uint32_t)h->st_rdev);
	dm_st64be(g + 56, (uint64_t)h->st_size);
	dm_st32be(g + 64, (uint32_t)h->st_atime);
	dm_st32be(g + 68, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 72, (uint32_t)h->st_mtime);
	dm_st32be(g + 76, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 80, (uint32_t)h->st_ctime);
	dm_st32be(g + 84, (uint32_t)h->st_ctime_nsec);
	dm_st32be(g + 88, (uint32_t)h->st_blksize);
	dm_st64be(g + 96, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type6_stat64_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad0", 4, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 28, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 32, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 36, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 44, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 56, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 64, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 76, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 80, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 84, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 88, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 92, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_blocks", 96, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type6_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type6_stat64_to_host, dm_type6_stat64_to_guest, dm_type6_stat64_fields, 19 };

/* mips-n64-be */
static void dm_type6_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64be(g + 0);
	h->f_bsize = dm_ld64be(g + 8);
	h->f_frsize = dm_ld64be(g + 16);
	h->f_blocks = dm_ld64be(g + 24);
	h->f_bfree = dm_ld64be(g + 32);
	h->f_files = dm_ld64be(g + 40);
	h->f_ffree = dm_ld64be(g + 48);
	h->f_bavail = dm_ld64be(g + 56);
	dm_type1_fsid.to_host((char *)h + 56, g + 64);
	h->f_namelen = dm_ld64be(g + 72);
	h->f_flags = dm_ld64be(g + 80);
}

static void dm_type6_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st64be(g + 0, (uint64_t)h->f_type);
	dm_st64be(g + 8, (uint64_t)h->f_bsize);
	dm_st64be(g + 16, (uint64_t)h->f_frsize);
	dm_st64be(g + 24, (uint64_t)h->f_blocks);
	dm_st64be(g + 32, (uint64_t)h->f_bfree);
	dm_st64be(g + 40, (uint64_t)h->f_files);
	dm_st64be(g + 48, (uint64_t)h->f_ffree);
	dm_st64be(g + 56, (uint64_t)h->f_bavail);
	dm_type1_fsid.to_guest(g + 64, (const char *)h + 56);
	dm_st64be(g + 72, (uint64_t)h->f_namelen);
	dm_st64be(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type6_statfs_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 16, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 24, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 32, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 56, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 64, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 72, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 40, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_statfs = { "statfs", 128, 8, 120, 0, 0, dm_type6_statfs_to_host, dm_type6_statfs_to_guest, dm_type6_statfs_fields, 12 };

/* mips-n32-le mips-o32-le */
static void dm_type6_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32le(g + 0);
	h->f_bsize = dm_ld32le(g + 4);
	h->f_frsize = dm_ld32le(g + 8);
	h->f_blocks = dm_ld64le(g + 16);
	h->f_bfree = dm_ld64le(g + 24);
	h->f_files = dm_ld64le(g + 32);
	h->f_ffree = dm_ld64le(g + 40);
	h->f_bavail = dm_ld64le(g + 48);
	dm_type0_fsid.to_host((char *)h + 56, g + 56);
	h->f_namelen = dm_ld32le(g + 64);
	h->f_flags = dm_ld32le(g + 68);
}

static void dm_type6_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 96);
	dm_st32le(g + 0, (uint32_t)h->f_type);
	dm_st32le(g + 4, (uint32_t)h->f_bsize);
	dm_st32le(g + 8, (uint32_t)h->f_frsize);
	dm_st64le(g + 16, (uint64_t)h->f_blocks);
	dm_st64le(g + 24, (uint64_t)h->f_bfree);
	dm_st64le(g + 32, (uint64_t)h->f_files);
	dm_st64le(g + 40, (uint64_t)h->f_ffree);
	dm_st64le(g + 48, (uint64_t)h->f_bavail);
	dm_type0_fsid.to_guest(g + 56, (const char *)h + 56);
	dm_st32le(g + 64, (uint32_t)h->f_namelen);
	dm_st32le(g + 68, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type6_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 8, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "__pad", 12, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 48, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 64, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 72, 20, 88, 32, 5, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type6_statfs64 = { "statfs64", 96, 8, 120, 0, 0, dm_type6_statfs64_to_host, dm_type6_statfs64_to_guest, dm_type6_statfs64_fields, 13 };

/* powerpc ppc64 */
static void dm_type6_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	for (unsigned i = 0; i < 19; i++)
		h->c_cc[i] = dm_ld8(g + 16 + i * 1);
	h->c_line = dm_ld8(g + 35);
}

static void dm_type6_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 44);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	for (unsigned i = 0; i < 19; i++)
		dm_st8(g + 16 + i * 1, (uint8_t)h->c_cc[i]);
	dm_st8(g + 35, (uint8_t)h->c_line);
}

static const struct dm_field dm_type6_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_cc", 16, 19, 17, 19, 19, 19, 0, NULL, NULL },
	{ "c_line", 35, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_ispeed", 36, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "c_ospeed", 40, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type6_termios = { "termios", 44, 4, 36, 0, 0, dm_type6_termios_to_host, dm_type6_termios_to_guest, dm_type6_termios_fields, 8 };

/* powerpc ppc64 s390x */
static void dm_type7_clone_args_to_host(void *hv, const void *gv)
{
	struct dmh_clone_args *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->flags = dm_ld64be(g + 0);
	h->pidfd = dm_ld64be(g + 8);
	h->child_tid = dm_ld64be(g + 16);
	h->parent_tid = dm_ld64be(g + 24);
	h->exit_signal = dm_ld64be(g + 32);
	h->stack = dm_ld64be(g + 40);
	h->stack_size = dm_ld64be(g + 48);
	h->tls = dm_ld64be(g + 56);
	h->set_tid = dm_ld64be(g + 64);
	h->set_tid_size = dm_ld64be(g + 72);
	h->cgroup = dm_ld64be(g + 80);
}

static void dm_type7_clone_args_to_guest(void *gv, const void *hv)
{
	const struct dmh_clone_args *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st64be(g + 0, (uint64_t)h->flags);
	dm_st64be(g + 8, (uint64_t)h->pidfd);
	dm_st64be(g + 16, (uint64_t)h->child_tid);
	dm_st64be(g + 24, (uint64_t)h->parent_tid);
	dm_st64be(g + 32, (uint64_t)h->exit_signal);
	dm_st64be(g + 40, (uint64_t)h->stack);
	dm_st64be(g + 48, (uint64_t)h->stack_size);
	dm_st64be(g + 56, (uint64_t)h->tls);
	dm_st64be(g + 64, (uint64_t)h->set_tid);
	dm_st64be(g + 72, (uint64_t)h->set_tid_size);
	dm_st64be(g + 80, (uint64_t)h->cgroup);
}

static const struct dm_field dm_type7_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set0_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type7_clone_args = { "clone_args", 88, 8, 88, 0, 0, dm_type7_clone_args_to_host, dm_type7_clone_args_to_guest, dm_type7_clone_args_fields, 11 };

/* sparc64 */
static void dm_type7_flock_to_host(void *hv, const void *gv)
{
	struct dmh_flock *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->l_type = dm_ld16be(g + 0);
	h->l_whence = dm_ld16be(g + 2);
	h->l_start = dm_ld64be(g + 8);
	h->l_len = dm_ld64be(g + 16);
	h->l_pid = dm_ld32be(g + 24);
}

static void dm_type7_flock_to_guest(void *gv, const void *hv)
{
	const struct dmh_flock *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st16be(g + 0, (uint16_t)h->l_type);
	dm_st16be(g + 2, (uint16_t)h->l_whence);
	dm_st64be(g + 8, (uint64_t)h->l_start);
	dm_st64be(g + 16, (uint64_t)h->l_len);
	dm_st32be(g + 24, (uint32_t)h->l_pid);
}

static const struct dm_field dm_type7_flock_fields[] = {
	{ "l_type", 0, 2, 0, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_whence", 2, 2, 2, 2, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_start", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_len", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "l_pid", 24, 4, 24, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused", 28, 2, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_flock = { "flock", 32, 8, 32, 0, 0, dm_type7_flock_to_host, dm_type7_flock_to_guest, dm_type7_flock_fields, 6 };

/* powerpc ppc64 */
static void dm_type7_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld32be(g + 20);
	h->seq = dm_ld32be(g + 24);
}

static void dm_type7_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st32be(g + 20, (uint32_t)h->mode);
	dm_st32be(g + 24, (uint32_t)h->seq);
}

static const struct dm_field dm_type7_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "seq", 24, 4, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad1", 28, 4, 24, 0, 1, 0, DM_F_PAD, NULL, NULL },
	{ "__unused1", 32, 8, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 0, dm_type7_ipc64_perm_to_host, dm_type7_ipc64_perm_to_guest, dm_type7_ipc64_perm_fields, 10 };

/* ppc64le x86_64 */
static void dm_type7_loop_info_to_host(void *h, const void *g) { memcpy(h, g, 168); }
static void dm_type7_loop_info_to_guest(void *g, const void *h) { memcpy(g, h, 168); }

static const struct dm_field dm_type7_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 24, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 32, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 36, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 40, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 44, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 48, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 112, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 144, 16, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 160, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_loop_info = { "loop_info", 168, 8, 168, 0, 1, dm_type7_loop_info_to_host, dm_type7_loop_info_to_guest, dm_type7_loop_info_fields, 12 };

/* mips-n64-be */
static void dm_type7_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type6_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld64be(g + 48);
	h->msg_rtime = dm_ld64be(g + 56);
	h->msg_ctime = dm_ld64be(g + 64);
	h->msg_cbytes = dm_ld64be(g + 72);
	h->msg_qnum = dm_ld64be(g + 80);
	h->msg_qbytes = dm_ld64be(g + 88);
	h->msg_lspid = dm_ld32be(g + 96);
	h->msg_lrpid = dm_ld32be(g + 100);
}

static void dm_type7_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_type6_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->msg_stime);
	dm_st64be(g + 56, (uint64_t)h->msg_rtime);
	dm_st64be(g + 64, (uint64_t)h->msg_ctime);
	dm_st64be(g + 72, (uint64_t)h->msg_cbytes);
	dm_st64be(g + 80, (uint64_t)h->msg_qnum);
	dm_st64be(g + 88, (uint64_t)h->msg_qbytes);
	dm_st32be(g + 96, (uint32_t)h->msg_lspid);
	dm_st32be(g + 100, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type7_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type6_ipc64_perm, NULL },
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
const struct dm_type dm_type7_msqid64_ds = { "msqid64_ds", 120, 8, 120, 0, 0, dm_type7_msqid64_ds_to_host, dm_type7_msqid64_ds_to_guest, dm_type7_msqid64_ds_fields, 11 };

/* mips-n64-be */
static void dm_type7_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type6_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64be(g + 48);
	h->sem_ctime = dm_ld64be(g + 56);
	h->sem_nsems = dm_ld64be(g + 64);
}

static void dm_type7_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type6_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->sem_otime);
	dm_st64be(g + 56, (uint64_t)h->sem_ctime);
	dm_st64be(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type7_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type6_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 72, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 80, 8, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type7_semid64_ds_to_host, dm_type7_semid64_ds_to_guest, dm_type7_semid64_ds_fields, 6 };

/* mips-n64-be */
static void dm_type7_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type6_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld64be(g + 48);
	h->shm_atime = dm_ld64be(g + 56);
	h->shm_dtime = dm_ld64be(g + 64);
	h->shm_ctime = dm_ld64be(g + 72);
	h->shm_cpid = dm_ld32be(g + 80);
	h->shm_lpid = dm_ld32be(g + 84);
	h->shm_nattch = dm_ld64be(g + 88);
}

static void dm_type7_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type6_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64be(g + 48, (uint64_t)h->shm_segsz);
	dm_st64be(g + 56, (uint64_t)h->shm_atime);
	dm_st64be(g + 64, (uint64_t)h->shm_dtime);
	dm_st64be(g + 72, (uint64_t)h->shm_ctime);
	dm_st32be(g + 80, (uint32_t)h->shm_cpid);
	dm_st32be(g + 84, (uint32_t)h->shm_lpid);
	dm_st64be(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type7_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type6_ipc64_perm, NULL },
	{ "shm_segsz", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 96, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type7_shmid64_ds_to_host, dm_type7_shmid64_ds_to_guest, dm_type7_shmid64_ds_fields, 10 };

/* mips-n32-le mips-o32-le */
static void dm_type7_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_flags = dm_ld32le(g + 0);
	h->sa_handler = dm_ld32le(g + 4);
	dm_type5_sigset.to_host((char *)h + 24, g + 8);
}

static void dm_type7_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st32le(g + 0, (uint32_t)h->sa_flags);
	dm_st32le(g + 4, (uint32_t)h->sa_handler);
	dm_type5_sigset.to_guest(g + 8, (const char *)h + 24);
}

static const struct dm_field dm_type7_sigaction_fields[] = {
	{ "sa_flags", 0, 4, 8, 8, 1, 1, 0, NULL, &dm_set5_sigaction_flags },
	{ "sa_handler", 4, 4, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 8, 16, 24, 8, 1, 1, 0, &dm_type5_sigset, NULL },
};
const struct dm_type dm_type7_sigaction = { "sigaction", 24, 4, 32, 0, 0, dm_type7_sigaction_to_host, dm_type7_sigaction_to_guest, dm_type7_sigaction_fields, 3 };

/* mips-n32-le mips-o32-le */
static void dm_type7_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_code = dm_ld32le(g + 4);
	h->si_errno = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 12, 20);
}

static void dm_type7_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_code);
	dm_st32le(g + 8, (uint32_t)h->si_errno);
	memcpy(g + 12, (const char *)h + 16, 20);
}

static const struct dm_field dm_type7_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set4_signals },
	{ "si_code", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_errno", 8, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 12, 20, 16, 32, 1, 1, 0, &dm_type1_sifields, NULL },
};
const struct dm_type dm_type7_siginfo = { "siginfo", 128, 4, 128, 0, 0, dm_type7_siginfo_to_host, dm_type7_siginfo_to_guest, dm_type7_siginfo_fields, 4 };

/* mips-n64-le */
static void dm_type7_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld64le(g + 0 + i * 8);
}

static void dm_type7_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	for (unsigned i = 0; i < 1; i++)
		dm_st64le(g + 0 + i * 8, (uint64_t)h->sig[i]);
}

static const struct dm_field dm_type7_sigset_fields[] = {
	{ "sig", 0, 16, 0, 8, 2, 1, 0, NULL, NULL },
};
const struct dm_type dm_type7_sigset = { "sigset", 16, 8, 8, 0, 0, dm_type7_sigset_to_host, dm_type7_sigset_to_guest, dm_type7_sigset_fields, 1 };

/* mips-n64-le */
static void dm_type7_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld64le(g + 0);
	h->ss_size = dm_ld64le(g + 8);
	h->ss_flags = dm_ld32le(g + 16);
}

static void dm_type7_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64le(g + 0, (uint64_t)h->ss_sp);
	dm_st64le(g + 8, (uint64_t)h->ss_size);
	dm_st32le(g + 16, (uint32_t)h->ss_flags);
}

static const struct dm_field dm_type7_stack_t_fields[] = {
	{ "ss_sp", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_size", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "ss_flags", 16, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
};
const struct dm_type dm_type7_stack_t = { "stack_t", 24, 8, 24, 0, 0, dm_type7_stack_t_to_host, dm_type7_stack_t_to_guest, dm_type7_stack_t_fields, 3 };

/* mips-n32-le mips-o32-le */
static void dm_type7_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld32le(g + 16);
	h->st_mode = dm_ld32le(g + 20);
	h->st_nlink = dm_ld32le(g + 24);
	h->st_uid = dm_ld32le(g + 28);
	h->st_gid = dm_ld32le(g + 32);
	h->st_rdev = dm_ld32le(g + 36);
	h->st_size = (int32_t)dm_ld32le(g + 48);
	h->st_atime = (int32_t)dm_ld32le(g + 56);
	h->st_atime_nsec = (int32_t)dm_ld32le(g + 60);
	h->st_mtime = (int32_t)dm_ld32le(g + 64);
	h->st_mtime_nsec = (int32_t)dm_ld32le(g + 68);
	h->st_ctime = (int32_t)dm_ld32le(g + 72);
	h->st_ctime_nsec = (int32_t)dm_ld32le(g + 76);
	h->st_blksize = (int32_t)dm_ld32le(g + 80);
	h->st_blocks = (int32_t)dm_ld32le(g + 84);
}

static void dm_type7_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 144);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st32le(g + 16, (uint32_t)h->st_ino);
	dm_st32le(g + 20, (uint32_t)h->st_mode);
	dm_st32le(g + 24, (uint32_t)h->st_nlink);
	dm_st32le(g + 28, (uint32_t)h->st_uid);
	dm_st32le(g + 32, (uint32_t)h->st_gid);
	dm_st32le(g + 36, (uint32_t)h->st_rdev);
	dm_st32le(g + 48, (uint32_t)h->st_size);
	dm_st32le(g + 56, (uint32_t)h->st_atime);
	dm_st32le(g + 60, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 64, (uint32_t)h->st_mtime);
	dm_st32le(g + 68, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 72, (uint32_t)h->st_ctime);
	dm_st32le(g + 76, (uint32_t)h->st_ctime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_blksize);
	dm_st32le(g + 84, (uint32_t)h->st_blocks);
}

static const struct dm_field dm_type7_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 4, 12, -1, 0, 3, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 20, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 24, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 28, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 32, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 36, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 40, 8, -1, 0, 2, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 4, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_pad3", 52, 4, -1, 0, 1, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
	{ "st_atime", 56, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 60, 4, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime", 64, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 68, 4, 96, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime", 72, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 76, 4, 112, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 80, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 84, 4, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_pad4", 88, 56, -1, 0, 14, 1, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_stat = { "stat", 144, 4, 144, 0, 0, dm_type7_stat_to_host, dm_type7_stat_to_guest, dm_type7_stat_fields, 20 };

/* mips-n32-le mips-o32-le */
static void dm_type7_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld64le(g + 16);
	h->st_mode = dm_ld32le(g + 24);
	h->st_nlink = dm_ld32le(g + 28);
	h->st_uid = dm_ld32le(g + 32);
	h->st_gid = dm_ld32le(g + 36);
	h->st_rdev = dm_ld32le(g + 40);
	h->st_size = dm_ld64le(g + 56);
	h->st_atime = (int32_t)dm_ld32le(g + 64);
	h->st_atime_nsec = dm_ld32le(g + 68);
	h->st_mtime = (int32_t)dm_ld32le(g + 72);
	h->st_mtime_nsec = dm_ld32le(g + 76);
	h->st_ctime = (int32_t)dm_ld32le(g + 80);
	h->st_ctime_nsec = dm_ld32le(g + 84);
	h->st_blksize = dm_ld32le(g + 88);
	h->st_blocks = dm_ld64le(g + 96);
}

static void dm_type7_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st64le(g + 16, (uint64_t)h->st_ino);
	dm_st32le(g + 24, (uint32_t)h->st_mode);
	dm_st32le(g + 28, (uint32_t)h->st_nlink);
	dm_st32le(g + 32, (uint32_t)h->st_uid);
	dm_st32le(g + 36, (uint32_t)h->st_gid);
	dm_st32le(g + 40, (uint32_t)h->st_rdev);
	dm_st64le(g + 56, (uint64_t)h->st_size);
	dm_st32le(g + 64, (uint32_t)h->st_atime);
	dm_st32le(g + 68, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 72, (uint32_t)h->st_mtime);
	dm_st32le(g + 76, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_ctime);
	dm_st32le(g + 84, (uint32_t)h->st_ctime_nsec);
	dm_st32le(g + 88, (uint32_t)h->st_blksize);
	dm_st64le(g + 96, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type7_stat64_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad0", 4, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 28, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 32, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 36, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 44, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 56, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 64, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 76, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 80, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 84, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 88, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 92, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_blocks", 96, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
};
const struct dm_type dm_type7_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type7_stat64_to_host, dm_type7_stat64_to_guest, dm_type7_stat64_fields, 19 };

/* mips-n64-le */
static void dm_type7_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64le(g + 0);
	h->f_bsize = dm_ld64le(g + 8);
	h->f_frsize = dm_ld64le(g + 16);
	h->f_blocks = dm_ld64le(g + 24);
	h->f_bfree = dm_ld64le(g + 32);
	h->f_files = dm_ld64le(g + 40);
	h->f_ffree = dm_ld64le(g + 48);
	h->f_bavail = dm_ld64le(g + 56);
	dm_type0_fsid.to_host((char *)h + 56, g + 64);
	h->f_namelen = dm_ld64le(g + 72);
	h->f_flags = dm_ld64le(g + 80);
}

static void dm_type7_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st64le(g + 0, (uint64_t)h->f_type);
	dm_st64le(g + 8, (uint64_t)h->f_bsize);
	dm_st64le(g + 16, (uint64_t)h->f_frsize);
	dm_st64le(g + 24, (uint64_t)h->f_blocks);
	dm_st64le(g + 32, (uint64_t)h->f_bfree);
	dm_st64le(g + 40, (uint64_t)h->f_files);
	dm_st64le(g + 48, (uint64_t)h->f_ffree);
	dm_st64le(g + 56, (uint64_t)h->f_bavail);
	dm_type0_fsid.to_guest(g + 64, (const char *)h + 56);
	dm_st64le(g + 72, (uint64_t)h->f_namelen);
	dm_st64le(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type7_statfs_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 16, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 24, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 32, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 56, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 64, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 72, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 40, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_statfs = { "statfs", 128, 8, 120, 0, 0, dm_type7_statfs_to_host, dm_type7_statfs_to_guest, dm_type7_statfs_fields, 12 };

/* mips-n64-be */
static void dm_type7_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64be(g + 0);
	h->f_bsize = dm_ld64be(g + 8);
	h->f_frsize = dm_ld64be(g + 16);
	h->f_blocks = dm_ld64be(g + 24);
	h->f_bfree = dm_ld64be(g + 32);
	h->f_files = dm_ld64be(g + 40);
	h->f_ffree = dm_ld64be(g + 48);
	h->f_bavail = dm_ld64be(g + 56);
	dm_type1_fsid.to_host((char *)h + 56, g + 64);
	h->f_namelen = dm_ld64be(g + 72);
	h->f_flags = dm_ld64be(g + 80);
}

static void dm_type7_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st64be(g + 0, (uint64_t)h->f_type);
	dm_st64be(g + 8, (uint64_t)h->f_bsize);
	dm_st64be(g + 16, (uint64_t)h->f_frsize);
	dm_st64be(g + 24, (uint64_t)h->f_blocks);
	dm_st64be(g + 32, (uint64_t)h->f_bfree);
	dm_st64be(g + 40, (uint64_t)h->f_files);
	dm_st64be(g + 48, (uint64_t)h->f_ffree);
	dm_st64be(g + 56, (uint64_t)h->f_bavail);
	dm_type1_fsid.to_guest(g + 64, (const char *)h + 56);
	dm_st64be(g + 72, (uint64_t)h->f_namelen);
	dm_st64be(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type7_statfs64_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 16, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 24, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 32, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 56, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 64, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 72, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 40, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type7_statfs64 = { "statfs64", 128, 8, 120, 0, 0, dm_type7_statfs64_to_host, dm_type7_statfs64_to_guest, dm_type7_statfs64_fields, 12 };

/* sparc64 */
static void dm_type7_termios_to_host(void *hv, const void *gv)
{
	struct dmh_termios *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->c_iflag = dm_ld32be(g + 0);
	h->c_oflag = dm_ld32be(g + 4);
	h->c_cflag = dm_ld32be(g + 8);
	h->c_lflag = dm_ld32be(g + 12);
	h->c_line = dm_ld8(g + 16);
	for (unsigned i = 0; i < 17; i++)
		h->c_cc[i] = dm_ld8(g + 17 + i * 1);
}

static void dm_type7_termios_to_guest(void *gv, const void *hv)
{
	const struct dmh_termios *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 36);
	dm_st32be(g + 0, (uint32_t)h->c_iflag);
	dm_st32be(g + 4, (uint32_t)h->c_oflag);
	dm_st32be(g + 8, (uint32_t)h->c_cflag);
	dm_st32be(g + 12, (uint32_t)h->c_lflag);
	dm_st8(g + 16, (uint8_t)h->c_line);
	for (unsigned i = 0; i < 17; i++)
		dm_st8(g + 17 + i * 1, (uint8_t)h->c_cc[i]);
}

static const struct dm_field dm_type7_termios_fields[] = {
	{ "c_iflag", 0, 4, 0, 4, 1, 1, 0, NULL, NULL },
	{ "c_oflag", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "c_cflag", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "c_lflag", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "c_line", 16, 1, 16, 1, 1, 1, 0, NULL, NULL },
	{ "c_cc", 17, 17, 17, 19, 17, 19, 0, NULL, NULL },
};
const struct dm_type dm_type7_termios = { "termios", 36, 4, 36, 0, 0, dm_type7_termios_to_host, dm_type7_termios_to_guest, dm_type7_termios_fields, 6 };

/* sparc64 */
static void dm_type8_clone_args_to_host(void *hv, const void *gv)
{
	struct dmh_clone_args *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->flags = dm_ld64be(g + 0);
	h->pidfd = dm_ld64be(g + 8);
	h->child_tid = dm_ld64be(g + 16);
	h->parent_tid = dm_ld64be(g + 24);
	h->exit_signal = dm_ld64be(g + 32);
	h->stack = dm_ld64be(g + 40);
	h->stack_size = dm_ld64be(g + 48);
	h->tls = dm_ld64be(g + 56);
	h->set_tid = dm_ld64be(g + 64);
	h->set_tid_size = dm_ld64be(g + 72);
	h->cgroup = dm_ld64be(g + 80);
}

static void dm_type8_clone_args_to_guest(void *gv, const void *hv)
{
	const struct dmh_clone_args *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st64be(g + 0, (uint64_t)h->flags);
	dm_st64be(g + 8, (uint64_t)h->pidfd);
	dm_st64be(g + 16, (uint64_t)h->child_tid);
	dm_st64be(g + 24, (uint64_t)h->parent_tid);
	dm_st64be(g + 32, (uint64_t)h->exit_signal);
	dm_st64be(g + 40, (uint64_t)h->stack);
	dm_st64be(g + 48, (uint64_t)h->stack_size);
	dm_st64be(g + 56, (uint64_t)h->tls);
	dm_st64be(g + 64, (uint64_t)h->set_tid);
	dm_st64be(g + 72, (uint64_t)h->set_tid_size);
	dm_st64be(g + 80, (uint64_t)h->cgroup);
}

static const struct dm_field dm_type8_clone_args_fields[] = {
	{ "flags", 0, 8, 0, 8, 1, 1, 0, NULL, &dm_set0_clone_flags },
	{ "pidfd", 8, 8, 8, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "child_tid", 16, 8, 16, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "parent_tid", 24, 8, 24, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "exit_signal", 32, 8, 32, 8, 1, 1, 0, NULL, &dm_set5_signals },
	{ "stack", 40, 8, 40, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "stack_size", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "tls", 56, 8, 56, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid", 64, 8, 64, 8, 1, 1, DM_F_ADDR, NULL, NULL },
	{ "set_tid_size", 72, 8, 72, 8, 1, 1, 0, NULL, NULL },
	{ "cgroup", 80, 8, 80, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type8_clone_args = { "clone_args", 88, 8, 88, 0, 0, dm_type8_clone_args_to_host, dm_type8_clone_args_to_guest, dm_type8_clone_args_fields, 11 };

/* ppc64le */
static void dm_type8_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32le(g + 0);
	h->uid = dm_ld32le(g + 4);
	h->gid = dm_ld32le(g + 8);
	h->cuid = dm_ld32le(g + 12);
	h->cgid = dm_ld32le(g + 16);
	h->mode = dm_ld32le(g + 20);
	h->seq = dm_ld32le(g + 24);
}

static void dm_type8_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32le(g + 0, (uint32_t)h->key);
	dm_st32le(g + 4, (uint32_t)h->uid);
	dm_st32le(g + 8, (uint32_t)h->gid);
	dm_st32le(g + 12, (uint32_t)h->cuid);
	dm_st32le(g + 16, (uint32_t)h->cgid);
	dm_st32le(g + 20, (uint32_t)h->mode);
	dm_st32le(g + 24, (uint32_t)h->seq);
}

static const struct dm_field dm_type8_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "seq", 24, 4, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__pad1", 28, 4, 24, 0, 1, 0, DM_F_PAD, NULL, NULL },
	{ "__unused1", 32, 8, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 0, dm_type8_ipc64_perm_to_host, dm_type8_ipc64_perm_to_guest, dm_type8_ipc64_perm_fields, 10 };

/* s390x */
static void dm_type8_loop_info_to_host(void *hv, const void *gv)
{
	struct dmh_loop_info *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->lo_number = dm_ld32be(g + 0);
	h->lo_device = dm_ld16be(g + 4);
	h->lo_inode = dm_ld64be(g + 8);
	h->lo_rdevice = dm_ld16be(g + 16);
	h->lo_offset = dm_ld32be(g + 20);
	h->lo_encrypt_type = dm_ld32be(g + 24);
	h->lo_encrypt_key_size = dm_ld32be(g + 28);
	h->lo_flags = dm_ld32be(g + 32);
	for (unsigned i = 0; i < 64; i++)
		h->lo_name[i] = dm_ld8(g + 36 + i * 1);
	for (unsigned i = 0; i < 32; i++)
		h->lo_encrypt_key[i] = dm_ld8(g + 100 + i * 1);
	for (unsigned i = 0; i < 2; i++)
		h->lo_init[i] = dm_ld64be(g + 136 + i * 8);
}

static void dm_type8_loop_info_to_guest(void *gv, const void *hv)
{
	const struct dmh_loop_info *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 160);
	dm_st32be(g + 0, (uint32_t)h->lo_number);
	dm_st16be(g + 4, (uint16_t)h->lo_device);
	dm_st64be(g + 8, (uint64_t)h->lo_inode);
	dm_st16be(g + 16, (uint16_t)h->lo_rdevice);
	dm_st32be(g + 20, (uint32_t)h->lo_offset);
	dm_st32be(g + 24, (uint32_t)h->lo_encrypt_type);
	dm_st32be(g + 28, (uint32_t)h->lo_encrypt_key_size);
	dm_st32be(g + 32, (uint32_t)h->lo_flags);
	for (unsigned i = 0; i < 64; i++)
		dm_st8(g + 36 + i * 1, (uint8_t)h->lo_name[i]);
	for (unsigned i = 0; i < 32; i++)
		dm_st8(g + 100 + i * 1, (uint8_t)h->lo_encrypt_key[i]);
	for (unsigned i = 0; i < 2; i++)
		dm_st64be(g + 136 + i * 8, (uint64_t)h->lo_init[i]);
}

static const struct dm_field dm_type8_loop_info_fields[] = {
	{ "lo_number", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_device", 4, 2, 8, 8, 1, 1, 0, NULL, NULL },
	{ "lo_inode", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "lo_rdevice", 16, 2, 24, 8, 1, 1, 0, NULL, NULL },
	{ "lo_offset", 20, 4, 32, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_type", 24, 4, 36, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key_size", 28, 4, 40, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_flags", 32, 4, 44, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "lo_name", 36, 64, 48, 64, 64, 64, DM_F_SIGNED, NULL, NULL },
	{ "lo_encrypt_key", 100, 32, 112, 32, 32, 32, 0, NULL, NULL },
	{ "lo_init", 136, 16, 144, 16, 2, 2, 0, NULL, NULL },
	{ "reserved", 152, 4, 160, 4, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_loop_info = { "loop_info", 160, 8, 168, 0, 0, dm_type8_loop_info_to_host, dm_type8_loop_info_to_guest, dm_type8_loop_info_fields, 12 };

/* mips-o32-be */
static void dm_type8_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32be(g + 40);
	h->msg_rtime = dm_ld32be(g + 48);
	h->msg_ctime = dm_ld32be(g + 56);
	h->msg_cbytes = dm_ld32be(g + 60);
	h->msg_qnum = dm_ld32be(g + 64);
	h->msg_qbytes = dm_ld32be(g + 68);
	h->msg_lspid = dm_ld32be(g + 72);
	h->msg_lrpid = dm_ld32be(g + 76);
}

static void dm_type8_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 40, (uint32_t)h->msg_stime);
	dm_st32be(g + 48, (uint32_t)h->msg_rtime);
	dm_st32be(g + 56, (uint32_t)h->msg_ctime);
	dm_st32be(g + 60, (uint32_t)h->msg_cbytes);
	dm_st32be(g + 64, (uint32_t)h->msg_qnum);
	dm_st32be(g + 68, (uint32_t)h->msg_qbytes);
	dm_st32be(g + 72, (uint32_t)h->msg_lspid);
	dm_st32be(g + 76, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type8_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "msg_stime_high", 36, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_stime", 40, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 44, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 48, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 68, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 72, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 76, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 80, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 84, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_msqid64_ds = { "msqid64_ds", 88, 4, 120, 0, 0, dm_type8_msqid64_ds_to_host, dm_type8_msqid64_ds_to_guest, dm_type8_msqid64_ds_fields, 14 };

/* mips-n64-le */
static void dm_type8_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type0_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld64le(g + 48);
	h->sem_ctime = dm_ld64le(g + 56);
	h->sem_nsems = dm_ld64le(g + 64);
}

static void dm_type8_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_type0_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->sem_otime);
	dm_st64le(g + 56, (uint64_t)h->sem_ctime);
	dm_st64le(g + 64, (uint64_t)h->sem_nsems);
}

static const struct dm_field dm_type8_semid64_ds_fields[] = {
	{ "sem_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
	{ "sem_otime", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_ctime", 56, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "sem_nsems", 64, 8, 80, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 72, 8, 56, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 80, 8, 72, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_semid64_ds = { "semid64_ds", 88, 8, 104, 0, 0, dm_type8_semid64_ds_to_host, dm_type8_semid64_ds_to_guest, dm_type8_semid64_ds_fields, 6 };

/* mips-n64-le */
static void dm_type8_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type0_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld64le(g + 48);
	h->shm_atime = dm_ld64le(g + 56);
	h->shm_dtime = dm_ld64le(g + 64);
	h->shm_ctime = dm_ld64le(g + 72);
	h->shm_cpid = dm_ld32le(g + 80);
	h->shm_lpid = dm_ld32le(g + 84);
	h->shm_nattch = dm_ld64le(g + 88);
}

static void dm_type8_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 112);
	dm_type0_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st64le(g + 48, (uint64_t)h->shm_segsz);
	dm_st64le(g + 56, (uint64_t)h->shm_atime);
	dm_st64le(g + 64, (uint64_t)h->shm_dtime);
	dm_st64le(g + 72, (uint64_t)h->shm_ctime);
	dm_st32le(g + 80, (uint32_t)h->shm_cpid);
	dm_st32le(g + 84, (uint32_t)h->shm_lpid);
	dm_st64le(g + 88, (uint64_t)h->shm_nattch);
}

static const struct dm_field dm_type8_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type0_ipc64_perm, NULL },
	{ "shm_segsz", 48, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 56, 8, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_dtime", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_ctime", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_cpid", 80, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 84, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 88, 8, 88, 8, 1, 1, 0, NULL, NULL },
	{ "__unused1", 96, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 104, 8, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_shmid64_ds = { "shmid64_ds", 112, 8, 112, 0, 0, dm_type8_shmid64_ds_to_host, dm_type8_shmid64_ds_to_guest, dm_type8_shmid64_ds_fields, 10 };

/* mips-n64-be */
static void dm_type8_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_flags = dm_ld32be(g + 0);
	h->sa_handler = dm_ld64be(g + 8);
	dm_type6_sigset.to_host((char *)h + 24, g + 16);
}

static void dm_type8_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32be(g + 0, (uint32_t)h->sa_flags);
	dm_st64be(g + 8, (uint64_t)h->sa_handler);
	dm_type6_sigset.to_guest(g + 16, (const char *)h + 24);
}

static const struct dm_field dm_type8_sigaction_fields[] = {
	{ "sa_flags", 0, 4, 8, 8, 1, 1, 0, NULL, &dm_set5_sigaction_flags },
	{ "sa_handler", 8, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 16, 16, 24, 8, 1, 1, 0, &dm_type6_sigset, NULL },
};
const struct dm_type dm_type8_sigaction = { "sigaction", 32, 8, 32, 0, 0, dm_type8_sigaction_to_host, dm_type8_sigaction_to_guest, dm_type8_sigaction_fields, 3 };

/* mips-n64-be */
static void dm_type8_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32be(g + 0);
	h->si_code = dm_ld32be(g + 4);
	h->si_errno = dm_ld32be(g + 8);
	memcpy((char *)h + 16, g + 16, 32);
}

static void dm_type8_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32be(g + 0, (uint32_t)h->si_signo);
	dm_st32be(g + 4, (uint32_t)h->si_code);
	dm_st32be(g + 8, (uint32_t)h->si_errno);
	memcpy(g + 16, (const char *)h + 16, 32);
}

static const struct dm_field dm_type8_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set4_signals },
	{ "si_code", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_errno", 8, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type4_sifields, NULL },
};
const struct dm_type dm_type8_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_type8_siginfo_to_host, dm_type8_siginfo_to_guest, dm_type8_siginfo_fields, 4 };

/* ppc64 s390x sparc64 */
static void dm_type8_sigset_to_host(void *hv, const void *gv)
{
	struct dmh_sigset *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	for (unsigned i = 0; i < 1; i++)
		h->sig[i] = dm_ld64be(g + 0 + i * 8);
}

static void dm_type8_sigset_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigset *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	for (unsigned i = 0; i < 1; i++)
		dm_st64be(g + 0 + i * 8, (uint64_t)h->sig[i]);
}

static const struct dm_field dm_type8_sigset_fields[] = {
	{ "sig", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type8_sigset = { "sigset", 8, 8, 8, 0, 0, dm_type8_sigset_to_host, dm_type8_sigset_to_guest, dm_type8_sigset_fields, 1 };

/* ppc64 s390x sparc64 */
static void dm_type8_stack_t_to_host(void *hv, const void *gv)
{
	struct dmh_stack_t *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->ss_sp = dm_ld64be(g + 0);
	h->ss_flags = dm_ld32be(g + 8);
	h->ss_size = dm_ld64be(g + 16);
}

static void dm_type8_stack_t_to_guest(void *gv, const void *hv)
{
	const struct dmh_stack_t *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 24);
	dm_st64be(g + 0, (uint64_t)h->ss_sp);
	dm_st32be(g + 8, (uint32_t)h->ss_flags);
	dm_st64be(g + 16, (uint64_t)h->ss_size);
}

static const struct dm_field dm_type8_stack_t_fields[] = {
	{ "ss_sp", 0, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "ss_flags", 8, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set0_sigaltstack_flags },
	{ "ss_size", 16, 8, 16, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type8_stack_t = { "stack_t", 24, 8, 24, 0, 0, dm_type8_stack_t_to_host, dm_type8_stack_t_to_guest, dm_type8_stack_t_fields, 3 };

/* mips-n64-be */
static void dm_type8_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32be(g + 0);
	h->st_ino = dm_ld64be(g + 16);
	h->st_mode = dm_ld32be(g + 24);
	h->st_nlink = dm_ld32be(g + 28);
	h->st_uid = dm_ld32be(g + 32);
	h->st_gid = dm_ld32be(g + 36);
	h->st_rdev = dm_ld32be(g + 40);
	h->st_size = dm_ld64be(g + 56);
	h->st_atime = dm_ld32be(g + 64);
	h->st_atime_nsec = dm_ld32be(g + 68);
	h->st_mtime = dm_ld32be(g + 72);
	h->st_mtime_nsec = dm_ld32be(g + 76);
	h->st_ctime = dm_ld32be(g + 80);
	h->st_ctime_nsec = dm_ld32be(g + 84);
	h->st_blksize = dm_ld32be(g + 88);
	h->st_blocks = dm_ld64be(g + 96);
}

static void dm_type8_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32be(g + 0, (uint32_t)h->st_dev);
	dm_st64be(g + 16, (uint64_t)h->st_ino);
	dm_st32be(g + 24, (uint32_t)h->st_mode);
	dm_st32be(g + 28, (uint32_t)h->st_nlink);
	dm_st32be(g + 32, (uint32_t)h->st_uid);
	dm_st32be(g + 36, (uint32_t)h->st_gid);
	dm_st32be(g + 40, (uint32_t)h->st_rdev);
	dm_st64be(g + 56, (uint64_t)h->st_size);
	dm_st32be(g + 64, (uint32_t)h->st_atime);
	dm_st32be(g + 68, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 72, (uint32_t)h->st_mtime);
	dm_st32be(g + 76, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 80, (uint32_t)h->st_ctime);
	dm_st32be(g + 84, (uint32_t)h->st_ctime_nsec);
	dm_st32be(g + 88, (uint32_t)h->st_blksize);
	dm_st64be(g + 96, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type8_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad0", 4, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 28, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 32, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 36, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 44, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 56, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 64, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 76, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 80, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 84, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 88, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 92, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_blocks", 96, 8, 64, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type8_stat = { "stat", 104, 8, 144, 0, 0, dm_type8_stat_to_host, dm_type8_stat_to_guest, dm_type8_stat_fields, 19 };

/* powerpc ppc64 */
static void dm_type8_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64be(g + 0);
	h->st_ino = dm_ld64be(g + 8);
	h->st_mode = dm_ld32be(g + 16);
	h->st_nlink = dm_ld32be(g + 20);
	h->st_uid = dm_ld32be(g + 24);
	h->st_gid = dm_ld32be(g + 28);
	h->st_rdev = dm_ld64be(g + 32);
	h->st_size = dm_ld64be(g + 48);
	h->st_blksize = (int32_t)dm_ld32be(g + 56);
	h->st_blocks = dm_ld64be(g + 64);
	h->st_atime = (int32_t)dm_ld32be(g + 72);
	h->st_atime_nsec = dm_ld32be(g + 76);
	h->st_mtime = (int32_t)dm_ld32be(g + 80);
	h->st_mtime_nsec = dm_ld32be(g + 84);
	h->st_ctime = (int32_t)dm_ld32be(g + 88);
	h->st_ctime_nsec = dm_ld32be(g + 92);
}

static void dm_type8_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st64be(g + 0, (uint64_t)h->st_dev);
	dm_st64be(g + 8, (uint64_t)h->st_ino);
	dm_st32be(g + 16, (uint32_t)h->st_mode);
	dm_st32be(g + 20, (uint32_t)h->st_nlink);
	dm_st32be(g + 24, (uint32_t)h->st_uid);
	dm_st32be(g + 28, (uint32_t)h->st_gid);
	dm_st64be(g + 32, (uint64_t)h->st_rdev);
	dm_st64be(g + 48, (uint64_t)h->st_size);
	dm_st32be(g + 56, (uint32_t)h->st_blksize);
	dm_st64be(g + 64, (uint64_t)h->st_blocks);
	dm_st32be(g + 72, (uint32_t)h->st_atime);
	dm_st32be(g + 76, (uint32_t)h->st_atime_nsec);
	dm_st32be(g + 80, (uint32_t)h->st_mtime);
	dm_st32be(g + 84, (uint32_t)h->st_mtime_nsec);
	dm_st32be(g + 88, (uint32_t)h->st_ctime);
	dm_st32be(g + 92, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type8_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad2", 40, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 84, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 92, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 100, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type8_stat64_to_host, dm_type8_stat64_to_guest, dm_type8_stat64_fields, 19 };

/* powerpc */
static void dm_type8_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_blocks = dm_ld32be(g + 8);
	h->f_bfree = dm_ld32be(g + 12);
	h->f_bavail = dm_ld32be(g + 16);
	h->f_files = dm_ld32be(g + 20);
	h->f_ffree = dm_ld32be(g + 24);
	dm_type1_fsid.to_host((char *)h + 56, g + 28);
	h->f_namelen = dm_ld32be(g + 36);
	h->f_frsize = dm_ld32be(g + 40);
	h->f_flags = dm_ld32be(g + 44);
}

static void dm_type8_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 64);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st32be(g + 8, (uint32_t)h->f_blocks);
	dm_st32be(g + 12, (uint32_t)h->f_bfree);
	dm_st32be(g + 16, (uint32_t)h->f_bavail);
	dm_st32be(g + 20, (uint32_t)h->f_files);
	dm_st32be(g + 24, (uint32_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 28, (const char *)h + 56);
	dm_st32be(g + 36, (uint32_t)h->f_namelen);
	dm_st32be(g + 40, (uint32_t)h->f_frsize);
	dm_st32be(g + 44, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type8_statfs_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 12, 4, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 16, 4, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 20, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 24, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 28, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 36, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 40, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 48, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_statfs = { "statfs", 64, 4, 120, 0, 0, dm_type8_statfs_to_host, dm_type8_statfs_to_guest, dm_type8_statfs_fields, 12 };

/* mips-n64-le */
static void dm_type8_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64le(g + 0);
	h->f_bsize = dm_ld64le(g + 8);
	h->f_frsize = dm_ld64le(g + 16);
	h->f_blocks = dm_ld64le(g + 24);
	h->f_bfree = dm_ld64le(g + 32);
	h->f_files = dm_ld64le(g + 40);
	h->f_ffree = dm_ld64le(g + 48);
	h->f_bavail = dm_ld64le(g + 56);
	dm_type0_fsid.to_host((char *)h + 56, g + 64);
	h->f_namelen = dm_ld64le(g + 72);
	h->f_flags = dm_ld64le(g + 80);
}

static void dm_type8_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st64le(g + 0, (uint64_t)h->f_type);
	dm_st64le(g + 8, (uint64_t)h->f_bsize);
	dm_st64le(g + 16, (uint64_t)h->f_frsize);
	dm_st64le(g + 24, (uint64_t)h->f_blocks);
	dm_st64le(g + 32, (uint64_t)h->f_bfree);
	dm_st64le(g + 40, (uint64_t)h->f_files);
	dm_st64le(g + 48, (uint64_t)h->f_ffree);
	dm_st64le(g + 56, (uint64_t)h->f_bavail);
	dm_type0_fsid.to_guest(g + 64, (const char *)h + 56);
	dm_st64le(g + 72, (uint64_t)h->f_namelen);
	dm_st64le(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type8_statfs64_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 16, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 24, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 32, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 56, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 64, 8, 56, 8, 1, 1, 0, &dm_type0_fsid, NULL },
	{ "f_namelen", 72, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 40, 88, 32, 5, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type8_statfs64 = { "statfs64", 128, 8, 120, 0, 0, dm_type8_statfs64_to_host, dm_type8_statfs64_to_guest, dm_type8_statfs64_fields, 12 };

/* s390x sparc64 */
static void dm_type9_ipc64_perm_to_host(void *hv, const void *gv)
{
	struct dmh_ipc64_perm *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->key = dm_ld32be(g + 0);
	h->uid = dm_ld32be(g + 4);
	h->gid = dm_ld32be(g + 8);
	h->cuid = dm_ld32be(g + 12);
	h->cgid = dm_ld32be(g + 16);
	h->mode = dm_ld32be(g + 20);
	h->seq = dm_ld16be(g + 26);
}

static void dm_type9_ipc64_perm_to_guest(void *gv, const void *hv)
{
	const struct dmh_ipc64_perm *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 48);
	dm_st32be(g + 0, (uint32_t)h->key);
	dm_st32be(g + 4, (uint32_t)h->uid);
	dm_st32be(g + 8, (uint32_t)h->gid);
	dm_st32be(g + 12, (uint32_t)h->cuid);
	dm_st32be(g + 16, (uint32_t)h->cgid);
	dm_st32be(g + 20, (uint32_t)h->mode);
	dm_st16be(g + 26, (uint16_t)h->seq);
}

static const struct dm_field dm_type9_ipc64_perm_fields[] = {
	{ "key", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "uid", 4, 4, 4, 4, 1, 1, 0, NULL, NULL },
	{ "gid", 8, 4, 8, 4, 1, 1, 0, NULL, NULL },
	{ "cuid", 12, 4, 12, 4, 1, 1, 0, NULL, NULL },
	{ "cgid", 16, 4, 16, 4, 1, 1, 0, NULL, NULL },
	{ "mode", 20, 4, 20, 4, 1, 1, 0, NULL, NULL },
	{ "__pad1", 24, 2, 24, 0, 1, 0, DM_F_PAD, NULL, NULL },
	{ "seq", 26, 2, 24, 2, 1, 1, 0, NULL, NULL },
	{ "__unused1", 32, 8, 32, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused2", 40, 8, 40, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_ipc64_perm = { "ipc64_perm", 48, 8, 48, 0, 0, dm_type9_ipc64_perm_to_host, dm_type9_ipc64_perm_to_guest, dm_type9_ipc64_perm_fields, 10 };

/* powerpc */
static void dm_type9_msqid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_msqid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type7_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->msg_stime = dm_ld32be(g + 52);
	h->msg_rtime = dm_ld32be(g + 60);
	h->msg_ctime = dm_ld32be(g + 68);
	h->msg_cbytes = dm_ld32be(g + 72);
	h->msg_qnum = dm_ld32be(g + 76);
	h->msg_qbytes = dm_ld32be(g + 80);
	h->msg_lspid = dm_ld32be(g + 84);
	h->msg_lrpid = dm_ld32be(g + 88);
}

static void dm_type9_msqid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_msqid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_type7_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 52, (uint32_t)h->msg_stime);
	dm_st32be(g + 60, (uint32_t)h->msg_rtime);
	dm_st32be(g + 68, (uint32_t)h->msg_ctime);
	dm_st32be(g + 72, (uint32_t)h->msg_cbytes);
	dm_st32be(g + 76, (uint32_t)h->msg_qnum);
	dm_st32be(g + 80, (uint32_t)h->msg_qbytes);
	dm_st32be(g + 84, (uint32_t)h->msg_lspid);
	dm_st32be(g + 88, (uint32_t)h->msg_lrpid);
}

static const struct dm_field dm_type9_msqid64_ds_fields[] = {
	{ "msg_perm", 0, 48, 0, 48, 1, 1, 0, &dm_type7_ipc64_perm, NULL },
	{ "msg_stime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_stime", 52, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "msg_rtime_high", 56, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_rtime", 60, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "msg_ctime_high", 64, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "msg_ctime", 68, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "msg_cbytes", 72, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qnum", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "msg_qbytes", 80, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "msg_lspid", 84, 4, 96, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "msg_lrpid", 88, 4, 100, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "__unused4", 92, 4, 104, 8, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 96, 4, 112, 8, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_msqid64_ds = { "msqid64_ds", 104, 8, 120, 0, 0, dm_type9_msqid64_ds_to_host, dm_type9_msqid64_ds_to_guest, dm_type9_msqid64_ds_fields, 14 };

/* mips-o32-be */
static void dm_type9_semid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_semid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->sem_otime = dm_ld32be(g + 36);
	h->sem_ctime = dm_ld32be(g + 40);
	h->sem_nsems = dm_ld32be(g + 44);
}

static void dm_type9_semid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_semid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 56);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->sem_otime);
	dm_st32be(g + 40, (uint32_t)h->sem_ctime);
	dm_st32be(g + 44, (uint32_t)h->sem_nsems);
}

static const struct dm_field dm_type9_semid64_ds_fields[] = {
	{ "sem_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "sem_otime", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "sem_ctime", 40, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "sem_nsems", 44, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "sem_otime_high", 48, 4, -1, 0, 1, 1, 0, NULL, NULL },
	{ "sem_ctime_high", 52, 4, -1, 0, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type9_semid64_ds = { "semid64_ds", 56, 4, 104, 0, 0, dm_type9_semid64_ds_to_host, dm_type9_semid64_ds_to_guest, dm_type9_semid64_ds_fields, 6 };

/* mips-o32-be */
static void dm_type9_shmid64_ds_to_host(void *hv, const void *gv)
{
	struct dmh_shmid64_ds *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_type5_ipc64_perm.to_host((char *)h + 0, g + 0);
	h->shm_segsz = dm_ld32be(g + 36);
	h->shm_atime = dm_ld32be(g + 40);
	h->shm_dtime = dm_ld32be(g + 44);
	h->shm_ctime = dm_ld32be(g + 48);
	h->shm_cpid = dm_ld32be(g + 52);
	h->shm_lpid = dm_ld32be(g + 56);
	h->shm_nattch = dm_ld32be(g + 60);
}

static void dm_type9_shmid64_ds_to_guest(void *gv, const void *hv)
{
	const struct dmh_shmid64_ds *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 72);
	dm_type5_ipc64_perm.to_guest(g + 0, (const char *)h + 0);
	dm_st32be(g + 36, (uint32_t)h->shm_segsz);
	dm_st32be(g + 40, (uint32_t)h->shm_atime);
	dm_st32be(g + 44, (uint32_t)h->shm_dtime);
	dm_st32be(g + 48, (uint32_t)h->shm_ctime);
	dm_st32be(g + 52, (uint32_t)h->shm_cpid);
	dm_st32be(g + 56, (uint32_t)h->shm_lpid);
	dm_st32be(g + 60, (uint32_t)h->shm_nattch);
}

static const struct dm_field dm_type9_shmid64_ds_fields[] = {
	{ "shm_perm", 0, 36, 0, 48, 1, 1, 0, &dm_type5_ipc64_perm, NULL },
	{ "shm_segsz", 36, 4, 48, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime", 40, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "shm_dtime", 44, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "shm_ctime", 48, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "shm_cpid", 52, 4, 80, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_lpid", 56, 4, 84, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "shm_nattch", 60, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "shm_atime_high", 64, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_dtime_high", 66, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "shm_ctime_high", 68, 2, -1, 0, 1, 1, 0, NULL, NULL },
	{ "__unused1", 70, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_shmid64_ds = { "shmid64_ds", 72, 4, 112, 0, 0, dm_type9_shmid64_ds_to_host, dm_type9_shmid64_ds_to_guest, dm_type9_shmid64_ds_fields, 12 };

/* mips-n64-le */
static void dm_type9_sigaction_to_host(void *hv, const void *gv)
{
	struct dmh_sigaction *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->sa_flags = dm_ld32le(g + 0);
	h->sa_handler = dm_ld64le(g + 8);
	dm_type7_sigset.to_host((char *)h + 24, g + 16);
}

static void dm_type9_sigaction_to_guest(void *gv, const void *hv)
{
	const struct dmh_sigaction *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 32);
	dm_st32le(g + 0, (uint32_t)h->sa_flags);
	dm_st64le(g + 8, (uint64_t)h->sa_handler);
	dm_type7_sigset.to_guest(g + 16, (const char *)h + 24);
}

static const struct dm_field dm_type9_sigaction_fields[] = {
	{ "sa_flags", 0, 4, 8, 8, 1, 1, 0, NULL, &dm_set5_sigaction_flags },
	{ "sa_handler", 8, 8, 0, 8, 1, 1, DM_F_PTR, NULL, NULL },
	{ "sa_mask", 16, 16, 24, 8, 1, 1, 0, &dm_type7_sigset, NULL },
};
const struct dm_type dm_type9_sigaction = { "sigaction", 32, 8, 32, 0, 0, dm_type9_sigaction_to_host, dm_type9_sigaction_to_guest, dm_type9_sigaction_fields, 3 };

/* mips-n64-le */
static void dm_type9_siginfo_to_host(void *hv, const void *gv)
{
	struct dmh_siginfo *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->si_signo = dm_ld32le(g + 0);
	h->si_code = dm_ld32le(g + 4);
	h->si_errno = dm_ld32le(g + 8);
	memcpy((char *)h + 16, g + 16, 32);
}

static void dm_type9_siginfo_to_guest(void *gv, const void *hv)
{
	const struct dmh_siginfo *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 128);
	dm_st32le(g + 0, (uint32_t)h->si_signo);
	dm_st32le(g + 4, (uint32_t)h->si_code);
	dm_st32le(g + 8, (uint32_t)h->si_errno);
	memcpy(g + 16, (const char *)h + 16, 32);
}

static const struct dm_field dm_type9_siginfo_fields[] = {
	{ "si_signo", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL, &dm_set4_signals },
	{ "si_code", 4, 4, 8, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "si_errno", 8, 4, 4, 4, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "_sifields", 16, 32, 16, 32, 1, 1, 0, &dm_type0_sifields, NULL },
};
const struct dm_type dm_type9_siginfo = { "siginfo", 128, 8, 128, 0, 0, dm_type9_siginfo_to_host, dm_type9_siginfo_to_guest, dm_type9_siginfo_fields, 4 };

/* mips-n64-le */
static void dm_type9_stat_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld32le(g + 0);
	h->st_ino = dm_ld64le(g + 16);
	h->st_mode = dm_ld32le(g + 24);
	h->st_nlink = dm_ld32le(g + 28);
	h->st_uid = dm_ld32le(g + 32);
	h->st_gid = dm_ld32le(g + 36);
	h->st_rdev = dm_ld32le(g + 40);
	h->st_size = dm_ld64le(g + 56);
	h->st_atime = dm_ld32le(g + 64);
	h->st_atime_nsec = dm_ld32le(g + 68);
	h->st_mtime = dm_ld32le(g + 72);
	h->st_mtime_nsec = dm_ld32le(g + 76);
	h->st_ctime = dm_ld32le(g + 80);
	h->st_ctime_nsec = dm_ld32le(g + 84);
	h->st_blksize = dm_ld32le(g + 88);
	h->st_blocks = dm_ld64le(g + 96);
}

static void dm_type9_stat_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st32le(g + 0, (uint32_t)h->st_dev);
	dm_st64le(g + 16, (uint64_t)h->st_ino);
	dm_st32le(g + 24, (uint32_t)h->st_mode);
	dm_st32le(g + 28, (uint32_t)h->st_nlink);
	dm_st32le(g + 32, (uint32_t)h->st_uid);
	dm_st32le(g + 36, (uint32_t)h->st_gid);
	dm_st32le(g + 40, (uint32_t)h->st_rdev);
	dm_st64le(g + 56, (uint64_t)h->st_size);
	dm_st32le(g + 64, (uint32_t)h->st_atime);
	dm_st32le(g + 68, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 72, (uint32_t)h->st_mtime);
	dm_st32le(g + 76, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_ctime);
	dm_st32le(g + 84, (uint32_t)h->st_ctime_nsec);
	dm_st32le(g + 88, (uint32_t)h->st_blksize);
	dm_st64le(g + 96, (uint64_t)h->st_blocks);
}

static const struct dm_field dm_type9_stat_fields[] = {
	{ "st_dev", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad0", 4, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_ino", 16, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 24, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 28, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 32, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 36, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 40, 4, 40, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad1", 44, 12, -1, 0, 3, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 56, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 64, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "st_atime_nsec", 68, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 72, 4, 88, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime_nsec", 76, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 80, 4, 104, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime_nsec", 84, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "st_blksize", 88, 4, 56, 8, 1, 1, 0, NULL, NULL },
	{ "st_pad2", 92, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_blocks", 96, 8, 64, 8, 1, 1, 0, NULL, NULL },
};
const struct dm_type dm_type9_stat = { "stat", 104, 8, 144, 0, 0, dm_type9_stat_to_host, dm_type9_stat_to_guest, dm_type9_stat_fields, 19 };

/* ppc64le */
static void dm_type9_stat64_to_host(void *hv, const void *gv)
{
	struct dmh_stat *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->st_dev = dm_ld64le(g + 0);
	h->st_ino = dm_ld64le(g + 8);
	h->st_mode = dm_ld32le(g + 16);
	h->st_nlink = dm_ld32le(g + 20);
	h->st_uid = dm_ld32le(g + 24);
	h->st_gid = dm_ld32le(g + 28);
	h->st_rdev = dm_ld64le(g + 32);
	h->st_size = dm_ld64le(g + 48);
	h->st_blksize = (int32_t)dm_ld32le(g + 56);
	h->st_blocks = dm_ld64le(g + 64);
	h->st_atime = (int32_t)dm_ld32le(g + 72);
	h->st_atime_nsec = dm_ld32le(g + 76);
	h->st_mtime = (int32_t)dm_ld32le(g + 80);
	h->st_mtime_nsec = dm_ld32le(g + 84);
	h->st_ctime = (int32_t)dm_ld32le(g + 88);
	h->st_ctime_nsec = dm_ld32le(g + 92);
}

static void dm_type9_stat64_to_guest(void *gv, const void *hv)
{
	const struct dmh_stat *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 104);
	dm_st64le(g + 0, (uint64_t)h->st_dev);
	dm_st64le(g + 8, (uint64_t)h->st_ino);
	dm_st32le(g + 16, (uint32_t)h->st_mode);
	dm_st32le(g + 20, (uint32_t)h->st_nlink);
	dm_st32le(g + 24, (uint32_t)h->st_uid);
	dm_st32le(g + 28, (uint32_t)h->st_gid);
	dm_st64le(g + 32, (uint64_t)h->st_rdev);
	dm_st64le(g + 48, (uint64_t)h->st_size);
	dm_st32le(g + 56, (uint32_t)h->st_blksize);
	dm_st64le(g + 64, (uint64_t)h->st_blocks);
	dm_st32le(g + 72, (uint32_t)h->st_atime);
	dm_st32le(g + 76, (uint32_t)h->st_atime_nsec);
	dm_st32le(g + 80, (uint32_t)h->st_mtime);
	dm_st32le(g + 84, (uint32_t)h->st_mtime_nsec);
	dm_st32le(g + 88, (uint32_t)h->st_ctime);
	dm_st32le(g + 92, (uint32_t)h->st_ctime_nsec);
}

static const struct dm_field dm_type9_stat64_fields[] = {
	{ "st_dev", 0, 8, 0, 8, 1, 1, 0, NULL, NULL },
	{ "st_ino", 8, 8, 8, 8, 1, 1, 0, NULL, NULL },
	{ "st_mode", 16, 4, 24, 4, 1, 1, 0, NULL, &dm_set0_stat_mode },
	{ "st_nlink", 20, 4, 16, 8, 1, 1, 0, NULL, NULL },
	{ "st_uid", 24, 4, 28, 4, 1, 1, 0, NULL, NULL },
	{ "st_gid", 28, 4, 32, 4, 1, 1, 0, NULL, NULL },
	{ "st_rdev", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "__pad2", 40, 2, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "st_size", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blksize", 56, 4, 56, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_blocks", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime", 72, 4, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_atime_nsec", 76, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "st_mtime", 80, 4, 88, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_mtime_nsec", 84, 4, 96, 8, 1, 1, 0, NULL, NULL },
	{ "st_ctime", 88, 4, 104, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "st_ctime_nsec", 92, 4, 112, 8, 1, 1, 0, NULL, NULL },
	{ "__unused4", 96, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
	{ "__unused5", 100, 4, -1, 0, 1, 1, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_stat64 = { "stat64", 104, 8, 144, 0, 0, dm_type9_stat64_to_host, dm_type9_stat64_to_guest, dm_type9_stat64_fields, 19 };

/* ppc64 sparc64 */
static void dm_type9_statfs_to_host(void *hv, const void *gv)
{
	struct dmh_statfs *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld64be(g + 0);
	h->f_bsize = dm_ld64be(g + 8);
	h->f_blocks = dm_ld64be(g + 16);
	h->f_bfree = dm_ld64be(g + 24);
	h->f_bavail = dm_ld64be(g + 32);
	h->f_files = dm_ld64be(g + 40);
	h->f_ffree = dm_ld64be(g + 48);
	dm_type1_fsid.to_host((char *)h + 56, g + 56);
	h->f_namelen = dm_ld64be(g + 64);
	h->f_frsize = dm_ld64be(g + 72);
	h->f_flags = dm_ld64be(g + 80);
}

static void dm_type9_statfs_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 120);
	dm_st64be(g + 0, (uint64_t)h->f_type);
	dm_st64be(g + 8, (uint64_t)h->f_bsize);
	dm_st64be(g + 16, (uint64_t)h->f_blocks);
	dm_st64be(g + 24, (uint64_t)h->f_bfree);
	dm_st64be(g + 32, (uint64_t)h->f_bavail);
	dm_st64be(g + 40, (uint64_t)h->f_files);
	dm_st64be(g + 48, (uint64_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 56, (const char *)h + 56);
	dm_st64be(g + 64, (uint64_t)h->f_namelen);
	dm_st64be(g + 72, (uint64_t)h->f_frsize);
	dm_st64be(g + 80, (uint64_t)h->f_flags);
}

static const struct dm_field dm_type9_statfs_fields[] = {
	{ "f_type", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bsize", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_blocks", 16, 8, 16, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bfree", 24, 8, 24, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_bavail", 32, 8, 32, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_files", 40, 8, 40, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_ffree", 48, 8, 48, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_fsid", 56, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 64, 8, 64, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_frsize", 72, 8, 72, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_flags", 80, 8, 80, 8, 1, 1, DM_F_SIGNED, NULL, NULL },
	{ "f_spare", 88, 32, 88, 32, 4, 4, DM_F_SIGNED | DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_statfs = { "statfs", 120, 8, 120, 0, 0, dm_type9_statfs_to_host, dm_type9_statfs_to_guest, dm_type9_statfs_fields, 12 };

/* powerpc s390x */
static void dm_type9_statfs64_to_host(void *hv, const void *gv)
{
	struct dmh_statfs64 *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->f_type = dm_ld32be(g + 0);
	h->f_bsize = dm_ld32be(g + 4);
	h->f_blocks = dm_ld64be(g + 8);
	h->f_bfree = dm_ld64be(g + 16);
	h->f_bavail = dm_ld64be(g + 24);
	h->f_files = dm_ld64be(g + 32);
	h->f_ffree = dm_ld64be(g + 40);
	dm_type1_fsid.to_host((char *)h + 56, g + 48);
	h->f_namelen = dm_ld32be(g + 56);
	h->f_frsize = dm_ld32be(g + 60);
	h->f_flags = dm_ld32be(g + 64);
}

static void dm_type9_statfs64_to_guest(void *gv, const void *hv)
{
	const struct dmh_statfs64 *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 88);
	dm_st32be(g + 0, (uint32_t)h->f_type);
	dm_st32be(g + 4, (uint32_t)h->f_bsize);
	dm_st64be(g + 8, (uint64_t)h->f_blocks);
	dm_st64be(g + 16, (uint64_t)h->f_bfree);
	dm_st64be(g + 24, (uint64_t)h->f_bavail);
	dm_st64be(g + 32, (uint64_t)h->f_files);
	dm_st64be(g + 40, (uint64_t)h->f_ffree);
	dm_type1_fsid.to_guest(g + 48, (const char *)h + 56);
	dm_st32be(g + 56, (uint32_t)h->f_namelen);
	dm_st32be(g + 60, (uint32_t)h->f_frsize);
	dm_st32be(g + 64, (uint32_t)h->f_flags);
}

static const struct dm_field dm_type9_statfs64_fields[] = {
	{ "f_type", 0, 4, 0, 8, 1, 1, 0, NULL, NULL },
	{ "f_bsize", 4, 4, 8, 8, 1, 1, 0, NULL, NULL },
	{ "f_blocks", 8, 8, 16, 8, 1, 1, 0, NULL, NULL },
	{ "f_bfree", 16, 8, 24, 8, 1, 1, 0, NULL, NULL },
	{ "f_bavail", 24, 8, 32, 8, 1, 1, 0, NULL, NULL },
	{ "f_files", 32, 8, 40, 8, 1, 1, 0, NULL, NULL },
	{ "f_ffree", 40, 8, 48, 8, 1, 1, 0, NULL, NULL },
	{ "f_fsid", 48, 8, 56, 8, 1, 1, 0, &dm_type1_fsid, NULL },
	{ "f_namelen", 56, 4, 64, 8, 1, 1, 0, NULL, NULL },
	{ "f_frsize", 60, 4, 72, 8, 1, 1, 0, NULL, NULL },
	{ "f_flags", 64, 4, 80, 8, 1, 1, 0, NULL, NULL },
	{ "f_spare", 68, 16, 88, 32, 4, 4, DM_F_PAD, NULL, NULL },
};
const struct dm_type dm_type9_statfs64 = { "statfs64", 88, 8, 120, 0, 0, dm_type9_statfs64_to_host, dm_type9_statfs64_to_guest, dm_type9_statfs64_fields, 12 };

