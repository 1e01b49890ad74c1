/* SPDX-License-Identifier: MIT */
/* Worker threads over a ring of items. The main thread fills the ring in input order and
   prints its oldest item as soon as that one is finished; workers take items in the same
   order. At most `window` items are in flight, so memory stays bounded however many inputs
   there are, and the output is the same for any number of threads. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "cli.h"

typedef struct slot {
  cli_item item;
  bool done;
} slot;

typedef struct pool {
  const cli_batch *b;
  pthread_mutex_t mu;
  pthread_cond_t work_cv; /* an item to take, or closing */
  pthread_cond_t done_cv; /* an item finished */
  slot *ring;
  size_t window;
  /* Sequence numbers: emitted <= taken <= filled <= emitted + window. */
  size_t filled, taken, emitted;
  bool closing; /* no more items will come */
  bool stopped; /* emit asked to stop: workers skip what is left */
} pool;

static void *worker(void *arg) {
  pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->taken == p->filled && !p->closing)
      pthread_cond_wait(&p->work_cv, &p->mu);
    if (p->taken == p->filled)
      break;
    slot *s = &p->ring[p->taken++ % p->window];
    if (!p->stopped) {
      /* The slot is ours alone until `done`: the main thread neither refills nor reads it. */
      pthread_mutex_unlock(&p->mu);
      p->b->work(p->b->ctx, &s->item);
      pthread_mutex_lock(&p->mu);
    }
    s->done = true;
    /* The main thread waits for the oldest item only: waking it for another is wasted. */
    if (s == &p->ring[p->emitted % p->window])
      pthread_cond_signal(&p->done_cv);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* Fill free slots from `next` (outside the lock: a slot past `filled` is invisible to the
   workers). Returns false once the inputs are exhausted. Called with the lock held. */
static bool fill(pool *p, int *failed) {
  while (p->filled - p->emitted < p->window) {
    slot *s = &p->ring[p->filled % p->window];
    s->item = (cli_item){0};
    s->done = false;
    pthread_mutex_unlock(&p->mu);
    int r = p->b->next(p->b->ctx, &s->item);
    pthread_mutex_lock(&p->mu);
    if (r <= 0) {
      if (r < 0)
        *failed = ENOMEM;
      return false;
    }
    p->filled++;
    pthread_cond_signal(&p->work_cv);
  }
  return true;
}

/* The main thread's loop: keep the window full, print the oldest item when it is done. */
static int drive(pool *p) {
  int failed = 0;
  bool more = true;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    if (more && !p->stopped)
      more = fill(p, &failed);
    if (p->emitted == p->filled)
      break;
    slot *s = &p->ring[p->emitted % p->window];
    while (!s->done)
      pthread_cond_wait(&p->done_cv, &p->mu);
    bool stopped = p->stopped;
    pthread_mutex_unlock(&p->mu);
    int stop = stopped ? 0 : p->b->emit(p->b->ctx, &s->item);
    cli_item_clear(&s->item);
    pthread_mutex_lock(&p->mu);
    if (stop)
      p->stopped = true;
    p->emitted++;
  }
  p->closing = true;
  pthread_cond_broadcast(&p->work_cv);
  pthread_mutex_unlock(&p->mu);
  errno = failed;
  return failed ? -1 : 0;
}

/* One worker: no thread, since handing each item over and back would only add two context
   switches per input. */
static int run_serial(const cli_batch *b) {
  cli_item item = {0};
  int r = 0, stop = 0;
  while (!stop && (r = b->next(b->ctx, &item)) > 0) {
    b->work(b->ctx, &item);
    stop = b->emit(b->ctx, &item);
    cli_item_clear(&item);
  }
  cli_item_clear(&item);
  errno = stop || r == 0 ? 0 : ENOMEM;
  return errno ? -1 : 0;
}

int cli_batch_run(const cli_batch *b) {
  if (b->threads <= 1)
    return run_serial(b);
  pool p = {.b = b, .window = 4 * (size_t)b->threads};
  pthread_t *threads = calloc(b->threads, sizeof *threads);
  p.ring = calloc(p.window, sizeof *p.ring);
  if (!threads || !p.ring) {
    free(threads);
    free(p.ring);
    errno = ENOMEM;
    return -1;
  }
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work_cv, NULL);
  pthread_cond_init(&p.done_cv, NULL);
  unsigned started = 0;
  int rc = 0;
  while (started < b->threads && (rc = pthread_create(&threads[started], NULL, worker, &p)) == 0)
    started++;
  /* Fewer threads than asked only slow the batch down; none at all cannot run it. */
  int status = started ? drive(&p) : -1;
  int saved = started ? errno : rc;
  for (unsigned i = 0; i < started; i++)
    pthread_join(threads[i], NULL);
  pthread_cond_destroy(&p.done_cv);
  pthread_cond_destroy(&p.work_cv);
  pthread_mutex_destroy(&p.mu);
  free(p.ring);
  free(threads);
  errno = saved;
  return status;
}
