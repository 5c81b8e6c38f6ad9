/* gen/shim/unistd.h: stands in for libc's <unistd.h> in clang-probe units
 * (the probes see only kernel headers, no libc).  Debian's linux/shm.h
 * includes <unistd.h> (its SHMALL comment mentions getpagesize); nothing
 * the specs check comes from it, so it is empty. */
#ifndef DM_SHIM_UNISTD_H
#define DM_SHIM_UNISTD_H
#endif
