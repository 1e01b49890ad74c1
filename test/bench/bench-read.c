/* SPDX-License-Identifier: MIT */
/* Benchmark: reads the given release files (the bundled samples by default through meson),
   repeats them into a text of about --mb megabytes, and reports the speed of reading it in
   MB/s over several runs and the process's peak memory: quantities only (--quantities) or
   the whole fact reader (the default). Timing lives here, never in a test. */
#include <stdint.h>
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
  uint32_t opts = EARN_OPT_BORROW_INPUT;
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++) {
    if (strcmp(argv[first], "--mb") == 0 && first + 1 < argc)
      target = (size_t)strtoul(argv[++first], NULL, 10) << 20;
    else if (strcmp(argv[first], "--quantities") == 0)
      opts |= EARN_OPT_QUANTITIES_ONLY;
    else
      break;
  }
  const char *what = (opts & EARN_OPT_QUANTITIES_ONLY) ? "quantities" : "facts";
  if (first >= argc) {
    fprintf(stderr, "usage: bench-read [--mb N] [--quantities] FILE...\n");
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
        fprintf(stderr, "bench-read: cannot read %s\n", argv[i]);
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
    fprintf(stderr, "bench-read: cannot start\n");
    return 1;
  }
  double best = 0;
  size_t count = 0, facts = 0;
  for (int run = 0; run < 5; run++) {
    double t0 = seconds();
    earn_doc *doc = earn_doc_read(ex, text, len, opts, &err);
    double t = seconds() - t0;
    if (!doc) {
      fprintf(stderr, "bench-read: %s %s\n", err.msg, err.detail);
      return 1;
    }
    count = earn_doc_quantity_count(doc);
    facts = earn_doc_fact_count(doc);
    earn_doc_free(doc);
    double rate = (double)len / (1024.0 * 1024.0) / t;
    if (rate > best)
      best = rate;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("%s: %.1f MB of text, %zu quantities, %zu facts, best of 5: %.1f MB/s, peak memory "
         "%ld MB\n",
         what, (double)len / (1024.0 * 1024.0), count, facts, best, ru.ru_maxrss / 1024);
  earn_extractor_free(ex);
  free(text);
  return 0;
}
