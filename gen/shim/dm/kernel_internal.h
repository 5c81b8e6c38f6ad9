/* gen/shim/dm/kernel_internal.h: kernel-internal types that the syscall ABI
 * uses but the UAPI headers do not export, re-declared (with the kernel's
 * own __kernel_* types) so that clang-probe can measure them on every ABI
 * and check the type specs.  Written from the kernel's definitions in
 * include/linux/socket.h, include/linux/dirent.h and the per-architecture
 * signal headers; nothing here is used by the emulator itself.
 * Never compiled with __KERNEL__. */
#ifndef DM_SHIM_KERNEL_INTERNAL_H
#define DM_SHIM_KERNEL_INTERNAL_H

#include <linux/types.h>
#include <linux/posix_types.h>
#include <linux/socket.h>
#include <linux/uio.h>		/* struct iovec */
#include <sys/socket.h>		/* the shim's struct sockaddr */
#include <asm/signal.h>

/* ---- sockets (include/linux/socket.h) ---- */

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

#endif
