/* emu/sys/keyctl.c: keyctl(2), whose four arguments mean what the command
 * says (add_key and request_key are plain signatures: specs/syscalls/keys.lua).
 *
 * Keys live in the host kernel, so key ids, keyring specials (KEY_SPEC_*,
 * negative), permissions and uids need no translation; what does:
 *   - strings (key type, description, keyring name, info) are copied in;
 *   - buffers are guest memory checked for the access the command needs
 *     (READ, DESCRIBE, GET_SECURITY, CAPABILITIES, DH_COMPUTE write; UPDATE,
 *     INSTANTIATE read); an out buffer running off the map is cut to its
 *     mapped prefix (the kernel would copy as much), an unmapped one reaches
 *     the host as DM_FAULTING_HOST_PTR so EFAULT comes when the kernel would;
 *   - INSTANTIATE_IOV's iovec array (spec type iovec: guest words);
 *   - REJECT's error number (guest errno -> host errno);
 *   - DH_COMPUTE's parameter structs (three key ids; the KDF's hash name and
 *     other-info pointers) and the PKEY_* parameter struct (fixed-width
 *     fields: byte order only) with their in and out buffers;
 *   - READ of a keyring, whose payload is an array of s32 key ids: into a
 *     big-endian guest's byte order (keyring_ids_to_guest).
 * A command the kernel does not know reaches it as it is (EOPNOTSUPP). */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

enum {
	K_GET_KEYRING_ID = 0, K_JOIN_SESSION_KEYRING = 1, K_UPDATE = 2, K_DESCRIBE = 6, K_SEARCH = 10,
	K_READ = 11, K_INSTANTIATE = 12, K_GET_SECURITY = 17, K_REJECT = 19, K_INSTANTIATE_IOV = 20,
	K_DH_COMPUTE = 23, K_PKEY_QUERY = 24, K_PKEY_ENCRYPT = 25, K_PKEY_DECRYPT = 26, K_PKEY_SIGN = 27,
	K_PKEY_VERIFY = 28, K_RESTRICT_KEYRING = 29, K_CAPABILITIES = 31,
};

#define KEY_STR_MAX 4096      /* the kernel's longest key description (PAGE_SIZE) */
#define KEY_IOV_MAX 1024      /* UIO_MAXIOV */

/* Guest memory for the kernel to read (prot READ) or write (WRITE): the
 * host pointer, an out buffer cut to its mapped prefix (*len updated), or
 * DM_FAULTING_HOST_PTR. */
static long guest_buf(uint64_t g, uint64_t *len, int prot)
{
	if (!g) return 0;
	if (!*len) return (long)(uintptr_t)dm_g2h(g);
	if (prot == DM_PROT_WRITE) {
		uint64_t ok = dm_guest_prefix(g, *len, DM_PROT_WRITE);
		if (!ok) return (long)DM_FAULTING_HOST_PTR;
		*len = ok;
		return (long)(uintptr_t)dm_g2h(g);
	}
	void *p = dm_guest_ptr(g, *len, prot);
	return p ? (long)(uintptr_t)p : (long)DM_FAULTING_HOST_PTR;
}

/* KEYCTL_READ wrote `n` payload bytes at guest g: when the key is a keyring
 * (its DESCRIBE starts with "keyring;") they are s32 ids in host order. */
static void keyring_ids_to_guest(const struct dm_abi *abi, long id, uint64_t g, uint64_t n)
{
	char d[KEY_STR_MAX + 64];   /* the kernel copies nothing into a buffer too short for all of it */
	long r = dm_host_syscall(dm_host_nr("keyctl"), K_DESCRIBE, id, (long)(uintptr_t)d, sizeof d, 0, 0);
	if (r < 8 || memcmp(d, "keyring;", 8)) return;
	uint8_t *p = dm_g2h(g);
	for (uint64_t off = 0; off + 4 <= n; off += 4) {
		uint32_t v;
		memcpy(&v, p + off, 4);
		dm_gstore(abi, p + off, 4, v);
	}
}

/* A string argument (NULL allowed): 0 with *h set, or -host errno. */
struct strs { char *s[3]; int n; };
static int str_arg(struct strs *k, uint64_t g, long *h)
{
	if (!g) { *h = 0; return 0; }
	char *s = NULL;
	int r = dm_copy_str(g, KEY_STR_MAX, &s);
	if (r == -EFAULT) { *h = (long)DM_FAULTING_HOST_PTR; return 0; }
	if (r) return r;
	k->s[k->n++] = s;
	*h = (long)(uintptr_t)s;
	return 0;
}

static int errno_to_host(const struct dm_abi *abi, int guest)
{
	for (int e = 1; e < 4096; e++)
		if (dm_errno_to_guest(abi, e) == guest) return e;
	return guest;
}

/* INSTANTIATE_IOV: guest iovec array -> host iovecs over guest memory. */
static int iov_in(const struct dm_abi *abi, uint64_t g, uint64_t n, void **out)
{
	if (n > KEY_IOV_MAX) return -EINVAL;
	return dm_struct_in(abi->types[DM_T_iovec], g, n, out);
}

/* DH_COMPUTE: struct keyctl_dh_params { s32 private, prime, base; } and
 * struct keyctl_kdf_params { char *hashname; char *otherinfo; u32 otherinfolen; u32 __spare[8]; }. */
struct host_kdf { char *hashname; char *otherinfo; uint32_t otherinfolen, spare[8]; };
static int dh_in(const struct dm_abi *abi, uint64_t gparams, uint64_t gkdf, int32_t params[3],
		 struct host_kdf *kdf, struct strs *k, long *hparams, long *hkdf)
{
	uint8_t b[12];
	if (dm_copy_from_guest(b, gparams, 12)) { *hparams = (long)DM_FAULTING_HOST_PTR; *hkdf = 0; return 0; }
	for (int i = 0; i < 3; i++) params[i] = (int32_t)dm_gload(abi, b + 4 * i, 4);
	*hparams = (long)(uintptr_t)params;
	*hkdf = 0;
	if (!gkdf) return 0;
	unsigned w = dm_gword(abi), sz = 2 * w + 4 + 32;
	uint8_t kb[2 * 8 + 4 + 32];
	if (dm_copy_from_guest(kb, gkdf, sz)) { *hkdf = (long)DM_FAULTING_HOST_PTR; return 0; }
	memset(kdf, 0, sizeof *kdf);
	long hn, ho;
	int r = str_arg(k, dm_gload(abi, kb, w), &hn);
	if (r) return r;
	kdf->hashname = (char *)hn;
	kdf->otherinfolen = (uint32_t)dm_gload(abi, kb + 2 * w, 4);
	uint64_t olen = kdf->otherinfolen;
	ho = guest_buf(dm_gload(abi, kb + w, w), &olen, DM_PROT_READ);
	kdf->otherinfo = (char *)ho;
	for (int i = 0; i < 8; i++) kdf->spare[i] = (uint32_t)dm_gload(abi, kb + 2 * w + 4 + 4 * i, 4);
	*hkdf = (long)(uintptr_t)kdf;
	return 0;
}

/* PKEY_{ENCRYPT,DECRYPT,SIGN,VERIFY}: struct keyctl_pkey_params { s32 key_id; u32 in_len;
 * u32 out_len (in2_len for VERIFY); u32 __spare[7]; }: 40 bytes, fixed-width. */
static int pkey_in(const struct dm_abi *abi, uint64_t g, uint32_t h[10], long *hp)
{
	uint8_t b[40];
	if (dm_copy_from_guest(b, g, 40)) { *hp = (long)DM_FAULTING_HOST_PTR; return -EFAULT; }
	for (int i = 0; i < 10; i++) h[i] = (uint32_t)dm_gload(abi, b + 4 * i, 4);
	*hp = (long)(uintptr_t)h;
	return 0;
}

int64_t dm_sys_keyctl(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int cmd = (int)dm_call_arg(c, 0);
	uint64_t g2 = dm_call_arg(c, 1), g3 = dm_call_arg(c, 2), g4 = dm_call_arg(c, 3), g5 = dm_call_arg(c, 4);
	/* key ids and keyring specials are s32: sign-extend them as the kernel's prototype does */
	long a2 = (long)(int32_t)g2, a3 = (long)g3, a4 = (long)g4, a5 = (long)g5;
	struct strs k = { .n = 0 };
	void *iov = NULL;
	int32_t dh[3];
	struct host_kdf kdf;
	uint32_t pk[10];
	uint8_t query[56] = { 0 };   /* struct keyctl_pkey_query: fixed-width, 56 bytes */
	uint64_t len = 0;
	int r = 0;
	switch (cmd) {
	case K_JOIN_SESSION_KEYRING:
		a2 = 0;
		r = str_arg(&k, g2, &a2);
		break;
	case K_UPDATE: case K_INSTANTIATE:
		len = g4;
		a3 = guest_buf(g3, &len, DM_PROT_READ);
		a5 = (long)(int32_t)g5;
		break;
	case K_DESCRIBE: case K_READ: case K_GET_SECURITY:
		len = g4;
		a3 = guest_buf(g3, &len, DM_PROT_WRITE);
		a4 = (long)len;
		break;
	case K_CAPABILITIES:
		len = g3;
		a2 = guest_buf(g2, &len, DM_PROT_WRITE);
		a3 = (long)len;
		break;
	case K_SEARCH:
		if (!(r = str_arg(&k, g3, &a3))) r = str_arg(&k, g4, &a4);
		a5 = (long)(int32_t)g5;
		break;
	case K_RESTRICT_KEYRING:
		if (!(r = str_arg(&k, g3, &a3))) r = str_arg(&k, g4, &a4);
		break;
	case K_REJECT:
		a4 = errno_to_host(abi, (int)g4);
		a5 = (long)(int32_t)g5;
		break;
	case K_INSTANTIATE_IOV:
		if (g3 && g4) {
			r = iov_in(abi, g3, g4, &iov);
			if (r == -EFAULT) { r = 0; a3 = (long)DM_FAULTING_HOST_PTR; }
			else a3 = (long)(uintptr_t)iov;
		}
		a5 = (long)(int32_t)g5;
		break;
	case K_DH_COMPUTE:
		len = g4;
		r = dh_in(abi, g2, g5, dh, &kdf, &k, &a2, &a5);
		a3 = guest_buf(g3, &len, DM_PROT_WRITE);
		a4 = (long)len;
		break;
	case K_PKEY_QUERY:
		if (!(r = str_arg(&k, g4, &a4))) a5 = g5 ? (long)(uintptr_t)query : 0;
		if (g5 && !dm_mm_access_ok(g5, 56, DM_PROT_WRITE)) a5 = (long)DM_FAULTING_HOST_PTR;
		break;
	case K_PKEY_ENCRYPT: case K_PKEY_DECRYPT: case K_PKEY_SIGN: case K_PKEY_VERIFY:
		if (pkey_in(abi, g2, pk, &a2)) break;   /* faulting params: the kernel's EFAULT */
		if ((r = str_arg(&k, g3, &a3))) break;
		len = pk[1];
		a4 = guest_buf(g4, &len, DM_PROT_READ);
		len = pk[2];
		a5 = guest_buf(g5, &len, cmd == K_PKEY_VERIFY ? DM_PROT_READ : DM_PROT_WRITE);
		break;
	default:
		/* ids, timeouts, uids, gids, permissions, flags: plain integers */
		break;
	}
	if (cmd == K_GET_KEYRING_ID || cmd == K_PKEY_QUERY) a2 = (long)(int32_t)g2;
	long res = r ? r : dm_host_syscall(dm_host_nr("keyctl"), cmd, a2, a3, a4, a5, 0);
	if (res > 0 && cmd == K_READ && abi->endian == DM_BIG && g3 && a3 != (long)DM_FAULTING_HOST_PTR)
		keyring_ids_to_guest(abi, a2, g3, (uint64_t)res < len ? (uint64_t)res : len);
	if (res >= 0 && cmd == K_PKEY_QUERY && g5) {
		/* u32 supported_ops, key_size; u16 max_data_size, max_sig_size, max_enc_size,
		 * max_dec_size; u32 __spare[10]: 56 bytes, into guest byte order */
		uint8_t out[56];
		for (int off = 0; off < 56; ) {
			unsigned w = off >= 8 && off < 16 ? 2 : 4;
			uint32_t v = 0;
			memcpy(&v, query + off, w);     /* the host is little-endian */
			dm_gstore(abi, out + off, w, v);
			off += w;
		}
		if (dm_copy_to_guest(g5, out, sizeof out)) res = -EFAULT;
	}
	for (int i = 0; i < k.n; i++) g_free(k.s[i]);
	g_free(iov);
	return dm_sys_err(abi, res);
}
