/* tests/guest/timetest.c: clocks, sleeps, timers (printed as relations only). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static double now(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void)
{
	struct timespec a, b, res;
	R(clock_gettime(CLOCK_MONOTONIC, &a));
	R(clock_gettime(CLOCK_MONOTONIC, &b));
	OK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	OK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	R(clock_getres(CLOCK_MONOTONIC, &res));
	OK(res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 1000000);
	R(clock_gettime(CLOCK_REALTIME, &a));
	struct timeval tv;
	R(gettimeofday(&tv, NULL));
	OK(labs((long)(tv.tv_sec - a.tv_sec)) <= 1);
	time_t t = time(NULL);
	OK(labs((long)(t - a.tv_sec)) <= 1);
	OK(a.tv_sec > 1600000000);
	R(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a));
	R(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a));
	R(clock_gettime(CLOCK_BOOTTIME, &a));
	R(clock_gettime((clockid_t)999, &a));
	double t0 = now(CLOCK_MONOTONIC);
	struct timespec d = { 0, 20000000 }, rem;
	R(nanosleep(&d, &rem));
	OK(now(CLOCK_MONOTONIC) - t0 >= 0.019);
	d.tv_nsec = 2000000000;
	R(nanosleep(&d, &rem));
	t0 = now(CLOCK_MONOTONIC);
	struct timespec abs_;
	clock_gettime(CLOCK_MONOTONIC, &abs_);
	abs_.tv_nsec += 10000000;
	if (abs_.tv_nsec >= 1000000000) { abs_.tv_sec++; abs_.tv_nsec -= 1000000000; }
	R(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs_, NULL));
	OK(now(CLOCK_MONOTONIC) - t0 >= 0.009);
	R(usleep(1000));
	struct tms tm;
	OK(times(&tm) != (clock_t)-1);
	/* timerfd */
	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	OK(fd >= 0);
	struct itimerspec its = { { 0, 0 }, { 0, 5000000 } }, cur;
	R(timerfd_settime(fd, 0, &its, NULL));
	R(timerfd_gettime(fd, &cur));
	OK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec <= 5000000);
	unsigned long long exp = 0;
	R(read(fd, &exp, 8));
	SHOW("expirations=%llu", exp);
	close(fd);
	/* interval timer: armed far enough ahead that no load lets SIGALRM
	 * (default action: death) fire before it is disarmed (a 10 ms timer did
	 * under ASan on a loaded machine) */
	struct itimerval iv = { { 0, 0 }, { 1000, 0 } }, old;
	R(setitimer(ITIMER_REAL, &iv, NULL));
	R(getitimer(ITIMER_REAL, &old));
	OK(old.it_value.tv_sec <= 1000 && old.it_value.tv_sec >= 900);
	iv.it_value.tv_sec = 0;
	R(setitimer(ITIMER_REAL, &iv, &old));
	R(alarm(0));
	/* localtime of a fixed instant in UTC */
	setenv("TZ", "UTC", 1);
	tzset();
	time_t fixed = 1700000000;
	struct tm g;
	gmtime_r(&fixed, &g);
	char s[64];
	strftime(s, sizeof s, "%Y-%m-%d %H:%M:%S", &g);
	SHOW("gmtime %s", s);
	return 0;
}
