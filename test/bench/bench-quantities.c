/* SPDX-License-Identifier: MIT */
/* Benchmark: reads the given release files (the bundled samples by default through meson),
   repeats them into a text of about --mb megabytes, and reports the quantity reader's speed in
   MB/s over several runs and the process's peak memory. Timing lives here, never in a test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <earnings/earnings.h>

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap * 2);
      if (!bigger) {
        free(buf);
        buf = NULL;
      }
      buf = bigger;
      cap *= 2;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  size_t target = 16u << 20;
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "--mb") == 0) {
    target = (size_t)strtoul(argv[2], NULL, 10) << 20;
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: bench-quantities [--mb N] FILE...\n");
    return 2;
  }
  /* One text made of the files in turn, each ending with a line break, up to the target. */
  char *text = malloc(target + 1);
  size_t len = 0;
  while (text && len < target) {
    size_t before = len;
    for (int i = first; i < argc && len < target; i++) {
      size_t n = 0;
      char *data = read_all(argv[i], &n);
      if (!data) {
        fprintf(stderr, "bench-quantities: cannot read %s\n", argv[i]);
        return 1;
      }
      if (n > target - len)
        n = 0; /* never cut a file, and so never a character, in two */
      memcpy(text + len, data, n);
      len += n;
      free(data);
    }
    if (len == before)
      break;
  }
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  if (!text || !ex) {
    fprintf(stderr, "bench-quantities: cannot start\n");
    return 1;
  }
  double best = 0;
  size_t count = 0;
  for (int run = 0; run < 5; run++) {
    double t0 = seconds();
    earn_doc *doc = earn_doc_read(ex, text, len, EARN_OPT_BORROW_INPUT, &err);
    double t = seconds() - t0;
    if (!doc) {
      fprintf(stderr, "bench-quantities: %s %s\n", err.msg, err.detail);
      return 1;
    }
    count = earn_doc_quantity_count(doc);
    earn_doc_free(doc);
    double rate = (double)len / (1024.0 * 1024.0) / t;
    if (rate > best)
      best = rate;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("quantities: %.1f MB of text, %zu quantities, best of 5: %.1f MB/s, peak memory %ld MB\n",
         (double)len / (1024.0 * 1024.0), count, best, ru.ru_maxrss / 1024);
  earn_extractor_free(ex);
  free(text);
  return 0;
}
