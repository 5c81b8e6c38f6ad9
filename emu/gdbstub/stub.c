/* emu/gdbstub/stub.c: the session.  dm_gdb_start listens, waits for gdb to
 * connect (the guest has not run an instruction yet) and starts the stub
 * thread, a host thread with every signal blocked that owns the connection:
 * while the guest is stopped it serves gdb's packets (cmds.c); while it runs
 * it waits for a stop event from a guest thread or for gdb's interrupt byte. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "emu/gdbstub/gdbstub.h"
#include "emu/gdbstub/internal.h"

void gdb_stop_reply(const struct gdb_event *e)
{
	GString *r = g_string_new(NULL);
	g_string_append_printf(r, "T%02x", e->sig);
	if (e->watch) g_string_append_printf(r, "watch:%llx;", (unsigned long long)e->watch_addr);
	g_string_append_printf(r, "thread:p%x.%x;", gdb_pid, e->tid);
	gdb_send(r->str, r->len);
	g_string_free(r, TRUE);
}

/* The guest runs: returns when it has stopped and gdb was told, or false
 * when the connection ended. */
static bool wait_running(void)
{
	for (;;) {
		struct gdb_event e;
		if (gdb_wait_stopped(&e)) {
			gdb_stop_reply(&e);
			return true;
		}
		struct pollfd p[2] = { { .fd = gdb_fd, .events = POLLIN }, { .fd = gdb_event_pipe[0], .events = POLLIN } };
		if (poll(p, 2, -1) < 0) continue;
		if (p[1].revents) {
			char buf[64];
			if (read(gdb_event_pipe[0], buf, sizeof buf) < 0) {}
		}
		if (p[0].revents) {
			int r = gdb_take_input();
			if (r < 0) return false;
			if (r == 1) gdb_interrupt();
		}
	}
}

static void *stub_main(void *arg)
{
	struct gdb_event first;
	gdb_wait_stopped(&first);    /* the first thread parked before its first instruction */
	for (;;) {
		if (!gdb_serve_stopped()) break;
		if (!dm_gdb_enabled) return NULL;   /* detached */
		if (!wait_running()) break;
	}
	/* gdb went away: the program runs on freely, as after a detach */
	gdb_detach();
	return NULL;
}

int dm_gdb_start(const char *spec)
{
	int lfd = gdb_listen(spec);
	if (lfd < 0) return -1;
	gdb_fd = gdb_accept(lfd);
	close(lfd);
	/* the socket file has served: a program the guest execs may listen there again */
	if (strspn(spec, "0123456789") != strlen(spec)) unlink(spec);
	if (gdb_fd < 0) {
		fprintf(stderr, "dragoman: -g %s: accept: %s\n", spec, strerror(errno));
		return -1;
	}
	if (pipe2(gdb_event_pipe, O_CLOEXEC) < 0) return -1;
	gdb_pid = getpid();
	gdb_stop_initial(gdb_pid);
	dm_gdb_enabled = 1;
	/* the stub thread must never take a guest signal: it inherits this mask */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_t th;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	int e = pthread_create(&th, &attr, stub_main, NULL);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e) {
		fprintf(stderr, "dragoman: -g: cannot start the stub thread: %s\n", strerror(e));
		return -1;
	}
	return 0;
}

void dm_gdb_exit(int code, int sig)
{
	if (!dm_gdb_enabled || gdb_fd < 0 || getpid() != gdb_pid) return;   /* not a vfork child's exit */
	if (sig) gdb_sendf("X%02x", gdb_sig_from_host(sig));
	else gdb_sendf("W%02x", code & 0xff);
}
