/* tests/bench/threads.c: thread creation and futex hand-offs: 2,000 threads
 * created and joined one after another, then two threads passing a turn
 * back and forth 20,000 times through a mutex and a condition variable
 * (every hand-off is a futex wake and wait). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn;
enum { THREADS = 2000, ROUNDS = 20000 };

static void *nothing(void *a) { return a; }

static void *player(void *a)
{
	int me = (int)(long)a;
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&m);
		while (turn != me) pthread_cond_wait(&cv, &m);
		turn = !me;
		pthread_cond_signal(&cv);
		pthread_mutex_unlock(&m);
	}
	return NULL;
}

int main(void)
{
	for (int i = 0; i < THREADS; i++) {
		pthread_t t;
		if (pthread_create(&t, NULL, nothing, NULL)) return 1;
		pthread_join(t, NULL);
	}
	pthread_t a, b;
	pthread_create(&a, NULL, player, (void *)0L);
	pthread_create(&b, NULL, player, (void *)1L);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	printf("%d\n", turn);
	return 0;
}
