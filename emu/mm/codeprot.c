/* emu/mm/codeprot.c: write protection of translated code (codeprot.h).
 *
 * One record per protected "code page": a guest page of a private or
 * anonymous mapping, or a page of a shared object (file or memfd by
 * st_dev + st_ino + page offset, SysV shm by id + page offset), whose every
 * writable guest view is mapped read-only on the host while `prot` is set.
 * The records and the host protection change together, under the page
 * map's lock (read-locked here; mm.c holds it write-locked when it calls
 * dm_codeprot_changed_locked) and this file's mutex, so `prot` set means
 * every writable view is read-only on the host.
 *
 * The fault path runs in the host SIGSEGV handler: it takes the map's lock
 * for reading (the faulting thread may hold it for reading already:
 * dm_copy_to_guest; glibc's default rwlock lets a reader in while a writer
 * waits), this mutex, and the block cache's lock (dm_exec_invalidate_icache);
 * no code holds either of the last two while it writes guest memory. */
#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "emu/dbt/exec.h"
#include "emu/mm/codeprot.h"
#include "emu/mm/mm.h"
#include "emu/mm/mm_locked.h"

/* A page past DM_CODEPROT_HOT_FAULTS is not protected again until its
 * mapping changes: a fault costs a signal, two mprotect calls and a new
 * translation (about 10 us), a block that compares its bytes on entry
 * tens of nanoseconds. */

enum kind { K_PAGE, K_FILE, K_SHM };
struct key { uint64_t kind, dev, ino, pg; };   /* K_PAGE: pg = guest page number */
struct cpage {
	struct key k;
	bool prot;          /* every writable view is read-only on the host */
	bool writable;      /* some view is guest-writable (last time we looked) */
	bool checked;       /* too many faults: never protected again, blocks check their bytes */
	uint32_t faults;
};

static GMutex lock;
static GHashTable *pages;          /* struct key -> struct cpage */
static unsigned npages;            /* atomic: 0 = nothing protected, every hook returns at once */
static unsigned hot_faults;        /* DM_CODEPROT_HOT_FAULTS, or DM_CODEPROT_HOT from the environment (0: never) */

static void settings(void)
{
	static bool done;
	if (done) return;
	const char *e = getenv("DM_CODEPROT_HOT");
	hot_faults = e && *e ? (unsigned)strtoul(e, NULL, 10) : DM_CODEPROT_HOT_FAULTS;
	done = true;
}

static guint key_hash(gconstpointer p)
{
	const struct key *k = p;
	uint64_t h = k->kind * 0x9e3779b97f4a7c15ull ^ k->dev * 0xc2b2ae3d27d4eb4full ^ k->ino * 0x165667b19e3779f9ull ^ k->pg;
	return (guint)(h ^ (h >> 32));
}
static gboolean key_equal(gconstpointer a, gconstpointer b) { return !memcmp(a, b, sizeof(struct key)); }

static uint64_t pagesz(void) { return dm_mm_page_size(); }

static bool shared_object(const struct dm_vma *v) { return (v->flags & DM_VMA_SHARED) && (v->ino || v->shm_size); }

/* The code page guest page p (in v) belongs to. */
static struct key key_of(const struct dm_vma *v, uint64_t p)
{
	if (!shared_object(v)) return (struct key){ K_PAGE, 0, 0, p / pagesz() };
	uint64_t off = v->offset + (p - v->start);
	if (v->shm_size) return (struct key){ K_SHM, 0, v->ino, off / pagesz() };
	return (struct key){ K_FILE, v->dev, v->ino, off / pagesz() };
}

/* Does v map object page k?  Its guest address in *p. */
static bool views(const struct dm_vma *v, const struct key *k, uint64_t *p)
{
	if (k->kind == K_PAGE) {
		*p = k->pg * pagesz();
		return v->start <= *p && *p < v->end && !shared_object(v);
	}
	if (!shared_object(v) || v->ino != k->ino || (k->kind == K_SHM) != (v->shm_size != 0) ||
	    (k->kind == K_FILE && v->dev != k->dev))
		return false;
	uint64_t off = k->pg * pagesz();
	if (off < v->offset || off - v->offset >= v->end - v->start) return false;
	*p = v->start + (off - v->offset);
	return true;
}

static void host_prot(uint64_t p, int prot, bool ro)
{
	int h = dm_mm_host_prot(prot);
	if (ro) h &= ~PROT_WRITE;
	mprotect(dm_g2h(p), pagesz(), h);
}

/* Every writable view of k read-only (ro) or back to the guest's protection;
 * returns whether any view is writable.  Undoing also drops the blocks of
 * every view (map read-locked, mutex held). */
static bool set_views(const struct key *k, bool ro)
{
	uint64_t p;
	if (k->kind == K_PAGE) {   /* its one view */
		const struct dm_vma *x = dm_mm_find_locked(k->pg * pagesz());
		if (!x || !views(x, k, &p)) return false;
		bool writable = (x->prot & DM_PROT_WRITE) != 0;
		if (writable) host_prot(p, x->prot, ro);
		if (!ro) dm_exec_invalidate_icache(p, pagesz());
		return writable;
	}
	size_t n;
	const struct dm_vma *v = dm_mm_vmas_locked(&n);
	bool writable = false;
	for (size_t i = 0; i < n; i++) {
		if (!views(&v[i], k, &p)) continue;
		if (v[i].prot & DM_PROT_WRITE) {
			writable = true;
			host_prot(p, v[i].prot, ro);
		}
		if (!ro) dm_exec_invalidate_icache(p, pagesz());
	}
	return writable;
}

enum dm_codeprot_mode dm_codeprot_translating(uint64_t pc)
{
	enum dm_codeprot_mode r = DM_CODEPROT_NONE;
	dm_mm_read_lock();
	const struct dm_vma *v = dm_mm_find_locked(pc);
	if (v && ((v->prot & DM_PROT_WRITE) || shared_object(v))) {
		uint64_t p = pc & ~(pagesz() - 1);
		struct key k = key_of(v, p);
		g_mutex_lock(&lock);
		if (!pages) {
			pages = g_hash_table_new_full(key_hash, key_equal, NULL, g_free);
			settings();
		}
		struct cpage *c = g_hash_table_lookup(pages, &k);
		if (!c) {
			c = g_new0(struct cpage, 1);
			c->k = k;
			g_hash_table_insert(pages, &c->k, c);
			__atomic_add_fetch(&npages, 1, __ATOMIC_RELEASE);
		}
		if (c->checked) {
			r = DM_CODEPROT_CHECKED;
		} else {
			if (!c->prot) {
				c->writable = set_views(&k, true);
				c->prot = true;
			}
			r = c->writable ? DM_CODEPROT_PROTECTED : DM_CODEPROT_NONE;
		}
		g_mutex_unlock(&lock);
	}
	dm_mm_read_unlock();
	return r;
}

/* Undo the protection of the code page of guest page p (in v); map read-locked. */
static bool undo(const struct dm_vma *v, uint64_t p)
{
	struct key k = key_of(v, p);
	g_mutex_lock(&lock);
	struct cpage *c = pages ? g_hash_table_lookup(pages, &k) : NULL;
	if (c) {
		/* prot already clear: another thread undid it since this store
		 * faulted, and this is a second, harmless undo */
		set_views(&k, false);
		c->prot = false;
		if (++c->faults >= hot_faults && hot_faults) c->checked = true;
	}
	g_mutex_unlock(&lock);
	return c != NULL;
}

bool dm_codeprot_write_fault(uint64_t addr)
{
	if (!__atomic_load_n(&npages, __ATOMIC_ACQUIRE)) return false;
	int e = errno;
	bool r = false;
	dm_mm_read_lock();
	const struct dm_vma *v = dm_mm_find_locked(addr);
	/* a page the guest itself may not write: its own fault */
	if (v && (v->prot & DM_PROT_WRITE)) r = undo(v, addr & ~(pagesz() - 1));
	dm_mm_read_unlock();
	errno = e;
	return r;
}

void dm_codeprot_before_write(uint64_t addr, uint64_t len)
{
	if (!len || !__atomic_load_n(&npages, __ATOMIC_ACQUIRE)) return;
	uint64_t ps = pagesz(), end = addr + len;
	if (end < addr) return;
	dm_mm_read_lock();
	for (uint64_t p = addr & ~(ps - 1); p < end; p += ps) {
		const struct dm_vma *v = dm_mm_find_locked(p);
		if (!v || !(v->prot & DM_PROT_WRITE)) continue;
		struct key k = key_of(v, p);
		g_mutex_lock(&lock);
		struct cpage *c = g_hash_table_lookup(pages, &k);
		bool hit = c && c->prot;
		g_mutex_unlock(&lock);
		if (hit) undo(v, p);
	}
	dm_mm_read_unlock();
}

static gboolean page_in(gpointer key, gpointer value, gpointer range)
{
	const struct key *k = key;
	const uint64_t *r = range;
	(void)value;
	return k->kind == K_PAGE && k->pg >= r[0] && k->pg < r[1];
}

void dm_codeprot_changed_locked(uint64_t s, uint64_t e)
{
	if (!__atomic_load_n(&npages, __ATOMIC_ACQUIRE) || e <= s) return;
	uint64_t ps = pagesz();
	g_mutex_lock(&lock);
	/* private and anonymous pages: the host protection is the guest's again */
	uint64_t r[2] = { s / ps, (e + ps - 1) / ps };
	if (r[1] - r[0] <= g_hash_table_size(pages)) {
		for (uint64_t no = r[0]; no < r[1]; no++) {
			struct key k = { K_PAGE, 0, 0, no };
			if (g_hash_table_remove(pages, &k)) __atomic_sub_fetch(&npages, 1, __ATOMIC_RELEASE);
		}
	} else {
		guint n = g_hash_table_foreach_remove(pages, page_in, r);
		__atomic_sub_fetch(&npages, n, __ATOMIC_RELEASE);
	}
	/* shared objects: a view (new, moved or re-protected) of a protected
	 * page must be read-only like the others */
	size_t n;
	const struct dm_vma *v = dm_mm_vmas_locked(&n);
	for (size_t i = 0; i < n && npages; i++) {
		if (v[i].end <= s || v[i].start >= e || !shared_object(&v[i])) continue;
		uint64_t lo = v[i].start > s ? v[i].start : s, hi = v[i].end < e ? v[i].end : e;
		for (uint64_t p = lo & ~(ps - 1); p < hi; p += ps) {
			struct key k = key_of(&v[i], p);
			struct cpage *c = g_hash_table_lookup(pages, &k);
			if (!c || !c->prot || !(v[i].prot & DM_PROT_WRITE)) continue;
			host_prot(p, v[i].prot, true);
			c->writable = true;
		}
	}
	g_mutex_unlock(&lock);
}

void dm_codeprot_fork(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) g_mutex_lock(&lock);
	else if (phase == DM_FORK_PARENT) g_mutex_unlock(&lock);
	else g_mutex_init(&lock);
}
