/* emu/gdbstub/cmds.c: gdb's packets while the process is stopped, one
 * handler per packet name (the table below), and the serve loop. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/dbt/exec.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/gdbstub/internal.h"
#include "emu/mm/codeprot.h"
#include "emu/mm/mm.h"
#include "emu/process.h"

#define PACKET_SIZE 0x4000           /* qSupported PacketSize: largest packet we take */
#define MAX_MEM ((PACKET_SIZE - 32) / 2)

static int reg_tid;                  /* Hg: registers and memory of this thread */
static int cont_tid;                 /* Hc: the thread legacy s/c act on */

struct gdb_thread *gdb_reg_thread(void)
{
	struct gdb_thread *t = gdb_thread_find(reg_tid);
	return t ? t : gdb_thread_find(0);
}

/* A thread-id: p<pid>.<tid>, <tid>, -1 (all) or 0 (any); hex.  *end past it. */
static int parse_tid(const char *s, const char **end)
{
	if (*s == 'p') {
		const char *dot = strchr(s, '.');
		if (!dot) {   /* p<pid>: every thread of that process */
			if (end) *end = s + strcspn(s, ";:");
			return -1;
		}
		s = dot + 1;
	}
	if (s[0] == '-' && s[1] == '1') {
		if (end) *end = s + 2;
		return -1;
	}
	char *e;
	long v = strtol(s, &e, 16);
	if (end) *end = e;
	return (int)v;
}

static bool parse_addr_len(const char *s, uint64_t *addr, uint64_t *len, const char **end)
{
	char *e;
	*addr = strtoull(s, &e, 16);
	if (*e != ',') return false;
	*len = strtoull(e + 1, &e, 16);
	if (end) *end = e;
	return true;
}

static void error(GString *r, int e) { g_string_append_printf(r, "E%02x", e); }

/* ---- queries ------------------------------------------------------------------------ */

static bool h_supported(const char *p, GString *r)
{
	g_string_append_printf(r, "PacketSize=%x;qXfer:features:read+;qXfer:auxv:read+;qXfer:exec-file:read+;"
			       "qXfer:threads:read+;vContSupported+;multiprocess+;QStartNoAckMode+", PACKET_SIZE);
	return true;
}

static bool h_noack(const char *p, GString *r)
{
	gdb_send_str("OK");
	gdb_noack = true;
	return true;   /* reply already sent: r stays empty, and nothing more goes out */
}

static bool h_question(const char *p, GString *r)
{
	reg_tid = gdb_last_event.tid;
	g_string_append_printf(r, "T%02xthread:p%x.%x;", gdb_last_event.sig, gdb_pid, gdb_last_event.tid);
	return true;
}

static bool h_qC(const char *p, GString *r)
{
	struct gdb_thread *t = gdb_reg_thread();
	g_string_append_printf(r, "QCp%x.%x", gdb_pid, t ? t->tid : gdb_pid);
	return true;
}

static bool h_fthreads(const char *p, GString *r)
{
	g_string_append_c(r, 'm');
	pthread_mutex_lock(&gdb_lock);
	for (struct gdb_thread *t = gdb_threads; t; t = t->next)
		g_string_append_printf(r, "%sp%x.%x", t == gdb_threads ? "" : ",", gdb_pid, t->tid);
	pthread_mutex_unlock(&gdb_lock);
	return true;
}

static bool h_sthreads(const char *p, GString *r) { g_string_append_c(r, 'l'); return true; }
static bool h_attached(const char *p, GString *r) { g_string_append_c(r, '1'); return true; }
static bool h_symbol(const char *p, GString *r) { g_string_append(r, "OK"); return true; }
static bool h_xfer(const char *p, GString *r) { gdb_xfer(p, r); return true; }
static bool h_vfile(const char *p, GString *r) { gdb_vfile(p, r); return true; }
static bool h_vcont_q(const char *p, GString *r) { g_string_append(r, "vCont;c;C;s;S;t"); return true; }

static bool h_thread_alive(const char *p, GString *r)
{
	int tid = parse_tid(p, NULL);
	pthread_mutex_lock(&gdb_lock);
	bool alive = gdb_thread_find(tid) != NULL && tid > 0;
	pthread_mutex_unlock(&gdb_lock);
	if (alive) g_string_append(r, "OK");
	else error(r, 1);
	return true;
}

static bool h_set_thread(const char *p, GString *r)
{
	int tid = parse_tid(p + 1, NULL);
	if (tid > 0 && !gdb_thread_find(tid)) {
		error(r, 1);
		return true;
	}
	if (*p == 'g') reg_tid = tid;
	else cont_tid = tid;
	g_string_append(r, "OK");
	return true;
}

/* ---- registers ----------------------------------------------------------------------- */

static bool h_read_regs(const char *p, GString *r)
{
	struct gdb_thread *t = gdb_reg_thread();
	const struct dm_gdb_regs *g = dm_proc.arch->gdb;
	uint8_t buf[16];
	for (unsigned n = 0; t && n < g->nregs; n++) {
		unsigned len = g->read(t->cpu, n, buf);
		gdb_append_hex(r, buf, len);
	}
	return true;
}

static bool h_write_regs(const char *p, GString *r)
{
	struct gdb_thread *t = gdb_reg_thread();
	const struct dm_gdb_regs *g = dm_proc.arch->gdb;
	size_t n = strlen(p) / 2;
	uint8_t *bytes = g_malloc(n + 1);
	if (!t || gdb_hex_decode(p, bytes, n) < 0) {
		error(r, 22);
	} else {
		unsigned off = 0;
		for (unsigned k = 0; k < g->nregs && off < n; k++) {
			unsigned len = g->write(t->cpu, k, bytes + off, (unsigned)(n - off));
			if (!len) break;
			off += len;
		}
		g_string_append(r, "OK");
	}
	g_free(bytes);
	return true;
}

static bool h_read_reg(const char *p, GString *r)
{
	struct gdb_thread *t = gdb_reg_thread();
	uint8_t buf[16];
	unsigned len = t ? dm_proc.arch->gdb->read(t->cpu, (unsigned)strtoul(p, NULL, 16), buf) : 0;
	if (len) gdb_append_hex(r, buf, len);
	else error(r, 0x14);
	return true;
}

static bool h_write_reg(const char *p, GString *r)
{
	struct gdb_thread *t = gdb_reg_thread();
	char *e;
	unsigned n = (unsigned)strtoul(p, &e, 16);
	uint8_t buf[16];
	int len = *e == '=' ? gdb_hex_decode(e + 1, buf, sizeof buf) : -1;
	if (t && len > 0 && dm_proc.arch->gdb->write(t->cpu, n, buf, (unsigned)len)) g_string_append(r, "OK");
	else error(r, 22);
	return true;
}

/* ---- memory: guest addresses only; what is not mapped is an error ----------------------- */

static bool h_read_mem(const char *p, GString *r)
{
	uint64_t addr, len;
	if (!parse_addr_len(p, &addr, &len, NULL)) {
		error(r, 22);
		return true;
	}
	if (len > MAX_MEM) len = MAX_MEM;
	uint8_t buf[256];
	uint64_t done = 0;
	while (done < len) {
		size_t n = len - done < sizeof buf ? (size_t)(len - done) : sizeof buf;
		/* byte by byte at a boundary it cannot cross: the readable prefix */
		if (dm_copy_from_guest(buf, addr + done, n) < 0) {
			size_t k = 0;
			while (k < n && dm_copy_from_guest(buf + k, addr + done + k, 1) == 0) k++;
			gdb_append_hex(r, buf, k);
			done += k;
			break;
		}
		gdb_append_hex(r, buf, n);
		done += n;
	}
	if (!done) error(r, 0x14);
	return true;
}

static void write_mem(uint64_t addr, const uint8_t *data, size_t len, GString *r)
{
	/* a page write-protected because it holds translated code (coherent-fetch
	 * guests) would fault in this thread, which takes no signal: undo that first */
	if (len && dm_mm_access_ok(addr, len, DM_PROT_WRITE)) dm_codeprot_before_write(addr, len);
	if (len && dm_copy_to_guest(addr, data, len) < 0) {
		error(r, 0x14);
		return;
	}
	if (len) dm_exec_invalidate(addr, len);   /* gdb may have changed code */
	g_string_append(r, "OK");
}

static bool h_write_mem(const char *p, GString *r)
{
	uint64_t addr, len;
	const char *e;
	if (!parse_addr_len(p, &addr, &len, &e) || *e != ':' || len > PACKET_SIZE) {
		error(r, 22);
		return true;
	}
	uint8_t *buf = g_malloc(len + 1);
	if (gdb_hex_decode(e + 1, buf, len) != (int)len) error(r, 22);
	else write_mem(addr, buf, len, r);
	g_free(buf);
	return true;
}

/* X: binary data, '}' escapes the next byte (xor 0x20) */
static bool h_write_bin(const char *p, GString *r, size_t plen)
{
	uint64_t addr, len;
	const char *e;
	if (!parse_addr_len(p, &addr, &len, &e) || *e != ':' || len > PACKET_SIZE) {
		error(r, 22);
		return true;
	}
	const char *d = e + 1, *end = p + plen;
	uint8_t *buf = g_malloc(len + 1);
	size_t n = 0;
	while (d < end && n < len) {
		uint8_t c = (uint8_t)*d++;
		if (c == '}' && d < end) c = (uint8_t)(*d++ ^ 0x20);
		buf[n++] = c;
	}
	if (n != len) error(r, 22);
	else write_mem(addr, buf, len, r);
	g_free(buf);
	return true;
}

/* ---- breakpoints --------------------------------------------------------------------------- */

static bool set_bp(const char *p, GString *r, bool insert)
{
	char *e;
	int type = (int)strtol(p, &e, 10);
	uint64_t addr, kind;
	if (*e != ',' || !parse_addr_len(e + 1, &addr, &kind, NULL)) {
		error(r, 22);
		return true;
	}
	int rc = insert ? gdb_bp_insert(type, addr, kind) : gdb_bp_remove(type, addr, kind);
	if (rc == 0) g_string_append(r, "OK");
	else if (rc == -1) { /* type not supported: empty reply */ }
	else error(r, 0x14);
	return true;
}

static bool h_insert(const char *p, GString *r) { return set_bp(p, r, true); }
static bool h_remove(const char *p, GString *r) { return set_bp(p, r, false); }

/* ---- resuming ---------------------------------------------------------------------------- */

static void set_all(enum gdb_action a, int sig)
{
	for (struct gdb_thread *t = gdb_threads; t; t = t->next) t->action = a, t->resume_sig = sig;
}

/* legacy c/C/s/S: [sig;][addr]: everything continues, or the Hc thread steps */
static bool legacy_resume(const char *p, enum gdb_action a, bool with_sig, GString *r)
{
	int sig = 0;
	if (with_sig) {
		char *e;
		sig = (int)strtol(p, &e, 16);
		p = *e == ';' ? e + 1 : e;
	}
	if (*p && strspn(p, "0123456789abcdefABCDEF") != strlen(p)) {   /* not an address */
		error(r, 22);
		return true;
	}
	pthread_mutex_lock(&gdb_lock);
	struct gdb_thread *cur = gdb_thread_find(cont_tid > 0 ? cont_tid : reg_tid);
	if (!cur) cur = gdb_thread_find(0);
	if (*p && cur) cur->cpu->pc = strtoull(p, NULL, 16);
	if (a == ACT_STEP) {
		set_all(ACT_STOP, 0);
		if (cur) cur->action = ACT_STEP, cur->resume_sig = sig;
	} else {
		set_all(ACT_CONT, 0);
		if (cur) cur->resume_sig = sig;
	}
	pthread_mutex_unlock(&gdb_lock);
	gdb_resume();
	return false;
}

static bool h_c(const char *p, GString *r) { return legacy_resume(p, ACT_CONT, false, r); }
static bool h_C(const char *p, GString *r) { return legacy_resume(p, ACT_CONT, true, r); }
static bool h_s(const char *p, GString *r) { return legacy_resume(p, ACT_STEP, false, r); }
static bool h_S(const char *p, GString *r) { return legacy_resume(p, ACT_STEP, true, r); }

/* vCont;ACTION[:TID]...: each thread takes the leftmost action that names it;
 * threads no action names stay stopped */
static bool h_vcont(const char *p, GString *r)
{
	pthread_mutex_lock(&gdb_lock);
	for (struct gdb_thread *t = gdb_threads; t; t = t->next) t->action = ACT_STOP, t->resume_sig = -1;
	bool any = false;
	while (*p == ';') {
		p++;
		char kind = *p++;
		int sig = 0;
		if (kind == 'C' || kind == 'S') {
			char *e;
			sig = (int)strtol(p, &e, 16);
			p = e;
		}
		int tid = -1;
		if (*p == ':') tid = parse_tid(p + 1, &p);
		enum gdb_action a = kind == 'c' || kind == 'C' ? ACT_CONT : kind == 's' || kind == 'S' ? ACT_STEP : ACT_STOP;
		for (struct gdb_thread *t = gdb_threads; t; t = t->next)
			if (t->resume_sig < 0 && (tid <= 0 || t->tid == tid)) {
				t->action = a;
				t->resume_sig = sig;
				any |= a != ACT_STOP;
			}
		while (*p && *p != ';') p++;
	}
	for (struct gdb_thread *t = gdb_threads; t; t = t->next)
		if (t->resume_sig < 0) t->resume_sig = 0;
	pthread_mutex_unlock(&gdb_lock);
	if (!any) {
		error(r, 22);
		return true;
	}
	gdb_resume();
	return false;
}

static bool h_detach(const char *p, GString *r)
{
	gdb_send_str("OK");
	gdb_detach();
	return false;
}

static _Noreturn void kill_guest(void)
{
	/* the whole process, at once: SIGKILL cannot be caught */
	kill(getpid(), SIGKILL);
	for (;;) pause();
}

static bool h_kill(const char *p, GString *r) { kill_guest(); }

static bool h_vkill(const char *p, GString *r)
{
	gdb_send_str("OK");
	kill_guest();
}

/* ---- the table ---------------------------------------------------------------------------- */

static const struct {
	const char *name;
	bool (*fn)(const char *args, GString *reply);
	bool exact;              /* the whole packet, not a prefix */
} handlers[] = {
	{ "qSupported", h_supported, false },
	{ "QStartNoAckMode", h_noack, true },
	{ "qXfer:", h_xfer, false },
	{ "qfThreadInfo", h_fthreads, true },
	{ "qsThreadInfo", h_sthreads, true },
	{ "qAttached", h_attached, false },
	{ "qSymbol", h_symbol, false },
	{ "qC", h_qC, true },
	{ "vCont?", h_vcont_q, true },
	{ "vCont", h_vcont, false },
	{ "vFile:", h_vfile, false },
	{ "vKill", h_vkill, false },
	{ "?", h_question, true },
	{ "H", h_set_thread, false },
	{ "T", h_thread_alive, false },
	{ "g", h_read_regs, true },
	{ "G", h_write_regs, false },
	{ "p", h_read_reg, false },
	{ "P", h_write_reg, false },
	{ "m", h_read_mem, false },
	{ "M", h_write_mem, false },
	{ "Z", h_insert, false },
	{ "z", h_remove, false },
	{ "c", h_c, false },
	{ "C", h_C, false },
	{ "s", h_s, false },
	{ "S", h_S, false },
	{ "D", h_detach, false },
	{ "k", h_kill, true },
};

bool gdb_handle(const char *pkt, GString *reply)
{
	if (pkt[0] == 'X') return h_write_bin(pkt + 1, reply, strlen(pkt + 1));
	for (size_t i = 0; i < G_N_ELEMENTS(handlers); i++) {
		size_t n = strlen(handlers[i].name);
		if (strncmp(pkt, handlers[i].name, n)) continue;
		if (handlers[i].exact && pkt[n]) continue;
		return handlers[i].fn(pkt + n, reply);
	}
	return true;   /* unknown packet: the empty reply */
}

bool gdb_serve_stopped(void)
{
	GString *pkt = g_string_new(NULL), *reply = g_string_new(NULL);
	reg_tid = cont_tid = gdb_last_event.tid;
	bool ok = true;
	for (;;) {
		int k = gdb_read_packet(pkt);
		if (k == 0) {
			ok = false;
			break;
		}
		if (k == 2) continue;   /* an interrupt while stopped: nothing to do */
		g_string_truncate(reply, 0);
		bool stay;
		if (pkt->str[0] == 'X') stay = h_write_bin(pkt->str + 1, reply, pkt->len - 1);
		else stay = gdb_handle(pkt->str, reply);
		if (!stay) break;
		if (!(pkt->str[0] == 'Q' && !strcmp(pkt->str, "QStartNoAckMode"))) gdb_send(reply->str, reply->len);
	}
	g_string_free(pkt, TRUE);
	g_string_free(reply, TRUE);
	return ok;
}
