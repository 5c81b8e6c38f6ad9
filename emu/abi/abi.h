/* emu/abi/abi.h: the shapes of the tables gen/generate.lua emits into generated/.
 * One struct dm_abi per guest ABI describes its syscalls, struct converters,
 * constant translations and ioctls; emu/ code reads only these tables. */
#ifndef DM_ABI_H
#define DM_ABI_H

#include <stddef.h>
#include <stdint.h>

enum dm_endian { DM_LITTLE, DM_BIG };
/* How a syscall reports failure (specs/abi: syscall.error). */
enum dm_errconv { DM_ERR_NEGATIVE, DM_ERR_A3_FLAG, DM_ERR_CR0_SO, DM_ERR_CARRY };
/* How a 64-bit argument travels on a 32-bit ABI (syscall.pair64). */
enum dm_pair64 { DM_PAIR_NONE, DM_PAIR_CONSECUTIVE, DM_PAIR_ALIGNED };
/* clone's argument order (specs/abi: syscall.clone; the kernel's CONFIG_CLONE_BACKWARDS*):
 *   normal      (flags, newsp, parent_tid, child_tid, tls)   x86_64, alpha, m68k, ...
 *   backwards   (flags, newsp, parent_tid, tls, child_tid)   aarch64, riscv64, arm, mips, ...
 *   backwards2  (newsp, flags, parent_tid, child_tid, tls)   s390x */
enum dm_clone_order { DM_CLONE_NORMAL, DM_CLONE_BACKWARDS, DM_CLONE_BACKWARDS2 };

/* Argument kinds: one per constructor of specs/syscalls (docs/specs.md). */
#define DM_ARG_KINDS(X) \
	X(int) X(uint) X(long) X(ulong) X(size) X(ssize) X(off) X(loff) X(u64) \
	X(fd) X(dirfd) X(pid) X(uid) X(gid) X(mode) X(sig) X(flags) X(clockid) X(ptr) \
	X(path) X(str) X(strv) X(buf_in) X(buf_out) X(input) X(out) X(inout) \
	X(sigset_in) X(sigset_out)
enum dm_arg_kind {
#define DM_X(k) DM_ARG_##k,
	DM_ARG_KINDS(DM_X)
#undef DM_X
	DM_ARG_NKINDS
};
extern const char *const dm_arg_kind_names[DM_ARG_NKINDS];

/* Return kinds. */
#define DM_RET_KINDS(X) \
	X(int) X(long) X(fd) X(pid) X(size) X(ssize) X(ptr) X(void) X(noreturn) X(off) X(loff) \
	X(uid) X(gid) X(mode) X(ulong) X(uint)
enum dm_ret_kind {
#define DM_X(k) DM_RET_##k,
	DM_RET_KINDS(DM_X)
#undef DM_X
	DM_RET_NKINDS
};
extern const char *const dm_ret_kind_names[DM_RET_NKINDS];

/* A field of a guest struct and where it lands in the host struct. */
struct dm_field {
	const char *name;
	uint32_t goff, gsize;        /* guest offset and size in bytes (whole array) */
	int32_t hoff;                /* host offset, -1 when the host struct lacks it */
	uint32_t hsize;
	uint16_t count;              /* guest array length, 1 for a scalar */
	uint16_t hcount;             /* host array length */
	uint8_t flags;               /* DM_F_* */
	const struct dm_type *type;  /* nested struct/union, else NULL */
	const struct dm_constset *set; /* the field's values are names of this set (strace), else NULL */
};
#define DM_F_SIGNED 1u
#define DM_F_PAD 2u              /* reserved: zeroed, never converted */
#define DM_F_PTR 4u              /* a guest pointer */
#define DM_F_DERIVED 8u          /* filled from another host field toward the guest only */
#define DM_F_ADDR 16u            /* an integer field holding an address (clone_args): -strace shows hex; not rebased */

struct dm_type {
	const char *name;
	uint32_t gsize, galign, hsize;
	uint8_t is_union;
	uint8_t identity;            /* guest bytes == host bytes: converters are memcpy */
	void (*to_host)(void *host, const void *guest);
	void (*to_guest)(void *guest, const void *host);
	const struct dm_field *fields;
	uint16_t nfields;
};

/* One name of a constant set, with its guest and host values.  In a flags
 * set, `mask` selects the bits the name occupies (a multi-bit field such as
 * O_ACCMODE has a wider mask than its values). */
struct dm_const {
	const char *name;
	uint64_t guest, gmask, host, hmask;
	uint8_t flags;               /* DM_C_* */
};
#define DM_C_NO_GUEST 1u         /* the name does not exist on the guest */
#define DM_C_NO_HOST 2u          /* ... or on the host */

struct dm_constset {
	const char *name;
	uint8_t is_flags;
	uint8_t identity;            /* every value equal on guest and host: translation is a no-op */
	uint16_t n;
	const struct dm_const *v;
};

struct dm_arg {
	const char *name;
	uint8_t kind;                /* enum dm_arg_kind */
	uint8_t reg;                 /* first argument slot it occupies */
	uint8_t nregs;               /* 2 for a 64-bit value split into a pair */
	int8_t len_arg;              /* index of the argument holding the length, or -1 */
	int8_t count_arg;            /* index of the element-count argument, or -1 */
	uint8_t flags;               /* DM_A_* */
	uint16_t count;              /* fixed element count (int[2], timespec[2]), else 1 */
	uint32_t len_const;          /* bytes of a primitive pointee, or : bytes(N) */
	const struct dm_type *type;
	const struct dm_constset *set;
	/* buf_in/buf_out holding integers (: words(...)): the byte width of each in
	 * order, the last repeating ("\x04\x04\x08" = u32, u32, then u64s; a final
	 * "\xff" = the rest is bytes: spec words(..., 0)); a
	 * big-endian guest's buffer is copied and swapped word by word; NULL = bytes */
	const char *words;
};
#define DM_A_OPTIONAL 1u
#define DM_A_LEN_RET 2u
#define DM_A_WHOLE 4u              /* buf_out: all of it or a faulting pointer, never cut (: whole()) */

struct dm_sig {
	const char *name;
	const char *custom;          /* why a hand-written handler owns it, or NULL */
	uint8_t ret;                 /* enum dm_ret_kind */
	uint8_t nargs;
	uint8_t nregs;               /* argument slots used, pairs and padding included */
	const struct dm_arg *args;
	int16_t fixed_errno;         /* > 0: refused, every call fails with this (guest) errno (spec fixed_errno) */
};

struct dm_syscall {
	uint32_t nr;
	const char *name;
	const struct dm_sig *sig;    /* NULL: known number, no signature yet */
};

struct dm_ioctl {
	uint32_t guest, host;
	const char *name;
	const char *custom;
	uint8_t has_host;            /* the host has this ioctl */
	uint8_t has_arg;
	struct dm_arg arg;
};

/* The syscall register convention (specs/abi: syscall and regs), as register
 * indices in the arch's numbering: the order of the ABI's `regs` list, which
 * is the order of the arch's register offset table (struct dm_arch reg_off). */
#define DM_REG_NONE 0xff
struct dm_sysregs {
	uint8_t nr, ret;             /* the number (unless the arch overrides it) and the result */
	uint8_t err;                 /* DM_ERR_A3_FLAG: a3, DM_ERR_CR0_SO: the CR; else DM_REG_NONE */
	uint8_t nargs;               /* arguments in registers */
	uint8_t args[8];
	uint8_t sp;                  /* arguments beyond nargs come from the stack (o32): sp, else DM_REG_NONE */
	uint8_t nregs;               /* registers the ABI declares */
	uint16_t stack_off;          /* byte offset from sp of the first stack argument */
	const char *const *reg_names;
};

struct dm_abi {
	const char *name;
	uint8_t bits, endian, errconv, pair64;
	struct dm_sysregs regs;
	uint8_t clone_order;                 /* enum dm_clone_order */
	/* SysV IPC (specs/abi: ipc): SHM_RND rounds to SHMLBA, shmlba_bytes or
	 * shmlba_pages guest pages; with shmlba_force an unrounded shmat address
	 * must be SHMLBA-aligned (else page-aligned is enough); ipc_old_ctl: the
	 * direct shmctl/semctl/msgctl are the kernel's old_*ctl, whose cmd carries IPC_64. */
	uint32_t shmlba_bytes;
	uint8_t shmlba_pages, shmlba_force, ipc_old_ctl;
	/* ipc(2) takes five arguments (s390's sys_s390_ipc): SEMTIMEDOP's timeout
	 * is `third`, and a call with a version in its high 16 bits is EINVAL */
	uint8_t ipc_five;
	/* AUDIT_ARCH_* of the ABI (specs/abi: audit_arch): seccomp_data.arch, SIGSYS si_arch */
	uint32_t audit_arch;
	/* the old sigsuspend takes (int, int, old_sigset_t mask): the kernel's
	 * CONFIG_OLD_SIGSUSPEND3 (i386, m68k, s390); else (mask) */
	uint8_t sigsuspend3;
	/* pipe(2) returns both descriptors in registers (alpha, mips, sh, sparc):
	 * the second through dm_arch syscall_ret2 */
	uint8_t pipe_regs;
	/* specs/abi syscall.old_mmap: mmap takes one pointer to its six
	 * arguments, words in guest order (i386, m68k, s390x: old_mmap) */
	uint8_t old_mmap;
	const struct dm_syscall *syscalls;   /* sorted by nr */
	uint32_t nsyscalls;
	const struct dm_type *const *types;  /* indexed by enum dm_type_id; NULL = absent */
	const struct dm_constset *const *sets; /* indexed by enum dm_set_id */
	const struct dm_ioctl *ioctls;       /* sorted by guest number */
	uint32_t nioctls;
	const int16_t *errno_to_guest;       /* indexed by host errno */
	uint16_t nerrno;
	const uint8_t *sig_to_guest, *sig_to_host; /* indexed by signal number; 0 = none */
};
#define DM_NSIG 129              /* MIPS has 128 signals */

#endif
