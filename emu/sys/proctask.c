/* emu/sys/proctask.c: a guest listing its own /proc/PID/task sees its guest
 * threads only.  A host thread whose guest thread has exited lives on for a
 * moment after its CLEARTID woke the joiner (the emulator's cleanup; the
 * kernel's window between clear_child_tid and release is far shorter), and
 * the emulator's helper threads are none of the guest's business. */
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emu/sys/internal.h"

/* emu/thread is not linked into the syscall layer's own tests */
int dm_thread_guest_live(int tid) __attribute__((weak));

/* Is fd the directory /proc/PID/task of this process? */
static bool own_task_dir(int fd)
{
	char link[64], target[128];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof target - 1);
	if (n <= 0) return false;
	target[n] = 0;
	char want[48];
	snprintf(want, sizeof want, "/proc/%d/task", (int)getpid());
	return !strcmp(target, want);
}

long dm_proctask_hide_dirent(int fd, uint8_t *buf, long n)
{
	if (!dm_thread_guest_live || n <= 0 || !own_task_dir(fd)) return n;
	int leader = (int)getpid();   /* listed while any thread lives, as the kernel does */
	for (long off = 0; off < n;) {
		uint16_t reclen;
		memcpy(&reclen, buf + off + 16, 2);
		if (reclen == 0 || off + reclen > n) break;
		const char *name = (const char *)buf + off + 19;
		char *end;
		long tid = strtol(name, &end, 10);
		if (*name >= '0' && *name <= '9' && !*end && tid != leader && !dm_thread_guest_live((int)tid)) {
			memmove(buf + off, buf + off + reclen, (size_t)(n - off - reclen));
			n -= reclen;
			continue;
		}
		off += reclen;
	}
	return n;
}
