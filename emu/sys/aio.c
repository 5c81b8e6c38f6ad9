/* emu/sys/aio.c: native AIO (io_setup, io_destroy, io_submit, io_cancel,
 * io_getevents, io_pgetevents[_time64]) on the host kernel's AIO.
 *
 * The kernel keeps the address of each submitted iocb: it comes back as
 * io_event.obj and is io_cancel's key.  The guest's iocbs are in guest
 * layout (spec type iocb: byte order, PADDED key/rw_flags order) with guest
 * addresses in aio_buf, so io_submit hands the kernel host copies
 * (aio_buf rebased; PREADV/PWRITEV iovec arrays converted, which the kernel
 * reads at submission) and remembers copy -> guest iocb until the event is
 * reaped: io_getevents gives the guest its own iocb address in obj and its
 * aio_data unchanged, and a failed request's negative errno in res in the
 * guest's numbering.  io_cancel looks the guest iocb up the same way.
 *
 * Buffers are checked against the guest map at submission (a read needs a
 * writable buffer, all of it); one that is not guest memory reaches the
 * kernel as a user page that always faults, so the request is accepted and
 * completes with EFAULT, as in the guest's kernel (which would complete a
 * partly mapped buffer with a short count instead).
 *
 * The context is the address of the kernel's completion ring in the host
 * address space; 64-bit guests get it as it is (libaio peeks at the ring's
 * head and tail there), a 32-bit guest only when it fits its word (else
 * ENOMEM).  The ring is not a guest mapping: /proc/self/maps does not list it. */
#include <glib.h>
#include <linux/aio_abi.h>
#include <sys/uio.h>
#include <pthread.h>
#include <sys/mman.h>
#include <string.h>

#include "emu/sys/internal.h"

#define AIO_MAX_NR 65536        /* more than any ring can hold at once */

struct pending {
	struct iocb *host;            /* the copy the kernel knows */
	void *iov;                    /* converted iovecs (the kernel read them at submission) */
	uint64_t guest;               /* the guest's iocb address */
	aio_context_t ctx;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static GHashTable *by_host;          /* struct iocb * -> struct pending * */

static void remember(struct pending *p)
{
	pthread_mutex_lock(&lock);
	if (!by_host) by_host = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, NULL);
	g_hash_table_insert(by_host, p->host, p);
	pthread_mutex_unlock(&lock);
}

static void pending_free(struct pending *p)
{
	g_free(p->iov);
	g_free(p->host);
	g_free(p);
}

void dm_aio_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) {
		pthread_mutex_lock(&lock);
	} else if (phase == DM_FORK_PARENT) {
		pthread_mutex_unlock(&lock);
	} else {
		pthread_mutex_init(&lock, NULL);
		if (by_host) {
			/* the child's kernel has no AIO context: nothing can complete there */
			GHashTableIter it;
			gpointer k, v;
			g_hash_table_iter_init(&it, by_host);
			while (g_hash_table_iter_next(&it, &k, &v)) pending_free(v);
			g_hash_table_remove_all(by_host);
		}
	}
}

/* Take the record of a completed host iocb; NULL when unknown. */
static struct pending *take(uint64_t host)
{
	pthread_mutex_lock(&lock);
	struct pending *p = by_host ? g_hash_table_lookup(by_host, (void *)(uintptr_t)host) : NULL;
	if (p) g_hash_table_remove(by_host, p->host);
	pthread_mutex_unlock(&lock);
	return p;
}

static gboolean of_ctx(gpointer k, gpointer v, gpointer ctx)
{
	(void)k;
	struct pending *p = v;
	if (p->ctx != *(aio_context_t *)ctx) return FALSE;
	pending_free(p);
	return TRUE;
}

/* The host copy of the guest iocb at g in context ctx, or NULL. */
static struct iocb *find_guest(aio_context_t ctx, uint64_t g)
{
	GHashTableIter it;
	gpointer k, v;
	struct iocb *r = NULL;
	pthread_mutex_lock(&lock);
	if (by_host) {
		g_hash_table_iter_init(&it, by_host);
		while (g_hash_table_iter_next(&it, &k, &v)) {
			struct pending *p = v;
			if (p->guest == g && p->ctx == ctx) { r = p->host; break; }
		}
	}
	pthread_mutex_unlock(&lock);
	return r;
}

int64_t dm_sys_io_setup(struct dm_sys_call *c)
{
	unsigned nr = (unsigned)dm_call_arg(c, 0);
	uint64_t gp = dm_call_arg(c, 1), cur;
	unsigned w = dm_gword(c->abi);
	if (dm_get_guest(c->abi, gp, w, &cur)) return DM_GERR(EFAULT);
	if (cur) return DM_GERR(EINVAL);
	aio_context_t ctx = 0;
	long r = dm_host_syscall(dm_host_nr("io_setup"), nr, (long)&ctx, 0, 0, 0, 0);
	if (r < 0) return dm_sys_err(c->abi, r);
	if (w < 8 && ctx >> 32) {
		dm_host_syscall(dm_host_nr("io_destroy"), (long)ctx, 0, 0, 0, 0, 0);
		return DM_GERR(ENOMEM);
	}
	if (dm_put_guest(c->abi, gp, w, ctx)) {
		dm_host_syscall(dm_host_nr("io_destroy"), (long)ctx, 0, 0, 0, 0, 0);
		return DM_GERR(EFAULT);
	}
	return 0;
}

int64_t dm_sys_io_destroy(struct dm_sys_call *c)
{
	aio_context_t ctx = dm_call_arg(c, 0);
	/* the kernel waits for every request of the context before it returns */
	long r = dm_host_syscall(dm_host_nr("io_destroy"), (long)ctx, 0, 0, 0, 0, 0);
	if (r == 0) {
		pthread_mutex_lock(&lock);
		if (by_host) g_hash_table_foreach_remove(by_host, of_ctx, &ctx);
		pthread_mutex_unlock(&lock);
	}
	return dm_sys_err(c->abi, r);
}

/* A buffer that is not guest memory: the kernel checks only that a request's
 * buffer is a user address at submission and fails the request with EFAULT
 * when it copies, so it gets a user address that always faults (one
 * PROT_NONE page, mapped once and never unmapped). */
static uint64_t fault_page;
static pthread_once_t fault_once = PTHREAD_ONCE_INIT;
static void fault_page_init(void)
{
	void *p = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	fault_page = p == MAP_FAILED ? DM_FAULTING_HOST_PTR : (uint64_t)(uintptr_t)p;
}
static uint64_t faulting_user_page(void)
{
	pthread_once(&fault_once, fault_page_init);
	return fault_page;
}

/* A host pointer to n guest bytes for the kernel (prot: what it will do), or a faulting one. */
static uint64_t host_buf(uint64_t g, uint64_t n, int prot)
{
	if (!n) return (uint64_t)(uintptr_t)dm_g2h(g);
	void *p = dm_guest_ptr(g, n, prot);
	return p ? (uint64_t)(uintptr_t)p : faulting_user_page();
}

/* Guest iocb at g -> host copy: 0, or -EFAULT when it cannot be read. */
static int iocb_in(const struct dm_abi *abi, uint64_t g, aio_context_t ctx, struct pending **out)
{
	const struct dm_type *t = abi->types[DM_T_iocb];
	struct iocb *h = NULL;
	if (!t || dm_struct_in(t, g, 1, (void **)&h)) return -EFAULT;
	struct pending *p = g_new0(struct pending, 1);
	p->host = h;
	p->guest = g;
	p->ctx = ctx;
	switch (h->aio_lio_opcode) {
	case IOCB_CMD_PREAD:
		h->aio_buf = host_buf(h->aio_buf, h->aio_nbytes, DM_PROT_WRITE);
		break;
	case IOCB_CMD_PWRITE:
		h->aio_buf = host_buf(h->aio_buf, h->aio_nbytes, DM_PROT_READ);
		break;
	case IOCB_CMD_PREADV: case IOCB_CMD_PWRITEV: {
		/* the kernel reads the iovec array (aio_nbytes entries) at submission */
		const struct dm_type *iv = abi->types[DM_T_iovec];
		if (h->aio_nbytes > 1024 || dm_struct_in(iv, h->aio_buf, h->aio_nbytes, &p->iov)) {
			/* EFAULT, or the kernel's EINVAL for more than UIO_MAXIOV (checked first) */
			h->aio_buf = DM_FAULTING_HOST_PTR;
			break;
		}
		struct iovec *v = p->iov;
		int prot = h->aio_lio_opcode == IOCB_CMD_PREADV ? DM_PROT_WRITE : DM_PROT_READ;
		for (uint64_t i = 0; i < h->aio_nbytes; i++)
			if (v[i].iov_len && !dm_guest_ptr(dm_h2g(v[i].iov_base), v[i].iov_len, prot))
				v[i].iov_base = (void *)(uintptr_t)faulting_user_page();
		h->aio_buf = (uint64_t)(uintptr_t)p->iov;
		break;
	}
	default:
		/* FSYNC, FDSYNC, NOOP: no buffer; POLL: aio_buf holds the event mask */
		break;
	}
	*out = p;
	return 0;
}

int64_t dm_sys_io_submit(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	aio_context_t ctx = dm_call_arg(c, 0);
	int64_t nr = (int64_t)dm_call_arg(c, 1);
	uint64_t gv = dm_call_arg(c, 2);
	unsigned w = dm_gword(abi);
	if (nr < 0) return DM_GERR(EINVAL);
	if (nr > AIO_MAX_NR) nr = AIO_MAX_NR;   /* the kernel clamps nr to the ring's size too */
	if (!nr) return dm_sys_err(abi, dm_host_syscall(dm_host_nr("io_submit"), (long)ctx, 0, 0, 0, 0, 0));
	struct pending **ps = g_new0(struct pending *, nr);
	struct iocb **hv = g_new0(struct iocb *, nr);
	int64_t n = 0;
	/* as the kernel: the requests before the first unreadable pointer or iocb are submitted */
	for (; n < nr; n++) {
		uint64_t g;
		if (dm_get_guest(abi, gv + (uint64_t)n * w, w, &g)) break;
		if (iocb_in(abi, g, ctx, &ps[n])) break;
		hv[n] = ps[n]->host;
		remember(ps[n]);
	}
	long r = n ? dm_host_syscall(dm_host_nr("io_submit"), (long)ctx, (long)n, (long)hv, 0, 0, 0) : -EFAULT;
	/* the submitted ones belong to whoever reaps them now (another thread
	 * may already have); the others were never seen by the kernel */
	for (int64_t i = r < 0 ? 0 : r; i < n; i++) {
		take((uint64_t)(uintptr_t)ps[i]->host);
		pending_free(ps[i]);
	}
	g_free(ps);
	g_free(hv);
	return dm_sys_err(abi, r);
}

int64_t dm_sys_io_cancel(struct dm_sys_call *c)
{
	aio_context_t ctx = dm_call_arg(c, 0);
	uint64_t g = dm_call_arg(c, 1), gres = dm_call_arg(c, 2);
	struct iocb probe;
	struct iocb *h = find_guest(ctx, g);
	if (!h) {
		/* not ours in flight: the kernel reads the key, then finds nothing (EINVAL) */
		struct iocb *t = NULL;
		if (dm_struct_in(c->abi->types[DM_T_iocb], g, 1, (void **)&t)) return DM_GERR(EFAULT);
		probe = *t;
		g_free(t);
		h = &probe;
	}
	/* result is no longer written by the kernel (the event goes to the ring) */
	void *hres = gres ? dm_guest_ptr(gres, sizeof(struct io_event), DM_PROT_WRITE) : NULL;
	long r = dm_host_syscall(dm_host_nr("io_cancel"), (long)ctx, (long)h,
				 gres ? (hres ? (long)hres : (long)DM_FAULTING_HOST_PTR) : 0, 0, 0, 0);
	return dm_sys_err(c->abi, r);
}

/* The timeout's struct type from the signature (timespec or timespec64). */
static int timeout_in(struct dm_sys_call *c, uint64_t g, void **ts)
{
	*ts = NULL;
	if (!g) return 0;
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	int i = dm_sig_arg(s, "timeout");
	const struct dm_type *t = i >= 0 && s->args[i].type ? s->args[i].type : c->abi->types[DM_T_timespec];
	return t ? dm_struct_in(t, g, 1, ts) : -ENOSYS;
}

static int64_t getevents(struct dm_sys_call *c, int with_sig)
{
	const struct dm_abi *abi = c->abi;
	aio_context_t ctx = dm_call_arg(c, 0);
	long min_nr = (long)(int64_t)dm_call_arg(c, 1), nr = (long)(int64_t)dm_call_arg(c, 2);
	uint64_t gev = dm_call_arg(c, 3), gts = dm_call_arg(c, 4), gsig = with_sig ? dm_call_arg(c, 5) : 0;
	const struct dm_type *et = abi->types[DM_T_io_event];
	if (nr > AIO_MAX_NR) {           /* min_nr > nr stays the kernel's EINVAL */
		nr = AIO_MAX_NR;
		if (min_nr > nr) min_nr = nr;
	}
	void *ts = NULL;
	int r = timeout_in(c, gts, &ts);
	if (r) return DM_GERR(-r);
	/* __aio_sigset: { const sigset_t *sigmask; size_t sigsetsize; } in guest words */
	struct { const uint64_t *sigmask; size_t sigsetsize; } hsig = { 0 }, *phsig = NULL;
	uint64_t hmask;
	if (gsig) {
		unsigned w = dm_gword(abi);
		uint64_t gmask, gsize;
		uint8_t set[128];
		if (dm_get_guest(abi, gsig, w, &gmask) || dm_get_guest(abi, gsig + w, w, &gsize)) {
			g_free(ts);
			return DM_GERR(EFAULT);
		}
		unsigned gs = dm_guest_sigset_size(abi);
		if (gmask) {
			if (gsize != gs) { g_free(ts); return DM_GERR(EINVAL); }
			if (dm_copy_from_guest(set, gmask, gs)) { g_free(ts); return DM_GERR(EFAULT); }
			hmask = dm_gsigset_to_host(abi, set, gs);
			hsig.sigmask = &hmask;
			hsig.sigsetsize = 8;
		}
		phsig = &hsig;
	}
	struct io_event *ev = nr > 0 ? g_new0(struct io_event, nr) : NULL;
	long res = with_sig
		? dm_host_syscall(dm_host_nr("io_pgetevents"), (long)ctx, min_nr, nr, (long)ev, (long)ts, (long)phsig)
		: dm_host_syscall(dm_host_nr("io_getevents"), (long)ctx, min_nr, nr, (long)ev, (long)ts, 0);
	for (long i = 0; i < res; i++) {
		struct pending *p = take(ev[i].obj);
		if (p) {
			ev[i].obj = p->guest;
			pending_free(p);
		}
		/* a failed request's result is -errno */
		if (ev[i].res < 0 && ev[i].res > -4096)
			ev[i].res = -(int64_t)dm_errno_to_guest(abi, (int)-ev[i].res);
	}
	if (res > 0 && dm_struct_out(et, gev, (size_t)res, ev)) res = -EFAULT;
	g_free(ev);
	g_free(ts);
	return dm_sys_err(abi, res);
}

int64_t dm_sys_io_getevents(struct dm_sys_call *c) { return getevents(c, 0); }
int64_t dm_sys_io_pgetevents(struct dm_sys_call *c) { return getevents(c, 1); }
int64_t dm_sys_io_pgetevents_time64(struct dm_sys_call *c) { return getevents(c, 1); }
