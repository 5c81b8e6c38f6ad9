/* gen/shim/dm/kernel_internal.h: kernel-internal types that the syscall ABI
 * uses but the UAPI headers do not export, re-declared (with the kernel's
 * own __kernel_* types) so that clang-probe can measure them on every ABI
 * and check the type specs.  Written from the kernel's definitions in
 * include/linux/socket.h, include/linux/dirent.h and the per-architecture
 * signal headers; also the layouts where an ABI's UAPI header disagrees with
 * what its syscalls really use (x32 statfs, mips o32/n32 flock).  Nothing
 * here is used by the emulator itself.
 * Never compiled with __KERNEL__. */
#ifndef DM_SHIM_KERNEL_INTERNAL_H
#define DM_SHIM_KERNEL_INTERNAL_H

#include <linux/types.h>
#include <linux/posix_types.h>
#include <linux/socket.h>
#include <linux/uio.h>		/* struct iovec */
#include <sys/socket.h>		/* the shim's struct sockaddr */
#include <asm/signal.h>
#include <asm/fcntl.h>
#include <asm/statfs.h>

/* ---- sockets (include/linux/socket.h) ---- */

/* struct __kernel_sockaddr_storage (linux/socket.h) keeps ss_family and
 * __data in an anonymous union with "void *__align".  clang-probe reports
 * anonymous members flattened, so the overlay __align would appear as a
 * third field at offset 0, which a spec field list cannot say.  This is the
 * same type without the overlay member: the real struct's alignment, and a
 * static assertion that the sizes agree. */
struct dm_sockaddr_storage {
	__kernel_sa_family_t ss_family;
	char __data[_K_SS_MAXSIZE - sizeof(unsigned short)];
} __attribute__((aligned(__alignof__(struct __kernel_sockaddr_storage))));
_Static_assert(sizeof(struct dm_sockaddr_storage) == sizeof(struct __kernel_sockaddr_storage),
	       "dm_sockaddr_storage must match struct __kernel_sockaddr_storage");

/* sendmsg/recvmsg's argument: the kernel calls it struct user_msghdr. */
struct user_msghdr {
	void *msg_name;
	int msg_namelen;
	struct iovec *msg_iov;
	__kernel_size_t msg_iovlen;
	void *msg_control;
	__kernel_size_t msg_controllen;
	unsigned int msg_flags;
};

struct mmsghdr {
	struct user_msghdr msg_hdr;
	unsigned int msg_len;
};

struct cmsghdr {
	__kernel_size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

struct linger {
	int l_onoff;
	int l_linger;
};

struct ucred {
	__u32 pid;
	__u32 uid;
	__u32 gid;
};

/* ---- directories (include/linux/dirent.h) ---- */

struct linux_dirent64 {
	__u64 d_ino;
	__s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[0];	/* the kernel writes d_name[]; [0] so the probe reports size 0 */
};

/* ---- signals ----
 * The kernel's sigset_t (_NSIG bits) and the struct sigaction that
 * rt_sigaction reads.  Where the UAPI header already declares the kernel's
 * types, use them; elsewhere (x86, arm, m68k, s390, alpha, sh, hppa) the UAPI
 * header keeps the old userspace sigset_t for libc compatibility, so the
 * kernel's layout is re-declared.  x32's compat types have the same shape. */
#if defined(__mips__) || defined(__aarch64__) || defined(__riscv) || \
    defined(__arc__) || defined(__powerpc__)
typedef sigset_t dm_ksigset_t;
typedef struct sigaction dm_ksigaction_t;
#elif defined(__sparc__)
typedef __new_sigset_t dm_ksigset_t;
typedef struct __new_sigaction dm_ksigaction_t;
#else
/* The UAPI header #defines sa_handler as _u._sa_handler here. */
#undef sa_handler
#undef sa_sigaction
#define DM_KNSIG 64
typedef struct {
	unsigned long sig[DM_KNSIG / (8 * sizeof(unsigned long))];
} dm_ksigset_t;
typedef struct {
	void *sa_handler;
	unsigned long sa_flags;
#if !defined(__hppa__) && !defined(__alpha__)
	void *sa_restorer;	/* __ARCH_HAS_SA_RESTORER */
#endif
	dm_ksigset_t sa_mask;
} dm_ksigaction_t;
#endif

/* ---- struct statfs as the statfs/fstatfs syscalls write it ----
 * x32 calls the 64-bit sys_statfs, whose __statfs_word is 8 bytes; the UAPI
 * asm-generic/statfs.h picks __u32 because __BITS_PER_LONG is 32 there. */
#if defined(__x86_64__) && defined(__ILP32__)
struct dm_x32_statfs {
	__s64 f_type;
	__s64 f_bsize;
	__s64 f_blocks;
	__s64 f_bfree;
	__s64 f_bavail;
	__s64 f_files;
	__s64 f_ffree;
	__kernel_fsid_t f_fsid;
	__s64 f_namelen;
	__s64 f_frsize;
	__s64 f_flags;
	__s64 f_spare[4];
};
typedef struct dm_x32_statfs dm_kstatfs_t;
#else
typedef struct statfs dm_kstatfs_t;
#endif

/* ---- struct flock as fcntl reads it ----
 * mips o32/n32: l_sysid comes before l_pid (the historical layout, kept by
 * the kernel's compat_flock and by glibc).  Some UAPI asm-generic/fcntl.h
 * versions expand __ARCH_FLOCK_EXTRA_SYSID after l_pid instead. */
#if defined(__mips__) && _MIPS_SIM != _MIPS_SIM_ABI64
struct dm_mips32_flock {
	short l_type;
	short l_whence;
	__kernel_off_t l_start;
	__kernel_off_t l_len;
	long l_sysid;
	__kernel_pid_t l_pid;
	long pad[4];
};
typedef struct dm_mips32_flock dm_kflock_t;
#else
typedef struct flock dm_kflock_t;
#endif

/* ---- signal frames (arch/<arch>/kernel/signal.c) ---- */
#if defined(__aarch64__)
#include <asm/sigcontext.h>
#include <asm/ucontext.h>
#include <asm/siginfo.h>
struct rt_sigframe {
	struct siginfo info;
	struct ucontext uc;
};
struct frame_record {
	__u64 fp;
	__u64 lr;
};
#elif defined(__s390x__)
/* arch/s390/kernel/signal.c, Linux 6.1 */
#include <asm/sigcontext.h>
#include <asm/ucontext.h>
#include <asm/siginfo.h>
struct rt_sigframe {
	__u8 callee_used_stack[__SIGNAL_FRAMESIZE];
	__u16 svc_insn;
	struct siginfo info;
	struct ucontext_extended uc;
};
struct sigframe {
	__u8 callee_used_stack[__SIGNAL_FRAMESIZE];
	struct sigcontext sc;
	_sigregs sregs;
	int signo;
	_sigregs_ext sregs_ext;
	__u16 svc_insn;
};
#elif defined(__arm__)
/* arch/arm/include/asm/ucontext.h and arch/arm/kernel/signal.h, Linux 6.1:
 * the kernel's ucontext is not a UAPI header on arm */
#include <asm/sigcontext.h>
#include <asm/siginfo.h>
struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	struct sigcontext uc_mcontext;
	dm_ksigset_t uc_sigmask;
	int __unused[32 - (sizeof(dm_ksigset_t) / sizeof(int))];
	unsigned long uc_regspace[128] __attribute__((__aligned__(8)));
};
#define VFP_MAGIC 0x56465001
struct user_vfp {
	unsigned long long fpregs[32];
	unsigned long fpscr;
};
struct user_vfp_exc {
	unsigned long fpexc;
	unsigned long fpinst;
	unsigned long fpinst2;
};
struct vfp_sigframe {
	unsigned long magic;
	unsigned long size;
	struct user_vfp ufp;
	struct user_vfp_exc ufp_exc;
} __attribute__((__aligned__(8)));
struct sigframe {
	struct ucontext uc;
	unsigned long retcode[4];
};
struct rt_sigframe {
	struct siginfo info;
	struct sigframe sig;
};
#endif

#endif
