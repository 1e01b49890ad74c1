/* SPDX-License-Identifier: MIT */
/* The progress line of a batch on a terminal: one line, rewritten in place after a carriage
   return and erased before any other message, so the messages stay readable. */
#include <time.h>

#include "cli.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, bool on, size_t total) {
  double t = now();
  /* Drawn as soon as the first input is done, then at most every tenth of a second. */
  *p = (cli_progress){on, total, 0, 0, t, t - 1, false};
}

static void format_eta(char *buf, size_t size, double seconds) {
  unsigned long s = (unsigned long)(seconds + 0.5);
  if (s < 3600)
    snprintf(buf, size, "%lu:%02lu", s / 60, s % 60);
  else
    snprintf(buf, size, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
}

static void draw(cli_progress *p, double t) {
  double elapsed = t - p->start;
  double mbps = elapsed > 0 ? p->bytes / 1e6 / elapsed : 0;
  char total[32] = "", eta[48] = "";
  if (p->total != SIZE_MAX) {
    snprintf(total, sizeof total, "/%zu", p->total);
    /* The first inputs carry the start-up and say little about the rate. */
    if (p->done < p->total && elapsed >= 0.5) {
      char left[24];
      format_eta(left, sizeof left, elapsed / (double)p->done * (double)(p->total - p->done));
      snprintf(eta, sizeof eta, ", ETA %s", left);
    }
  }
  /* One write, so that the terminal never shows half a line. */
  char line[160];
  snprintf(line, sizeof line, "\r\033[Kearnings: %zu%s files, %.1f MB/s%s", p->done, total, mbps,
           eta);
  fputs(line, stderr);
  p->drawn = t;
  p->visible = true;
}

void cli_progress_step(cli_progress *p, size_t bytes) {
  p->done++;
  p->bytes += (double)bytes;
  if (!p->on)
    return;
  double t = now();
  if (t - p->drawn >= 0.1)
    draw(p, t);
}

void cli_progress_clear(cli_progress *p) {
  if (p->visible)
    fputs("\r\033[K", stderr);
  p->visible = false;
}
