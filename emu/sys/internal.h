/* emu/sys/internal.h: helpers shared by the syscall layer's files (dispatch,
 * marshaller, custom handlers).  Not for use outside emu/sys/ and emu/strace/.
 *
 * Conventions: functions returning int64_t give a guest-visible result
 * (>= 0, or -errno in GUEST numbering); functions returning int give 0 or
 * -errno in HOST numbering (they feed dm_sys_err()). */
#ifndef DM_SYS_INTERNAL_H
#define DM_SYS_INTERNAL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "emu/abi/abi.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

#define DM_PATH_MAX 4096
#define DM_STR_MAX 65536

/* A bad guest pointer reaches the host kernel as an address the kernel
 * refuses (above the user address space), not as an early EFAULT: the
 * kernel then fails with EFAULT exactly when, and only if, it would touch
 * that memory, after the checks it makes first (a bad fd gives EBADF, an
 * unread buffer is no error), so errors come in the kernel's order. */
#define DM_FAULTING_HOST_PTR 0xffffffffffff0000ull

/* Report something unsupported once per key (through dm_report_once), only
 * with -d unimp: the guest always just sees the errno. */
void dm_sys_report(const char *kind, const char *name);

/* -- host syscalls ------------------------------------------------------- */

/* Host (x86_64) number of the syscall called NAME, or -1.  Names the host
 * lacks (fstat64, getuid32, clock_gettime64, ...) map through a short alias
 * list in host.c. */
long dm_host_nr(const char *name);
/* The x86_64 tables: their types are the host's layouts (docs/specs.md). */
const struct dm_abi *dm_host_abi(void);
/* The host table row of NAME (its signature gives the host argument order), or NULL. */
const struct dm_syscall *dm_host_entry(const char *name);
/* Every host syscall the syscall layer makes goes through here: returns the
 * raw result, or -errno (host numbering).  One place for the signal layer to
 * hook a race-free "check pending, then block" later. */
long dm_host_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
/* futex_pi.c: LOCK_PI/LOCK_PI2/TRYLOCK_PI/UNLOCK_PI on a big-endian guest's
 * word (host op; abs: the absolute timeout or NULL); -host errno */
long dm_futex_pi_be(volatile uint32_t *w, int op, const struct timespec *abs);
/* Convert a host result (>= 0 or -host errno) to the guest's numbering. */
int64_t dm_sys_err(const struct dm_abi *abi, long r);
/* -host_errno -> -guest_errno shorthand for the current process ABI. */
#define DM_GERR(e) ((int64_t)-dm_errno_to_guest(dm_proc.abi, (e)))

/* Descriptors whose data is a kernel struct (eventfd, timerfd, signalfd,
 * inotify; fdtrans.c): dm_sys_run calls these around every call.  before:
 * true when it made the call itself (result in *r). */
bool dm_fdtrans_before(struct dm_sys_call *c, int64_t *r);
void dm_fdtrans_after(struct dm_sys_call *c, int64_t r);
/* A new userfaultfd descriptor fd (made by an ioctl): its reads are converted for abi. */
void dm_fdtrans_new_uffd(const struct dm_abi *abi, long fd);

/* -- guest memory -------------------------------------------------------- */

/* Guest word (long/pointer) size in bytes. */
static inline unsigned dm_gword(const struct dm_abi *abi) { return abi->bits / 8; }
/* Load/store an unsigned guest integer of n bytes (1, 2, 4, 8) from host memory in guest byte order. */
uint64_t dm_gload(const struct dm_abi *abi, const void *p, unsigned n);
void dm_gstore(const struct dm_abi *abi, void *p, unsigned n, uint64_t v);
/* sockopt_fields.c: an IP/IPv6/packet option struct's ints between guest and host order */
int dm_sockopt_fields(const struct dm_abi *abi, int level, int name, uint8_t *buf, unsigned len, int to_host);
/* and a sockaddr's integers past sa_family (packet, netlink, vsock), sa_family in host order */
void dm_sockaddr_fields(const struct dm_abi *abi, uint8_t *buf, size_t len, int to_host);
/* Same, from/to guest memory: 0 or -EFAULT (host numbering). */
int dm_get_guest(const struct dm_abi *abi, uint64_t addr, unsigned n, uint64_t *v);
int dm_put_guest(const struct dm_abi *abi, uint64_t addr, unsigned n, uint64_t v);
/* Host pointer to guest memory [addr, addr+len) if every byte is accessible
 * with prot, else NULL.  addr == 0 with len == 0 gives NULL too. */
void *dm_guest_ptr(uint64_t addr, uint64_t len, int prot);
/* Bytes from addr on that are accessible with prot (page walk), at most len. */
uint64_t dm_guest_prefix(uint64_t addr, uint64_t len, int prot);
/* Copy a guest string into a fresh g_malloc'd buffer: 0, -EFAULT, -ENAMETOOLONG. */
int dm_copy_str(uint64_t addr, size_t max, char **out);
/* Copy a guest path and apply the sysroot (-L): 0 or -errno (host). */
int dm_copy_path(uint64_t addr, char **out);
/* The host path for a guest absolute path: sysroot + path when that exists, else path (g_malloc'd). */
char *dm_sysroot_path(const char *path);
/* NULL-terminated guest array of string pointers -> g_strfreev-able vector. */
int dm_copy_strv(const struct dm_abi *abi, uint64_t addr, char ***out);

/* -- values ---------------------------------------------------------------- */

/* The guest value of argument a (64-bit pairs joined, sign- or zero-extended by kind). */
uint64_t dm_arg_value(const struct dm_abi *abi, const uint64_t *raw, const struct dm_arg *a);
/* Index of the argument called name in sig, or -1. */
int dm_sig_arg(const struct dm_sig *sig, const char *name);
/* Translate a guest constant through set (flags or enum; unknown bits/values
 * pass through and are reported once, see docs/syscalls.md). */
uint64_t dm_set_to_host(const struct dm_constset *set, uint64_t v);
uint64_t dm_set_to_guest(const struct dm_constset *set, uint64_t v);
/* Guest signal sets: size in bytes of the guest's sigset_t (the kernel's _NSIG/8). */
unsigned dm_guest_sigset_size(const struct dm_abi *abi);
/* guest sigset bytes (guest layout) <-> host 64-bit mask */
uint64_t dm_gsigset_to_host(const struct dm_abi *abi, const void *g, unsigned gsize);
void dm_gsigset_to_guest(const struct dm_abi *abi, void *g, unsigned gsize, uint64_t host);
/* Wait status words carry signal numbers: host -> guest. */
int dm_wstatus_to_guest(const struct dm_abi *abi, int status);
/* AT_FDCWD and plain fds: guest dirfd value -> host. */
int64_t dm_dirfd_to_host(const struct dm_abi *abi, uint64_t v);

/* -- struct conversion ----------------------------------------------------- */

/* Guest array of n structs at addr -> fresh host buffer (g_malloc0'd, n*hsize
 * bytes, pointer fields rebased).  0 or -EFAULT. */
int dm_struct_in(const struct dm_type *t, uint64_t addr, size_t n, void **out);
/* Host array -> guest memory.  0 or -EFAULT. */
int dm_struct_out(const struct dm_type *t, uint64_t addr, size_t n, const void *host);

/* -- the generic marshaller (marshal.c) ----------------------------------- */

/* Run c->entry's signature through the generic marshaller and the host
 * syscall of the same name.  Guest-visible result. */
int64_t dm_marshal(struct dm_sys_call *c);
/* Everything dm_syscall does between reading and writing registers (tests call it). */
int64_t dm_sys_run(struct dm_sys_call *c);
/* Marshal one struct dm_arg (e.g. an ioctl argument) around a host call:
 * see marshal.c.  Used by ioctl. */
struct dm_marshal;
struct dm_marshal *dm_marshal_new(const struct dm_abi *abi, const struct dm_sig *sig, const uint64_t *raw);
int dm_marshal_in(struct dm_marshal *m, int i, uint64_t *host);   /* 0 or -host errno */
void dm_marshal_out(struct dm_marshal *m, long ret);
void dm_marshal_free(struct dm_marshal *m);

/* dragoman's own descriptor (emu/self.c) is not the guest's (selffd.c):
 * is fd that one; getdents64 of /proc/self/fd without it. */
bool dm_selffd_is(int fd);
long dm_selffd_hide_dirent(int fd, uint8_t *buf, long n);
/* The same for /proc/PID/task of this process: guest threads only (proctask.c). */
long dm_proctask_hide_dirent(int fd, uint8_t *buf, long n);

/* -- custom handler helpers -------------------------------------------------- */

/* Argument i of the call as a guest value (by signature when it has one, else raw). */
uint64_t dm_call_arg(struct dm_sys_call *c, int i);
/* Argument called name, else the raw register at index fallback. */
uint64_t dm_call_named(struct dm_sys_call *c, const char *name, int fallback);

/* A hand-written handler of an ioctl its spec marks `custom` (ioctl_var.c),
 * or NULL (the guest gets ENOTTY).  garg is the guest's argument. */
typedef int64_t (*dm_ioctl_fn)(struct dm_sys_call *c, const struct dm_ioctl *io, int fd, uint64_t garg);
dm_ioctl_fn dm_ioctl_custom(const char *name);
/* The userfaultfd ioctls (userfaultfd.c), or NULL. */
dm_ioctl_fn dm_uffd_ioctl(const char *name);

/* Weak hooks other subsystems provide (NULL when absent). */
int dm_proc_open(const char *path, int flags, int *fd) __attribute__((weak));
ssize_t dm_proc_readlink(const char *path, char *buf, size_t n) __attribute__((weak));

/* clone's five arguments in the kernel's default order (flags, newsp,
 * parent_tid, child_tid, tls) from raw registers in the ABI's order. */
void dm_clone_args(const struct dm_abi *abi, const uint64_t raw[8], uint64_t out[5]);

/* Recorded kernel state the custom handlers keep: per thread, like the
 * kernel's task fields (a new thread starts from a copy of its creator's). */
struct dm_sys_state {
	uint64_t clear_child_tid;    /* set_tid_address / CLONE_CHILD_CLEARTID */
	uint64_t robust_head, robust_len;
	unsigned personality;
	bool personality_known;      /* else the host's value is the guest's (misc.c) */
	char comm[16];               /* PR_SET_NAME */
	/* seccomp (seccomp.c): SECCOMP_MODE_* and the newest filter; another
	 * thread's TSYNC writes both, so they are read and written atomically */
	int seccomp_mode;
	struct dm_seccomp_filter *seccomp_filter;
};
extern __thread struct dm_sys_state dm_sys_state;

/* Free the heap copies of an exec that succeeded on this TLS (exec.c): run
 * by the thread that waited for a CLONE_VM child's exec (do_vmproc). */
void dm_exec_heap_release(void);

#endif
