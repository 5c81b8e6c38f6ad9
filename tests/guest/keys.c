/* tests/guest/keys.c: the key retention service through raw syscalls:
 * add_key, request_key and keyctl's commands with strings, in and out
 * buffers (READ and DESCRIBE with short buffers), SEARCH, UPDATE, timeouts,
 * revocation, a named session keyring, capabilities, and bad pointers.
 * Key ids are random: only their relations are printed. */
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"

#define KEY_SPEC_THREAD_KEYRING -1
#define KEY_SPEC_PROCESS_KEYRING -2
#define KEY_SPEC_SESSION_KEYRING -3
#define KEYCTL_GET_KEYRING_ID 0
#define KEYCTL_JOIN_SESSION_KEYRING 1
#define KEYCTL_UPDATE 2
#define KEYCTL_REVOKE 3
#define KEYCTL_SETPERM 5
#define KEYCTL_DESCRIBE 6
#define KEYCTL_CLEAR 7
#define KEYCTL_LINK 8
#define KEYCTL_UNLINK 9
#define KEYCTL_SEARCH 10
#define KEYCTL_READ 11
#define KEYCTL_SET_TIMEOUT 15
#define KEYCTL_INVALIDATE 21
#define KEYCTL_PKEY_QUERY 24
#define KEYCTL_CAPABILITIES 31

static long add_key(const char *t, const char *d, const void *p, size_t n, int ring)
{
	return syscall(SYS_add_key, t, d, p, n, ring);
}
static long keyctl(int cmd, unsigned long a, unsigned long b, unsigned long c, unsigned long d)
{
	return syscall(SYS_keyctl, cmd, a, b, c, d);
}

static void read_key(const char *what, long id, size_t cap)
{
	char buf[64];
	memset(buf, '.', sizeof buf);
	errno = 0;
	long n = keyctl(KEYCTL_READ, id, (unsigned long)buf, cap, 0);
	if (n < 0) { printf("%s: read(%zu) -> -1 %s\n", what, cap, ename(errno)); return; }
	printf("%s: read(%zu) -> %ld \"%.*s\"\n", what, cap, n, (int)(cap < (size_t)n ? cap : (size_t)n), buf);
}

int main(void)
{
	/* a fresh session keyring, so that the test does not depend on the caller's */
	long sess = keyctl(KEYCTL_JOIN_SESSION_KEYRING, (unsigned long)"dm-keys-test", 0, 0, 0);
	printf("join session keyring: %s\n", sess > 0 ? "ok" : ename(errno));
	/* joining by name finds a keyring an earlier run left: start empty */
	R(keyctl(KEYCTL_CLEAR, KEY_SPEC_SESSION_KEYRING, 0, 0, 0));
	char desc[128];
	long n = keyctl(KEYCTL_DESCRIBE, KEY_SPEC_SESSION_KEYRING, (unsigned long)desc, sizeof desc, 0);
	printf("describe session: %ld %s\n", n, n > 0 ? desc : ename(errno));
	OK(keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0, 0, 0) == sess);

	long id = add_key("user", "dm:test", "payload", 7, KEY_SPEC_SESSION_KEYRING);
	printf("add_key: %s\n", id > 0 ? "ok" : ename(errno));
	read_key("user key", id, 64);
	read_key("user key", id, 3);
	read_key("user key", id, 0);
	n = keyctl(KEYCTL_DESCRIBE, id, (unsigned long)desc, sizeof desc, 0);
	printf("describe: %ld %s\n", n, n > 0 ? desc : ename(errno));
	memset(desc, 0, sizeof desc);
	n = keyctl(KEYCTL_DESCRIBE, id, (unsigned long)desc, 5, 0);
	printf("describe(5): %ld \"%s\"\n", n, desc);

	OK(syscall(SYS_request_key, "user", "dm:test", NULL, 0) == id);
	OK(keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, (unsigned long)"user", (unsigned long)"dm:test", 0) == id);
	R(keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, (unsigned long)"user", (unsigned long)"dm:none", 0));
	R(syscall(SYS_request_key, "user", "dm:none", NULL, 0));
	R(keyctl(KEYCTL_UPDATE, id, (unsigned long)"new payload!", 12, 0));
	read_key("updated", id, 64);
	/* same description again: the existing key is updated in place */
	OK(add_key("user", "dm:test", "third", 5, KEY_SPEC_SESSION_KEYRING) == id);
	read_key("re-added", id, 64);

	/* keyring contents: READ of a keyring gives its key ids (s32 each) */
	int32_t ids[8];
	n = keyctl(KEYCTL_READ, KEY_SPEC_SESSION_KEYRING, (unsigned long)ids, sizeof ids, 0);
	printf("keyring read: %ld bytes, first is our key: %s\n", n, n >= 4 && ids[0] == id ? "yes" : "no");
	long id2 = add_key("user", "dm:second", "x", 1, KEY_SPEC_SESSION_KEYRING);
	R(keyctl(KEYCTL_LINK, id2, KEY_SPEC_PROCESS_KEYRING, 0, 0));
	R(keyctl(KEYCTL_UNLINK, id2, KEY_SPEC_PROCESS_KEYRING, 0, 0));
	R(keyctl(KEYCTL_UNLINK, id2, KEY_SPEC_PROCESS_KEYRING, 0, 0));
	R(keyctl(KEYCTL_INVALIDATE, id2, 0, 0, 0));
	R(keyctl(KEYCTL_SET_TIMEOUT, id, 3600, 0, 0));
	R(keyctl(KEYCTL_PKEY_QUERY, id, 0, (unsigned long)"", (unsigned long)desc));

	uint8_t caps[4] = { 0 };
	n = keyctl(KEYCTL_CAPABILITIES, (unsigned long)caps, sizeof caps, 0, 0);
	printf("capabilities: %ld, first byte nonzero: %s\n", n, caps[0] ? "yes" : "no");

	/* bad pointers: the kernel's EFAULT, never a crash */
	R(keyctl(KEYCTL_READ, id, 16, 64, 0));
	R(keyctl(KEYCTL_DESCRIBE, id, 16, 64, 0));
	R(add_key((const char *)16, "d", "p", 1, KEY_SPEC_SESSION_KEYRING));
	R(add_key("user", "dm:bad", (const void *)16, 4, KEY_SPEC_SESSION_KEYRING));
	R(keyctl(KEYCTL_UPDATE, id, 16, 4, 0));
	R(keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, 16, (unsigned long)"x", 0));
	R(keyctl(9999, 0, 0, 0, 0));

	R(keyctl(KEYCTL_REVOKE, id, 0, 0, 0));
	read_key("revoked", id, 64);
	R(keyctl(KEYCTL_CLEAR, KEY_SPEC_SESSION_KEYRING, 0, 0, 0));
	n = keyctl(KEYCTL_READ, KEY_SPEC_SESSION_KEYRING, (unsigned long)ids, sizeof ids, 0);
	printf("keyring after clear: %ld bytes\n", n);
	return 0;
}
