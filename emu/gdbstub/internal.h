/* emu/gdbstub/internal.h: what the stub's files share.
 *
 *   stub.c     the session: -g, the stub thread, the exit reply
 *   packet.c   the connection and the remote serial protocol's framing
 *   stop.c     all-stop: guest threads, stop events, resume actions,
 *              breakpoints and watchpoints (the hooks of gdbstub.h)
 *   cmds.c     the packet handlers (one table, by packet prefix)
 *   xfer.c     qXfer objects and vFile (the guest's files) */
#ifndef DM_GDB_INTERNAL_H
#define DM_GDB_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "emu/cpu.h"

/* ---- packet.c ----------------------------------------------------------------- */
int gdb_listen(const char *spec);          /* listening socket, or -1 (message printed) */
int gdb_accept(int lfd);                   /* the connection, or -1 */
extern int gdb_fd;                         /* the connection (-1: none) */
extern bool gdb_noack;                     /* QStartNoAckMode */
/* Read one packet into *out (unescaped payload, NUL-terminated).  Returns 1
 * for a packet, 2 for an interrupt byte (0x03), 0 at end of connection. */
int gdb_read_packet(GString *out);
/* Bytes that came while the guest ran (kept for gdb_read_packet): 1 when
 * they held the interrupt byte, 0 if not, -1 at end of connection. */
int gdb_take_input(void);
void gdb_send(const char *data, size_t len);          /* framed, checksummed, escaped as needed */
void gdb_send_str(const char *s);
void gdb_sendf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Binary data escaped for an 'X', qXfer or vFile reply body. */
void gdb_append_binary(GString *s, const uint8_t *p, size_t n);
void gdb_append_hex(GString *s, const uint8_t *p, size_t n);
int gdb_hex_decode(const char *hex, uint8_t *out, size_t max);   /* bytes, or -1 */

/* ---- stop.c --------------------------------------------------------------------- */
enum gdb_action { ACT_STOP, ACT_CONT, ACT_STEP };
struct gdb_thread {
	int tid;
	struct dm_cpu *cpu;
	volatile int *pending;                 /* its dm_signal_pending: makes chained code leave */
	enum { TS_RUN, TS_PARKED, TS_SYSCALL } state;
	enum gdb_action action;
	int resume_sig;                        /* gdb signal number to deliver when resumed (C/S) */
	struct gdb_thread *next;
};
extern pthread_mutex_t gdb_lock;
extern struct gdb_thread *gdb_threads;     /* under gdb_lock; stable while stopped */
extern int gdb_pid;
struct gdb_thread *gdb_thread_find(int tid);   /* tid <= 0: the first one */

/* The stop the debugger is told about: T<sig>[watch:ADDR;]thread:p<pid>.<tid>; */
struct gdb_event { int sig; int tid; bool watch; uint64_t watch_addr; };
void gdb_stop_reply(const struct gdb_event *e);
extern struct gdb_event gdb_last_event;

/* The stub thread: wait for a reported stop (every thread parked or in a
 * system call); false when the guest still runs.  gdb_interrupt: Ctrl-C. */
extern int gdb_event_pipe[2];
bool gdb_wait_stopped(struct gdb_event *e);
void gdb_interrupt(void);
void gdb_stop_initial(int tid);
/* Resume every thread per its action (set by the caller, under no lock). */
void gdb_resume(void);
/* Detach: drop every breakpoint and watchpoint, let everything run free. */
void gdb_detach(void);

int gdb_bp_insert(int type, uint64_t addr, uint64_t len);   /* 0, or -1: unsupported type */
int gdb_bp_remove(int type, uint64_t addr, uint64_t len);

/* Serve packets while stopped until one resumes the process (cmds.c).
 * Returns false when the connection is gone. */
bool gdb_serve_stopped(void);

/* Host signal numbers <-> gdb's numbering (gdb/signals.def). */
int gdb_sig_from_host(int host_sig);
int gdb_sig_to_host(int gdb_sig);

/* ---- cmds.c / xfer.c ------------------------------------------------------------- */
/* A packet handler: payload p (after its name), reply appended to r.  Returns
 * false when the packet resumes the process (no reply now). */
bool gdb_handle(const char *pkt, GString *reply);
void gdb_xfer(const char *annex_and_args, GString *reply);    /* qXfer:OBJECT:read:ANNEX:OFF,LEN */
void gdb_vfile(const char *args, GString *reply);             /* vFile:OP:ARGS */
/* Current thread of g/G/p/P/m (Hg), or the first. */
struct gdb_thread *gdb_reg_thread(void);

#endif
