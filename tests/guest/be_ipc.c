/* tests/guest/be_ipc.c: the SysV IPC control structures and POSIX message
 * queue attributes across the kernel ABI: shmid_ds (segsz, nattch, perm
 * mode/uid, IPC_INFO's shminfo), semid_ds (nsems) with GETALL/SETALL arrays
 * of unsigned short, GETVAL/GETNCNT, semun as an int, msqid_ds (qnum,
 * qbytes, cbytes) and message types as longs, mq_attr's longs.  Keys are
 * IPC_PRIVATE; printed values are the ones set, or relations. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

#include "common.h"

union semun { int val; struct semid_ds *buf; unsigned short *array; struct seminfo *__buf; };

int main(void)
{
	/* shared memory */
	int shm = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0640);
	struct shmid_ds ds;
	R(shmctl(shm, IPC_STAT, &ds));
	SHOW("shm segsz %zu nattch %lu mode %o uid ok %d cpid ok %d", (size_t)ds.shm_segsz, (unsigned long)ds.shm_nattch,
	     ds.shm_perm.mode & 0777, ds.shm_perm.uid == getuid() && ds.shm_perm.cuid == getuid(), ds.shm_cpid == getpid());
	char *p = shmat(shm, NULL, 0);
	strcpy(p, "shared");
	R(shmctl(shm, IPC_STAT, &ds));
	SHOW("after shmat: nattch %lu lpid ok %d atime set %d", (unsigned long)ds.shm_nattch, ds.shm_lpid == getpid(), ds.shm_atime > 0);
	ds.shm_perm.mode = 0604;
	R(shmctl(shm, IPC_SET, &ds));
	R(shmctl(shm, IPC_STAT, &ds));
	SHOW("after IPC_SET: mode %o", ds.shm_perm.mode & 0777);
	struct shminfo si;
	OK(shmctl(0, IPC_INFO, (struct shmid_ds *)&si) >= 0 && si.shmmax >= 10000 && si.shmmni > 0 && si.shmseg > 0);
	R(shmdt(p));
	R(shmctl(shm, IPC_RMID, NULL));

	/* semaphores: arrays of unsigned short, values as ints */
	int sem = semget(IPC_PRIVATE, 5, IPC_CREAT | 0600);
	unsigned short set[5] = { 1, 2, 300, 32767, 5 }, all[5] = { 0 };
	R(semctl(sem, 0, SETALL, (union semun){ .array = set }));
	R(semctl(sem, 0, GETALL, (union semun){ .array = all }));
	SHOW("GETALL %u %u %u %u %u", all[0], all[1], all[2], all[3], all[4]);
	R(semctl(sem, 3, GETVAL));
	R(semctl(sem, 4, SETVAL, (union semun){ .val = 32767 }));
	R(semctl(sem, 4, GETVAL));
	R(semctl(sem, 4, SETVAL, (union semun){ .val = 32768 }));
	R(semctl(sem, 4, SETVAL, (union semun){ .val = -1 }));
	struct sembuf ops[2] = { { 0, -1, IPC_NOWAIT }, { 2, 7, 0 } };
	R(semop(sem, ops, 2));
	R(semctl(sem, 0, GETVAL));
	R(semctl(sem, 2, GETVAL));
	R(semop(sem, ops, 1));
	R(semctl(sem, 0, GETNCNT));
	R(semctl(sem, 2, GETPID) == getpid());
	struct semid_ds sd;
	R(semctl(sem, 0, IPC_STAT, (union semun){ .buf = &sd }));
	SHOW("sem nsems %lu mode %o otime set %d", (unsigned long)sd.sem_nsems, sd.sem_perm.mode & 0777, sd.sem_otime > 0);
	R(semctl(sem, 0, IPC_RMID));

	/* message queues: mtype is a long */
	int mq = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	struct { long type; char text[32]; } m1 = { 0x12345678L, "first" }, m2 = { 3, "second" }, in;
	R(msgsnd(mq, &m1, 6, 0));
	R(msgsnd(mq, &m2, 7, 0));
	struct msqid_ds md;
	R(msgctl(mq, IPC_STAT, &md));
	SHOW("msg qnum %lu cbytes %lu qbytes>0 %d lspid ok %d", (unsigned long)md.msg_qnum, (unsigned long)md.__msg_cbytes,
	     md.msg_qbytes > 0, md.msg_lspid == getpid());
	md.msg_qbytes = 4096;
	R(msgctl(mq, IPC_SET, &md));
	R(msgctl(mq, IPC_STAT, &md));
	SHOW("qbytes %lu", (unsigned long)md.msg_qbytes);
	R(msgrcv(mq, &in, sizeof in.text, 3, 0));
	SHOW("type %ld text %s", in.type, in.text);
	R(msgrcv(mq, &in, sizeof in.text, -0x7fffffffL, IPC_NOWAIT));
	SHOW("type %#lx text %s", in.type, in.text);
	R(msgrcv(mq, &in, sizeof in.text, 0, IPC_NOWAIT));
	R(msgsnd(mq, &m1, 6, 0));
	R(msgrcv(mq, &in, 2, 0, IPC_NOWAIT));
	R(msgrcv(mq, &in, 2, 0, IPC_NOWAIT | MSG_NOERROR));
	SHOW("truncated %.2s", in.text);
	R(msgctl(mq, IPC_RMID, NULL));

	/* POSIX message queues */
	char name[64];
	snprintf(name, sizeof name, "/be_ipc.%d", getpid());
	struct mq_attr at = { .mq_maxmsg = 4, .mq_msgsize = 100 }, got;
	mqd_t q = mq_open(name, O_CREAT | O_RDWR | O_NONBLOCK, 0600, &at);
	R(mq_getattr(q, &got));
	SHOW("mq flags nonblock %d maxmsg %ld msgsize %ld curmsgs %ld", !!(got.mq_flags & O_NONBLOCK), got.mq_maxmsg,
	     got.mq_msgsize, got.mq_curmsgs);
	R(mq_send(q, "low", 3, 1));
	R(mq_send(q, "high", 4, 0x7fff));
	R(mq_getattr(q, &got));
	SHOW("curmsgs %ld", got.mq_curmsgs);
	char buf[128] = { 0 };
	unsigned pr;
	R(mq_receive(q, buf, sizeof buf, &pr));
	SHOW("%s prio %u", buf, pr);
	struct mq_attr nb = { .mq_flags = 0 }, old;
	R(mq_setattr(q, &nb, &old));
	R(mq_getattr(q, &got));
	SHOW("old flags nonblock %d new %d", !!(old.mq_flags & O_NONBLOCK), !!(got.mq_flags & O_NONBLOCK));
	errno = 0;
	long r = mq_receive(q, buf, 10, &pr);
	SHOW("mq_receive into 10 bytes: %ld EMSGSIZE %d", r, errno == EMSGSIZE);
	R(mq_close(q));
	R(mq_unlink(name));
	return 0;
}
