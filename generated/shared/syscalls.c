/* generated from specs/syscalls (each distinct signature once) by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/shared/consts.h"
#include "generated/shared/types.h"
#include "generated/shared/syscalls.h"

/* arm */
static const struct dm_arg dm_sig0_ARM_cacheflush_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "end", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ARM_cacheflush = { "ARM_cacheflush", "guest code cache", DM_RET_int, 3, 3, dm_sig0_ARM_cacheflush_args };

/* arm */
const struct dm_sig dm_sig0_ARM_get_tls = { "ARM_get_tls", "thread: TLS register", DM_RET_ptr, 0, 0, NULL };

/* arm */
static const struct dm_arg dm_sig0_ARM_set_tls_args[] = {
	{ "val", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ARM_set_tls = { "ARM_set_tls", "thread: TLS register", DM_RET_int, 1, 1, dm_sig0_ARM_set_tls_args };

/* arm hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 sparc64 */
static const struct dm_arg dm_sig0__llseek_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_high", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_low", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "result", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "whence", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_seek_whence, NULL },
};
const struct dm_sig dm_sig0__llseek = { "_llseek", NULL, DM_RET_int, 5, 5, dm_sig0__llseek_args };

/* arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig0__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timeval, NULL, NULL },
};
const struct dm_sig dm_sig0__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig0__newselect_args };

/* aarch64 alpha arc arm hppa mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_accept_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_accept = { "accept", NULL, DM_RET_fd, 3, 3, dm_sig0_accept_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_accept4_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_type_flags, NULL },
};
const struct dm_sig dm_sig0_accept4 = { "accept4", NULL, DM_RET_fd, 4, 4, dm_sig0_accept4_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_access_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_access = { "access", NULL, DM_RET_int, 2, 2, dm_sig0_access_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_acct_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_acct = { "acct", NULL, DM_RET_int, 1, 1, dm_sig0_acct_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_add_key_args[] = {
	{ "_type", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_description", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_payload", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "plen", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ringid", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_add_key = { "add_key", NULL, DM_RET_int, 5, 5, dm_sig0_add_key_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_adjtimex_args[] = {
	{ "txc_p", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_adjtimex = { "adjtimex", "struct timex conversion", DM_RET_int, 1, 1, dm_sig0_adjtimex_args };

/* hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_alarm_args[] = {
	{ "seconds", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_alarm = { "alarm", NULL, DM_RET_uint, 1, 1, dm_sig0_alarm_args };

/* arc */
const struct dm_sig dm_sig0_arc_gettls = { "arc_gettls", "thread: TLS register", DM_RET_ptr, 0, 0, NULL };

/* arc */
static const struct dm_arg dm_sig0_arc_settls_args[] = {
	{ "user_tls_data_ptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_arc_settls = { "arc_settls", "thread: TLS register", DM_RET_int, 1, 1, dm_sig0_arc_settls_args };

/* arc */
static const struct dm_arg dm_sig0_arc_usr_cmpxchg_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "expected", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "new", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_arc_usr_cmpxchg = { "arc_usr_cmpxchg", "atomic operation on guest memory for CPUs without one", DM_RET_int, 3, 3, dm_sig0_arc_usr_cmpxchg_args };

/* i386 x32 x86_64 */
static const struct dm_arg dm_sig0_arch_prctl_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_arch_prctl = { "arch_prctl", "x86 TLS base registers (ARCH_SET_FS/GS)", DM_RET_int, 2, 2, dm_sig0_arch_prctl_args };

/* arm */
static const struct dm_arg dm_sig0_arm_fadvise64_64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_arm_fadvise64_64 = { "arm_fadvise64_64", NULL, DM_RET_int, 4, 6, dm_sig0_arm_fadvise64_64_args };

/* arm */
static const struct dm_arg dm_sig0_arm_sync_file_range_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_arm_sync_file_range = { "arm_sync_file_range", NULL, DM_RET_int, 4, 6, dm_sig0_arm_sync_file_range_args };

/* m68k */
const struct dm_sig dm_sig0_atomic_barrier = { "atomic_barrier", "atomic operation on guest memory for CPUs without one", DM_RET_int, 0, 0, NULL };

/* m68k */
static const struct dm_arg dm_sig0_atomic_cmpxchg_32_args[] = {
	{ "newval", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldval", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "d3", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "d4", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "d5", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mem", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_atomic_cmpxchg_32 = { "atomic_cmpxchg_32", "atomic operation on guest memory for CPUs without one", DM_RET_int, 6, 6, dm_sig0_atomic_cmpxchg_32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_bind_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "umyaddr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addrlen", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_bind = { "bind", NULL, DM_RET_int, 3, 3, dm_sig0_bind_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, dm_sig0_bpf_args, 38 };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_brk_args[] = {
	{ "brk", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_brk = { "brk", "guest memory map", DM_RET_ulong, 1, 1, dm_sig0_brk_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig0_cachectl_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_cachectl = { "cachectl", "guest code cache", DM_RET_int, 3, 3, dm_sig0_cachectl_args };

/* arc m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le sh4 */
static const struct dm_arg dm_sig0_cacheflush_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_cacheflush = { "cacheflush", "guest code cache; arguments differ per architecture", DM_RET_int, 3, 3, dm_sig0_cacheflush_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_cachestat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cstat_range", DM_ARG_buf_in, 1, 1, -1, -1, DM_A_WHOLE, 1, 16, NULL, NULL, "\x08" },
	{ "cstat", DM_ARG_buf_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 40, NULL, NULL, "\x08" },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_cachestat = { "cachestat", NULL, DM_RET_int, 4, 4, dm_sig0_cachestat_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_capget_args[] = {
	{ "header", DM_ARG_inout, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_user_cap_header, NULL, NULL },
	{ "dataptr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig0_capget = { "capget", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig0_capget_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_capset_args[] = {
	{ "header", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_user_cap_header, NULL, NULL },
	{ "data", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig0_capset = { "capset", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig0_capset_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_chdir_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_chdir = { "chdir", NULL, DM_RET_int, 1, 1, dm_sig0_chdir_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_chmod_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_chmod = { "chmod", NULL, DM_RET_int, 2, 2, dm_sig0_chmod_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_chown_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_chown = { "chown", NULL, DM_RET_int, 3, 3, dm_sig0_chown_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_chown32_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_chown32 = { "chown32", NULL, DM_RET_int, 3, 3, dm_sig0_chown32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_chroot_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_chroot = { "chroot", NULL, DM_RET_int, 1, 1, dm_sig0_chroot_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_clock_adjtime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "utx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_adjtime = { "clock_adjtime", "struct timex conversion", DM_RET_int, 2, 2, dm_sig0_clock_adjtime_args };

/* arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig0_clock_adjtime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "utx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_adjtime64 = { "clock_adjtime64", "struct __kernel_timex conversion", DM_RET_int, 2, 2, dm_sig0_clock_adjtime64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig0_clock_getres_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_clock_getres_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_getres_time64 = { "clock_getres_time64", NULL, DM_RET_int, 2, 2, dm_sig0_clock_getres_time64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig0_clock_gettime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_clock_gettime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_gettime64 = { "clock_gettime64", NULL, DM_RET_int, 2, 2, dm_sig0_clock_gettime64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig0_clock_nanosleep_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_clock_nanosleep_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_nanosleep_time64 = { "clock_nanosleep_time64", NULL, DM_RET_int, 4, 4, dm_sig0_clock_nanosleep_time64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig0_clock_settime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_clock_settime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_clock_settime64 = { "clock_settime64", NULL, DM_RET_int, 2, 2, dm_sig0_clock_settime64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_clone_args[] = {
	{ "flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clone_flags, NULL },
	{ "newsp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "parent_tidptr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "child_tidptr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tls", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_clone = { "clone", "process; argument order differs per ABI (see note)", DM_RET_pid, 5, 5, dm_sig0_clone_args };

/* aarch64 arc i386 ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig0_clone3_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_close_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_close = { "close", NULL, DM_RET_int, 1, 1, dm_sig0_close_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_close_range_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "max_fd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_close_range = { "close_range", NULL, DM_RET_int, 3, 3, dm_sig0_close_range_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_connect_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uservaddr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addrlen", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_connect = { "connect", NULL, DM_RET_int, 3, 3, dm_sig0_connect_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_copy_file_range_args[] = {
	{ "fd_in", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_in", DM_ARG_inout, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "fd_out", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_out", DM_ARG_inout, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_copy_file_range = { "copy_file_range", NULL, DM_RET_ssize, 6, 6, dm_sig0_copy_file_range_args };

/* arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_creat_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_creat = { "creat", NULL, DM_RET_fd, 2, 2, dm_sig0_creat_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig0_delete_module_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_dup_args[] = {
	{ "fildes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_dup = { "dup", NULL, DM_RET_fd, 1, 1, dm_sig0_dup_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_dup2_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_dup2 = { "dup2", NULL, DM_RET_fd, 2, 2, dm_sig0_dup2_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig0_dup3_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_epoll_create_args[] = {
	{ "size", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_epoll_create = { "epoll_create", NULL, DM_RET_fd, 1, 1, dm_sig0_epoll_create_args };

/* aarch64 arc arm i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_epoll_create1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_create_flags, NULL },
};
const struct dm_sig dm_sig0_epoll_create1 = { "epoll_create1", NULL, DM_RET_fd, 1, 1, dm_sig0_epoll_create1_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 */
static const struct dm_arg dm_sig0_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_epoll_event, NULL, NULL },
};
const struct dm_sig dm_sig0_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, dm_sig0_epoll_ctl_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 */
static const struct dm_arg dm_sig0_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type0_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, dm_sig0_epoll_pwait_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 */
static const struct dm_arg dm_sig0_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type0_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, dm_sig0_epoll_pwait2_args };

/* alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le */
static const struct dm_arg dm_sig0_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type0_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, dm_sig0_epoll_wait_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_eventfd_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_eventfd = { "eventfd", NULL, DM_RET_fd, 1, 1, dm_sig0_eventfd_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig0_eventfd2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_execve_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argv", DM_ARG_strv, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "envp", DM_ARG_strv, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_execve = { "execve", "process", DM_RET_int, 3, 3, dm_sig0_execve_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_execveat_args[] = {
	{ "fd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argv", DM_ARG_strv, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "envp", DM_ARG_strv, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_execveat = { "execveat", "process", DM_RET_int, 5, 5, dm_sig0_execveat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_exit_args[] = {
	{ "error_code", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_exit = { "exit", "process", DM_RET_noreturn, 1, 1, dm_sig0_exit_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_exit_group_args[] = {
	{ "error_code", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_exit_group = { "exit_group", "process", DM_RET_noreturn, 1, 1, dm_sig0_exit_group_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_faccessat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_faccessat = { "faccessat", NULL, DM_RET_int, 3, 3, dm_sig0_faccessat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_faccessat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_faccessat2 = { "faccessat2", NULL, DM_RET_int, 4, 4, dm_sig0_faccessat2_args };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fadvise64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig0_fadvise64 = { "fadvise64", "argument layout differs: mips-o32 passes len as a 64-bit pair", DM_RET_int, 4, 4, dm_sig0_fadvise64_args };

/* arc hppa i386 m68k sh4 */
static const struct dm_arg dm_sig0_fadvise64_64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 3, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig0_fadvise64_64 = { "fadvise64_64", "argument order differs: powerpc32 is (fd, advice, offset, len)", DM_RET_int, 4, 6, dm_sig0_fadvise64_64_args };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fallocate_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fallocate = { "fallocate", NULL, DM_RET_int, 4, 4, dm_sig0_fallocate_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig0_fanotify_init_args };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fanotify_mark_args[] = {
	{ "fanotify_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_u64, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dfd", DM_ARG_dirfd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fanotify_mark = { "fanotify_mark", NULL, DM_RET_int, 5, 5, dm_sig0_fanotify_mark_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchdir_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fchdir = { "fchdir", NULL, DM_RET_int, 1, 1, dm_sig0_fchdir_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchmod_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fchmod = { "fchmod", NULL, DM_RET_int, 2, 2, dm_sig0_fchmod_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchmodat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fchmodat = { "fchmodat", NULL, DM_RET_int, 3, 3, dm_sig0_fchmodat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchmodat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_fchmodat2 = { "fchmodat2", NULL, DM_RET_int, 4, 4, dm_sig0_fchmodat2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchown_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fchown = { "fchown", NULL, DM_RET_int, 3, 3, dm_sig0_fchown_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_fchown32_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fchown32 = { "fchown32", NULL, DM_RET_int, 3, 3, dm_sig0_fchown32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fchownat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_fchownat = { "fchownat", NULL, DM_RET_int, 5, 5, dm_sig0_fchownat_args };

/* aarch64 ppc64 ppc64le riscv64 s390x x86_64 */
static const struct dm_arg dm_sig0_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig0_fcntl_args };

/* arc arm i386 m68k powerpc sh4 */
static const struct dm_arg dm_sig0_fcntl64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fcntl64 = { "fcntl64", "command-dependent argument (int, flags, struct flock64, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig0_fcntl64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fdatasync_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fdatasync = { "fdatasync", NULL, DM_RET_int, 1, 1, dm_sig0_fdatasync_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fgetxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fgetxattr = { "fgetxattr", NULL, DM_RET_ssize, 4, 4, dm_sig0_fgetxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_file_getattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ufsx", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x08\x04" },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_file_getattr = { "file_getattr", NULL, DM_RET_int, 5, 5, dm_sig0_file_getattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_file_setattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ufsx", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x08\x04" },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_file_setattr = { "file_setattr", NULL, DM_RET_int, 5, 5, dm_sig0_file_setattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_finit_module_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_finit_module = { "finit_module", NULL, DM_RET_int, 3, 3, dm_sig0_finit_module_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_flistxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_flistxattr = { "flistxattr", NULL, DM_RET_ssize, 3, 3, dm_sig0_flistxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_flock_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_flock = { "flock", NULL, DM_RET_int, 2, 2, dm_sig0_flock_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_fork = { "fork", "process", DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fremovexattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fremovexattr = { "fremovexattr", NULL, DM_RET_int, 2, 2, dm_sig0_fremovexattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fsconfig_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fsconfig_cmds, NULL },
	{ "key", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "aux", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fsconfig = { "fsconfig", "the value argument's kind depends on the command: string, blob of aux bytes, path relative to dirfd aux, or nothing (aux an fd)", DM_RET_int, 5, 5, dm_sig0_fsconfig_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fsetxattr_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fsetxattr = { "fsetxattr", NULL, DM_RET_int, 5, 5, dm_sig0_fsetxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fsmount_args[] = {
	{ "fs_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fsmount = { "fsmount", NULL, DM_RET_fd, 3, 3, dm_sig0_fsmount_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fsopen_args[] = {
	{ "fs_name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fsopen = { "fsopen", NULL, DM_RET_fd, 2, 2, dm_sig0_fsopen_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fspick_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fspick = { "fspick", NULL, DM_RET_fd, 3, 3, dm_sig0_fspick_args };

/* aarch64 riscv64 */
static const struct dm_arg dm_sig0_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat, NULL, NULL },
};
const struct dm_sig dm_sig0_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig0_fstat_args };

/* alpha */
static const struct dm_arg dm_sig0_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat64, NULL, NULL },
};
const struct dm_sig dm_sig0_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig0_fstat64_args };

/* alpha */
static const struct dm_arg dm_sig0_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig0_fstatat64_args };

/* aarch64 ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_statfs, NULL, NULL },
};
const struct dm_sig dm_sig0_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig0_fstatfs_args };

/* alpha */
static const struct dm_arg dm_sig0_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig0_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig0_fstatfs64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_fsync_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_fsync = { "fsync", NULL, DM_RET_int, 1, 1, dm_sig0_fsync_args };

/* aarch64 alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_ftruncate_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ftruncate = { "ftruncate", NULL, DM_RET_int, 2, 2, dm_sig0_ftruncate_args };

/* arc hppa i386 m68k sh4 */
static const struct dm_arg dm_sig0_ftruncate64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ftruncate64 = { "ftruncate64", NULL, DM_RET_int, 2, 3, dm_sig0_ftruncate64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig0_futex_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_futex_requeue_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_wake", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_requeue", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_futex_requeue = { "futex_requeue", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags); two struct futex_waitv", DM_RET_long, 4, 4, dm_sig0_futex_requeue_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_futex_time64_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_futex_time64 = { "futex_time64", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig0_futex_time64_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_futex_wait_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig0_futex_wait = { "futex_wait", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 6, 6, dm_sig0_futex_wait_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_futex_waitv_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_futexes", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig0_futex_waitv = { "futex_waitv", "thread: array of struct futex_waitv with guest addresses", DM_RET_long, 5, 5, dm_sig0_futex_waitv_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_futex_wake_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_futex_wake = { "futex_wake", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 4, 4, dm_sig0_futex_wake_args };

/* alpha mips-n64-le ppc64le x32 x86_64 */
static const struct dm_arg dm_sig0_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type0_timeval, NULL, NULL },
};
const struct dm_sig dm_sig0_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig0_futimesat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_get_mempolicy_args[] = {
	{ "policy", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_get_mempolicy = { "get_mempolicy", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 5, 5, dm_sig0_get_mempolicy_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_get_robust_list_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "head_ptr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len_ptr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_get_robust_list = { "get_robust_list", "thread: robust list is walked by the emulator at thread exit", DM_RET_long, 3, 3, dm_sig0_get_robust_list_args };

/* i386 m68k x86_64 */
static const struct dm_arg dm_sig0_get_thread_area_args[] = {
	{ "u_info", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_get_thread_area = { "get_thread_area", "thread: TLS register", DM_RET_int, 1, 1, dm_sig0_get_thread_area_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getcpu_args[] = {
	{ "cpu", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "node", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "cache", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getcpu = { "getcpu", NULL, DM_RET_int, 3, 3, dm_sig0_getcpu_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getcwd_args[] = {
	{ "buf", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getcwd = { "getcwd", NULL, DM_RET_int, 2, 2, dm_sig0_getcwd_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getdents_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dirent", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getdents = { "getdents", "struct linux_dirent records with long fields, built from host getdents64", DM_RET_int, 3, 3, dm_sig0_getdents_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getdents64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dirent", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getdents64 = { "getdents64", "variable-length struct dirent64 records: byte-swapped per record on big-endian guests", DM_RET_int, 3, 3, dm_sig0_getdents64_args };

/* sparc64 */
static const struct dm_arg dm_sig0_getdomainname_args[] = {
	{ "name", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getdomainname = { "getdomainname", NULL, DM_RET_int, 2, 2, dm_sig0_getdomainname_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getegid = { "getegid", NULL, DM_RET_gid, 0, 0, NULL };

/* arm i386 m68k sh4 */
const struct dm_sig dm_sig0_getegid32 = { "getegid32", NULL, DM_RET_gid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_geteuid = { "geteuid", NULL, DM_RET_uid, 0, 0, NULL };

/* arm i386 m68k sh4 */
const struct dm_sig dm_sig0_geteuid32 = { "geteuid32", NULL, DM_RET_uid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getgid = { "getgid", NULL, DM_RET_gid, 0, 0, NULL };

/* arm i386 m68k sh4 */
const struct dm_sig dm_sig0_getgid32 = { "getgid32", NULL, DM_RET_gid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getgroups_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_out, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getgroups = { "getgroups", NULL, DM_RET_int, 2, 2, dm_sig0_getgroups_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_getgroups32_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_out, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getgroups32 = { "getgroups32", NULL, DM_RET_int, 2, 2, dm_sig0_getgroups32_args };

/* alpha */
static const struct dm_arg dm_sig0_gethostname_args[] = {
	{ "name", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_gethostname = { "gethostname", NULL, DM_RET_int, 2, 2, dm_sig0_gethostname_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig0_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig0_getitimer_args };

/* alpha m68k sparc64 */
const struct dm_sig dm_sig0_getpagesize = { "getpagesize", NULL, DM_RET_int, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getpeername_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "usockaddr_len", DM_ARG_inout, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getpeername = { "getpeername", NULL, DM_RET_int, 3, 3, dm_sig0_getpeername_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getpgid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getpgid = { "getpgid", NULL, DM_RET_pid, 1, 1, dm_sig0_getpgid_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getpgrp = { "getpgrp", NULL, DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getpid = { "getpid", NULL, DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getppid = { "getppid", NULL, DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getpriority_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getpriority = { "getpriority", NULL, DM_RET_int, 2, 2, dm_sig0_getpriority_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getrandom_args[] = {
	{ "buf", DM_ARG_buf_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getrandom = { "getrandom", NULL, DM_RET_ssize, 3, 3, dm_sig0_getrandom_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getresgid_args[] = {
	{ "rgid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "egid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "sgid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getresgid = { "getresgid", NULL, DM_RET_int, 3, 3, dm_sig0_getresgid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_getresgid32_args[] = {
	{ "rgid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "egid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "sgid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getresgid32 = { "getresgid32", NULL, DM_RET_int, 3, 3, dm_sig0_getresgid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getresuid_args[] = {
	{ "ruid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "euid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "suid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getresuid = { "getresuid", NULL, DM_RET_int, 3, 3, dm_sig0_getresuid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_getresuid32_args[] = {
	{ "ruid", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "euid", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "suid", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getresuid32 = { "getresuid32", NULL, DM_RET_int, 3, 3, dm_sig0_getresuid32_args };

/* aarch64 ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig0_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig0_getrlimit_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig0_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig0_getrusage_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getsid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getsid = { "getsid", NULL, DM_RET_pid, 1, 1, dm_sig0_getsid_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getsockname_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "usockaddr_len", DM_ARG_inout, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getsockname = { "getsockname", NULL, DM_RET_int, 3, 3, dm_sig0_getsockname_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_getsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_out, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_inout, 4, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getsockopt = { "getsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, dm_sig0_getsockopt_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_gettid = { "gettid", NULL, DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timezone, NULL, NULL },
};
const struct dm_sig dm_sig0_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig0_gettimeofday_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_getuid = { "getuid", NULL, DM_RET_uid, 0, 0, NULL };

/* arm i386 m68k sh4 */
const struct dm_sig dm_sig0_getuid32 = { "getuid32", NULL, DM_RET_uid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getxattr = { "getxattr", NULL, DM_RET_ssize, 4, 4, dm_sig0_getxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_getxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_getxattrat = { "getxattrat", "struct xattr_args holds a guest address (value)", DM_RET_ssize, 6, 6, dm_sig0_getxattrat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_init_module_args[] = {
	{ "umod", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_str, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_init_module = { "init_module", NULL, DM_RET_int, 3, 3, dm_sig0_init_module_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_inotify_add_watch_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_inotify_add_watch = { "inotify_add_watch", NULL, DM_RET_int, 3, 3, dm_sig0_inotify_add_watch_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_inotify_init = { "inotify_init", NULL, DM_RET_fd, 0, 0, NULL };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig0_inotify_init1_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_inotify_rm_watch_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "wd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_inotify_rm_watch = { "inotify_rm_watch", NULL, DM_RET_int, 2, 2, dm_sig0_inotify_rm_watch_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_io_cancel_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iocb", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "result", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_cancel = { "io_cancel", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 3, 3, dm_sig0_io_cancel_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_io_destroy_args[] = {
	{ "ctx", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_destroy = { "io_destroy", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 1, 1, dm_sig0_io_destroy_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig0_io_getevents_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig0_io_pgetevents_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_io_pgetevents_time64_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_pgetevents_time64 = { "io_pgetevents_time64", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig0_io_pgetevents_time64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_io_setup_args[] = {
	{ "nr_events", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctxp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_setup = { "io_setup", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 2, 2, dm_sig0_io_setup_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_io_submit_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iocbpp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_submit = { "io_submit", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_long, 3, 3, dm_sig0_io_submit_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, dm_sig0_io_uring_enter_args, 38 };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, dm_sig0_io_uring_register_args, 38 };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, dm_sig0_io_uring_setup_args, 38 };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_ioctl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ioctl = { "ioctl", "ioctl table (specs/ioctls)", DM_RET_int, 3, 3, dm_sig0_ioctl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_ioprio_get_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ioprio_get = { "ioprio_get", NULL, DM_RET_int, 2, 2, dm_sig0_ioprio_get_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_ioprio_set_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ioprio", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ioprio_set = { "ioprio_set", NULL, DM_RET_int, 3, 3, dm_sig0_ioprio_set_args };

/* i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_ipc_args[] = {
	{ "call", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "first", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "second", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "third", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ptr", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fifth", DM_ARG_long, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ipc = { "ipc", "multiplexer: call selects a SysV IPC operation (and IPC version in its high 16 bits)", DM_RET_long, 6, 6, dm_sig0_ipc_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_kcmp_args[] = {
	{ "pid1", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid2", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "type", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "idx1", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "idx2", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_kcmp = { "kcmp", NULL, DM_RET_int, 5, 5, dm_sig0_kcmp_args };

/* aarch64 arc arm hppa powerpc ppc64 ppc64le riscv64 s390x x32 x86_64 */
static const struct dm_arg dm_sig0_kexec_file_load_args[] = {
	{ "kernel_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "initrd_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmdline_len", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmdline_ptr", DM_ARG_str, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_kexec_file_load = { "kexec_file_load", NULL, DM_RET_long, 5, 5, dm_sig0_kexec_file_load_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, dm_sig0_kexec_load_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_keyctl_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg3", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg4", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg5", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_keyctl = { "keyctl", "the command decides what arg2..arg5 are: ids, strings, in/out buffers, an iovec array, an errno (REJECT), parameter structs (DH_COMPUTE, PKEY_*)", DM_RET_long, 5, 5, dm_sig0_keyctl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_kill_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_kill = { "kill", NULL, DM_RET_int, 2, 2, dm_sig0_kill_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_landlock_add_rule_args[] = {
	{ "ruleset_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rule_type", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rule_attr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_landlock_add_rule = { "landlock_add_rule", "rule_attr's struct is given by rule_type (path beneath: 12 packed bytes; net port: 16)", DM_RET_int, 4, 4, dm_sig0_landlock_add_rule_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_landlock_create_ruleset_args[] = {
	{ "attr", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_landlock_create_ruleset = { "landlock_create_ruleset", NULL, DM_RET_fd, 3, 3, dm_sig0_landlock_create_ruleset_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_landlock_restrict_self_args[] = {
	{ "ruleset_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_landlock_restrict_self = { "landlock_restrict_self", NULL, DM_RET_int, 2, 2, dm_sig0_landlock_restrict_self_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lchown_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lchown = { "lchown", NULL, DM_RET_int, 3, 3, dm_sig0_lchown_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_lchown32_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lchown32 = { "lchown32", NULL, DM_RET_int, 3, 3, dm_sig0_lchown32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lgetxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lgetxattr = { "lgetxattr", NULL, DM_RET_ssize, 4, 4, dm_sig0_lgetxattr_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_link_args[] = {
	{ "oldname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_link = { "link", NULL, DM_RET_int, 2, 2, dm_sig0_link_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_linkat_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_linkat = { "linkat", NULL, DM_RET_int, 5, 5, dm_sig0_linkat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_listen_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "backlog", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_listen = { "listen", NULL, DM_RET_int, 2, 2, dm_sig0_listen_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_listmount_args[] = {
	{ "req", DM_ARG_buf_in, 0, 1, -1, -1, DM_A_WHOLE, 1, 24, NULL, NULL, "\x04\x04\x08" },
	{ "mnt_ids", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "nr_mnt_ids", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_listmount = { "listmount", NULL, DM_RET_ssize, 4, 4, dm_sig0_listmount_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_listxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_listxattr = { "listxattr", NULL, DM_RET_ssize, 3, 3, dm_sig0_listxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_listxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "list", DM_ARG_buf_out, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_listxattrat = { "listxattrat", NULL, DM_RET_ssize, 5, 5, dm_sig0_listxattrat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_llistxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "list", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_llistxattr = { "llistxattr", NULL, DM_RET_ssize, 3, 3, dm_sig0_llistxattr_args };

/* arc */
static const struct dm_arg dm_sig0_llseek_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_high", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset_low", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "result", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "whence", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_seek_whence, NULL },
};
const struct dm_sig dm_sig0_llseek = { "llseek", NULL, DM_RET_int, 5, 5, dm_sig0_llseek_args };

/* aarch64 ppc64 ppc64le riscv64 s390x x32 x86_64 */
static const struct dm_arg dm_sig0_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 3, dm_sig0_lookup_dcookie_args, 38 };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lremovexattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lremovexattr = { "lremovexattr", NULL, DM_RET_int, 2, 2, dm_sig0_lremovexattr_args };

/* aarch64 alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lseek_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_off, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "whence", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_seek_whence, NULL },
};
const struct dm_sig dm_sig0_lseek = { "lseek", NULL, DM_RET_off, 3, 3, dm_sig0_lseek_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lsetxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lsetxattr = { "lsetxattr", NULL, DM_RET_int, 5, 5, dm_sig0_lsetxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lsm_get_self_attr_args[] = {
	{ "attr", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctx", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lsm_get_self_attr = { "lsm_get_self_attr", "*size is written back on E2BIG too (what the kernel needs)", DM_RET_int, 4, 4, dm_sig0_lsm_get_self_attr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lsm_list_modules_args[] = {
	{ "ids", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lsm_list_modules = { "lsm_list_modules", "*size is written back on E2BIG too (what the kernel needs)", DM_RET_int, 3, 3, dm_sig0_lsm_list_modules_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_lsm_set_self_attr_args[] = {
	{ "attr", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ctx", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x08\x08\x08\x08\xff" },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_lsm_set_self_attr = { "lsm_set_self_attr", NULL, DM_RET_int, 4, 4, dm_sig0_lsm_set_self_attr_args };

/* alpha */
static const struct dm_arg dm_sig0_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_stat, NULL, NULL },
};
const struct dm_sig dm_sig0_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig0_lstat_args };

/* alpha */
static const struct dm_arg dm_sig0_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat64, NULL, NULL },
};
const struct dm_sig dm_sig0_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig0_lstat64_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_madvise_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "behavior", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
};
const struct dm_sig dm_sig0_madvise = { "madvise", "guest memory map", DM_RET_int, 3, 3, dm_sig0_madvise_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x86_64 */
static const struct dm_arg dm_sig0_map_shadow_stack_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_map_shadow_stack = { "map_shadow_stack", "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): a kernel with the support answers EOPNOTSUPP on such a CPU", DM_RET_ptr, 3, 3, dm_sig0_map_shadow_stack_args, 95 };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mbind_args[] = {
	{ "start", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mbind = { "mbind", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 6, 6, dm_sig0_mbind_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_membarrier_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu_id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_membarrier = { "membarrier", NULL, DM_RET_int, 3, 3, dm_sig0_membarrier_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_memfd_create_args[] = {
	{ "uname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_memfd_create = { "memfd_create", NULL, DM_RET_fd, 2, 2, dm_sig0_memfd_create_args };

/* aarch64 i386 riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_memfd_secret_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_memfd_secret = { "memfd_secret", NULL, DM_RET_fd, 1, 1, dm_sig0_memfd_secret_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_migrate_pages_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "old_nodes", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "new_nodes", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_migrate_pages = { "migrate_pages", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_long, 4, 4, dm_sig0_migrate_pages_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mincore_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mincore = { "mincore", "guest memory map", DM_RET_int, 3, 3, dm_sig0_mincore_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mkdir_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mkdir = { "mkdir", NULL, DM_RET_int, 2, 2, dm_sig0_mkdir_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mkdirat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mkdirat = { "mkdirat", NULL, DM_RET_int, 3, 3, dm_sig0_mkdirat_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mknod_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dev", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mknod = { "mknod", NULL, DM_RET_int, 3, 3, dm_sig0_mknod_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mknodat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dev", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mknodat = { "mknodat", NULL, DM_RET_int, 4, 4, dm_sig0_mknodat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mlock_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mlock = { "mlock", "guest memory map", DM_RET_int, 2, 2, dm_sig0_mlock_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mlock2_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mlock2_flags, NULL },
};
const struct dm_sig dm_sig0_mlock2 = { "mlock2", "guest memory map", DM_RET_int, 3, 3, dm_sig0_mlock2_args };

/* aarch64 arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_mlockall_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mlockall_flags, NULL },
};
const struct dm_sig dm_sig0_mlockall = { "mlockall", "guest memory map: only the guest's mappings are locked", DM_RET_int, 1, 1, dm_sig0_mlockall_args };

/* aarch64 */
static const struct dm_arg dm_sig0_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig0_mmap_args };

/* arc arm m68k sh4 */
static const struct dm_arg dm_sig0_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, dm_sig0_mmap2_args };

/* i386 mips-o32-be mips-o32-le powerpc ppc64 ppc64le x32 x86_64 */
static const struct dm_arg dm_sig0_modify_ldt_args[] = {
	{ "func", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ptr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bytecount", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_modify_ldt = { "modify_ldt", "x86 LDT", DM_RET_int, 3, 3, dm_sig0_modify_ldt_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mount_args[] = {
	{ "dev_name", DM_ARG_str, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dir_name", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "type", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "data", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mount = { "mount", "mount: the options are filesystem-dependent: one page of them is copied, as the kernel does", DM_RET_int, 5, 5, dm_sig0_mount_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mount_setattr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "usize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mount_setattr = { "mount_setattr", NULL, DM_RET_int, 5, 5, dm_sig0_mount_setattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_move_mount_args[] = {
	{ "from_dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "from_path", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_dfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_path", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_move_mount = { "move_mount", NULL, DM_RET_int, 5, 5, dm_sig0_move_mount_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_move_pages_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_pages", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pages", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nodes", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "status", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_move_pages = { "move_pages", "an array of guest page addresses; int nodes and status", DM_RET_long, 6, 6, dm_sig0_move_pages_args };

/* aarch64 */
static const struct dm_arg dm_sig0_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_prot, NULL },
};
const struct dm_sig dm_sig0_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, dm_sig0_mprotect_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mq_getsetattr_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mqstat", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "omqstat", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_getsetattr = { "mq_getsetattr", "struct mq_attr (four longs)", DM_RET_int, 3, 3, dm_sig0_mq_getsetattr_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_sigevent, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, dm_sig0_mq_notify_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig0_mq_open_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig0_mq_timedreceive_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_mq_timedreceive_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_timedreceive_time64 = { "mq_timedreceive_time64", NULL, DM_RET_ssize, 5, 5, dm_sig0_mq_timedreceive_time64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig0_mq_timedsend_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_mq_timedsend_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_timedsend_time64 = { "mq_timedsend_time64", NULL, DM_RET_int, 5, 5, dm_sig0_mq_timedsend_time64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mq_unlink_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mq_unlink = { "mq_unlink", NULL, DM_RET_int, 1, 1, dm_sig0_mq_unlink_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mremap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "old_len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "new_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mremap_flags, NULL },
	{ "new_addr", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mremap = { "mremap", "guest memory map", DM_RET_ptr, 5, 5, dm_sig0_mremap_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_mseal_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_mseal = { "mseal", "guest memory map: sealed guest ranges refuse munmap/mprotect/mremap/madvise(discard)", DM_RET_int, 3, 3, dm_sig0_mseal_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_msgctl_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_msgctl = { "msgctl", "command-dependent struct msqid64_ds / msginfo", DM_RET_int, 3, 3, dm_sig0_msgctl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_msgget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_msgget = { "msgget", NULL, DM_RET_int, 2, 2, dm_sig0_msgget_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_msgrcv_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgsz", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgtyp", DM_ARG_long, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_msgrcv = { "msgrcv", "struct msgbuf: a long mtype then msgsz bytes", DM_RET_ssize, 5, 5, dm_sig0_msgrcv_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_msgsnd_args[] = {
	{ "msqid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgsz", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msgflg", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_msgsnd = { "msgsnd", "struct msgbuf: a long mtype then msgsz bytes", DM_RET_int, 4, 4, dm_sig0_msgsnd_args };

/* aarch64 arc arm i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_msync_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msync_flags, NULL },
};
const struct dm_sig dm_sig0_msync = { "msync", "guest memory map", DM_RET_int, 3, 3, dm_sig0_msync_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_munlock_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_munlock = { "munlock", "guest memory map", DM_RET_int, 2, 2, dm_sig0_munlock_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_munlockall = { "munlockall", "guest memory map", DM_RET_int, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_munmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_munmap = { "munmap", "guest memory map", DM_RET_int, 2, 2, dm_sig0_munmap_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_name_to_handle_at_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mnt_id", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_name_to_handle_at = { "name_to_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_int, 5, 5, dm_sig0_name_to_handle_at_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig0_nanosleep_args };

/* aarch64 riscv64 */
static const struct dm_arg dm_sig0_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig0_newfstatat_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x86_64 */
static const struct dm_arg dm_sig0_nfsservctl_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "res", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_nfsservctl = { "nfsservctl", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_long, 3, 3, dm_sig0_nfsservctl_args, 38 };

/* arm hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_nice_args[] = {
	{ "increment", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_nice = { "nice", NULL, DM_RET_int, 1, 1, dm_sig0_nice_args };

/* alpha */
static const struct dm_arg dm_sig0_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig0_open_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig0_open_by_handle_at_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_open_tree_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_open_tree = { "open_tree", NULL, DM_RET_fd, 3, 3, dm_sig0_open_tree_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_open_tree_attr_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x08" },
	{ "usize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_open_tree_attr = { "open_tree_attr", NULL, DM_RET_fd, 5, 5, dm_sig0_open_tree_attr_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig0_openat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_openat2_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "how", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_openat2 = { "openat2", "/proc emulation", DM_RET_fd, 4, 4, dm_sig0_openat2_args };

/* alpha */
static const struct dm_arg dm_sig0_osf_getsysinfo_args[] = {
	{ "op", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "start", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_osf_getsysinfo = { "osf_getsysinfo", "alpha: FP control and system information", DM_RET_long, 5, 5, dm_sig0_osf_getsysinfo_args };

/* alpha */
static const struct dm_arg dm_sig0_osf_setsysinfo_args[] = {
	{ "op", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "start", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_osf_setsysinfo = { "osf_setsysinfo", "alpha: FP control and system information", DM_RET_long, 5, 5, dm_sig0_osf_setsysinfo_args };

/* arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_pause = { "pause", NULL, DM_RET_int, 0, 0, NULL };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, dm_sig0_perf_event_open_args, 38 };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_personality_args[] = {
	{ "personality", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_personality = { "personality", "emulated personality", DM_RET_int, 1, 1, dm_sig0_personality_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pidfd_getfd_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pidfd_getfd = { "pidfd_getfd", NULL, DM_RET_fd, 3, 3, dm_sig0_pidfd_getfd_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_pidfd_flags, NULL },
};
const struct dm_sig dm_sig0_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, dm_sig0_pidfd_open_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig0_pidfd_send_signal_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pipe_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pipe = { "pipe", "alpha, mips, sh4 and sparc return both descriptors in registers", DM_RET_int, 1, 1, dm_sig0_pipe_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig0_pipe2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pivot_root_args[] = {
	{ "new_root", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "put_old", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pivot_root = { "pivot_root", NULL, DM_RET_int, 2, 2, dm_sig0_pivot_root_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pkey_alloc_args[] = {
	{ "flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "init_val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pkey_alloc = { "pkey_alloc", NULL, DM_RET_int, 2, 2, dm_sig0_pkey_alloc_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pkey_free_args[] = {
	{ "pkey", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pkey_free = { "pkey_free", NULL, DM_RET_int, 1, 1, dm_sig0_pkey_free_args };

/* aarch64 */
static const struct dm_arg dm_sig0_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, dm_sig0_pkey_mprotect_args };

/* alpha arm i386 ppc64le sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig0_poll_args };

/* aarch64 alpha ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig0_ppoll_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig0_ppoll_time64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_prctl_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_prctl_options, NULL },
	{ "arg2", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg3", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg4", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg5", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_prctl = { "prctl", "option-dependent arguments; several options touch emulated state", DM_RET_int, 5, 5, dm_sig0_prctl_args };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pread64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pread64 = { "pread64", NULL, DM_RET_ssize, 4, 4, dm_sig0_pread64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, dm_sig0_preadv_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, dm_sig0_preadv2_args };

/* aarch64 arm ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig0_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig0_prlimit64_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig0_process_madvise_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_process_mrelease_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_process_mrelease = { "process_mrelease", NULL, DM_RET_int, 2, 2, dm_sig0_process_mrelease_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, dm_sig0_process_vm_readv_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, dm_sig0_process_vm_writev_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig0_pselect6_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_pselect6_time64_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pselect6_time64 = { "pselect6_time64", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig0_pselect6_time64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_ptrace_args[] = {
	{ "request", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "data", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ptrace = { "ptrace", "ptrace of guest processes would see the emulator: refused", DM_RET_long, 4, 4, dm_sig0_ptrace_args, 1 };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_pwrite64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pwrite64 = { "pwrite64", NULL, DM_RET_ssize, 4, 4, dm_sig0_pwrite64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, dm_sig0_pwritev_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, dm_sig0_pwritev2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_quotactl_args[] = {
	{ "cmd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "special", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_quotactl = { "quotactl", "addr's type depends on the command: a path, a u32, struct if_dqblk/if_dqinfo/if_nextdqblk, or an XFS struct (bytes)", DM_RET_int, 4, 4, dm_sig0_quotactl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_quotactl_fd_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "id", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "addr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_quotactl_fd = { "quotactl_fd", "addr's type depends on the command: a path, a u32, struct if_dqblk/if_dqinfo/if_nextdqblk, or an XFS struct (bytes)", DM_RET_int, 4, 4, dm_sig0_quotactl_fd_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_read_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_read = { "read", NULL, DM_RET_ssize, 3, 3, dm_sig0_read_args };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_readahead_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_readahead = { "readahead", NULL, DM_RET_ssize, 3, 3, dm_sig0_readahead_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_readlink_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bufsiz", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_readlink = { "readlink", "/proc/self/exe emulation", DM_RET_ssize, 3, 3, dm_sig0_readlink_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_readlinkat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "bufsiz", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_readlinkat = { "readlinkat", "/proc/self/exe emulation", DM_RET_ssize, 4, 4, dm_sig0_readlinkat_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_readv = { "readv", NULL, DM_RET_ssize, 3, 3, dm_sig0_readv_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_reboot_args[] = {
	{ "magic1", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "magic2", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_reboot = { "reboot", NULL, DM_RET_int, 4, 4, dm_sig0_reboot_args };

/* alpha arm hppa mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 */
static const struct dm_arg dm_sig0_recv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig0_recv = { "recv", NULL, DM_RET_ssize, 4, 4, dm_sig0_recv_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_recvfrom_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "addr", DM_ARG_buf_out, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addr_len", DM_ARG_inout, 5, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_recvfrom = { "recvfrom", NULL, DM_RET_ssize, 6, 6, dm_sig0_recvfrom_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig0_recvmmsg_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_recvmmsg_time64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_recvmmsg_time64 = { "recvmmsg_time64", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig0_recvmmsg_time64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig0_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig0_recvmsg_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_remap_file_pages_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_remap_file_pages = { "remap_file_pages", "guest memory map", DM_RET_int, 5, 5, dm_sig0_remap_file_pages_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_removexattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_removexattr = { "removexattr", NULL, DM_RET_int, 2, 2, dm_sig0_removexattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_removexattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_removexattrat = { "removexattrat", NULL, DM_RET_int, 4, 4, dm_sig0_removexattrat_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_rename_args[] = {
	{ "oldname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rename = { "rename", NULL, DM_RET_int, 2, 2, dm_sig0_rename_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_renameat_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_renameat = { "renameat", NULL, DM_RET_int, 4, 4, dm_sig0_renameat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_renameat2_args[] = {
	{ "olddfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oldname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_renameat2 = { "renameat2", NULL, DM_RET_int, 5, 5, dm_sig0_renameat2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_request_key_args[] = {
	{ "_type", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_description", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "_callout_info", DM_ARG_str, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "destringid", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_request_key = { "request_key", NULL, DM_RET_int, 4, 4, dm_sig0_request_key_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_restart_syscall = { "restart_syscall", "signals: restarts the interrupted guest syscall", DM_RET_long, 0, 0, NULL };

/* riscv64 */
static const struct dm_arg dm_sig0_riscv_flush_icache_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "end", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_riscv_flush_icache = { "riscv_flush_icache", "guest code cache", DM_RET_int, 3, 3, dm_sig0_riscv_flush_icache_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_rmdir_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rmdir = { "rmdir", NULL, DM_RET_int, 1, 1, dm_sig0_rmdir_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, dm_sig0_rseq_args, 38 };

/* aarch64 ppc64le x86_64 */
static const struct dm_arg dm_sig0_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig0_rt_sigaction_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_rt_sigpending_args[] = {
	{ "uset", DM_ARG_sigset_out, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigpending = { "rt_sigpending", "signals: pending guest signals are queued by the emulator", DM_RET_int, 2, 2, dm_sig0_rt_sigpending_args };

/* aarch64 arc arm hppa i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_rt_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_sigprocmask_how, NULL },
	{ "nset", DM_ARG_sigset_in, 1, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_sigset_out, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigprocmask = { "rt_sigprocmask", "signals", DM_RET_int, 4, 4, dm_sig0_rt_sigprocmask_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig0_rt_sigqueueinfo_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_rt_sigreturn = { "rt_sigreturn", "signals: restores the guest frame", DM_RET_noreturn, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_rt_sigsuspend_args[] = {
	{ "unewset", DM_ARG_sigset_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigsuspend = { "rt_sigsuspend", "signals", DM_RET_int, 2, 2, dm_sig0_rt_sigsuspend_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig0_rt_sigtimedwait_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig0_rt_sigtimedwait_time64_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig0_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig0_rt_tgsigqueueinfo_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_get_priority_max_args[] = {
	{ "policy", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_get_priority_max = { "sched_get_priority_max", NULL, DM_RET_int, 1, 1, dm_sig0_sched_get_priority_max_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_get_priority_min_args[] = {
	{ "policy", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_get_priority_min = { "sched_get_priority_min", NULL, DM_RET_int, 1, 1, dm_sig0_sched_get_priority_min_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_getaffinity_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask_ptr", DM_ARG_buf_out, 2, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_getaffinity = { "sched_getaffinity", "cpu mask: an array of unsigned long, converted word by word (size and byte order)", DM_RET_int, 3, 3, dm_sig0_sched_getaffinity_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_getattr_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_getattr = { "sched_getattr", "struct sched_attr: fixed-width fields byte-swapped on big-endian guests, size in its first u32", DM_RET_int, 4, 4, dm_sig0_sched_getattr_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_getparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_getparam = { "sched_getparam", NULL, DM_RET_int, 2, 2, dm_sig0_sched_getparam_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_getscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_getscheduler = { "sched_getscheduler", NULL, DM_RET_int, 1, 1, dm_sig0_sched_getscheduler_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig0_sched_rr_get_interval_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_sched_rr_get_interval_time64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_rr_get_interval_time64 = { "sched_rr_get_interval_time64", NULL, DM_RET_int, 2, 2, dm_sig0_sched_rr_get_interval_time64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_setaffinity_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask_ptr", DM_ARG_buf_in, 2, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_setaffinity = { "sched_setaffinity", "cpu mask: an array of unsigned long, converted word by word (size and byte order)", DM_RET_int, 3, 3, dm_sig0_sched_setaffinity_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_setattr_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_setattr = { "sched_setattr", "struct sched_attr: fixed-width fields byte-swapped on big-endian guests, size in its first u32", DM_RET_int, 3, 3, dm_sig0_sched_setattr_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_setparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_setparam = { "sched_setparam", NULL, DM_RET_int, 2, 2, dm_sig0_sched_setparam_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_sched_setscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "policy", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig0_sched_setscheduler = { "sched_setscheduler", NULL, DM_RET_int, 3, 3, dm_sig0_sched_setscheduler_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_sched_yield = { "sched_yield", NULL, DM_RET_int, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_seccomp_args[] = {
	{ "op", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_seccomp_ops, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_seccomp_filter_flags, NULL },
	{ "uargs", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_seccomp = { "seccomp", "emulated: strict mode and filters apply to guest syscalls (emu/sys/seccomp.c)", DM_RET_int, 3, 3, dm_sig0_seccomp_args };

/* alpha ppc64le x32 x86_64 */
static const struct dm_arg dm_sig0_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timeval, NULL, NULL },
};
const struct dm_sig dm_sig0_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig0_select_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_semctl_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "semnum", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_semctl = { "semctl", "command-dependent union semun (struct semid64_ds, array of ushort, int)", DM_RET_int, 4, 4, dm_sig0_semctl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_semget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsems", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "semflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_semget = { "semget", NULL, DM_RET_int, 3, 3, dm_sig0_semget_args };

/* aarch64 alpha arc arm hppa mips-n32-be mips-n32-le mips-n64-be mips-n64-le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_semop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_semop = { "semop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 3, 3, dm_sig0_semop_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_semtimedop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
};
const struct dm_sig dm_sig0_semtimedop = { "semtimedop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig0_semtimedop_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_semtimedop_time64_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig0_semtimedop_time64 = { "semtimedop_time64", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig0_semtimedop_time64_args };

/* alpha arm hppa mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 */
static const struct dm_arg dm_sig0_send_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buff", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig0_send = { "send", NULL, DM_RET_ssize, 4, 4, dm_sig0_send_args };

/* aarch64 alpha mips-n64-be mips-n64-le ppc64 ppc64le riscv64 s390x sparc64 x86_64 */
static const struct dm_arg dm_sig0_sendfile_args[] = {
	{ "out_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "in_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sendfile = { "sendfile", NULL, DM_RET_ssize, 4, 4, dm_sig0_sendfile_args };

/* arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-o32-be mips-o32-le powerpc sh4 sparc64 */
static const struct dm_arg dm_sig0_sendfile64_args[] = {
	{ "out_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "in_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sendfile64 = { "sendfile64", NULL, DM_RET_ssize, 4, 4, dm_sig0_sendfile64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig0_sendmmsg = { "sendmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 4, 4, dm_sig0_sendmmsg_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig0_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig0_sendmsg_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sendto_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buff", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "addr", DM_ARG_buf_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "addr_len", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sendto = { "sendto", NULL, DM_RET_ssize, 6, 6, dm_sig0_sendto_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_set_mempolicy_args[] = {
	{ "mode", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nmask", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "maxnode", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_set_mempolicy = { "set_mempolicy", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_int, 3, 3, dm_sig0_set_mempolicy_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_set_mempolicy_home_node_args[] = {
	{ "start", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "home_node", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_set_mempolicy_home_node = { "set_mempolicy_home_node", "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory", DM_RET_long, 4, 4, dm_sig0_set_mempolicy_home_node_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_set_robust_list_args[] = {
	{ "head", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_set_robust_list = { "set_robust_list", "thread: robust list is walked by the emulator at thread exit", DM_RET_long, 2, 2, dm_sig0_set_robust_list_args };

/* i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le x86_64 */
static const struct dm_arg dm_sig0_set_thread_area_args[] = {
	{ "u_info", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_set_thread_area = { "set_thread_area", "thread: TLS register (i386 struct user_desc; mips, m68k: the TLS pointer)", DM_RET_int, 1, 1, dm_sig0_set_thread_area_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_set_tid_address_args[] = {
	{ "tidptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_set_tid_address = { "set_tid_address", "thread: clear_child_tid is a guest address the emulator clears and wakes at thread exit", DM_RET_pid, 1, 1, dm_sig0_set_tid_address_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setdomainname_args[] = {
	{ "name", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setdomainname = { "setdomainname", NULL, DM_RET_int, 2, 2, dm_sig0_setdomainname_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setfsgid_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setfsgid = { "setfsgid", NULL, DM_RET_gid, 1, 1, dm_sig0_setfsgid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setfsgid32_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setfsgid32 = { "setfsgid32", NULL, DM_RET_gid, 1, 1, dm_sig0_setfsgid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setfsuid_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setfsuid = { "setfsuid", NULL, DM_RET_uid, 1, 1, dm_sig0_setfsuid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setfsuid32_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setfsuid32 = { "setfsuid32", NULL, DM_RET_uid, 1, 1, dm_sig0_setfsuid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setgid_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setgid = { "setgid", NULL, DM_RET_int, 1, 1, dm_sig0_setgid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setgid32_args[] = {
	{ "gid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setgid32 = { "setgid32", NULL, DM_RET_int, 1, 1, dm_sig0_setgid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setgroups_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_input, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setgroups = { "setgroups", NULL, DM_RET_int, 2, 2, dm_sig0_setgroups_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setgroups32_args[] = {
	{ "gidsetsize", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "grouplist", DM_ARG_input, 1, 1, -1, 0, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setgroups32 = { "setgroups32", NULL, DM_RET_int, 2, 2, dm_sig0_setgroups32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sethostname_args[] = {
	{ "name", DM_ARG_buf_in, 0, 1, 1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sethostname = { "sethostname", NULL, DM_RET_int, 2, 2, dm_sig0_sethostname_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig0_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig0_setitimer_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setns_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nstype", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clone_flags, NULL },
};
const struct dm_sig dm_sig0_setns = { "setns", NULL, DM_RET_int, 2, 2, dm_sig0_setns_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setpgid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setpgid = { "setpgid", NULL, DM_RET_int, 2, 2, dm_sig0_setpgid_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setpriority_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "who", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "niceval", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setpriority = { "setpriority", NULL, DM_RET_int, 3, 3, dm_sig0_setpriority_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setregid_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setregid = { "setregid", NULL, DM_RET_int, 2, 2, dm_sig0_setregid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setregid32_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setregid32 = { "setregid32", NULL, DM_RET_int, 2, 2, dm_sig0_setregid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setresgid_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sgid", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setresgid = { "setresgid", NULL, DM_RET_int, 3, 3, dm_sig0_setresgid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setresgid32_args[] = {
	{ "rgid", DM_ARG_gid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "egid", DM_ARG_gid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sgid", DM_ARG_gid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setresgid32 = { "setresgid32", NULL, DM_RET_int, 3, 3, dm_sig0_setresgid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setresuid_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "suid", DM_ARG_uid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setresuid = { "setresuid", NULL, DM_RET_int, 3, 3, dm_sig0_setresuid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setresuid32_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "suid", DM_ARG_uid, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setresuid32 = { "setresuid32", NULL, DM_RET_int, 3, 3, dm_sig0_setresuid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setreuid_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setreuid = { "setreuid", NULL, DM_RET_int, 2, 2, dm_sig0_setreuid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setreuid32_args[] = {
	{ "ruid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "euid", DM_ARG_uid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setreuid32 = { "setreuid32", NULL, DM_RET_int, 2, 2, dm_sig0_setreuid32_args };

/* aarch64 ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig0_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig0_setrlimit_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_setsid = { "setsid", NULL, DM_RET_pid, 0, 0, NULL };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_setsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setsockopt = { "setsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, dm_sig0_setsockopt_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timezone, NULL, NULL },
};
const struct dm_sig dm_sig0_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig0_settimeofday_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setuid_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setuid = { "setuid", NULL, DM_RET_int, 1, 1, dm_sig0_setuid_args };

/* arm i386 m68k sh4 */
static const struct dm_arg dm_sig0_setuid32_args[] = {
	{ "uid", DM_ARG_uid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setuid32 = { "setuid32", NULL, DM_RET_int, 1, 1, dm_sig0_setuid32_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setxattr_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_buf_in, 2, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setxattr = { "setxattr", NULL, DM_RET_int, 5, 5, dm_sig0_setxattr_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_setxattrat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "at_flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "name", DM_ARG_str, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uargs", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_setxattrat = { "setxattrat", "struct xattr_args holds a guest address (value)", DM_RET_int, 6, 6, dm_sig0_setxattrat_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 sparc64 */
const struct dm_sig dm_sig0_sgetmask = { "sgetmask", "signals: old one-word mask", DM_RET_long, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_shmat_args[] = {
	{ "shmid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmaddr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_shmat = { "shmat", "guest memory map", DM_RET_ptr, 3, 3, dm_sig0_shmat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_shmctl_args[] = {
	{ "shmid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_shmctl = { "shmctl", "command-dependent struct shmid64_ds / shminfo", DM_RET_int, 3, 3, dm_sig0_shmctl_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_shmdt_args[] = {
	{ "shmaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_shmdt = { "shmdt", "guest memory map", DM_RET_int, 1, 1, dm_sig0_shmdt_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_shmget_args[] = {
	{ "key", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "shmflg", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_shmget = { "shmget", NULL, DM_RET_int, 3, 3, dm_sig0_shmget_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_shutdown_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "how", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_shutdown_how, NULL },
};
const struct dm_sig dm_sig0_shutdown = { "shutdown", NULL, DM_RET_int, 2, 2, dm_sig0_shutdown_args };

/* alpha arm i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oact", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sigaction = { "sigaction", "signals: struct old_sigaction with an old_sigset_t mask", DM_RET_int, 3, 3, dm_sig0_sigaction_args };

/* aarch64 alpha ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig0_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig0_sigaltstack_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_signal_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handler", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_signal = { "signal", "signals", DM_RET_ptr, 2, 2, dm_sig0_signal_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_signalfd_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_signalfd = { "signalfd", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 3, 3, dm_sig0_signalfd_args };

/* aarch64 arc arm i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_signalfd_flags, NULL },
};
const struct dm_sig dm_sig0_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, dm_sig0_signalfd4_args };

/* alpha arm hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_sigpending_args[] = {
	{ "uset", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sigpending = { "sigpending", "signals: pending guest signals are queued by the emulator", DM_RET_int, 1, 1, dm_sig0_sigpending_args };

/* arm hppa i386 m68k powerpc ppc64 ppc64le s390x sh4 */
static const struct dm_arg dm_sig0_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_sigprocmask_how, NULL },
	{ "nset", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sigprocmask = { "sigprocmask", "signals: old_sigset_t (one word) masks", DM_RET_int, 3, 3, dm_sig0_sigprocmask_args };

/* alpha arm i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
const struct dm_sig dm_sig0_sigreturn = { "sigreturn", "signals: restores the guest frame", DM_RET_noreturn, 0, 0, NULL };

/* alpha arm i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_sigsuspend_args[] = {
	{ "mask", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sigsuspend = { "sigsuspend", "signals: old_sigset_t mask; arguments differ per architecture", DM_RET_int, 1, 1, dm_sig0_sigsuspend_args };

/* aarch64 alpha arc arm hppa i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_socket_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_socket = { "socket", NULL, DM_RET_fd, 3, 3, dm_sig0_socket_args };

/* i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_socketcall_args[] = {
	{ "call", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "args", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_socketcall = { "socketcall", "multiplexer: call selects a socket syscall whose arguments are an array of longs at args", DM_RET_long, 2, 2, dm_sig0_socketcall_args };

/* aarch64 alpha arc arm hppa i386 m68k powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_socketpair_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockvec", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_socketpair = { "socketpair", NULL, DM_RET_int, 4, 4, dm_sig0_socketpair_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_splice_args[] = {
	{ "fd_in", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_in", DM_ARG_inout, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "fd_out", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off_out", DM_ARG_inout, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_splice = { "splice", NULL, DM_RET_ssize, 6, 6, dm_sig0_splice_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 sparc64 */
static const struct dm_arg dm_sig0_ssetmask_args[] = {
	{ "newmask", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_ssetmask = { "ssetmask", "signals: old one-word mask", DM_RET_long, 1, 1, dm_sig0_ssetmask_args };

/* alpha */
static const struct dm_arg dm_sig0_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_stat, NULL, NULL },
};
const struct dm_sig dm_sig0_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig0_stat_args };

/* alpha */
static const struct dm_arg dm_sig0_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_stat64, NULL, NULL },
};
const struct dm_sig dm_sig0_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig0_stat64_args };

/* aarch64 ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_statfs, NULL, NULL },
};
const struct dm_sig dm_sig0_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig0_statfs_args };

/* alpha */
static const struct dm_arg dm_sig0_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig0_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig0_statfs64_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_statmount_args[] = {
	{ "req", DM_ARG_buf_in, 0, 1, -1, -1, DM_A_WHOLE, 1, 24, NULL, NULL, "\x04\x04\x08" },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, "\x04\x04\x08\x04\x04\x08\x04\x04\x08\x08\x04\x04\x08\x08\x08\x08\x08\x04\x04\x08\x04\x04\x04\x04\x04\x04\x08\x04\x04\x04\x04\xff" },
	{ "bufsize", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_statmount = { "statmount", NULL, DM_RET_int, 4, 4, dm_sig0_statmount_args };

/* aarch64 alpha arm mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_statx_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "mask", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_out, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_statx, NULL, NULL },
};
const struct dm_sig dm_sig0_statx = { "statx", NULL, DM_RET_int, 5, 5, dm_sig0_statx_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig0_stime_args[] = {
	{ "tptr", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_stime = { "stime", NULL, DM_RET_int, 1, 1, dm_sig0_stime_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_swapoff_args[] = {
	{ "specialfile", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_swapoff = { "swapoff", NULL, DM_RET_int, 1, 1, dm_sig0_swapoff_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_swapon_args[] = {
	{ "specialfile", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "swap_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_swapon = { "swapon", NULL, DM_RET_int, 2, 2, dm_sig0_swapon_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_symlink_args[] = {
	{ "oldname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_symlink = { "symlink", NULL, DM_RET_int, 2, 2, dm_sig0_symlink_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_symlinkat_args[] = {
	{ "oldname", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newdfd", DM_ARG_dirfd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newname", DM_ARG_path, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_symlinkat = { "symlinkat", NULL, DM_RET_int, 3, 3, dm_sig0_symlinkat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_sync = { "sync", NULL, DM_RET_void, 0, 0, NULL };

/* aarch64 alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le riscv64 s390x sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sync_file_range_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sync_file_range = { "sync_file_range", NULL, DM_RET_int, 4, 4, dm_sig0_sync_file_range_args };

/* powerpc */
static const struct dm_arg dm_sig0_sync_file_range2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sync_file_range2 = { "sync_file_range2", NULL, DM_RET_int, 4, 6, dm_sig0_sync_file_range2_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_syncfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_syncfs = { "syncfs", NULL, DM_RET_int, 1, 1, dm_sig0_syncfs_args };

/* alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_sysfs_args[] = {
	{ "option", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg1", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sysfs = { "sysfs", "the option decides what arg1 and arg2 are: a name string in, or an index and a name buffer out", DM_RET_int, 3, 3, dm_sig0_sysfs_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_sysinfo, NULL, NULL },
};
const struct dm_sig dm_sig0_sysinfo = { "sysinfo", "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)", DM_RET_int, 1, 1, dm_sig0_sysinfo_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_syslog_args[] = {
	{ "type", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_syslog = { "syslog", NULL, DM_RET_int, 3, 3, dm_sig0_syslog_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig0_sysmips_args[] = {
	{ "cmd", DM_ARG_long, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg1", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg2", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_sysmips = { "sysmips", "mips: MIPS_ATOMIC_SET and friends act on guest memory", DM_RET_long, 3, 3, dm_sig0_sysmips_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_tee_args[] = {
	{ "fdin", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "fdout", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_tee = { "tee", NULL, DM_RET_ssize, 4, 4, dm_sig0_tee_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_tgkill_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_tgkill = { "tgkill", NULL, DM_RET_int, 3, 3, dm_sig0_tgkill_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc sh4 x32 */
static const struct dm_arg dm_sig0_time_args[] = {
	{ "tloc", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_time = { "time", NULL, DM_RET_long, 1, 1, dm_sig0_time_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, dm_sig0_timer_create_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_timer_delete_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_delete = { "timer_delete", NULL, DM_RET_int, 1, 1, dm_sig0_timer_delete_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_timer_getoverrun_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_getoverrun = { "timer_getoverrun", NULL, DM_RET_int, 1, 1, dm_sig0_timer_getoverrun_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig0_timer_gettime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_timer_gettime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_gettime64 = { "timer_gettime64", NULL, DM_RET_int, 2, 2, dm_sig0_timer_gettime64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig0_timer_settime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_timer_settime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig0_timer_settime64 = { "timer_settime64", NULL, DM_RET_int, 4, 4, dm_sig0_timer_settime64_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig0_timerfd_create_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig0_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig0_timerfd_gettime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_timerfd_gettime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig0_timerfd_gettime64 = { "timerfd_gettime64", NULL, DM_RET_int, 2, 2, dm_sig0_timerfd_gettime64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig0_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig0_timerfd_settime_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_timerfd_settime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig0_timerfd_settime64 = { "timerfd_settime64", NULL, DM_RET_int, 4, 4, dm_sig0_timerfd_settime64_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_tms, NULL, NULL },
};
const struct dm_sig dm_sig0_times = { "times", NULL, DM_RET_long, 1, 1, dm_sig0_times_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_tkill_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_tkill = { "tkill", NULL, DM_RET_int, 2, 2, dm_sig0_tkill_args };

/* aarch64 alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_truncate_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_truncate = { "truncate", NULL, DM_RET_int, 2, 2, dm_sig0_truncate_args };

/* arc hppa i386 m68k sh4 */
static const struct dm_arg dm_sig0_truncate64_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_truncate64 = { "truncate64", NULL, DM_RET_int, 2, 3, dm_sig0_truncate64_args };

/* arm i386 sh4 */
static const struct dm_arg dm_sig0_ugetrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig0_ugetrlimit = { "ugetrlimit", NULL, DM_RET_int, 2, 2, dm_sig0_ugetrlimit_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_umask_args[] = {
	{ "mask", DM_ARG_mode, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_umask = { "umask", NULL, DM_RET_mode, 1, 1, dm_sig0_umask_args };

/* alpha i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 */
static const struct dm_arg dm_sig0_umount_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_umount = { "umount", NULL, DM_RET_int, 1, 1, dm_sig0_umount_args };

/* aarch64 arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_umount2_args[] = {
	{ "name", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_umount2 = { "umount2", NULL, DM_RET_int, 2, 2, dm_sig0_umount2_args };

/* aarch64 alpha arc arm i386 mips-n32-le mips-n64-le mips-o32-le ppc64le riscv64 sh4 x32 x86_64 */
static const struct dm_arg dm_sig0_uname_args[] = {
	{ "name", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_utsname, NULL, NULL },
};
const struct dm_sig dm_sig0_uname = { "uname", "machine name", DM_RET_int, 1, 1, dm_sig0_uname_args };

/* alpha arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_unlink_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_unlink = { "unlink", NULL, DM_RET_int, 1, 1, dm_sig0_unlink_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_unlinkat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flag", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_unlinkat = { "unlinkat", NULL, DM_RET_int, 3, 3, dm_sig0_unlinkat_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_unshare_args[] = {
	{ "unshare_flags", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clone_flags, NULL },
};
const struct dm_sig dm_sig0_unshare = { "unshare", NULL, DM_RET_int, 1, 1, dm_sig0_unshare_args };

/* aarch64 arm m68k */
static const struct dm_arg dm_sig0_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
};
const struct dm_sig dm_sig0_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig0_userfaultfd_args };

/* alpha mips-n64-le ppc64le x86_64 */
static const struct dm_arg dm_sig0_ustat_args[] = {
	{ "dev", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_ustat, NULL, NULL },
};
const struct dm_sig dm_sig0_ustat = { "ustat", NULL, DM_RET_int, 2, 2, dm_sig0_ustat_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig0_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_utimbuf, NULL, NULL },
};
const struct dm_sig dm_sig0_utime = { "utime", NULL, DM_RET_int, 2, 2, dm_sig0_utime_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type0_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig0_utimensat_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig0_utimensat_time64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type1_timespec64, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig0_utimensat_time64 = { "utimensat_time64", NULL, DM_RET_int, 4, 4, dm_sig0_utimensat_time64_args };

/* alpha mips-n64-le ppc64le x32 x86_64 */
static const struct dm_arg dm_sig0_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type0_timeval, NULL, NULL },
};
const struct dm_sig dm_sig0_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig0_utimes_args };

/* alpha arm hppa i386 m68k powerpc ppc64 ppc64le s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_vfork = { "vfork", "process", DM_RET_pid, 0, 0, NULL };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
const struct dm_sig dm_sig0_vhangup = { "vhangup", NULL, DM_RET_int, 0, 0, NULL };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, dm_sig0_vmsplice_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x32 x86_64 */
static const struct dm_arg dm_sig0_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig0_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig0_wait4_args };

/* aarch64 ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig0_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig0_waitid_args };

/* hppa i386 m68k mips-o32-be mips-o32-le powerpc ppc64 ppc64le sh4 sparc64 */
static const struct dm_arg dm_sig0_waitpid_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
};
const struct dm_sig dm_sig0_waitpid = { "waitpid", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 3, 3, dm_sig0_waitpid_args };

/* aarch64 alpha arc arm hppa i386 m68k mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le powerpc ppc64 ppc64le riscv64 s390x sh4 sparc64 x32 x86_64 */
static const struct dm_arg dm_sig0_write_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_write = { "write", NULL, DM_RET_ssize, 3, 3, dm_sig0_write_args };

/* aarch64 alpha mips-n64-le ppc64le riscv64 x86_64 */
static const struct dm_arg dm_sig0_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig0_writev = { "writev", NULL, DM_RET_ssize, 3, 3, dm_sig0_writev_args };

/* ppc64 */
static const struct dm_arg dm_sig10_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_stat, NULL, NULL },
};
const struct dm_sig dm_sig10_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig10_fstat_args };

/* s390x */
static const struct dm_arg dm_sig10_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_statfs, NULL, NULL },
};
const struct dm_sig dm_sig10_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig10_fstatfs_args };

/* sparc64 */
static const struct dm_arg dm_sig10_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig10_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig10_getrlimit_args };

/* ppc64le */
static const struct dm_arg dm_sig10_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_stat, NULL, NULL },
};
const struct dm_sig dm_sig10_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig10_lstat_args };

/* powerpc */
static const struct dm_arg dm_sig10_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig10_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig10_pidfd_send_signal_args };

/* x32 */
static const struct dm_arg dm_sig10_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig10_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig10_ppoll_args };

/* ppc64 s390x sparc64 */
static const struct dm_arg dm_sig10_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig10_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig10_process_madvise_args };

/* powerpc */
static const struct dm_arg dm_sig10_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig10_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig10_rt_sigaction_args };

/* powerpc */
static const struct dm_arg dm_sig10_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig10_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig10_rt_sigqueueinfo_args };

/* powerpc */
static const struct dm_arg dm_sig10_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig10_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig10_rt_sigtimedwait_args };

/* powerpc */
static const struct dm_arg dm_sig10_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig10_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig10_rt_tgsigqueueinfo_args };

/* sparc64 */
static const struct dm_arg dm_sig10_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig10_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig10_setrlimit_args };

/* ppc64le */
static const struct dm_arg dm_sig10_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_stat, NULL, NULL },
};
const struct dm_sig dm_sig10_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig10_stat_args };

/* s390x */
static const struct dm_arg dm_sig10_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_statfs, NULL, NULL },
};
const struct dm_sig dm_sig10_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig10_statfs_args };

/* powerpc */
static const struct dm_arg dm_sig10_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rusage, NULL, NULL },
};
const struct dm_sig dm_sig10_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig10_waitid_args };

/* ppc64le */
static const struct dm_arg dm_sig11_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_stat, NULL, NULL },
};
const struct dm_sig dm_sig11_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig11_fstat_args };

/* s390x */
static const struct dm_arg dm_sig11_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_stat, NULL, NULL },
};
const struct dm_sig dm_sig11_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig11_lstat_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type11_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig11_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig11_pidfd_send_signal_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type11_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type11_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig11_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig11_rt_sigaction_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig11_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig11_rt_sigqueueinfo_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type11_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig11_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig11_rt_sigtimedwait_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig11_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig11_rt_tgsigqueueinfo_args };

/* s390x */
static const struct dm_arg dm_sig11_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_stat, NULL, NULL },
};
const struct dm_sig dm_sig11_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig11_stat_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig11_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type11_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_rusage, NULL, NULL },
};
const struct dm_sig dm_sig11_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig11_waitid_args };

/* s390x */
static const struct dm_arg dm_sig12_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_stat, NULL, NULL },
};
const struct dm_sig dm_sig12_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig12_fstat_args };

/* sparc64 */
static const struct dm_arg dm_sig12_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type14_stat, NULL, NULL },
};
const struct dm_sig dm_sig12_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig12_lstat_args };

/* sparc64 */
static const struct dm_arg dm_sig12_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type12_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig12_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig12_pidfd_send_signal_args };

/* riscv64 */
static const struct dm_arg dm_sig12_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type12_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type12_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig12_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig12_rt_sigaction_args };

/* sparc64 */
static const struct dm_arg dm_sig12_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig12_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig12_rt_sigqueueinfo_args };

/* sparc64 */
static const struct dm_arg dm_sig12_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type12_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig12_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig12_rt_sigtimedwait_args };

/* sparc64 */
static const struct dm_arg dm_sig12_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig12_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig12_rt_tgsigqueueinfo_args };

/* sparc64 */
static const struct dm_arg dm_sig12_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type14_stat, NULL, NULL },
};
const struct dm_sig dm_sig12_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig12_stat_args };

/* sparc64 */
static const struct dm_arg dm_sig12_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type12_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_rusage, NULL, NULL },
};
const struct dm_sig dm_sig12_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig12_waitid_args };

/* sparc64 */
static const struct dm_arg dm_sig13_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type14_stat, NULL, NULL },
};
const struct dm_sig dm_sig13_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig13_fstat_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig13_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type15_stat, NULL, NULL },
};
const struct dm_sig dm_sig13_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig13_lstat_args };

/* x32 */
static const struct dm_arg dm_sig13_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type13_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig13_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig13_pidfd_send_signal_args };

/* sparc64 */
static const struct dm_arg dm_sig13_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type13_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type13_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig13_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig13_rt_sigaction_args };

/* x32 */
static const struct dm_arg dm_sig13_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig13_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig13_rt_sigqueueinfo_args };

/* x32 */
static const struct dm_arg dm_sig13_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type13_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig13_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig13_rt_sigtimedwait_args };

/* x32 */
static const struct dm_arg dm_sig13_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig13_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig13_rt_tgsigqueueinfo_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig13_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type15_stat, NULL, NULL },
};
const struct dm_sig dm_sig13_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig13_stat_args };

/* x32 */
static const struct dm_arg dm_sig13_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type13_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig13_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig13_waitid_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig14_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type15_stat, NULL, NULL },
};
const struct dm_sig dm_sig14_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig14_fstat_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig1__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timeval, NULL, NULL },
};
const struct dm_sig dm_sig1__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig1__newselect_args };

/* alpha hppa */
static const struct dm_arg dm_sig1_accept4_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_socket_type_flags, NULL },
};
const struct dm_sig dm_sig1_accept4 = { "accept4", NULL, DM_RET_fd, 4, 4, dm_sig1_accept4_args };

/* alpha */
static const struct dm_arg dm_sig1_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, dm_sig1_bpf_args, 78 };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_capget_args[] = {
	{ "header", DM_ARG_inout, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_user_cap_header, NULL, NULL },
	{ "dataptr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig1_capget = { "capget", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig1_capget_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_capset_args[] = {
	{ "header", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_user_cap_header, NULL, NULL },
	{ "data", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig1_capset = { "capset", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig1_capset_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig1_clock_getres_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_clock_getres_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_getres_time64 = { "clock_getres_time64", NULL, DM_RET_int, 2, 2, dm_sig1_clock_getres_time64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig1_clock_gettime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_clock_gettime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_gettime64 = { "clock_gettime64", NULL, DM_RET_int, 2, 2, dm_sig1_clock_gettime64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig1_clock_nanosleep_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_clock_nanosleep_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_nanosleep_time64 = { "clock_nanosleep_time64", NULL, DM_RET_int, 4, 4, dm_sig1_clock_nanosleep_time64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig1_clock_settime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_clock_settime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_clock_settime64 = { "clock_settime64", NULL, DM_RET_int, 2, 2, dm_sig1_clock_settime64_args };

/* arm */
static const struct dm_arg dm_sig1_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig1_clone3_args };

/* alpha */
static const struct dm_arg dm_sig1_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig1_delete_module_args };

/* alpha */
static const struct dm_arg dm_sig1_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig1_dup3_args };

/* alpha hppa */
static const struct dm_arg dm_sig1_epoll_create1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_epoll_create_flags, NULL },
};
const struct dm_sig dm_sig1_epoll_create1 = { "epoll_create1", NULL, DM_RET_fd, 1, 1, dm_sig1_epoll_create1_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_epoll_event, NULL, NULL },
};
const struct dm_sig dm_sig1_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, dm_sig1_epoll_ctl_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type1_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, dm_sig1_epoll_pwait_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type1_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, dm_sig1_epoll_pwait2_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type2_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, dm_sig1_epoll_wait_args };

/* alpha */
static const struct dm_arg dm_sig1_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig1_eventfd2_args };

/* i386 m68k sh4 */
static const struct dm_arg dm_sig1_fadvise64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig1_fadvise64 = { "fadvise64", "argument layout differs: mips-o32 passes len as a 64-bit pair", DM_RET_int, 4, 5, dm_sig1_fadvise64_args };

/* powerpc */
static const struct dm_arg dm_sig1_fadvise64_64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 6, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig1_fadvise64_64 = { "fadvise64_64", "argument order differs: powerpc32 is (fd, advice, offset, len)", DM_RET_int, 4, 7, dm_sig1_fadvise64_64_args };

/* arc arm hppa i386 m68k mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig1_fallocate_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mode", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_fallocate = { "fallocate", NULL, DM_RET_int, 4, 6, dm_sig1_fallocate_args };

/* alpha */
static const struct dm_arg dm_sig1_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig1_fanotify_init_args };

/* arc arm hppa i386 m68k mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig1_fanotify_mark_args[] = {
	{ "fanotify_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_u64, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "dfd", DM_ARG_dirfd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pathname", DM_ARG_path, 5, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_fanotify_mark = { "fanotify_mark", NULL, DM_RET_int, 5, 6, dm_sig1_fanotify_mark_args };

/* alpha */
static const struct dm_arg dm_sig1_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig1_fcntl_args };

/* hppa */
static const struct dm_arg dm_sig1_fcntl64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_fcntl64 = { "fcntl64", "command-dependent argument (int, flags, struct flock64, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig1_fcntl64_args };

/* alpha */
static const struct dm_arg dm_sig1_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_stat, NULL, NULL },
};
const struct dm_sig dm_sig1_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig1_fstat_args };

/* arc */
static const struct dm_arg dm_sig1_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_stat64, NULL, NULL },
};
const struct dm_sig dm_sig1_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig1_fstat64_args };

/* arc */
static const struct dm_arg dm_sig1_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig1_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig1_fstatat64_args };

/* alpha arm i386 sh4 */
static const struct dm_arg dm_sig1_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_statfs, NULL, NULL },
};
const struct dm_sig dm_sig1_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig1_fstatfs_args };

/* arc arm i386 sh4 */
static const struct dm_arg dm_sig1_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig1_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig1_fstatfs64_args };

/* arm mips-o32-be mips-o32-le powerpc */
static const struct dm_arg dm_sig1_ftruncate64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_ftruncate64 = { "ftruncate64", NULL, DM_RET_int, 2, 4, dm_sig1_ftruncate64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig1_futex_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_futex_time64_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_futex_time64 = { "futex_time64", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig1_futex_time64_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_futex_wait_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig1_futex_wait = { "futex_wait", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 6, 6, dm_sig1_futex_wait_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_futex_waitv_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_futexes", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig1_futex_waitv = { "futex_waitv", "thread: array of struct futex_waitv with guest addresses", DM_RET_long, 5, 5, dm_sig1_futex_waitv_args };

/* arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type1_timeval, NULL, NULL },
};
const struct dm_sig dm_sig1_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig1_futimesat_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig1_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig1_getitimer_args };

/* alpha */
static const struct dm_arg dm_sig1_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig1_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig1_getrlimit_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rusage, NULL, NULL },
};
const struct dm_sig dm_sig1_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig1_getrusage_args };

/* alpha hppa mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le sparc64 */
static const struct dm_arg dm_sig1_getsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_out, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_inout, 4, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_getsockopt = { "getsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, dm_sig1_getsockopt_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timezone, NULL, NULL },
};
const struct dm_sig dm_sig1_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig1_gettimeofday_args };

/* alpha */
static const struct dm_arg dm_sig1_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig1_inotify_init1_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig1_io_getevents_args };

/* arc arm i386 mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig1_io_pgetevents_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_io_pgetevents_time64_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_io_pgetevents_time64 = { "io_pgetevents_time64", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig1_io_pgetevents_time64_args };

/* alpha */
static const struct dm_arg dm_sig1_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, dm_sig1_io_uring_enter_args, 78 };

/* alpha */
static const struct dm_arg dm_sig1_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, dm_sig1_io_uring_register_args, 78 };

/* alpha */
static const struct dm_arg dm_sig1_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, dm_sig1_io_uring_setup_args, 78 };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type1_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, dm_sig1_kexec_load_args };

/* alpha */
static const struct dm_arg dm_sig1_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 3, dm_sig1_lookup_dcookie_args, 78 };

/* arm i386 sh4 */
static const struct dm_arg dm_sig1_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat, NULL, NULL },
};
const struct dm_sig dm_sig1_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig1_lstat_args };

/* arm */
static const struct dm_arg dm_sig1_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_stat64, NULL, NULL },
};
const struct dm_sig dm_sig1_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig1_lstat64_args };

/* alpha */
static const struct dm_arg dm_sig1_madvise_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "behavior", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_madvise, NULL },
};
const struct dm_sig dm_sig1_madvise = { "madvise", "guest memory map", DM_RET_int, 3, 3, dm_sig1_madvise_args };

/* alpha sparc64 */
static const struct dm_arg dm_sig1_map_shadow_stack_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_map_shadow_stack = { "map_shadow_stack", "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): a kernel with the support answers EOPNOTSUPP on such a CPU", DM_RET_ptr, 3, 3, dm_sig1_map_shadow_stack_args, 45 };

/* alpha powerpc ppc64 ppc64le sparc64 */
static const struct dm_arg dm_sig1_mlockall_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mlockall_flags, NULL },
};
const struct dm_sig dm_sig1_mlockall = { "mlockall", "guest memory map: only the guest's mappings are locked", DM_RET_int, 1, 1, dm_sig1_mlockall_args };

/* alpha */
static const struct dm_arg dm_sig1_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig1_mmap_args };

/* hppa */
static const struct dm_arg dm_sig1_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, dm_sig1_mmap2_args };

/* alpha arc arm hppa i386 m68k riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig1_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
};
const struct dm_sig dm_sig1_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, dm_sig1_mprotect_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_sigevent, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, dm_sig1_mq_notify_args };

/* alpha */
static const struct dm_arg dm_sig1_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig1_mq_open_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig1_mq_timedreceive_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_mq_timedreceive_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_timedreceive_time64 = { "mq_timedreceive_time64", NULL, DM_RET_ssize, 5, 5, dm_sig1_mq_timedreceive_time64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig1_mq_timedsend_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_mq_timedsend_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_mq_timedsend_time64 = { "mq_timedsend_time64", NULL, DM_RET_int, 5, 5, dm_sig1_mq_timedsend_time64_args };

/* alpha */
static const struct dm_arg dm_sig1_msync_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_msync_flags, NULL },
};
const struct dm_sig dm_sig1_msync = { "msync", "guest memory map", DM_RET_int, 3, 3, dm_sig1_msync_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig1_nanosleep_args };

/* mips-n32-be */
static const struct dm_arg dm_sig1_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig1_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig1_newfstatat_args };

/* alpha */
static const struct dm_arg dm_sig1_nfsservctl_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "res", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_nfsservctl = { "nfsservctl", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_long, 3, 3, dm_sig1_nfsservctl_args, 78 };

/* arm m68k */
static const struct dm_arg dm_sig1_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig1_open_args };

/* alpha */
static const struct dm_arg dm_sig1_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig1_open_by_handle_at_args };

/* alpha */
static const struct dm_arg dm_sig1_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig1_openat_args };

/* alpha */
static const struct dm_arg dm_sig1_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, dm_sig1_perf_event_open_args, 78 };

/* alpha */
static const struct dm_arg dm_sig1_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_pidfd_flags, NULL },
};
const struct dm_sig dm_sig1_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, dm_sig1_pidfd_open_args };

/* alpha */
static const struct dm_arg dm_sig1_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig1_pidfd_send_signal_args };

/* alpha */
static const struct dm_arg dm_sig1_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig1_pipe2_args };

/* alpha arc arm hppa i386 m68k riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig1_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, dm_sig1_pkey_mprotect_args };

/* hppa powerpc ppc64 s390x */
static const struct dm_arg dm_sig1_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type1_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig1_poll_args };

/* arc arm i386 sh4 */
static const struct dm_arg dm_sig1_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig1_ppoll_args };

/* arm */
static const struct dm_arg dm_sig1_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type0_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig1_ppoll_time64_args };

/* arc hppa i386 m68k */
static const struct dm_arg dm_sig1_pread64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 3, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pread64 = { "pread64", NULL, DM_RET_ssize, 4, 5, dm_sig1_pread64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, dm_sig1_preadv_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, dm_sig1_preadv2_args };

/* alpha */
static const struct dm_arg dm_sig1_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig1_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig1_prlimit64_args };

/* alpha */
static const struct dm_arg dm_sig1_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig1_process_madvise_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, dm_sig1_process_vm_readv_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, dm_sig1_process_vm_writev_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig1_pselect6_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_pselect6_time64_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pselect6_time64 = { "pselect6_time64", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig1_pselect6_time64_args };

/* arc hppa i386 m68k */
static const struct dm_arg dm_sig1_pwrite64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 3, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pwrite64 = { "pwrite64", NULL, DM_RET_ssize, 4, 5, dm_sig1_pwrite64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, dm_sig1_pwritev_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, dm_sig1_pwritev2_args };

/* arc hppa i386 m68k sh4 */
static const struct dm_arg dm_sig1_readahead_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_readahead = { "readahead", NULL, DM_RET_ssize, 3, 4, dm_sig1_readahead_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_readv = { "readv", NULL, DM_RET_ssize, 3, 3, dm_sig1_readv_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig1_recvmmsg_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_recvmmsg_time64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_recvmmsg_time64 = { "recvmmsg_time64", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig1_recvmmsg_time64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig1_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig1_recvmsg_args };

/* alpha */
static const struct dm_arg dm_sig1_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, dm_sig1_rseq_args, 78 };

/* alpha */
static const struct dm_arg dm_sig1_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig1_rt_sigaction_args };

/* alpha mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig1_rt_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_sigprocmask_how, NULL },
	{ "nset", DM_ARG_sigset_in, 1, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_sigset_out, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_sigprocmask = { "rt_sigprocmask", "signals", DM_RET_int, 4, 4, dm_sig1_rt_sigprocmask_args };

/* alpha */
static const struct dm_arg dm_sig1_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig1_rt_sigqueueinfo_args };

/* alpha */
static const struct dm_arg dm_sig1_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig1_rt_sigtimedwait_args };

/* arm */
static const struct dm_arg dm_sig1_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig1_rt_sigtimedwait_time64_args };

/* alpha */
static const struct dm_arg dm_sig1_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig1_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig1_rt_tgsigqueueinfo_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_sched_getparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig1_sched_getparam = { "sched_getparam", NULL, DM_RET_int, 2, 2, dm_sig1_sched_getparam_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig1_sched_rr_get_interval_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_sched_rr_get_interval_time64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_sched_rr_get_interval_time64 = { "sched_rr_get_interval_time64", NULL, DM_RET_int, 2, 2, dm_sig1_sched_rr_get_interval_time64_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_sched_setparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig1_sched_setparam = { "sched_setparam", NULL, DM_RET_int, 2, 2, dm_sig1_sched_setparam_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_sched_setscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "policy", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig1_sched_setscheduler = { "sched_setscheduler", NULL, DM_RET_int, 3, 3, dm_sig1_sched_setscheduler_args };

/* i386 */
static const struct dm_arg dm_sig1_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timeval, NULL, NULL },
};
const struct dm_sig dm_sig1_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig1_select_args };

/* arc arm mips-n32-le */
static const struct dm_arg dm_sig1_semtimedop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
};
const struct dm_sig dm_sig1_semtimedop = { "semtimedop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig1_semtimedop_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_semtimedop_time64_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig1_semtimedop_time64 = { "semtimedop_time64", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig1_semtimedop_time64_args };

/* arm hppa i386 m68k mips-n32-be mips-n32-le mips-o32-be mips-o32-le powerpc sh4 x32 */
static const struct dm_arg dm_sig1_sendfile_args[] = {
	{ "out_fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "in_fd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_sendfile = { "sendfile", NULL, DM_RET_ssize, 4, 4, dm_sig1_sendfile_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig1_sendmmsg = { "sendmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 4, 4, dm_sig1_sendmmsg_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig1_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig1_sendmsg_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig1_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig1_setitimer_args };

/* alpha */
static const struct dm_arg dm_sig1_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig1_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig1_setrlimit_args };

/* alpha hppa mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le sparc64 */
static const struct dm_arg dm_sig1_setsockopt_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "level", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_socket_level, NULL },
	{ "optname", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optval", DM_ARG_buf_in, 3, 1, 4, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "optlen", DM_ARG_int, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_setsockopt = { "setsockopt", "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI", DM_RET_int, 5, 5, dm_sig1_setsockopt_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timezone, NULL, NULL },
};
const struct dm_sig dm_sig1_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig1_settimeofday_args };

/* arc arm i386 sh4 x32 */
static const struct dm_arg dm_sig1_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig1_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig1_sigaltstack_args };

/* alpha */
static const struct dm_arg dm_sig1_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_signalfd_flags, NULL },
};
const struct dm_sig dm_sig1_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, dm_sig1_signalfd4_args };

/* mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig1_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_sigprocmask_how, NULL },
	{ "nset", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_sigprocmask = { "sigprocmask", "signals: old_sigset_t (one word) masks", DM_RET_int, 3, 3, dm_sig1_sigprocmask_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig1_socket_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_socket = { "socket", NULL, DM_RET_fd, 3, 3, dm_sig1_socket_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig1_socketpair_args[] = {
	{ "family", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_socket_family, NULL },
	{ "type", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_socket_type, NULL },
	{ "protocol", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "usockvec", DM_ARG_out, 3, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_socketpair = { "socketpair", NULL, DM_RET_int, 4, 4, dm_sig1_socketpair_args };

/* arm i386 sh4 */
static const struct dm_arg dm_sig1_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat, NULL, NULL },
};
const struct dm_sig dm_sig1_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig1_stat_args };

/* arm */
static const struct dm_arg dm_sig1_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_stat64, NULL, NULL },
};
const struct dm_sig dm_sig1_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig1_stat64_args };

/* alpha arm i386 sh4 */
static const struct dm_arg dm_sig1_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_statfs, NULL, NULL },
};
const struct dm_sig dm_sig1_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig1_statfs_args };

/* arc arm i386 sh4 */
static const struct dm_arg dm_sig1_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig1_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig1_statfs64_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig1_statx_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "mask", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_out, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_statx, NULL, NULL },
};
const struct dm_sig dm_sig1_statx = { "statx", NULL, DM_RET_int, 5, 5, dm_sig1_statx_args };

/* ppc64 ppc64le sparc64 */
static const struct dm_arg dm_sig1_stime_args[] = {
	{ "tptr", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_stime = { "stime", NULL, DM_RET_int, 1, 1, dm_sig1_stime_args };

/* arc hppa i386 m68k sh4 */
static const struct dm_arg dm_sig1_sync_file_range_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 3, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_sync_file_range = { "sync_file_range", NULL, DM_RET_int, 4, 6, dm_sig1_sync_file_range_args };

/* ppc64 ppc64le */
static const struct dm_arg dm_sig1_sync_file_range2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_sync_file_range2 = { "sync_file_range2", NULL, DM_RET_int, 4, 4, dm_sig1_sync_file_range2_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_sysinfo, NULL, NULL },
};
const struct dm_sig dm_sig1_sysinfo = { "sysinfo", "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)", DM_RET_int, 1, 1, dm_sig1_sysinfo_args };

/* ppc64 ppc64le x86_64 */
static const struct dm_arg dm_sig1_time_args[] = {
	{ "tloc", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 8, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_time = { "time", NULL, DM_RET_long, 1, 1, dm_sig1_time_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, dm_sig1_timer_create_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig1_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig1_timer_gettime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_timer_gettime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig1_timer_gettime64 = { "timer_gettime64", NULL, DM_RET_int, 2, 2, dm_sig1_timer_gettime64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig1_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig1_timer_settime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_timer_settime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig1_timer_settime64 = { "timer_settime64", NULL, DM_RET_int, 4, 4, dm_sig1_timer_settime64_args };

/* alpha */
static const struct dm_arg dm_sig1_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig1_timerfd_create_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig1_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig1_timerfd_gettime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_timerfd_gettime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig1_timerfd_gettime64 = { "timerfd_gettime64", NULL, DM_RET_int, 2, 2, dm_sig1_timerfd_gettime64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig1_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig1_timerfd_settime_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_timerfd_settime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig1_timerfd_settime64 = { "timerfd_settime64", NULL, DM_RET_int, 4, 4, dm_sig1_timerfd_settime64_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_tms, NULL, NULL },
};
const struct dm_sig dm_sig1_times = { "times", NULL, DM_RET_long, 1, 1, dm_sig1_times_args };

/* arm mips-o32-be mips-o32-le powerpc */
static const struct dm_arg dm_sig1_truncate64_args[] = {
	{ "path", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "length", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_truncate64 = { "truncate64", NULL, DM_RET_int, 2, 4, dm_sig1_truncate64_args };

/* m68k */
static const struct dm_arg dm_sig1_ugetrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig1_ugetrlimit = { "ugetrlimit", NULL, DM_RET_int, 2, 2, dm_sig1_ugetrlimit_args };

/* hppa m68k mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig1_uname_args[] = {
	{ "name", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_utsname, NULL, NULL },
};
const struct dm_sig dm_sig1_uname = { "uname", "machine name", DM_RET_int, 1, 1, dm_sig1_uname_args };

/* alpha */
static const struct dm_arg dm_sig1_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_open_flags, NULL },
};
const struct dm_sig dm_sig1_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig1_userfaultfd_args };

/* arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_ustat_args[] = {
	{ "dev", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_ustat, NULL, NULL },
};
const struct dm_sig dm_sig1_ustat = { "ustat", NULL, DM_RET_int, 2, 2, dm_sig1_ustat_args };

/* i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_utimbuf, NULL, NULL },
};
const struct dm_sig dm_sig1_utime = { "utime", NULL, DM_RET_int, 2, 2, dm_sig1_utime_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type1_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig1_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig1_utimensat_args };

/* arm mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig1_utimensat_time64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type0_timespec64, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig1_utimensat_time64 = { "utimensat_time64", NULL, DM_RET_int, 4, 4, dm_sig1_utimensat_time64_args };

/* arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type1_timeval, NULL, NULL },
};
const struct dm_sig dm_sig1_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig1_utimes_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, dm_sig1_vmsplice_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 */
static const struct dm_arg dm_sig1_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rusage, NULL, NULL },
};
const struct dm_sig dm_sig1_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig1_wait4_args };

/* alpha */
static const struct dm_arg dm_sig1_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig1_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig1_waitid_args };

/* arc arm i386 mips-n32-le mips-o32-le sh4 x32 */
static const struct dm_arg dm_sig1_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig1_writev = { "writev", NULL, DM_RET_ssize, 3, 3, dm_sig1_writev_args };

/* m68k */
static const struct dm_arg dm_sig2__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timeval, NULL, NULL },
};
const struct dm_sig dm_sig2__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig2__newselect_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_accept4_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_socket_type_flags, NULL },
};
const struct dm_sig dm_sig2_accept4 = { "accept4", NULL, DM_RET_fd, 4, 4, dm_sig2_accept4_args };

/* hppa */
static const struct dm_arg dm_sig2_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, dm_sig2_bpf_args, 251 };

/* m68k */
static const struct dm_arg dm_sig2_capget_args[] = {
	{ "header", DM_ARG_inout, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_user_cap_header, NULL, NULL },
	{ "dataptr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig2_capget = { "capget", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig2_capget_args };

/* m68k */
static const struct dm_arg dm_sig2_capset_args[] = {
	{ "header", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_user_cap_header, NULL, NULL },
	{ "data", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_user_cap_data, NULL, NULL },
};
const struct dm_sig dm_sig2_capset = { "capset", "the number of user_cap_data elements depends on the header's version (1 or 2)", DM_RET_int, 2, 2, dm_sig2_capset_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig2_clock_getres_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_getres_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_getres_time64 = { "clock_getres_time64", NULL, DM_RET_int, 2, 2, dm_sig2_clock_getres_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig2_clock_gettime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_gettime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_gettime64 = { "clock_gettime64", NULL, DM_RET_int, 2, 2, dm_sig2_clock_gettime64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig2_clock_nanosleep_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_nanosleep_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_nanosleep_time64 = { "clock_nanosleep_time64", NULL, DM_RET_int, 4, 4, dm_sig2_clock_nanosleep_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig2_clock_settime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_clock_settime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_clock_settime64 = { "clock_settime64", NULL, DM_RET_int, 2, 2, dm_sig2_clock_settime64_args };

/* hppa */
static const struct dm_arg dm_sig2_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig2_clone3_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig2_delete_module_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig2_dup3_args };

/* sparc64 */
static const struct dm_arg dm_sig2_epoll_create1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_epoll_create_flags, NULL },
};
const struct dm_sig dm_sig2_epoll_create1 = { "epoll_create1", NULL, DM_RET_fd, 1, 1, dm_sig2_epoll_create1_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_epoll_event, NULL, NULL },
};
const struct dm_sig dm_sig2_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, dm_sig2_epoll_ctl_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type2_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, dm_sig2_epoll_pwait_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type2_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, dm_sig2_epoll_pwait2_args };

/* i386 sh4 */
static const struct dm_arg dm_sig2_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type1_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, dm_sig2_epoll_wait_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig2_eventfd2_args };

/* mips-o32-be mips-o32-le powerpc */
static const struct dm_arg dm_sig2_fadvise64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig2_fadvise64 = { "fadvise64", "argument layout differs: mips-o32 passes len as a 64-bit pair", DM_RET_int, 4, 6, dm_sig2_fadvise64_args };

/* sparc64 */
static const struct dm_arg dm_sig2_fadvise64_64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_loff, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_fadvise_advice, NULL },
};
const struct dm_sig dm_sig2_fadvise64_64 = { "fadvise64_64", "argument order differs: powerpc32 is (fd, advice, offset, len)", DM_RET_int, 4, 4, dm_sig2_fadvise64_64_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig2_fanotify_init_args };

/* arm i386 m68k powerpc sh4 x32 */
static const struct dm_arg dm_sig2_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig2_fcntl_args };

/* mips-n32-be mips-n32-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_fcntl64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_fcntl64 = { "fcntl64", "command-dependent argument (int, flags, struct flock64, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig2_fcntl64_args };

/* arm i386 sh4 */
static const struct dm_arg dm_sig2_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat, NULL, NULL },
};
const struct dm_sig dm_sig2_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig2_fstat_args };

/* arm */
static const struct dm_arg dm_sig2_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_stat64, NULL, NULL },
};
const struct dm_sig dm_sig2_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig2_fstat64_args };

/* arm */
static const struct dm_arg dm_sig2_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig2_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig2_fstatat64_args };

/* hppa */
static const struct dm_arg dm_sig2_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_statfs, NULL, NULL },
};
const struct dm_sig dm_sig2_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig2_fstatfs_args };

/* hppa */
static const struct dm_arg dm_sig2_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig2_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig2_fstatfs64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig2_futex_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_futex_time64_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_futex_time64 = { "futex_time64", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig2_futex_time64_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_futex_wait_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig2_futex_wait = { "futex_wait", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 6, 6, dm_sig2_futex_wait_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_futex_waitv_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_futexes", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig2_futex_waitv = { "futex_waitv", "thread: array of struct futex_waitv with guest addresses", DM_RET_long, 5, 5, dm_sig2_futex_waitv_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type2_timeval, NULL, NULL },
};
const struct dm_sig dm_sig2_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig2_futimesat_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig2_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig2_getitimer_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig2_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig2_getrlimit_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rusage, NULL, NULL },
};
const struct dm_sig dm_sig2_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig2_getrusage_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig2_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig2_gettimeofday_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig2_inotify_init1_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig2_io_getevents_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig2_io_pgetevents_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_io_pgetevents_time64_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_io_pgetevents_time64 = { "io_pgetevents_time64", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig2_io_pgetevents_time64_args };

/* hppa */
static const struct dm_arg dm_sig2_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, dm_sig2_io_uring_enter_args, 251 };

/* hppa */
static const struct dm_arg dm_sig2_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, dm_sig2_io_uring_register_args, 251 };

/* hppa */
static const struct dm_arg dm_sig2_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, dm_sig2_io_uring_setup_args, 251 };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type2_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, dm_sig2_kexec_load_args };

/* arc arm i386 m68k powerpc sh4 */
static const struct dm_arg dm_sig2_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 4, dm_sig2_lookup_dcookie_args, 38 };

/* hppa */
static const struct dm_arg dm_sig2_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat, NULL, NULL },
};
const struct dm_sig dm_sig2_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig2_lstat_args };

/* hppa */
static const struct dm_arg dm_sig2_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat64, NULL, NULL },
};
const struct dm_sig dm_sig2_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig2_lstat64_args };

/* hppa */
static const struct dm_arg dm_sig2_madvise_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "behavior", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_madvise, NULL },
};
const struct dm_sig dm_sig2_madvise = { "madvise", "guest memory map", DM_RET_int, 3, 3, dm_sig2_madvise_args };

/* hppa */
static const struct dm_arg dm_sig2_map_shadow_stack_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_map_shadow_stack = { "map_shadow_stack", "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): a kernel with the support answers EOPNOTSUPP on such a CPU", DM_RET_ptr, 3, 3, dm_sig2_map_shadow_stack_args, 223 };

/* hppa */
static const struct dm_arg dm_sig2_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig2_mmap_args };

/* i386 */
static const struct dm_arg dm_sig2_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, dm_sig2_mmap2_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_prot, NULL },
};
const struct dm_sig dm_sig2_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, dm_sig2_mprotect_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_sigevent, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, dm_sig2_mq_notify_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig2_mq_open_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig2_mq_timedreceive_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_mq_timedreceive_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_timedreceive_time64 = { "mq_timedreceive_time64", NULL, DM_RET_ssize, 5, 5, dm_sig2_mq_timedreceive_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig2_mq_timedsend_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_mq_timedsend_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_mq_timedsend_time64 = { "mq_timedsend_time64", NULL, DM_RET_int, 5, 5, dm_sig2_mq_timedsend_time64_args };

/* hppa */
static const struct dm_arg dm_sig2_msync_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_msync_flags, NULL },
};
const struct dm_sig dm_sig2_msync = { "msync", "guest memory map", DM_RET_int, 3, 3, dm_sig2_msync_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig2_nanosleep_args };

/* mips-n32-le */
static const struct dm_arg dm_sig2_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig2_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig2_newfstatat_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_nfsservctl_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "res", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_nfsservctl = { "nfsservctl", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_long, 3, 3, dm_sig2_nfsservctl_args, 89 };

/* hppa */
static const struct dm_arg dm_sig2_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig2_open_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig2_open_by_handle_at_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig2_openat_args };

/* hppa */
static const struct dm_arg dm_sig2_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, dm_sig2_perf_event_open_args, 251 };

/* hppa */
static const struct dm_arg dm_sig2_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_pidfd_flags, NULL },
};
const struct dm_sig dm_sig2_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, dm_sig2_pidfd_open_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig2_pidfd_send_signal_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig2_pipe2_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, dm_sig2_pkey_mprotect_args };

/* m68k */
static const struct dm_arg dm_sig2_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type2_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig2_poll_args };

/* hppa powerpc */
static const struct dm_arg dm_sig2_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type1_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig2_ppoll_args };

/* hppa powerpc */
static const struct dm_arg dm_sig2_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type1_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig2_ppoll_time64_args };

/* arm mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig2_pread64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pread64 = { "pread64", NULL, DM_RET_ssize, 4, 6, dm_sig2_pread64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, dm_sig2_preadv_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, dm_sig2_preadv2_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig2_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig2_prlimit64_args };

/* arc arm i386 sh4 x32 */
static const struct dm_arg dm_sig2_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig2_process_madvise_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, dm_sig2_process_vm_readv_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, dm_sig2_process_vm_writev_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig2_pselect6_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_pselect6_time64_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pselect6_time64 = { "pselect6_time64", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig2_pselect6_time64_args };

/* arm mips-o32-be mips-o32-le powerpc sh4 */
static const struct dm_arg dm_sig2_pwrite64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pwrite64 = { "pwrite64", NULL, DM_RET_ssize, 4, 6, dm_sig2_pwrite64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, dm_sig2_pwritev_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, dm_sig2_pwritev2_args };

/* arm mips-o32-be mips-o32-le powerpc */
static const struct dm_arg dm_sig2_readahead_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "count", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_readahead = { "readahead", NULL, DM_RET_ssize, 3, 5, dm_sig2_readahead_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_readv = { "readv", NULL, DM_RET_ssize, 3, 3, dm_sig2_readv_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig2_recvmmsg_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_recvmmsg_time64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_recvmmsg_time64 = { "recvmmsg_time64", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig2_recvmmsg_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig2_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig2_recvmsg_args };

/* hppa */
static const struct dm_arg dm_sig2_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, dm_sig2_rseq_args, 251 };

/* arc i386 sh4 x32 */
static const struct dm_arg dm_sig2_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig2_rt_sigaction_args };

/* sparc64 */
static const struct dm_arg dm_sig2_rt_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_sigprocmask_how, NULL },
	{ "nset", DM_ARG_sigset_in, 1, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_sigset_out, 2, 1, 3, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_sigprocmask = { "rt_sigprocmask", "signals", DM_RET_int, 4, 4, dm_sig2_rt_sigprocmask_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig2_rt_sigqueueinfo_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig2_rt_sigtimedwait_args };

/* hppa */
static const struct dm_arg dm_sig2_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig2_rt_sigtimedwait_time64_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig2_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig2_rt_tgsigqueueinfo_args };

/* m68k */
static const struct dm_arg dm_sig2_sched_getparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig2_sched_getparam = { "sched_getparam", NULL, DM_RET_int, 2, 2, dm_sig2_sched_getparam_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig2_sched_rr_get_interval_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_sched_rr_get_interval_time64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_sched_rr_get_interval_time64 = { "sched_rr_get_interval_time64", NULL, DM_RET_int, 2, 2, dm_sig2_sched_rr_get_interval_time64_args };

/* m68k */
static const struct dm_arg dm_sig2_sched_setparam_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig2_sched_setparam = { "sched_setparam", NULL, DM_RET_int, 2, 2, dm_sig2_sched_setparam_args };

/* m68k */
static const struct dm_arg dm_sig2_sched_setscheduler_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "policy", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "param", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_sched_param, NULL, NULL },
};
const struct dm_sig dm_sig2_sched_setscheduler = { "sched_setscheduler", NULL, DM_RET_int, 3, 3, dm_sig2_sched_setscheduler_args };

/* m68k */
static const struct dm_arg dm_sig2_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timeval, NULL, NULL },
};
const struct dm_sig dm_sig2_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig2_select_args };

/* hppa mips-n32-be */
static const struct dm_arg dm_sig2_semtimedop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
};
const struct dm_sig dm_sig2_semtimedop = { "semtimedop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig2_semtimedop_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_semtimedop_time64_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig2_semtimedop_time64 = { "semtimedop_time64", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig2_semtimedop_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig2_sendmmsg = { "sendmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 4, 4, dm_sig2_sendmmsg_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig2_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig2_sendmsg_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig2_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig2_setitimer_args };

/* arc arm i386 sh4 */
static const struct dm_arg dm_sig2_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig2_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig2_setrlimit_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig2_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig2_settimeofday_args };

/* hppa powerpc */
static const struct dm_arg dm_sig2_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig2_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig2_sigaltstack_args };

/* hppa */
static const struct dm_arg dm_sig2_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_signalfd_flags, NULL },
};
const struct dm_sig dm_sig2_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, dm_sig2_signalfd4_args };

/* sparc64 */
static const struct dm_arg dm_sig2_sigprocmask_args[] = {
	{ "how", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_sigprocmask_how, NULL },
	{ "nset", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oset", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_sigprocmask = { "sigprocmask", "signals: old_sigset_t (one word) masks", DM_RET_int, 3, 3, dm_sig2_sigprocmask_args };

/* hppa */
static const struct dm_arg dm_sig2_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat, NULL, NULL },
};
const struct dm_sig dm_sig2_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig2_stat_args };

/* hppa */
static const struct dm_arg dm_sig2_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat64, NULL, NULL },
};
const struct dm_sig dm_sig2_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig2_stat64_args };

/* hppa */
static const struct dm_arg dm_sig2_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_statfs, NULL, NULL },
};
const struct dm_sig dm_sig2_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig2_statfs_args };

/* hppa */
static const struct dm_arg dm_sig2_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig2_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig2_statfs64_args };

/* hppa mips-n32-be mips-n64-be mips-o32-be powerpc ppc64 s390x sparc64 */
static const struct dm_arg dm_sig2_statx_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "mask", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_out, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_statx, NULL, NULL },
};
const struct dm_sig dm_sig2_statx = { "statx", NULL, DM_RET_int, 5, 5, dm_sig2_statx_args };

/* mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig2_sync_file_range_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 2, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nbytes", DM_ARG_loff, 4, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 6, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_sync_file_range = { "sync_file_range", NULL, DM_RET_int, 4, 7, dm_sig2_sync_file_range_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_sysinfo, NULL, NULL },
};
const struct dm_sig dm_sig2_sysinfo = { "sysinfo", "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)", DM_RET_int, 1, 1, dm_sig2_sysinfo_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, dm_sig2_timer_create_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig2_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig2_timer_gettime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timer_gettime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig2_timer_gettime64 = { "timer_gettime64", NULL, DM_RET_int, 2, 2, dm_sig2_timer_gettime64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig2_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig2_timer_settime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timer_settime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig2_timer_settime64 = { "timer_settime64", NULL, DM_RET_int, 4, 4, dm_sig2_timer_settime64_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig2_timerfd_create_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig2_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig2_timerfd_gettime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timerfd_gettime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig2_timerfd_gettime64 = { "timerfd_gettime64", NULL, DM_RET_int, 2, 2, dm_sig2_timerfd_gettime64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig2_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig2_timerfd_settime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_timerfd_settime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig2_timerfd_settime64 = { "timerfd_settime64", NULL, DM_RET_int, 4, 4, dm_sig2_timerfd_settime64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_tms, NULL, NULL },
};
const struct dm_sig dm_sig2_times = { "times", NULL, DM_RET_long, 1, 1, dm_sig2_times_args };

/* powerpc */
static const struct dm_arg dm_sig2_ugetrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig2_ugetrlimit = { "ugetrlimit", NULL, DM_RET_int, 2, 2, dm_sig2_ugetrlimit_args };

/* arc i386 riscv64 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig2_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
};
const struct dm_sig dm_sig2_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig2_userfaultfd_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_ustat_args[] = {
	{ "dev", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_ustat, NULL, NULL },
};
const struct dm_sig dm_sig2_ustat = { "ustat", NULL, DM_RET_int, 2, 2, dm_sig2_ustat_args };

/* m68k */
static const struct dm_arg dm_sig2_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_utimbuf, NULL, NULL },
};
const struct dm_sig dm_sig2_utime = { "utime", NULL, DM_RET_int, 2, 2, dm_sig2_utime_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type2_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig2_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig2_utimensat_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_utimensat_time64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type2_timespec64, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig2_utimensat_time64 = { "utimensat_time64", NULL, DM_RET_int, 4, 4, dm_sig2_utimensat_time64_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type2_timeval, NULL, NULL },
};
const struct dm_sig dm_sig2_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig2_utimes_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, dm_sig2_vmsplice_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rusage, NULL, NULL },
};
const struct dm_sig dm_sig2_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig2_wait4_args };

/* arc i386 sh4 */
static const struct dm_arg dm_sig2_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rusage, NULL, NULL },
};
const struct dm_sig dm_sig2_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig2_waitid_args };

/* hppa mips-n32-be mips-o32-be powerpc */
static const struct dm_arg dm_sig2_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig2_writev = { "writev", NULL, DM_RET_ssize, 3, 3, dm_sig2_writev_args };

/* mips-n64-be ppc64 */
static const struct dm_arg dm_sig3__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timeval, NULL, NULL },
};
const struct dm_sig dm_sig3__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig3__newselect_args };

/* sparc64 */
static const struct dm_arg dm_sig3_accept4_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "upeer_sockaddr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, "\x02\xff" },
	{ "upeer_addrlen", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_socket_type_flags, NULL },
};
const struct dm_sig dm_sig3_accept4 = { "accept4", NULL, DM_RET_fd, 4, 4, dm_sig3_accept4_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, dm_sig3_bpf_args, 89 };

/* m68k */
static const struct dm_arg dm_sig3_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig3_clock_getres_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_getres_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_getres_time64 = { "clock_getres_time64", NULL, DM_RET_int, 2, 2, dm_sig3_clock_getres_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig3_clock_gettime_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_gettime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_gettime64 = { "clock_gettime64", NULL, DM_RET_int, 2, 2, dm_sig3_clock_gettime64_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig3_clock_nanosleep_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_nanosleep_time64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_nanosleep_time64 = { "clock_nanosleep_time64", NULL, DM_RET_int, 4, 4, dm_sig3_clock_nanosleep_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig3_clock_settime_args };

/* m68k */
static const struct dm_arg dm_sig3_clock_settime64_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_clock_settime64 = { "clock_settime64", NULL, DM_RET_int, 2, 2, dm_sig3_clock_settime64_args };

/* m68k */
static const struct dm_arg dm_sig3_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig3_clone3_args };

/* hppa */
static const struct dm_arg dm_sig3_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig3_delete_module_args };

/* hppa */
static const struct dm_arg dm_sig3_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig3_dup3_args };

/* m68k */
static const struct dm_arg dm_sig3_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_epoll_event, NULL, NULL },
};
const struct dm_sig dm_sig3_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, dm_sig3_epoll_ctl_args };

/* m68k */
static const struct dm_arg dm_sig3_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type3_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, dm_sig3_epoll_pwait_args };

/* m68k */
static const struct dm_arg dm_sig3_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type3_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, dm_sig3_epoll_pwait2_args };

/* m68k */
static const struct dm_arg dm_sig3_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type3_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, dm_sig3_epoll_wait_args };

/* hppa */
static const struct dm_arg dm_sig3_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig3_eventfd2_args };

/* s390x */
static const struct dm_arg dm_sig3_fadvise64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "offset", DM_ARG_loff, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_fadvise_advice, NULL },
};
const struct dm_sig dm_sig3_fadvise64 = { "fadvise64", "argument layout differs: mips-o32 passes len as a 64-bit pair", DM_RET_int, 4, 4, dm_sig3_fadvise64_args };

/* hppa */
static const struct dm_arg dm_sig3_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig3_fanotify_init_args };

/* hppa */
static const struct dm_arg dm_sig3_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig3_fcntl_args };

/* hppa */
static const struct dm_arg dm_sig3_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat, NULL, NULL },
};
const struct dm_sig dm_sig3_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig3_fstat_args };

/* hppa */
static const struct dm_arg dm_sig3_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat64, NULL, NULL },
};
const struct dm_sig dm_sig3_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig3_fstat64_args };

/* hppa */
static const struct dm_arg dm_sig3_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig3_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig3_fstatat64_args };

/* m68k */
static const struct dm_arg dm_sig3_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_statfs, NULL, NULL },
};
const struct dm_sig dm_sig3_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig3_fstatfs_args };

/* m68k */
static const struct dm_arg dm_sig3_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig3_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig3_fstatfs64_args };

/* m68k */
static const struct dm_arg dm_sig3_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig3_futex_args };

/* m68k */
static const struct dm_arg dm_sig3_futex_time64_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_futex_time64 = { "futex_time64", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig3_futex_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_futex_wait_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mask", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig3_futex_wait = { "futex_wait", "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)", DM_RET_long, 6, 6, dm_sig3_futex_wait_args };

/* m68k */
static const struct dm_arg dm_sig3_futex_waitv_args[] = {
	{ "waiters", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_futexes", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "clockid", DM_ARG_clockid, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
};
const struct dm_sig dm_sig3_futex_waitv = { "futex_waitv", "thread: array of struct futex_waitv with guest addresses", DM_RET_long, 5, 5, dm_sig3_futex_waitv_args };

/* m68k */
static const struct dm_arg dm_sig3_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type3_timeval, NULL, NULL },
};
const struct dm_sig dm_sig3_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig3_futimesat_args };

/* m68k */
static const struct dm_arg dm_sig3_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig3_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig3_getitimer_args };

/* hppa powerpc */
static const struct dm_arg dm_sig3_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig3_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig3_getrlimit_args };

/* m68k */
static const struct dm_arg dm_sig3_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_rusage, NULL, NULL },
};
const struct dm_sig dm_sig3_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig3_getrusage_args };

/* m68k */
static const struct dm_arg dm_sig3_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timezone, NULL, NULL },
};
const struct dm_sig dm_sig3_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig3_gettimeofday_args };

/* hppa */
static const struct dm_arg dm_sig3_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig3_inotify_init1_args };

/* m68k */
static const struct dm_arg dm_sig3_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig3_io_getevents_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig3_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig3_io_pgetevents_args };

/* m68k */
static const struct dm_arg dm_sig3_io_pgetevents_time64_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_io_pgetevents_time64 = { "io_pgetevents_time64", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig3_io_pgetevents_time64_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, dm_sig3_io_uring_enter_args, 89 };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, dm_sig3_io_uring_register_args, 89 };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, dm_sig3_io_uring_setup_args, 89 };

/* m68k */
static const struct dm_arg dm_sig3_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type3_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, dm_sig3_kexec_load_args };

/* hppa */
static const struct dm_arg dm_sig3_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 4, dm_sig3_lookup_dcookie_args, 251 };

/* m68k */
static const struct dm_arg dm_sig3_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat, NULL, NULL },
};
const struct dm_sig dm_sig3_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig3_lstat_args };

/* i386 sh4 */
static const struct dm_arg dm_sig3_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat64, NULL, NULL },
};
const struct dm_sig dm_sig3_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig3_lstat64_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_madvise_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "behavior", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_madvise, NULL },
};
const struct dm_sig dm_sig3_madvise = { "madvise", "guest memory map", DM_RET_int, 3, 3, dm_sig3_madvise_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_map_shadow_stack_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_map_shadow_stack = { "map_shadow_stack", "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): a kernel with the support answers EOPNOTSUPP on such a CPU", DM_RET_ptr, 3, 3, dm_sig3_map_shadow_stack_args, 122 };

/* i386 x32 x86_64 */
static const struct dm_arg dm_sig3_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig3_mmap_args };

/* mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, dm_sig3_mmap2_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig3_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_prot, NULL },
};
const struct dm_sig dm_sig3_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, dm_sig3_mprotect_args };

/* m68k */
static const struct dm_arg dm_sig3_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_sigevent, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, dm_sig3_mq_notify_args };

/* hppa */
static const struct dm_arg dm_sig3_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig3_mq_open_args };

/* m68k */
static const struct dm_arg dm_sig3_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig3_mq_timedreceive_args };

/* m68k */
static const struct dm_arg dm_sig3_mq_timedreceive_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_timedreceive_time64 = { "mq_timedreceive_time64", NULL, DM_RET_ssize, 5, 5, dm_sig3_mq_timedreceive_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig3_mq_timedsend_args };

/* m68k */
static const struct dm_arg dm_sig3_mq_timedsend_time64_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_mq_timedsend_time64 = { "mq_timedsend_time64", NULL, DM_RET_int, 5, 5, dm_sig3_mq_timedsend_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig3_nanosleep_args };

/* mips-n64-be */
static const struct dm_arg dm_sig3_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig3_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig3_newfstatat_args };

/* sparc64 */
static const struct dm_arg dm_sig3_nfsservctl_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "res", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_nfsservctl = { "nfsservctl", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_long, 3, 3, dm_sig3_nfsservctl_args, 90 };

/* i386 s390x sh4 x32 x86_64 */
static const struct dm_arg dm_sig3_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig3_open_args };

/* hppa */
static const struct dm_arg dm_sig3_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig3_open_by_handle_at_args };

/* hppa */
static const struct dm_arg dm_sig3_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig3_openat_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, dm_sig3_perf_event_open_args, 89 };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_pidfd_flags, NULL },
};
const struct dm_sig dm_sig3_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, dm_sig3_pidfd_open_args };

/* arm */
static const struct dm_arg dm_sig3_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig3_pidfd_send_signal_args };

/* hppa */
static const struct dm_arg dm_sig3_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig3_pipe2_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig3_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, dm_sig3_pkey_mprotect_args };

/* mips-n32-be mips-n64-be mips-o32-be */
static const struct dm_arg dm_sig3_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type3_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig3_poll_args };

/* m68k */
static const struct dm_arg dm_sig3_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type2_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig3_ppoll_args };

/* m68k */
static const struct dm_arg dm_sig3_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type2_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig3_ppoll_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, dm_sig3_preadv_args };

/* m68k */
static const struct dm_arg dm_sig3_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, dm_sig3_preadv2_args };

/* hppa powerpc ppc64 s390x */
static const struct dm_arg dm_sig3_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig3_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig3_prlimit64_args };

/* hppa */
static const struct dm_arg dm_sig3_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig3_process_madvise_args };

/* m68k */
static const struct dm_arg dm_sig3_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, dm_sig3_process_vm_readv_args };

/* m68k */
static const struct dm_arg dm_sig3_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, dm_sig3_process_vm_writev_args };

/* m68k */
static const struct dm_arg dm_sig3_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig3_pselect6_args };

/* m68k */
static const struct dm_arg dm_sig3_pselect6_time64_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pselect6_time64 = { "pselect6_time64", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig3_pselect6_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, dm_sig3_pwritev_args };

/* m68k */
static const struct dm_arg dm_sig3_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, dm_sig3_pwritev2_args };

/* m68k */
static const struct dm_arg dm_sig3_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_readv = { "readv", NULL, DM_RET_ssize, 3, 3, dm_sig3_readv_args };

/* m68k */
static const struct dm_arg dm_sig3_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig3_recvmmsg_args };

/* m68k */
static const struct dm_arg dm_sig3_recvmmsg_time64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_recvmmsg_time64 = { "recvmmsg_time64", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig3_recvmmsg_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig3_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig3_recvmsg_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, dm_sig3_rseq_args, 89 };

/* arm */
static const struct dm_arg dm_sig3_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig3_rt_sigaction_args };

/* arm */
static const struct dm_arg dm_sig3_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig3_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig3_rt_sigqueueinfo_args };

/* arm */
static const struct dm_arg dm_sig3_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig3_rt_sigtimedwait_args };

/* m68k */
static const struct dm_arg dm_sig3_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig3_rt_sigtimedwait_time64_args };

/* arm */
static const struct dm_arg dm_sig3_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig3_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig3_rt_tgsigqueueinfo_args };

/* m68k */
static const struct dm_arg dm_sig3_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig3_sched_rr_get_interval_args };

/* m68k */
static const struct dm_arg dm_sig3_sched_rr_get_interval_time64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_sched_rr_get_interval_time64 = { "sched_rr_get_interval_time64", NULL, DM_RET_int, 2, 2, dm_sig3_sched_rr_get_interval_time64_args };

/* powerpc */
static const struct dm_arg dm_sig3_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timeval, NULL, NULL },
};
const struct dm_sig dm_sig3_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig3_select_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig3_semtimedop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig3_semtimedop = { "semtimedop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig3_semtimedop_args };

/* m68k */
static const struct dm_arg dm_sig3_semtimedop_time64_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec64, NULL, NULL },
};
const struct dm_sig dm_sig3_semtimedop_time64 = { "semtimedop_time64", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig3_semtimedop_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig3_sendmmsg = { "sendmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 4, 4, dm_sig3_sendmmsg_args };

/* m68k */
static const struct dm_arg dm_sig3_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig3_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig3_sendmsg_args };

/* m68k */
static const struct dm_arg dm_sig3_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig3_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig3_setitimer_args };

/* hppa powerpc */
static const struct dm_arg dm_sig3_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig3_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig3_setrlimit_args };

/* m68k */
static const struct dm_arg dm_sig3_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timezone, NULL, NULL },
};
const struct dm_sig dm_sig3_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig3_settimeofday_args };

/* m68k */
static const struct dm_arg dm_sig3_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig3_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig3_sigaltstack_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig3_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_signalfd_flags, NULL },
};
const struct dm_sig dm_sig3_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, dm_sig3_signalfd4_args };

/* m68k */
static const struct dm_arg dm_sig3_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat, NULL, NULL },
};
const struct dm_sig dm_sig3_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig3_stat_args };

/* i386 sh4 */
static const struct dm_arg dm_sig3_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat64, NULL, NULL },
};
const struct dm_sig dm_sig3_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig3_stat64_args };

/* m68k */
static const struct dm_arg dm_sig3_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_statfs, NULL, NULL },
};
const struct dm_sig dm_sig3_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig3_statfs_args };

/* m68k */
static const struct dm_arg dm_sig3_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig3_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig3_statfs64_args };

/* m68k */
static const struct dm_arg dm_sig3_statx_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
	{ "mask", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buffer", DM_ARG_out, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_statx, NULL, NULL },
};
const struct dm_sig dm_sig3_statx = { "statx", NULL, DM_RET_int, 5, 5, dm_sig3_statx_args };

/* m68k */
static const struct dm_arg dm_sig3_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_sysinfo, NULL, NULL },
};
const struct dm_sig dm_sig3_sysinfo = { "sysinfo", "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)", DM_RET_int, 1, 1, dm_sig3_sysinfo_args };

/* m68k */
static const struct dm_arg dm_sig3_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, dm_sig3_timer_create_args };

/* m68k */
static const struct dm_arg dm_sig3_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig3_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig3_timer_gettime_args };

/* m68k */
static const struct dm_arg dm_sig3_timer_gettime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig3_timer_gettime64 = { "timer_gettime64", NULL, DM_RET_int, 2, 2, dm_sig3_timer_gettime64_args };

/* m68k */
static const struct dm_arg dm_sig3_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig3_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig3_timer_settime_args };

/* m68k */
static const struct dm_arg dm_sig3_timer_settime64_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig3_timer_settime64 = { "timer_settime64", NULL, DM_RET_int, 4, 4, dm_sig3_timer_settime64_args };

/* hppa */
static const struct dm_arg dm_sig3_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig3_timerfd_create_args };

/* m68k */
static const struct dm_arg dm_sig3_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig3_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig3_timerfd_gettime_args };

/* m68k */
static const struct dm_arg dm_sig3_timerfd_gettime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig3_timerfd_gettime64 = { "timerfd_gettime64", NULL, DM_RET_int, 2, 2, dm_sig3_timerfd_gettime64_args };

/* m68k */
static const struct dm_arg dm_sig3_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig3_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig3_timerfd_settime_args };

/* m68k */
static const struct dm_arg dm_sig3_timerfd_settime64_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_itimerspec64, NULL, NULL },
};
const struct dm_sig dm_sig3_timerfd_settime64 = { "timerfd_settime64", NULL, DM_RET_int, 4, 4, dm_sig3_timerfd_settime64_args };

/* m68k */
static const struct dm_arg dm_sig3_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_tms, NULL, NULL },
};
const struct dm_sig dm_sig3_times = { "times", NULL, DM_RET_long, 1, 1, dm_sig3_times_args };

/* ppc64 */
static const struct dm_arg dm_sig3_ugetrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig3_ugetrlimit = { "ugetrlimit", NULL, DM_RET_int, 2, 2, dm_sig3_ugetrlimit_args };

/* hppa */
static const struct dm_arg dm_sig3_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_open_flags, NULL },
};
const struct dm_sig dm_sig3_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig3_userfaultfd_args };

/* m68k */
static const struct dm_arg dm_sig3_ustat_args[] = {
	{ "dev", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_ustat, NULL, NULL },
};
const struct dm_sig dm_sig3_ustat = { "ustat", NULL, DM_RET_int, 2, 2, dm_sig3_ustat_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig3_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_utimbuf, NULL, NULL },
};
const struct dm_sig dm_sig3_utime = { "utime", NULL, DM_RET_int, 2, 2, dm_sig3_utime_args };

/* m68k */
static const struct dm_arg dm_sig3_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type3_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig3_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig3_utimensat_args };

/* m68k */
static const struct dm_arg dm_sig3_utimensat_time64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type3_timespec64, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig3_utimensat_time64 = { "utimensat_time64", NULL, DM_RET_int, 4, 4, dm_sig3_utimensat_time64_args };

/* m68k */
static const struct dm_arg dm_sig3_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type3_timeval, NULL, NULL },
};
const struct dm_sig dm_sig3_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig3_utimes_args };

/* m68k */
static const struct dm_arg dm_sig3_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, dm_sig3_vmsplice_args };

/* m68k */
static const struct dm_arg dm_sig3_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_rusage, NULL, NULL },
};
const struct dm_sig dm_sig3_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig3_wait4_args };

/* arm */
static const struct dm_arg dm_sig3_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rusage, NULL, NULL },
};
const struct dm_sig dm_sig3_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig3_waitid_args };

/* m68k */
static const struct dm_arg dm_sig3_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig3_writev = { "writev", NULL, DM_RET_ssize, 3, 3, dm_sig3_writev_args };

/* mips-n64-le ppc64le */
static const struct dm_arg dm_sig4__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timeval, NULL, NULL },
};
const struct dm_sig dm_sig4__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig4__newselect_args };

/* sparc64 */
static const struct dm_arg dm_sig4_bpf_args[] = {
	{ "cmd", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uattr", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "size", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_bpf = { "bpf", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 3, 3, dm_sig4_bpf_args, 90 };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig4_clock_getres_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig4_clock_gettime_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig4_clock_nanosleep_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig4_clock_settime_args };

/* mips-n32-be mips-n64-be mips-o32-be */
static const struct dm_arg dm_sig4_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig4_clone3_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig4_delete_module_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig4_dup3_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig4_epoll_ctl_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_epoll_ctl_op, NULL },
	{ "fd", DM_ARG_fd, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_epoll_event, NULL, NULL },
};
const struct dm_sig dm_sig4_epoll_ctl = { "epoll_ctl", NULL, DM_RET_int, 4, 4, dm_sig4_epoll_ctl_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig4_epoll_pwait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type4_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_epoll_pwait = { "epoll_pwait", NULL, DM_RET_int, 6, 6, dm_sig4_epoll_pwait_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig4_epoll_pwait2_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type4_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 4, 1, 5, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_epoll_pwait2 = { "epoll_pwait2", NULL, DM_RET_int, 6, 6, dm_sig4_epoll_pwait2_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig4_epoll_wait_args[] = {
	{ "epfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_out, 1, 1, -1, 2, DM_A_LEN_RET | DM_A_WHOLE, 1, 0, &dm_type4_epoll_event, NULL, NULL },
	{ "maxevents", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_epoll_wait = { "epoll_wait", NULL, DM_RET_int, 4, 4, dm_sig4_epoll_wait_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig4_eventfd2_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig4_fanotify_init_args };

/* mips-n32-be mips-n32-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig4_fcntl_args };

/* m68k */
static const struct dm_arg dm_sig4_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat, NULL, NULL },
};
const struct dm_sig dm_sig4_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig4_fstat_args };

/* i386 sh4 */
static const struct dm_arg dm_sig4_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat64, NULL, NULL },
};
const struct dm_sig dm_sig4_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig4_fstat64_args };

/* i386 sh4 */
static const struct dm_arg dm_sig4_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig4_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig4_fstatat64_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_statfs, NULL, NULL },
};
const struct dm_sig dm_sig4_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig4_fstatfs_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig4_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig4_fstatfs64_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig4_futex_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type4_timeval, NULL, NULL },
};
const struct dm_sig dm_sig4_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig4_futimesat_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig4_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig4_getitimer_args };

/* m68k */
static const struct dm_arg dm_sig4_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig4_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig4_getrlimit_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rusage, NULL, NULL },
};
const struct dm_sig dm_sig4_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig4_getrusage_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig4_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig4_gettimeofday_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig4_inotify_init1_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig4_io_getevents_args };

/* x32 */
static const struct dm_arg dm_sig4_io_pgetevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "usig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_io_pgetevents = { "io_pgetevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 6, 6, dm_sig4_io_pgetevents_args };

/* sparc64 */
static const struct dm_arg dm_sig4_io_uring_enter_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "to_submit", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_complete", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argp", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "argsz", DM_ARG_size, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_io_uring_enter = { "io_uring_enter", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 6, 6, dm_sig4_io_uring_enter_args, 90 };

/* sparc64 */
static const struct dm_arg dm_sig4_io_uring_register_args[] = {
	{ "fd", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "opcode", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "arg", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_args", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_io_uring_register = { "io_uring_register", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_int, 4, 4, dm_sig4_io_uring_register_args, 90 };

/* sparc64 */
static const struct dm_arg dm_sig4_io_uring_setup_args[] = {
	{ "entries", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "params", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_io_uring_setup = { "io_uring_setup", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 2, 2, dm_sig4_io_uring_setup_args, 90 };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_kexec_load_args[] = {
	{ "entry", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr_segments", DM_ARG_ulong, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "segments", DM_ARG_input, 2, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type4_kexec_segment, NULL, NULL },
	{ "flags", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_kexec_load = { "kexec_load", NULL, DM_RET_long, 4, 4, dm_sig4_kexec_load_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le */
static const struct dm_arg dm_sig4_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 3, dm_sig4_lookup_dcookie_args, 89 };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat, NULL, NULL },
};
const struct dm_sig dm_sig4_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig4_lstat_args };

/* m68k */
static const struct dm_arg dm_sig4_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat64, NULL, NULL },
};
const struct dm_sig dm_sig4_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig4_lstat64_args };

/* m68k riscv64 s390x sh4 */
static const struct dm_arg dm_sig4_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set1_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig4_mmap_args };

/* powerpc */
static const struct dm_arg dm_sig4_mmap2_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pgoff", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_mmap2 = { "mmap2", "guest memory map", DM_RET_ptr, 6, 6, dm_sig4_mmap2_args };

/* sparc64 */
static const struct dm_arg dm_sig4_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_mmap_prot, NULL },
};
const struct dm_sig dm_sig4_mprotect = { "mprotect", "guest memory map", DM_RET_int, 3, 3, dm_sig4_mprotect_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_mq_notify_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "notification", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_sigevent, NULL, NULL },
};
const struct dm_sig dm_sig4_mq_notify = { "mq_notify", "struct sigevent carries a signal number", DM_RET_int, 2, 2, dm_sig4_mq_notify_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig4_mq_open_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig4_mq_timedreceive_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig4_mq_timedsend_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig4_nanosleep_args };

/* mips-n64-le */
static const struct dm_arg dm_sig4_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig4_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig4_newfstatat_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig4_open_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig4_open_by_handle_at_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig4_openat_args };

/* sparc64 */
static const struct dm_arg dm_sig4_perf_event_open_args[] = {
	{ "attr_uptr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cpu", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "group_fd", DM_ARG_fd, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_perf_event_open = { "perf_event_open", "shared state in guest memory the emulator cannot mediate: refused", DM_RET_fd, 5, 5, dm_sig4_perf_event_open_args, 90 };

/* sparc64 */
static const struct dm_arg dm_sig4_pidfd_open_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_pidfd_flags, NULL },
};
const struct dm_sig dm_sig4_pidfd_open = { "pidfd_open", NULL, DM_RET_fd, 2, 2, dm_sig4_pidfd_open_args };

/* hppa */
static const struct dm_arg dm_sig4_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig4_pidfd_send_signal_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig4_pipe2_args };

/* sparc64 */
static const struct dm_arg dm_sig4_pkey_mprotect_args[] = {
	{ "start", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_mmap_prot, NULL },
	{ "pkey", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_pkey_mprotect = { "pkey_mprotect", "guest memory map", DM_RET_int, 4, 4, dm_sig4_pkey_mprotect_args };

/* mips-n32-le mips-n64-le mips-o32-le */
static const struct dm_arg dm_sig4_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type4_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig4_poll_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type3_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig4_ppoll_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type3_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig4_ppoll_time64_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_preadv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_preadv = { "preadv", NULL, DM_RET_ssize, 5, 5, dm_sig4_preadv_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_preadv2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_preadv2 = { "preadv2", NULL, DM_RET_ssize, 6, 6, dm_sig4_preadv2_args };

/* m68k */
static const struct dm_arg dm_sig4_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig4_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig4_prlimit64_args };

/* m68k */
static const struct dm_arg dm_sig4_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type3_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig4_process_madvise_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_process_vm_readv_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_process_vm_readv = { "process_vm_readv", NULL, DM_RET_ssize, 6, 6, dm_sig4_process_vm_readv_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_process_vm_writev_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "lvec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "liovcnt", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rvec", DM_ARG_input, 3, 1, -1, 4, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "riovcnt", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_ulong, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_process_vm_writev = { "process_vm_writev", NULL, DM_RET_ssize, 6, 6, dm_sig4_process_vm_writev_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig4_pselect6_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_pwritev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_pwritev = { "pwritev", NULL, DM_RET_ssize, 5, 5, dm_sig4_pwritev_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_pwritev2_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_l", DM_ARG_ulong, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pos_h", DM_ARG_ulong, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_pwritev2 = { "pwritev2", NULL, DM_RET_ssize, 6, 6, dm_sig4_pwritev2_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_readv_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_readv = { "readv", NULL, DM_RET_ssize, 3, 3, dm_sig4_readv_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig4_recvmmsg_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_recvmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_inout, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig4_recvmsg = { "recvmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig4_recvmsg_args };

/* sparc64 */
static const struct dm_arg dm_sig4_rseq_args[] = {
	{ "rseq", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "rseq_len", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_rseq = { "rseq", "thread: the kernel would update a guest rseq area; refused (glibc runs without)", DM_RET_int, 4, 4, dm_sig4_rseq_args, 90 };

/* hppa */
static const struct dm_arg dm_sig4_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig4_rt_sigaction_args };

/* hppa */
static const struct dm_arg dm_sig4_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig4_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig4_rt_sigqueueinfo_args };

/* hppa */
static const struct dm_arg dm_sig4_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig4_rt_sigtimedwait_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig4_rt_sigtimedwait_time64_args };

/* hppa */
static const struct dm_arg dm_sig4_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig4_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig4_rt_tgsigqueueinfo_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig4_sched_rr_get_interval_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig4_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timeval, NULL, NULL },
};
const struct dm_sig dm_sig4_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig4_select_args };

/* x32 */
static const struct dm_arg dm_sig4_semtimedop_args[] = {
	{ "semid", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsops", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nsops", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig4_semtimedop = { "semtimedop", "array of struct sembuf { ushort, short, short }", DM_RET_int, 4, 4, dm_sig4_semtimedop_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_sendmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig4_sendmmsg = { "sendmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 4, 4, dm_sig4_sendmmsg_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_sendmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_msghdr, NULL, NULL },
	{ "flags", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
};
const struct dm_sig dm_sig4_sendmsg = { "sendmsg", "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)", DM_RET_ssize, 3, 3, dm_sig4_sendmsg_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig4_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig4_setitimer_args };

/* m68k */
static const struct dm_arg dm_sig4_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type3_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig4_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig4_setrlimit_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig4_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig4_settimeofday_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig4_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig4_sigaltstack_args };

/* sparc64 */
static const struct dm_arg dm_sig4_signalfd4_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "user_mask", DM_ARG_sigset_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sizemask", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_signalfd_flags, NULL },
};
const struct dm_sig dm_sig4_signalfd4 = { "signalfd4", "signals: guest mask, and reads return struct signalfd_siginfo with guest numbers", DM_RET_fd, 4, 4, dm_sig4_signalfd4_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat, NULL, NULL },
};
const struct dm_sig dm_sig4_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig4_stat_args };

/* m68k */
static const struct dm_arg dm_sig4_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat64, NULL, NULL },
};
const struct dm_sig dm_sig4_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig4_stat64_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_statfs, NULL, NULL },
};
const struct dm_sig dm_sig4_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig4_statfs_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig4_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig4_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig4_statfs64_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_sysinfo_args[] = {
	{ "info", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_sysinfo, NULL, NULL },
};
const struct dm_sig dm_sig4_sysinfo = { "sysinfo", "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)", DM_RET_int, 1, 1, dm_sig4_sysinfo_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_timer_create_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "timer_event_spec", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_sigevent, NULL, NULL },
	{ "created_timer_id", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_timer_create = { "timer_create", "struct sigevent carries a signal number and SIGEV_THREAD_ID target", DM_RET_int, 3, 3, dm_sig4_timer_create_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig4_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig4_timer_gettime_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig4_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig4_timer_settime_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig4_timerfd_create_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig4_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig4_timerfd_gettime_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig4_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig4_timerfd_settime_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_times_args[] = {
	{ "tbuf", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_tms, NULL, NULL },
};
const struct dm_sig dm_sig4_times = { "times", NULL, DM_RET_long, 1, 1, dm_sig4_times_args };

/* ppc64le */
static const struct dm_arg dm_sig4_ugetrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig4_ugetrlimit = { "ugetrlimit", NULL, DM_RET_int, 2, 2, dm_sig4_ugetrlimit_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig4_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_open_flags, NULL },
};
const struct dm_sig dm_sig4_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig4_userfaultfd_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_ustat_args[] = {
	{ "dev", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ubuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_ustat, NULL, NULL },
};
const struct dm_sig dm_sig4_ustat = { "ustat", NULL, DM_RET_int, 2, 2, dm_sig4_ustat_args };

/* mips-n64-le ppc64le x32 x86_64 */
static const struct dm_arg dm_sig4_utime_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "times", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_utimbuf, NULL, NULL },
};
const struct dm_sig dm_sig4_utime = { "utime", NULL, DM_RET_int, 2, 2, dm_sig4_utime_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type4_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig4_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig4_utimensat_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type4_timeval, NULL, NULL },
};
const struct dm_sig dm_sig4_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig4_utimes_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_vmsplice_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "iov", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "nr_segs", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_vmsplice = { "vmsplice", NULL, DM_RET_ssize, 4, 4, dm_sig4_vmsplice_args };

/* mips-n64-be ppc64 s390x */
static const struct dm_arg dm_sig4_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_rusage, NULL, NULL },
};
const struct dm_sig dm_sig4_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig4_wait4_args };

/* hppa */
static const struct dm_arg dm_sig4_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rusage, NULL, NULL },
};
const struct dm_sig dm_sig4_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig4_waitid_args };

/* mips-n64-be ppc64 s390x sparc64 */
static const struct dm_arg dm_sig4_writev_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig4_writev = { "writev", NULL, DM_RET_ssize, 3, 3, dm_sig4_writev_args };

/* sparc64 */
static const struct dm_arg dm_sig5__newselect_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timeval, NULL, NULL },
};
const struct dm_sig dm_sig5__newselect = { "_newselect", "fd_set bitmaps are arrays of long: word size and byte order differ from the host", DM_RET_int, 5, 5, dm_sig5__newselect_args };

/* x32 */
static const struct dm_arg dm_sig5_clock_getres_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_clock_getres = { "clock_getres", NULL, DM_RET_int, 2, 2, dm_sig5_clock_getres_args };

/* x32 */
static const struct dm_arg dm_sig5_clock_gettime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_clock_gettime = { "clock_gettime", NULL, DM_RET_int, 2, 2, dm_sig5_clock_gettime_args };

/* x32 */
static const struct dm_arg dm_sig5_clock_nanosleep_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "rqtp", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_clock_nanosleep = { "clock_nanosleep", NULL, DM_RET_int, 4, 4, dm_sig5_clock_nanosleep_args };

/* x32 */
static const struct dm_arg dm_sig5_clock_settime_args[] = {
	{ "which_clock", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "tp", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_clock_settime = { "clock_settime", NULL, DM_RET_int, 2, 2, dm_sig5_clock_settime_args };

/* mips-n32-le mips-n64-le mips-o32-le */
static const struct dm_arg dm_sig5_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig5_clone3_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig5_delete_module_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig5_dup3_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig5_eventfd2_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig5_fanotify_init_args };

/* mips-n64-be mips-n64-le */
static const struct dm_arg dm_sig5_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig5_fcntl_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig5_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat, NULL, NULL },
};
const struct dm_sig dm_sig5_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig5_fstat_args };

/* m68k */
static const struct dm_arg dm_sig5_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat64, NULL, NULL },
};
const struct dm_sig dm_sig5_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig5_fstat64_args };

/* m68k */
static const struct dm_arg dm_sig5_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig5_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig5_fstatat64_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_statfs, NULL, NULL },
};
const struct dm_sig dm_sig5_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig5_fstatfs_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig5_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig5_fstatfs64_args };

/* x32 */
static const struct dm_arg dm_sig5_futex_args[] = {
	{ "uaddr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "op", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_futex_ops, NULL },
	{ "val", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utime", DM_ARG_input, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "uaddr2", DM_ARG_ptr, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "val3", DM_ARG_uint, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_futex = { "futex", "thread: futex words live in guest memory; the timeout argument is op-dependent", DM_RET_long, 6, 6, dm_sig5_futex_args };

/* sparc64 */
static const struct dm_arg dm_sig5_futimesat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type5_timeval, NULL, NULL },
};
const struct dm_sig dm_sig5_futimesat = { "futimesat", NULL, DM_RET_int, 3, 3, dm_sig5_futimesat_args };

/* sparc64 */
static const struct dm_arg dm_sig5_getitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig5_getitimer = { "getitimer", NULL, DM_RET_int, 2, 2, dm_sig5_getitimer_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig5_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig5_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig5_getrlimit_args };

/* sparc64 */
static const struct dm_arg dm_sig5_getrusage_args[] = {
	{ "who", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "ru", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_rusage, NULL, NULL },
};
const struct dm_sig dm_sig5_getrusage = { "getrusage", NULL, DM_RET_int, 2, 2, dm_sig5_getrusage_args };

/* sparc64 */
static const struct dm_arg dm_sig5_gettimeofday_args[] = {
	{ "tv", DM_ARG_out, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timeval, NULL, NULL },
	{ "tz", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig5_gettimeofday = { "gettimeofday", NULL, DM_RET_int, 2, 2, dm_sig5_gettimeofday_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig5_inotify_init1_args };

/* x32 */
static const struct dm_arg dm_sig5_io_getevents_args[] = {
	{ "ctx_id", DM_ARG_ulong, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "min_nr", DM_ARG_long, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "nr", DM_ARG_long, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "events", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_io_getevents = { "io_getevents", "iocb addresses are kept by the kernel: host copies, mapped back to the guest's iocbs", DM_RET_int, 5, 5, dm_sig5_io_getevents_args };

/* mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig5_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 2, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 4, dm_sig5_lookup_dcookie_args, 89 };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat, NULL, NULL },
};
const struct dm_sig dm_sig5_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig5_lstat_args };

/* mips-o32-be */
static const struct dm_arg dm_sig5_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat64, NULL, NULL },
};
const struct dm_sig dm_sig5_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig5_lstat64_args };

/* mips-n32-be mips-n32-le mips-n64-be mips-n64-le mips-o32-be mips-o32-le */
static const struct dm_arg dm_sig5_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig5_mmap_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig5_mq_open_args };

/* x32 */
static const struct dm_arg dm_sig5_mq_timedreceive_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_out, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_mq_timedreceive = { "mq_timedreceive", NULL, DM_RET_ssize, 5, 5, dm_sig5_mq_timedreceive_args };

/* x32 */
static const struct dm_arg dm_sig5_mq_timedsend_args[] = {
	{ "mqdes", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_ptr", DM_ARG_buf_in, 1, 1, 2, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "msg_prio", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "abs_timeout", DM_ARG_input, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_mq_timedsend = { "mq_timedsend", NULL, DM_RET_int, 5, 5, dm_sig5_mq_timedsend_args };

/* x32 */
static const struct dm_arg dm_sig5_nanosleep_args[] = {
	{ "rqtp", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "rmtp", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_nanosleep = { "nanosleep", NULL, DM_RET_int, 2, 2, dm_sig5_nanosleep_args };

/* ppc64 */
static const struct dm_arg dm_sig5_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig5_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig5_newfstatat_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig5_open_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig5_open_by_handle_at_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig5_openat_args };

/* m68k */
static const struct dm_arg dm_sig5_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig5_pidfd_send_signal_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig5_pipe2_args };

/* sparc64 */
static const struct dm_arg dm_sig5_poll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type5_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "timeout_msecs", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_poll = { "poll", NULL, DM_RET_int, 3, 3, dm_sig5_poll_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type4_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig5_ppoll_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_ppoll_time64_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type4_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_ppoll_time64 = { "ppoll_time64", NULL, DM_RET_int, 5, 5, dm_sig5_ppoll_time64_args };

/* mips-n32-be mips-n64-be mips-o32-be */
static const struct dm_arg dm_sig5_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig5_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig5_prlimit64_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig5_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig5_process_madvise_args };

/* x32 */
static const struct dm_arg dm_sig5_pselect6_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
	{ "sig", DM_ARG_ptr, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_pselect6 = { "pselect6", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; sixth argument points to { sigset pointer, size }", DM_RET_int, 6, 6, dm_sig5_pselect6_args };

/* x32 */
static const struct dm_arg dm_sig5_recvmmsg_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "mmsg", DM_ARG_inout, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_mmsghdr, NULL, NULL },
	{ "vlen", DM_ARG_uint, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_msg_flags, NULL },
	{ "timeout", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_recvmmsg = { "recvmmsg", "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)", DM_RET_int, 5, 5, dm_sig5_recvmmsg_args };

/* m68k */
static const struct dm_arg dm_sig5_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig5_rt_sigaction_args };

/* m68k */
static const struct dm_arg dm_sig5_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig5_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig5_rt_sigqueueinfo_args };

/* m68k */
static const struct dm_arg dm_sig5_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig5_rt_sigtimedwait_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig5_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig5_rt_sigtimedwait_time64_args };

/* m68k */
static const struct dm_arg dm_sig5_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig5_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig5_rt_tgsigqueueinfo_args };

/* x32 */
static const struct dm_arg dm_sig5_sched_rr_get_interval_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "interval", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_timespec, NULL, NULL },
};
const struct dm_sig dm_sig5_sched_rr_get_interval = { "sched_rr_get_interval", NULL, DM_RET_int, 2, 2, dm_sig5_sched_rr_get_interval_args };

/* sparc64 */
static const struct dm_arg dm_sig5_select_args[] = {
	{ "n", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "inp", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "outp", DM_ARG_ptr, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "exp", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tvp", DM_ARG_inout, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timeval, NULL, NULL },
};
const struct dm_sig dm_sig5_select = { "select", "fd_set bitmaps are arrays of long: word size and byte order differ from the host; i386 and m68k: old_select(struct sel_arg_struct *) with one argument", DM_RET_int, 5, 5, dm_sig5_select_args };

/* sparc64 */
static const struct dm_arg dm_sig5_setitimer_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "value", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_itimerval, NULL, NULL },
	{ "ovalue", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_itimerval, NULL, NULL },
};
const struct dm_sig dm_sig5_setitimer = { "setitimer", NULL, DM_RET_int, 3, 3, dm_sig5_setitimer_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig5_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type2_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig5_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig5_setrlimit_args };

/* sparc64 */
static const struct dm_arg dm_sig5_settimeofday_args[] = {
	{ "tv", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_timeval, NULL, NULL },
	{ "tz", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timezone, NULL, NULL },
};
const struct dm_sig dm_sig5_settimeofday = { "settimeofday", NULL, DM_RET_int, 2, 2, dm_sig5_settimeofday_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig5_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig5_sigaltstack_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat, NULL, NULL },
};
const struct dm_sig dm_sig5_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig5_stat_args };

/* mips-o32-be */
static const struct dm_arg dm_sig5_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat64, NULL, NULL },
};
const struct dm_sig dm_sig5_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig5_stat64_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_statfs, NULL, NULL },
};
const struct dm_sig dm_sig5_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig5_statfs_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig5_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig5_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig5_statfs64_args };

/* x32 */
static const struct dm_arg dm_sig5_timer_gettime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "setting", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig5_timer_gettime = { "timer_gettime", NULL, DM_RET_int, 2, 2, dm_sig5_timer_gettime_args };

/* x32 */
static const struct dm_arg dm_sig5_timer_settime_args[] = {
	{ "timer_id", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_timer_flags, NULL },
	{ "new_setting", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
	{ "old_setting", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig5_timer_settime = { "timer_settime", NULL, DM_RET_int, 4, 4, dm_sig5_timer_settime_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig5_timerfd_create_args };

/* x32 */
static const struct dm_arg dm_sig5_timerfd_gettime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "otmr", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig5_timerfd_gettime = { "timerfd_gettime", NULL, DM_RET_int, 2, 2, dm_sig5_timerfd_gettime_args };

/* x32 */
static const struct dm_arg dm_sig5_timerfd_settime_args[] = {
	{ "ufd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utmr", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
	{ "otmr", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_itimerspec, NULL, NULL },
};
const struct dm_sig dm_sig5_timerfd_settime = { "timerfd_settime", NULL, DM_RET_int, 4, 4, dm_sig5_timerfd_settime_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig5_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_open_flags, NULL },
};
const struct dm_sig dm_sig5_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig5_userfaultfd_args };

/* x32 */
static const struct dm_arg dm_sig5_utimensat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type5_timespec, NULL, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig5_utimensat = { "utimensat", NULL, DM_RET_int, 4, 4, dm_sig5_utimensat_args };

/* sparc64 */
static const struct dm_arg dm_sig5_utimes_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "utimes", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 2, 0, &dm_type5_timeval, NULL, NULL },
};
const struct dm_sig dm_sig5_utimes = { "utimes", NULL, DM_RET_int, 2, 2, dm_sig5_utimes_args };

/* sparc64 */
static const struct dm_arg dm_sig5_wait4_args[] = {
	{ "upid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "stat_addr", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 4, NULL, NULL, NULL },
	{ "options", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_rusage, NULL, NULL },
};
const struct dm_sig dm_sig5_wait4 = { "wait4", "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)", DM_RET_pid, 4, 4, dm_sig5_wait4_args };

/* m68k */
static const struct dm_arg dm_sig5_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type5_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type3_rusage, NULL, NULL },
};
const struct dm_sig dm_sig5_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig5_waitid_args };

/* powerpc ppc64 s390x */
static const struct dm_arg dm_sig6_clone3_args[] = {
	{ "uargs", DM_ARG_input, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_clone_args, NULL, NULL },
	{ "size", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_clone3 = { "clone3", "process", DM_RET_pid, 2, 2, dm_sig6_clone3_args };

/* sparc64 */
static const struct dm_arg dm_sig6_delete_module_args[] = {
	{ "name_user", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_delete_module = { "delete_module", NULL, DM_RET_int, 2, 2, dm_sig6_delete_module_args };

/* sparc64 */
static const struct dm_arg dm_sig6_dup3_args[] = {
	{ "oldfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "newfd", DM_ARG_fd, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_dup3 = { "dup3", NULL, DM_RET_fd, 3, 3, dm_sig6_dup3_args };

/* sparc64 */
static const struct dm_arg dm_sig6_eventfd2_args[] = {
	{ "count", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_eventfd2 = { "eventfd2", NULL, DM_RET_fd, 2, 2, dm_sig6_eventfd2_args };

/* sparc64 */
static const struct dm_arg dm_sig6_fanotify_init_args[] = {
	{ "flags", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "event_f_flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_fanotify_init = { "fanotify_init", NULL, DM_RET_fd, 2, 2, dm_sig6_fanotify_init_args };

/* sparc64 */
static const struct dm_arg dm_sig6_fcntl_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "cmd", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_fcntl_cmds, NULL },
	{ "arg", DM_ARG_ulong, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_fcntl = { "fcntl", "command-dependent argument (int, flags, struct flock, f_owner_ex, ...)", DM_RET_long, 3, 3, dm_sig6_fcntl_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig6_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat, NULL, NULL },
};
const struct dm_sig dm_sig6_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig6_fstat_args };

/* mips-o32-be */
static const struct dm_arg dm_sig6_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat64, NULL, NULL },
};
const struct dm_sig dm_sig6_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig6_fstat64_args };

/* mips-o32-be */
static const struct dm_arg dm_sig6_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig6_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig6_fstatat64_args };

/* mips-n64-be */
static const struct dm_arg dm_sig6_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_statfs, NULL, NULL },
};
const struct dm_sig dm_sig6_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig6_fstatfs_args };

/* powerpc s390x */
static const struct dm_arg dm_sig6_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig6_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig6_fstatfs64_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig6_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig6_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig6_getrlimit_args };

/* sparc64 */
static const struct dm_arg dm_sig6_inotify_init1_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_inotify_init1 = { "inotify_init1", NULL, DM_RET_fd, 1, 1, dm_sig6_inotify_init1_args };

/* sparc64 */
static const struct dm_arg dm_sig6_lookup_dcookie_args[] = {
	{ "cookie64", DM_ARG_u64, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_lookup_dcookie = { "lookup_dcookie", "removed from the kernel: every current kernel answers ENOSYS", DM_RET_int, 3, 3, dm_sig6_lookup_dcookie_args, 90 };

/* mips-n64-be */
static const struct dm_arg dm_sig6_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat, NULL, NULL },
};
const struct dm_sig dm_sig6_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig6_lstat_args };

/* mips-o32-le */
static const struct dm_arg dm_sig6_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat64, NULL, NULL },
};
const struct dm_sig dm_sig6_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig6_lstat64_args };

/* powerpc ppc64 ppc64le */
static const struct dm_arg dm_sig6_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set5_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig6_mmap_args };

/* sparc64 */
static const struct dm_arg dm_sig6_mq_open_args[] = {
	{ "name", DM_ARG_str, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "oflag", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "attr", DM_ARG_ptr, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_mq_open = { "mq_open", "struct mq_attr (four longs)", DM_RET_fd, 4, 4, dm_sig6_mq_open_args };

/* ppc64le */
static const struct dm_arg dm_sig6_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type12_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig6_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig6_newfstatat_args };

/* sparc64 */
static const struct dm_arg dm_sig6_open_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
	{ "mode", DM_ARG_mode, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_open = { "open", "/proc emulation", DM_RET_fd, 3, 3, dm_sig6_open_args };

/* sparc64 */
static const struct dm_arg dm_sig6_open_by_handle_at_args[] = {
	{ "mountdirfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "handle", DM_ARG_ptr, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_open_by_handle_at = { "open_by_handle_at", "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too", DM_RET_fd, 3, 3, dm_sig6_open_by_handle_at_args };

/* sparc64 */
static const struct dm_arg dm_sig6_openat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "flags", DM_ARG_flags, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
	{ "mode", DM_ARG_mode, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_openat = { "openat", "/proc emulation", DM_RET_fd, 4, 4, dm_sig6_openat_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig6_pidfd_send_signal_args };

/* sparc64 */
static const struct dm_arg dm_sig6_pipe2_args[] = {
	{ "fildes", DM_ARG_out, 0, 1, -1, -1, DM_A_WHOLE, 2, 8, NULL, NULL, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_pipe2 = { "pipe2", NULL, DM_RET_int, 2, 2, dm_sig6_pipe2_args };

/* mips-n64-be */
static const struct dm_arg dm_sig6_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type3_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig6_ppoll_args };

/* mips-n32-le mips-n64-le mips-o32-le */
static const struct dm_arg dm_sig6_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig6_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig6_prlimit64_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig6_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type1_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig6_process_madvise_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig6_rt_sigaction_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig6_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig6_rt_sigqueueinfo_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig6_rt_sigtimedwait_args };

/* powerpc */
static const struct dm_arg dm_sig6_rt_sigtimedwait_time64_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type10_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_timespec64, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig6_rt_sigtimedwait_time64 = { "rt_sigtimedwait_time64", "signals", DM_RET_int, 4, 4, dm_sig6_rt_sigtimedwait_time64_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig6_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig6_rt_tgsigqueueinfo_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig6_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type1_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig6_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig6_setrlimit_args };

/* mips-n64-be */
static const struct dm_arg dm_sig6_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig6_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig6_sigaltstack_args };

/* mips-n64-be */
static const struct dm_arg dm_sig6_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat, NULL, NULL },
};
const struct dm_sig dm_sig6_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig6_stat_args };

/* mips-o32-le */
static const struct dm_arg dm_sig6_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat64, NULL, NULL },
};
const struct dm_sig dm_sig6_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig6_stat64_args };

/* mips-n64-be */
static const struct dm_arg dm_sig6_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type6_statfs, NULL, NULL },
};
const struct dm_sig dm_sig6_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig6_statfs_args };

/* powerpc s390x */
static const struct dm_arg dm_sig6_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig6_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig6_statfs64_args };

/* sparc64 */
static const struct dm_arg dm_sig6_timerfd_create_args[] = {
	{ "clockid", DM_ARG_clockid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_clock_ids, NULL },
	{ "flags", DM_ARG_int, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_timerfd_create = { "timerfd_create", NULL, DM_RET_fd, 2, 2, dm_sig6_timerfd_create_args };

/* sparc64 */
static const struct dm_arg dm_sig6_userfaultfd_args[] = {
	{ "flags", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_open_flags, NULL },
};
const struct dm_sig dm_sig6_userfaultfd = { "userfaultfd", NULL, DM_RET_fd, 1, 1, dm_sig6_userfaultfd_args };

/* mips-n32-be mips-o32-be */
static const struct dm_arg dm_sig6_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type6_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rusage, NULL, NULL },
};
const struct dm_sig dm_sig6_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig6_waitid_args };

/* mips-n64-be */
static const struct dm_arg dm_sig7_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat, NULL, NULL },
};
const struct dm_sig dm_sig7_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig7_fstat_args };

/* mips-o32-le */
static const struct dm_arg dm_sig7_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat64, NULL, NULL },
};
const struct dm_sig dm_sig7_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig7_fstat64_args };

/* mips-o32-le */
static const struct dm_arg dm_sig7_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig7_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig7_fstatat64_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_statfs, NULL, NULL },
};
const struct dm_sig dm_sig7_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig7_fstatfs_args };

/* ppc64 sparc64 */
static const struct dm_arg dm_sig7_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig7_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig7_fstatfs64_args };

/* mips-n64-be */
static const struct dm_arg dm_sig7_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig7_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig7_getrlimit_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_stat, NULL, NULL },
};
const struct dm_sig dm_sig7_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig7_lstat_args };

/* powerpc */
static const struct dm_arg dm_sig7_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat64, NULL, NULL },
};
const struct dm_sig dm_sig7_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig7_lstat64_args };

/* sparc64 */
static const struct dm_arg dm_sig7_mmap_args[] = {
	{ "addr", DM_ARG_ptr, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "len", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "prot", DM_ARG_int, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set4_mmap_prot, NULL },
	{ "flags", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set6_mmap_flags, NULL },
	{ "fd", DM_ARG_fd, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "off", DM_ARG_off, 5, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_mmap = { "mmap", "guest memory map; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument", DM_RET_ptr, 6, 6, dm_sig7_mmap_args };

/* s390x */
static const struct dm_arg dm_sig7_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type13_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig7_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig7_newfstatat_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig7_pidfd_send_signal_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type4_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig7_ppoll_args };

/* sparc64 */
static const struct dm_arg dm_sig7_prlimit64_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "resource", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_rlimit_resource, NULL },
	{ "new_rlim", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
	{ "old_rlim", DM_ARG_out, 3, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type2_rlimit64, NULL, NULL },
};
const struct dm_sig dm_sig7_prlimit64 = { "prlimit64", NULL, DM_RET_int, 4, 4, dm_sig7_prlimit64_args };

/* mips-n64-be */
static const struct dm_arg dm_sig7_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type4_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig7_process_madvise_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig7_rt_sigaction_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig7_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig7_rt_sigqueueinfo_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig7_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig7_rt_sigtimedwait_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig7_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig7_rt_tgsigqueueinfo_args };

/* mips-n64-be */
static const struct dm_arg dm_sig7_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig7_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig7_setrlimit_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig7_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig7_sigaltstack_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_stat, NULL, NULL },
};
const struct dm_sig dm_sig7_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig7_stat_args };

/* powerpc */
static const struct dm_arg dm_sig7_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat64, NULL, NULL },
};
const struct dm_sig dm_sig7_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig7_stat64_args };

/* mips-n64-le */
static const struct dm_arg dm_sig7_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type7_statfs, NULL, NULL },
};
const struct dm_sig dm_sig7_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig7_statfs_args };

/* ppc64 sparc64 */
static const struct dm_arg dm_sig7_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig7_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig7_statfs64_args };

/* mips-n32-le mips-o32-le */
static const struct dm_arg dm_sig7_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type7_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type1_rusage, NULL, NULL },
};
const struct dm_sig dm_sig7_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig7_waitid_args };

/* mips-n64-le */
static const struct dm_arg dm_sig8_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_stat, NULL, NULL },
};
const struct dm_sig dm_sig8_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig8_fstat_args };

/* powerpc */
static const struct dm_arg dm_sig8_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat64, NULL, NULL },
};
const struct dm_sig dm_sig8_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig8_fstat64_args };

/* powerpc */
static const struct dm_arg dm_sig8_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig8_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig8_fstatat64_args };

/* powerpc */
static const struct dm_arg dm_sig8_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_statfs, NULL, NULL },
};
const struct dm_sig dm_sig8_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig8_fstatfs_args };

/* ppc64le */
static const struct dm_arg dm_sig8_fstatfs64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig8_fstatfs64 = { "fstatfs64", NULL, DM_RET_int, 3, 3, dm_sig8_fstatfs64_args };

/* mips-n64-le */
static const struct dm_arg dm_sig8_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig8_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig8_getrlimit_args };

/* powerpc */
static const struct dm_arg dm_sig8_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat, NULL, NULL },
};
const struct dm_sig dm_sig8_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig8_lstat_args };

/* sparc64 */
static const struct dm_arg dm_sig8_lstat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat64, NULL, NULL },
};
const struct dm_sig dm_sig8_lstat64 = { "lstat64", NULL, DM_RET_int, 2, 2, dm_sig8_lstat64_args };

/* x32 x86_64 */
static const struct dm_arg dm_sig8_newfstatat_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type15_stat, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig8_newfstatat = { "newfstatat", NULL, DM_RET_int, 4, 4, dm_sig8_newfstatat_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig8_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig8_pidfd_send_signal_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig8_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type1_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig8_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig8_ppoll_args };

/* mips-n64-le */
static const struct dm_arg dm_sig8_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type0_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set3_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig8_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig8_process_madvise_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig8_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig8_rt_sigaction_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig8_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig8_rt_sigqueueinfo_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig8_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig8_rt_sigtimedwait_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig8_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig8_rt_tgsigqueueinfo_args };

/* mips-n64-le */
static const struct dm_arg dm_sig8_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set2_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig8_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig8_setrlimit_args };

/* ppc64 s390x sparc64 */
static const struct dm_arg dm_sig8_sigaltstack_args[] = {
	{ "uss", DM_ARG_input, 0, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_stack_t, NULL, NULL },
	{ "uoss", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_stack_t, NULL, NULL },
};
const struct dm_sig dm_sig8_sigaltstack = { "sigaltstack", "signals: the alternate stack is guest memory", DM_RET_int, 2, 2, dm_sig8_sigaltstack_args };

/* powerpc */
static const struct dm_arg dm_sig8_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat, NULL, NULL },
};
const struct dm_sig dm_sig8_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig8_stat_args };

/* sparc64 */
static const struct dm_arg dm_sig8_stat64_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat64, NULL, NULL },
};
const struct dm_sig dm_sig8_stat64 = { "stat64", NULL, DM_RET_int, 2, 2, dm_sig8_stat64_args };

/* powerpc */
static const struct dm_arg dm_sig8_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type8_statfs, NULL, NULL },
};
const struct dm_sig dm_sig8_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig8_statfs_args };

/* ppc64le */
static const struct dm_arg dm_sig8_statfs64_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sz", DM_ARG_size, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type0_statfs64, NULL, NULL },
};
const struct dm_sig dm_sig8_statfs64 = { "statfs64", NULL, DM_RET_int, 3, 3, dm_sig8_statfs64_args };

/* mips-n64-be */
static const struct dm_arg dm_sig8_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type8_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_rusage, NULL, NULL },
};
const struct dm_sig dm_sig8_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig8_waitid_args };

/* powerpc */
static const struct dm_arg dm_sig9_fstat_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat, NULL, NULL },
};
const struct dm_sig dm_sig9_fstat = { "fstat", NULL, DM_RET_int, 2, 2, dm_sig9_fstat_args };

/* sparc64 */
static const struct dm_arg dm_sig9_fstat64_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat64, NULL, NULL },
};
const struct dm_sig dm_sig9_fstat64 = { "fstat64", NULL, DM_RET_int, 2, 2, dm_sig9_fstat64_args };

/* sparc64 */
static const struct dm_arg dm_sig9_fstatat64_args[] = {
	{ "dfd", DM_ARG_dirfd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "filename", DM_ARG_path, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type10_stat64, NULL, NULL },
	{ "flag", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_at_flags, NULL },
};
const struct dm_sig dm_sig9_fstatat64 = { "fstatat64", NULL, DM_RET_int, 4, 4, dm_sig9_fstatat64_args };

/* ppc64 sparc64 */
static const struct dm_arg dm_sig9_fstatfs_args[] = {
	{ "fd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_statfs, NULL, NULL },
};
const struct dm_sig dm_sig9_fstatfs = { "fstatfs", NULL, DM_RET_int, 2, 2, dm_sig9_fstatfs_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig9_getrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig9_getrlimit = { "getrlimit", NULL, DM_RET_int, 2, 2, dm_sig9_getrlimit_args };

/* ppc64 */
static const struct dm_arg dm_sig9_lstat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_stat, NULL, NULL },
};
const struct dm_sig dm_sig9_lstat = { "lstat", NULL, DM_RET_int, 2, 2, dm_sig9_lstat_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_pidfd_send_signal_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "info", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type9_siginfo, NULL, NULL },
	{ "flags", DM_ARG_uint, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig9_pidfd_send_signal = { "pidfd_send_signal", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig9_pidfd_send_signal_args };

/* sparc64 */
static const struct dm_arg dm_sig9_ppoll_args[] = {
	{ "ufds", DM_ARG_inout, 0, 1, -1, 1, DM_A_WHOLE, 1, 0, &dm_type5_pollfd, NULL, NULL },
	{ "nfds", DM_ARG_uint, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "tsp", DM_ARG_inout, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type4_timespec, NULL, NULL },
	{ "sigmask", DM_ARG_sigset_in, 3, 1, 4, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig9_ppoll = { "ppoll", NULL, DM_RET_int, 5, 5, dm_sig9_ppoll_args };

/* powerpc */
static const struct dm_arg dm_sig9_process_madvise_args[] = {
	{ "pidfd", DM_ARG_fd, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "vec", DM_ARG_input, 1, 1, -1, 2, DM_A_WHOLE, 1, 0, &dm_type2_iovec, NULL, NULL },
	{ "vlen", DM_ARG_size, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "advice", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_madvise, NULL },
	{ "flags", DM_ARG_uint, 4, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig9_process_madvise = { "process_madvise", "for the caller itself the ranges must be guest memory, as for madvise (the advice may discard contents since Linux 6.13)", DM_RET_ssize, 5, 5, dm_sig9_process_madvise_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_rt_sigaction_args[] = {
	{ "sig", DM_ARG_sig, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "act", DM_ARG_input, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type9_sigaction, NULL, NULL },
	{ "oact", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type9_sigaction, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig9_rt_sigaction = { "rt_sigaction", "signals", DM_RET_int, 4, 4, dm_sig9_rt_sigaction_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_rt_sigqueueinfo_args[] = {
	{ "pid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig9_rt_sigqueueinfo = { "rt_sigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 3, 3, dm_sig9_rt_sigqueueinfo_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_rt_sigtimedwait_args[] = {
	{ "uthese", DM_ARG_sigset_in, 0, 1, 3, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_out, 1, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type9_siginfo, NULL, NULL },
	{ "uts", DM_ARG_input, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_timespec, NULL, NULL },
	{ "sigsetsize", DM_ARG_size, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
};
const struct dm_sig dm_sig9_rt_sigtimedwait = { "rt_sigtimedwait", "signals", DM_RET_int, 4, 4, dm_sig9_rt_sigtimedwait_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_rt_tgsigqueueinfo_args[] = {
	{ "tgid", DM_ARG_pid, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "pid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "sig", DM_ARG_sig, 2, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "uinfo", DM_ARG_input, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_siginfo, NULL, NULL },
};
const struct dm_sig dm_sig9_rt_tgsigqueueinfo = { "rt_tgsigqueueinfo", "signals: siginfo_t conversion", DM_RET_int, 4, 4, dm_sig9_rt_tgsigqueueinfo_args };

/* ppc64 s390x */
static const struct dm_arg dm_sig9_setrlimit_args[] = {
	{ "resource", DM_ARG_uint, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_rlimit_resource, NULL },
	{ "rlim", DM_ARG_input, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type4_rlimit, NULL, NULL },
};
const struct dm_sig dm_sig9_setrlimit = { "setrlimit", NULL, DM_RET_int, 2, 2, dm_sig9_setrlimit_args };

/* ppc64 */
static const struct dm_arg dm_sig9_stat_args[] = {
	{ "filename", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "statbuf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type11_stat, NULL, NULL },
};
const struct dm_sig dm_sig9_stat = { "stat", NULL, DM_RET_int, 2, 2, dm_sig9_stat_args };

/* ppc64 sparc64 */
static const struct dm_arg dm_sig9_statfs_args[] = {
	{ "pathname", DM_ARG_path, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "buf", DM_ARG_out, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, &dm_type9_statfs, NULL, NULL },
};
const struct dm_sig dm_sig9_statfs = { "statfs", NULL, DM_RET_int, 2, 2, dm_sig9_statfs_args };

/* mips-n64-le */
static const struct dm_arg dm_sig9_waitid_args[] = {
	{ "which", DM_ARG_int, 0, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_waitid_idtype, NULL },
	{ "upid", DM_ARG_pid, 1, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, NULL, NULL },
	{ "infop", DM_ARG_out, 2, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type9_siginfo, NULL, NULL },
	{ "options", DM_ARG_int, 3, 1, -1, -1, DM_A_WHOLE, 1, 0, NULL, &dm_set0_wait_options, NULL },
	{ "ru", DM_ARG_out, 4, 1, -1, -1, DM_A_OPTIONAL | DM_A_WHOLE, 1, 0, &dm_type0_rusage, NULL, NULL },
};
const struct dm_sig dm_sig9_waitid = { "waitid", "siginfo_t conversion (si_signo, si_status)", DM_RET_int, 5, 5, dm_sig9_waitid_args };

