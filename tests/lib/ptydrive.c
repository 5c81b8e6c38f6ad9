/* tests/lib/ptydrive.c: an expect-like driver for programs that need a
 * terminal (bash -i job control, tests/real_jobcontrol.t).
 *
 *   ptydrive [-t STEP_S] [-T TOTAL_S] SCRIPT -- CMD ARGS...
 *
 * CMD runs in a new session with a pseudo-terminal (24x80) as its controlling
 * terminal and stdin/stdout/stderr.  SCRIPT has one command per line (blank
 * lines and lines starting with # are skipped); TEXT is the rest of the line
 * after one space, with C escapes \n \r \t \e \\ \xHH:
 *
 *   expect TEXT   wait until the output since the previous match contains TEXT
 *   send TEXT     write TEXT to the terminal (keys: \x03 Ctrl-C, \x1a Ctrl-Z, \x04 Ctrl-D)
 *   waitfg        wait until a job owns the terminal (its foreground process
 *                 group is not CMD's) and all of that job's processes have exec'd
 *   waitexec      wait until every other process in the session has exec'd
 *
 * There is no fixed pause: every step waits for its condition, so a script's
 * transcript does not depend on the machine's speed or load.
 *
 * waitfg/waitexec exist because the shell's output cannot tell when a job is
 * ready for a key: a Ctrl-Z or Ctrl-C sent before the job owns the terminal
 * goes to the shell, which ignores it, a forked child signalled before it
 * execs may still have the shell's dispositions, and a line typed before the
 * shell's line editor gave the terminal back to cooked mode is not echoed by
 * the terminal (readline turns echo off while it reads).  "Exec'd" means its
 * /proc/PID/cmdline differs from CMD's (a forked copy has the same one).
 *
 * After the script, ptydrive waits for CMD to exit and the terminal to be
 * closed by every process, then prints everything read from the terminal,
 * followed by "exit N" or "signal N" (how CMD ended).  The time limits are
 * hang guards only (tests/lib/hang.sh): each step, and the wait for the
 * terminal to be closed after CMD exited, times out after STEP_S seconds, the
 * whole run after TOTAL_S (defaults: DM_TEST_HANG from the environment, or
 * 300, and twice that).  ptydrive then reports the step on stderr, kills the
 * session, prints what it has and exits 1; processes still holding the
 * terminal when the wait for its closing times out are killed and reported
 * by a line "leftover processes killed: N". */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child = -1;
static int child_status = -1;		/* wait status once reaped */
static bool hangup;			/* every slave fd is closed (EIO) */
static char *out;			/* the transcript */
static size_t out_len, out_cap, mark;	/* mark: end of the previous match */
static double step_s, total_s, t_end;
static const char *script_name;
static int lineno;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "ptydrive: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* Reads what the terminal has, waiting up to ms (-1: no wait beyond the
 * deadlines); reaps the child when it exits.  EIO means no process has the
 * slave open any more. */
static void pump(int ms)
{
	if (child_status < 0 && waitpid(child, &child_status, WNOHANG) <= 0)
		child_status = -1;
	if (hangup) {
		if (ms > 0) usleep(ms * 1000);
		return;
	}
	struct pollfd p = { .fd = master, .events = POLLIN };
	if (poll(&p, 1, ms) <= 0) return;
	if (out_cap - out_len < 4096) {
		out_cap = out_cap * 2 + 65536;
		if (!(out = realloc(out, out_cap))) die("out of memory");
	}
	ssize_t n = read(master, out + out_len, out_cap - out_len);
	if (n > 0) out_len += n;
	else if (n == 0 || (errno != EINTR && errno != EAGAIN)) hangup = true;	/* EIO */
}

/* pid's /proc/PID/cmdline (NUL-separated), or "" */
static size_t cmdline(pid_t pid, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return 0;
	ssize_t n = read(fd, buf, size);
	close(fd);
	return n > 0 ? (size_t)n : 0;
}

/* Calls fn(pid, pgrp, arg) for every process of the child's session but the
 * child; stops early and returns false when fn does. */
static bool each_in_session(bool (*fn)(pid_t, pid_t, void *), void *arg)
{
	DIR *d = opendir("/proc");
	if (!d) return true;
	bool ok = true;
	struct dirent *e;
	while (ok && (e = readdir(d))) {
		pid_t pid = atoi(e->d_name), pgrp;
		if (pid <= 0 || pid == child) continue;
		char path[64], buf[512];
		snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
		FILE *f = fopen(path, "re");
		if (!f) continue;
		size_t n = fread(buf, 1, sizeof buf - 1, f);
		fclose(f);
		buf[n] = 0;
		/* after "(comm)": state ppid pgrp session */
		char *p = strrchr(buf, ')');
		int sid;
		if (p && sscanf(p + 1, " %*c %*d %d %d", &pgrp, &sid) == 2 && sid == child)
			ok = fn(pid, pgrp, arg);
	}
	closedir(d);
	return ok;
}

static bool has_execd(pid_t pid, pid_t pgrp, void *want_pgrp)
{
	static char mine[4096], theirs[4096];
	if (want_pgrp && pgrp != *(pid_t *)want_pgrp) return true;
	size_t a = cmdline(child, mine, sizeof mine), b = cmdline(pid, theirs, sizeof theirs);
	return a != b || memcmp(mine, theirs, a) != 0;
}

static bool job_ready(bool fg)
{
	pid_t pgrp = tcgetpgrp(master);		/* the slave's foreground group */
	if (!fg) return each_in_session(has_execd, NULL);
	return pgrp > 0 && pgrp != child && each_in_session(has_execd, &pgrp);
}

static bool kill_one(pid_t pid, pid_t pgrp, void *count)
{
	if (kill(pid, SIGKILL) == 0) ++*(int *)count;
	return true;
}

static int kill_session(void)
{
	int n = 0;
	each_in_session(kill_one, &n);
	if (child_status < 0) kill(child, SIGKILL);
	return n;
}

static void print_transcript(void)
{
	fwrite(out, 1, out_len, stdout);
	if (out_len && out[out_len - 1] != '\n') putchar('\n');
	if (child_status < 0) printf("exit running\n");
	else if (WIFEXITED(child_status)) printf("exit %d\n", WEXITSTATUS(child_status));
	else printf("signal %d\n", WTERMSIG(child_status));
	fflush(stdout);
}

static void fail(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "ptydrive: %s:%d: ", script_name, lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	kill_session();
	for (int i = 0; i < 100 && child_status < 0; i++) pump(10);
	print_transcript();
	exit(1);
}

/* the step's deadline: step_s from now, or the overall one if sooner */
static double deadline(void)
{
	double t = now() + step_s;
	return t < t_end ? t : t_end;
}

/* decodes the escapes in s in place; returns the length */
static size_t unescape(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r != '\\' || !r[1]) { *w++ = *r; continue; }
		switch (*++r) {
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'e': *w++ = 033; break;
		case 'x': {
			char hex[3] = { r[1], r[1] ? r[2] : 0, 0 }, *end;
			*w++ = (char)strtol(hex, &end, 16);
			if (end == hex) fail("bad \\x escape");
			r += end - hex;
			break;
		}
		default: *w++ = *r; break;	/* \\ and anything else: the character */
		}
	}
	*w = 0;
	return w - s;
}

/* for messages: TEXT with control characters shown as escapes */
static const char *shown(const char *s, size_t n)
{
	static char buf[256];
	size_t w = 0;
	for (size_t i = 0; i < n && w < sizeof buf - 8; i++) {
		unsigned char c = s[i];
		if (c == '\n') w += sprintf(buf + w, "\\n");
		else if (c == '\r') w += sprintf(buf + w, "\\r");
		else if (c < 32 || c == 127) w += sprintf(buf + w, "\\x%02x", c);
		else buf[w++] = c;
	}
	buf[w] = 0;
	return buf;
}

static void do_expect(const char *text, size_t n)
{
	double t = deadline();
	for (;;) {
		char *hit = memmem(out + mark, out_len - mark, text, n);
		if (hit) { mark = hit - out + n; return; }
		if (hangup) fail("the terminal was closed while waiting for '%s'", shown(text, n));
		if (now() >= t) fail("timed out waiting for '%s'", shown(text, n));
		pump(50);
	}
}

static void do_send(const char *text, size_t n)
{
	while (n > 0) {
		ssize_t w = write(master, text, n);
		if (w < 0 && errno == EINTR) continue;
		if (w < 0) fail("write to the terminal: %s", strerror(errno));
		text += w, n -= w;
	}
}

static void do_wait_job(bool fg)
{
	double t = deadline();
	while (!job_ready(fg)) {
		if (now() >= t) fail("timed out waiting for %s", fg ? "a foreground job" : "the session's processes to exec");
		pump(5);
	}
}

static void run_script(FILE *f)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n') line[--len] = 0;
		if (!line[0] || line[0] == '#') continue;
		char *arg = strchr(line, ' ');
		if (arg) *arg++ = 0; else arg = line + len;
		size_t n = unescape(arg);
		pump(0);
		if (!strcmp(line, "expect")) do_expect(arg, n);
		else if (!strcmp(line, "send")) do_send(arg, n);
		else if (!strcmp(line, "waitfg")) do_wait_job(true);
		else if (!strcmp(line, "waitexec")) do_wait_job(false);
		else fail("unknown command '%s'", line);
		if (now() >= t_end) fail("overall timeout (%g s)", total_s);
	}
	free(line);
}

/* runs argv on a new pty; returns once it has exec'd */
static void start(char **argv)
{
	master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (master < 0 || grantpt(master) || unlockpt(master)) die("posix_openpt: %s", strerror(errno));
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	ioctl(master, TIOCSWINSZ, &ws);
	char *name = ptsname(master);
	/* Holding the slave open until the child has exec'd keeps the master
	 * from reporting EIO before the child opened it. */
	int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
	int report[2];	/* close-on-exec: EOF = exec'd, else the child's errno */
	if (slave < 0 || pipe2(report, O_CLOEXEC)) die("%s: %s", name, strerror(errno));
	child = fork();
	if (child < 0) die("fork: %s", strerror(errno));
	if (child == 0) {
		/* a fresh session: no ignored or blocked signals inherited from
		 * whatever ran the test (a background job of a script ignores
		 * SIGINT, and so would the shell's jobs) */
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		for (int sig = 1; sig < NSIG; sig++) signal(sig, SIG_DFL);
		if (setsid() < 0 || ioctl(slave, TIOCSCTTY, 0) < 0 || dup2(slave, 0) < 0 ||
		    dup2(slave, 1) < 0 || dup2(slave, 2) < 0)
			goto failed;
		execvp(argv[0], argv);
failed:;
		int e = errno;
		if (write(report[1], &e, sizeof e) < 0) _exit(127);
		_exit(127);
	}
	close(report[1]);
	int e;
	ssize_t n;
	while ((n = read(report[0], &e, sizeof e)) < 0 && errno == EINTR) {}
	close(report[0]);
	close(slave);
	if (n > 0) die("cannot run %s: %s", argv[0], strerror(e));
	fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
}

int main(int argc, char **argv)
{
	const char *hang = getenv("DM_TEST_HANG");
	step_s = hang && atof(hang) > 0 ? atof(hang) : 300;
	total_s = 2 * step_s;
	int opt;
	while ((opt = getopt(argc, argv, "+t:T:")) != -1) {
		if (opt == 't') step_s = atof(optarg);
		else if (opt == 'T') total_s = atof(optarg);
		else die("usage: ptydrive [-t STEP_S] [-T TOTAL_S] SCRIPT -- CMD ARGS...");
	}
	if (argc - optind < 3 || strcmp(argv[optind + 1], "--"))
		die("usage: ptydrive [-t STEP_S] [-T TOTAL_S] SCRIPT -- CMD ARGS...");
	script_name = argv[optind];
	FILE *f = fopen(script_name, "re");
	if (!f) die("%s: %s", script_name, strerror(errno));
	signal(SIGPIPE, SIG_IGN);	/* a write to a closed terminal is an error, not death */
	t_end = now() + total_s;
	if (!(out = malloc(out_cap = 65536))) die("out of memory");
	start(argv + optind + 2);
	run_script(f);
	fclose(f);

	/* the end: CMD exits, then every process closes the terminal */
	lineno++;
	double t = deadline();
	while (child_status < 0) {
		if (now() >= t) fail("timed out waiting for the program to exit");
		pump(50);
	}
	/* a stopped job gets SIGHUP and SIGCONT when the shell exits: wait for
	 * it to die (and close the terminal) as long as for any step */
	for (t = deadline(); !hangup && now() < t; ) pump(50);
	int leftover = hangup ? 0 : kill_session();
	pump(0);
	print_transcript();
	if (leftover) printf("leftover processes killed: %d\n", leftover);
	return 0;
}
