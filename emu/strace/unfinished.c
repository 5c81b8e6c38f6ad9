/* emu/strace/unfinished.c: lines of calls that another thread's output
 * interrupts, as strace -f prints them.
 *
 * strace writes "name(in-args" when a call starts and the rest when it
 * returns; when another thread prints in between, the first part ends in
 * " <unfinished ...>" and the rest comes later as "<... name resumed>".  Here
 * each thread keeps the start of its current call (formatted at entry) without
 * writing it.  Whoever writes next while that call is open writes the start
 * with "<unfinished ...>" first; a call nobody interrupted is written as one
 * line at its return, as before.  Threads of one process share this; other
 * processes (fork) write to the same file without it (docs/syscalls.md). */
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/strace/internal.h"
#include "emu/strace/unfinished.h"

struct open_call {
	char *head;         /* "read(0, " : the call's name and arguments known at entry */
	int tid;
	int cut;            /* its head was written with <unfinished ...> */
};

static __thread struct open_call mine;
static struct open_call *open_now;   /* the call whose line another write would interrupt */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

int dm_strace_tid(void) { return (int)syscall(SYS_gettid); }

/* lock held: "TID text", the result of a finished call at column 40 as
 * strace aligns it (text's last " = ": results never contain one) */
static void put(int tid, const char *text, int result)
{
	const char *eq = result ? g_strrstr(text, " = ") : NULL;
	/* the id left-aligned in 5 columns, as strace -f -o writes it */
	if (!eq) {
		fprintf(dm_strace_out(), "%-5d %s\n", tid, text);
		return;
	}
	int col = snprintf(NULL, 0, "%-5d ", tid) + (int)(eq - text);
	fprintf(dm_strace_out(), "%-5d %.*s%*s= %s\n", tid, (int)(eq - text), text, col < 39 ? 40 - col : 1, "", eq + 3);
}

/* lock held: end the open line of another thread (or of this one) */
static void interrupt(void)
{
	if (!open_now) return;
	fprintf(dm_strace_out(), "%-5d %s <unfinished ...>\n", open_now->tid, open_now->head);
	open_now->cut = 1;
	open_now = NULL;
}

/* A fork child has only the forking thread: the others' calls are not its to
 * end, and the lock must not stay held by a thread the child lacks. */
static void before_fork(void) { pthread_mutex_lock(&lock); }
static void parent(void) { pthread_mutex_unlock(&lock); }
static void child(void)
{
	pthread_mutex_init(&lock, NULL);
	if (open_now != &mine) open_now = NULL;
}
static void once(void) { pthread_atfork(before_fork, parent, child); }

void dm_strace_begin(char *head)
{
	static pthread_once_t o = PTHREAD_ONCE_INIT;
	pthread_once(&o, once);
	pthread_mutex_lock(&lock);
	if (open_now && open_now != &mine) interrupt();
	g_free(mine.head);
	mine.head = head;
	mine.tid = dm_strace_tid();
	mine.cut = 0;
	open_now = &mine;
	pthread_mutex_unlock(&lock);
}

int dm_strace_was_cut(void)
{
	return mine.head && mine.cut;
}

void dm_strace_end(const char *whole, const char *name, const char *tail)
{
	pthread_mutex_lock(&lock);
	if (open_now == &mine) open_now = NULL;
	if (!whole) {
		/* nothing to show */
	} else if (mine.head && mine.cut) {
		char *l = g_strdup_printf("<... %s resumed>%s", name, tail);
		put(dm_strace_tid(), l, 1);
		g_free(l);
	} else {
		put(dm_strace_tid(), whole, 1);
	}
	fflush(dm_strace_out());
	g_free(mine.head);
	mine.head = NULL;
	mine.cut = 0;
	pthread_mutex_unlock(&lock);
}

void dm_strace_line(const char *line, int result)
{
	pthread_mutex_lock(&lock);
	interrupt();
	put(dm_strace_tid(), line, result);
	fflush(dm_strace_out());
	pthread_mutex_unlock(&lock);
}
