/* tests/guest/sysv_ipc.c: System V shared memory, semaphores and message
 * queues: attaching at chosen and free addresses, sharing with a child,
 * the *ctl structures, blocking with timeouts, SEM_UNDO, message types, and
 * the errors.  Every object is private and removed at the end (also when a
 * check fails), so nothing is left on the host. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static const char *en(int e)
{
	switch (e) {
	case EIDRM: return "EIDRM";
	case ENOMSG: return "ENOMSG";
	default: return ename(e);
	}
}
#define T(expr) do { errno = 0; long r_ = (long)(expr); \
	if (r_ == -1) printf("%s -> -1 %s\n", #expr, en(errno)); \
	else printf("%s -> %ld\n", #expr, r_); } while (0)

union semun { int val; struct semid_ds *buf; unsigned short *array; struct seminfo *__buf; };

static int shmid = -1, semid = -1, msqid = -1;

static void cleanup(void)
{
	if (shmid >= 0) shmctl(shmid, IPC_RMID, NULL);
	if (semid >= 0) semctl(semid, 0, IPC_RMID);
	if (msqid >= 0) msgctl(msqid, IPC_RMID, NULL);
	shmid = semid = msqid = -1;
}

static void on_fatal(int sig)
{
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static sigjmp_buf jb;
static void on_segv(int sig) { (void)sig; siglongjmp(jb, 1); }

static int maps_has_sysv(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	int n = 0;
	while (f && fgets(line, sizeof line, f))
		if (strstr(line, "/SYSV") && strstr(line, "rw-s")) n++;
	if (f) fclose(f);
	return n;
}

static void shm(void)
{
	long page = sysconf(_SC_PAGESIZE);
	size_t size = 3 * page;
	shmid = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
	OK(shmid >= 0);
	/* addresses of our own: a reservation whose parts are released just
	 * before each attach (an emulator sharing the address space could take
	 * a hole left open) */
	char *want = mmap(NULL, 8 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(want, 3 * page);
	char *p = shmat(shmid, want, 0);
	OK(p == want);
	strcpy(p, "parent");
	OK(maps_has_sysv() == 1);
	/* the same segment again at a free address of the kernel's choice */
	char *q = shmat(shmid, NULL, SHM_RDONLY);
	OK(q != (char *)-1 && q != p);
	OK(strcmp(q, "parent") == 0);
	struct shmid_ds ds;
	T(shmctl(shmid, IPC_STAT, &ds));
	SHOW("segsz %zu nattch %lu mode %o cuid=uid %d cpid=pid %d", (size_t)ds.shm_segsz,
	     (unsigned long)ds.shm_nattch, ds.shm_perm.mode & 0777, ds.shm_perm.cuid == getuid(),
	     ds.shm_cpid == getpid());
	OK(ds.shm_atime > 0 && ds.shm_lpid == getpid());
	/* a read-only attach faults on write */
	signal(SIGSEGV, on_segv);
	if (!sigsetjmp(jb, 1)) {
		q[0] = 'x';
		printf("write to SHM_RDONLY: no fault\n");
	} else {
		printf("write to SHM_RDONLY: SIGSEGV\n");
	}
	T(shmdt(q));
	/* the child writes, the parent reads */
	pid_t c = fork();
	if (c == 0) {
		strcpy(p, "child");
		_exit(0);
	}
	waitpid(c, NULL, 0);
	SHOW("after child: %s", p);
	/* address checks */
	T(shmat(shmid, want + 1, 0) == (void *)-1);                 /* unaligned */
	munmap(want + 4 * page, 3 * page);
	char *r = shmat(shmid, want + 4 * page + 123, SHM_RND);   /* rounded down */
	OK(r == want + 4 * page);
	T(shmdt(r));
	T(shmat(shmid, want + page, 0) == (void *)-1);              /* overlaps the first attach */
	T(shmat(shmid, NULL, SHM_REMAP) == (void *)-1);            /* SHM_REMAP needs an address */
	char *m = mmap(want + 4 * page, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	OK(m == want + 4 * page);
	r = shmat(shmid, m, SHM_REMAP);                          /* replaces the mapping */
	OK(r == m && strcmp(r, "child") == 0);
	T(shmdt(r));
	T(shmctl(shmid, IPC_STAT, &ds));
	SHOW("nattch %lu", (unsigned long)ds.shm_nattch);
	/* detached: the pages are gone */
	T(shmdt(p));
	OK(maps_has_sysv() == 0);
	if (!sigsetjmp(jb, 1)) {
		printf("read after shmdt: %d\n", p[0]);
	} else {
		printf("read after shmdt: SIGSEGV\n");
	}
	signal(SIGSEGV, SIG_DFL);
	T(shmdt(p));                                                /* nothing attached there */
	T(shmdt(p + 1));
	munmap(want, 8 * page);
	/* info and errors */
	struct shminfo si;
	OK(shmctl(0, IPC_INFO, (struct shmid_ds *)&si) >= 0 && si.shmmni > 0 && si.shmmax >= size);
	struct shm_info sinfo;
	OK(shmctl(0, SHM_INFO, (struct shmid_ds *)&sinfo) >= 0 && sinfo.used_ids >= 1);
	ds.shm_perm.mode = 0640;
	T(shmctl(shmid, IPC_SET, &ds));
	T(shmctl(shmid, IPC_STAT, &ds));
	SHOW("mode after IPC_SET %o", ds.shm_perm.mode & 0777);
	T(shmctl(shmid, IPC_STAT, (struct shmid_ds *)16));
	T(shmctl(shmid, IPC_SET, (struct shmid_ds *)16));
	T(shmctl(-1, IPC_STAT, &ds));
	T(shmctl(shmid, 999, &ds));
	T(shmat(-1, NULL, 0) == (void *)-1);
	T(shmctl(shmid, IPC_RMID, NULL));
	T(shmat(shmid, NULL, 0) == (void *)-1);
	shmid = -1;
}

static void sem(void)
{
	semid = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
	OK(semid >= 0);
	unsigned short vals[3] = { 1, 2, 3 }, got[3] = { 0, 0, 0 };
	T(semctl(semid, 0, SETALL, (union semun){ .array = vals }));
	T(semctl(semid, 0, GETALL, (union semun){ .array = got }));
	SHOW("GETALL %u %u %u", got[0], got[1], got[2]);
	T(semctl(semid, 1, GETVAL));
	T(semctl(semid, 2, SETVAL, (union semun){ .val = 7 }));
	T(semctl(semid, 2, GETVAL));
	T(semctl(semid, 2, SETVAL, (union semun){ .val = 40000 }));
	struct sembuf op = { 0, -1, 0 };
	T(semop(semid, &op, 1));
	OK(semctl(semid, 0, GETPID) == getpid());
	op.sem_flg = IPC_NOWAIT;
	T(semop(semid, &op, 1));
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	op.sem_flg = 0;
	T(semtimedop(semid, &op, 1, &ts));
	struct sembuf two[2] = { { 1, -2, 0 }, { 2, 3, 0 } };
	T(semop(semid, two, 2));
	T(semctl(semid, 0, GETALL, (union semun){ .array = got }));
	SHOW("GETALL %u %u %u", got[0], got[1], got[2]);
	/* SEM_UNDO: a child's changes are undone when it exits */
	pid_t c = fork();
	if (c == 0) {
		struct sembuf up = { 0, 5, SEM_UNDO };
		semop(semid, &up, 1);
		printf("child: sem0 = %d\n", semctl(semid, 0, GETVAL));
		_exit(0);
	}
	waitpid(c, NULL, 0);
	T(semctl(semid, 0, GETVAL));
	T(semctl(semid, 0, GETNCNT));
	T(semctl(semid, 0, GETZCNT));
	struct semid_ds ds;
	T(semctl(semid, 0, IPC_STAT, (union semun){ .buf = &ds }));
	SHOW("nsems %lu mode %o cuid=uid %d otime %d", (unsigned long)ds.sem_nsems, ds.sem_perm.mode & 0777,
	     ds.sem_perm.cuid == getuid(), ds.sem_otime > 0);
	ds.sem_perm.mode = 0660;
	T(semctl(semid, 0, IPC_SET, (union semun){ .buf = &ds }));
	T(semctl(semid, 0, IPC_STAT, (union semun){ .buf = &ds }));
	SHOW("mode after IPC_SET %o", ds.sem_perm.mode & 0777);
	struct seminfo si;
	OK(semctl(semid, 0, IPC_INFO, (union semun){ .__buf = &si }) >= 0 && si.semmsl > 0 && si.semvmx == 32767);
	OK(semctl(semid, 0, SEM_INFO, (union semun){ .__buf = &si }) >= 0 && si.semusz >= 1);
	/* errors */
	T(semop(semid, &op, 0));
	T(semop(-1, &op, 1));
	T(semop(semid, (struct sembuf *)16, 1));
	/* more operations than SEMOPM: E2BIG before the array is read (semop02) */
	int semopm = 0;
	FILE *lim = fopen("/proc/sys/kernel/sem", "r");
	if (lim && fscanf(lim, "%*d %*d %d", &semopm) == 1) T(semop(semid, &op, (size_t)semopm + 1));
	if (lim) fclose(lim);
	T(semctl(semid, 0, IPC_STAT, (union semun){ .buf = (struct semid_ds *)16 }));
	T(semctl(semid, 0, GETALL, (union semun){ .array = (unsigned short *)16 }));
	T(semctl(semid, 5, GETVAL));
	T(semctl(-1, 0, GETVAL));
	/* EIDRM: a waiter sees its set removed */
	c = fork();
	if (c == 0) {
		struct sembuf down = { 1, -10, 0 };
		/* the parent prints the child's result: no race between two writers */
		_exit(semop(semid, &down, 1) == -1 && errno == EIDRM ? 7 : 1);
	}
	/* wait for the child to sleep in semop, however loaded the machine */
	while (semctl(semid, 1, GETNCNT) != 1) usleep(1000);
	T(semctl(semid, 1, GETNCNT));
	T(semctl(semid, 0, IPC_RMID));
	semid = -1;
	int st = 0;
	waitpid(c, &st, 0);
	SHOW("waiter's semop after IPC_RMID: %s", WIFEXITED(st) && WEXITSTATUS(st) == 7 ? "EIDRM" : "other");
}

struct msg { long mtype; char mtext[64]; };

static void msg(void)
{
	msqid = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	OK(msqid >= 0);
	struct msg m = { 1, "one" };
	T(msgsnd(msqid, &m, 3, 0));
	m = (struct msg){ 2, "two" };
	T(msgsnd(msqid, &m, 3, 0));
	m = (struct msg){ 3, "three" };
	T(msgsnd(msqid, &m, 5, 0));
	struct msqid_ds ds;
	T(msgctl(msqid, IPC_STAT, &ds));
	SHOW("qnum %lu cbytes %lu lspid=pid %d mode %o", (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes,
	     ds.msg_lspid == getpid(), ds.msg_perm.mode & 0777);
	struct msg r;
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, sizeof r.mtext, 2, 0));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, sizeof r.mtext, -3, 0));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, sizeof r.mtext, 0, 0));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	T(msgrcv(msqid, &r, sizeof r.mtext, 0, IPC_NOWAIT));
	m = (struct msg){ 7, "hello world" };
	T(msgsnd(msqid, &m, 11, 0));
	T(msgrcv(msqid, &r, 5, 0, IPC_NOWAIT));
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, 5, 0, IPC_NOWAIT | MSG_NOERROR));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	m = (struct msg){ 1, "a" };
	msgsnd(msqid, &m, 1, 0);
	m = (struct msg){ 2, "b" };
	msgsnd(msqid, &m, 1, 0);
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, sizeof r.mtext, 1, MSG_EXCEPT));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	T(msgrcv(msqid, &r, sizeof r.mtext, 1, 0));
	/* IPC_SET of the queue size, then a full queue */
	T(msgctl(msqid, IPC_STAT, &ds));
	ds.msg_qbytes = 100;
	T(msgctl(msqid, IPC_SET, &ds));
	T(msgctl(msqid, IPC_STAT, &ds));
	SHOW("qbytes %lu qnum %lu", (unsigned long)ds.msg_qbytes, (unsigned long)ds.msg_qnum);
	m = (struct msg){ 4, "" };
	T(msgsnd(msqid, &m, 60, IPC_NOWAIT));
	T(msgsnd(msqid, &m, 60, IPC_NOWAIT));
	T(msgrcv(msqid, &r, sizeof r.mtext, 4, 0));
	/* a blocked receiver gets the message a child sends */
	pid_t c = fork();
	if (c == 0) {
		usleep(20000);
		struct msg cm = { 9, "from child" };
		msgsnd(msqid, &cm, 10, 0);
		_exit(0);
	}
	memset(&r, 0, sizeof r);
	T(msgrcv(msqid, &r, sizeof r.mtext, 9, 0));
	SHOW("got type %ld '%s'", r.mtype, r.mtext);
	waitpid(c, NULL, 0);
	struct msginfo mi;
	OK(msgctl(0, IPC_INFO, (struct msqid_ds *)&mi) >= 0 && mi.msgmax > 0 && mi.msgmnb > 0);
	OK(msgctl(0, MSG_INFO, (struct msqid_ds *)&mi) >= 0 && mi.msgpool >= 1);
	/* errors */
	m.mtype = 0;
	T(msgsnd(msqid, &m, 1, 0));
	T(msgsnd(msqid, (void *)16, 1, 0));
	T(msgsnd(msqid, &m, 1 << 30, 0));
	T(msgsnd(-1, &m, 1, 0));
	T(msgrcv(-1, &r, 1, 0, 0));
	T(msgctl(msqid, IPC_STAT, (struct msqid_ds *)16));
	T(msgctl(msqid, IPC_RMID, NULL));
	T(msgsnd(msqid, &m, 1, 0));
	msqid = -1;
}

int main(void)
{
	signal(SIGABRT, on_fatal);
	signal(SIGBUS, on_fatal);
	shm();
	sem();
	msg();
	cleanup();
	return 0;
}
