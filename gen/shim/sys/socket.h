/* gen/shim/sys/socket.h: stands in for libc's <sys/socket.h> in clang-probe
 * units (the probes see only kernel headers, no libc).  linux/if.h includes
 * <sys/socket.h> for struct sockaddr; this declares the kernel's struct
 * sockaddr (include/linux/socket.h, kernel-internal) so such headers parse.
 * Re-declared here for checking the type specs; not used by the emulator. */
#ifndef DM_SHIM_SYS_SOCKET_H
#define DM_SHIM_SYS_SOCKET_H
#include <linux/socket.h>	/* __kernel_sa_family_t */

struct sockaddr {
	__kernel_sa_family_t sa_family;	/* address family, AF_xxx */
	char sa_data[14];		/* protocol address */
};

#endif
