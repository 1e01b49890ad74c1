/* SPDX-License-Identifier: MIT */
/* File reading, output and error reporting for the earnings tool. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_read_file(const char *path, char **data, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f)
    return -1;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  int saved = 0;
  while (buf) {
    if (n == cap) {
      char *bigger = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
      if (!bigger) {
        free(buf);
        buf = NULL;
        saved = ENOMEM;
        break;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) {
        saved = errno ? errno : EIO;
        free(buf);
        buf = NULL;
      }
      break;
    }
  }
  if (!buf && !saved)
    saved = ENOMEM;
  if (f != stdin)
    fclose(f);
  if (!buf) {
    errno = saved;
    return -1;
  }
  *data = buf;
  *len = n;
  return 0;
}

int cli_write_file(const char *data, size_t len, void *ctx) {
  return fwrite(data, 1, len, (FILE *)ctx) == len ? 0 : -1;
}

void cli_report_to(FILE *to, const char *file, const char *data, size_t len, size_t pos,
                   const char *msg) {
  if (pos == SIZE_MAX || !data) {
    fprintf(to, "%s: error: %s\n", file, msg);
    return;
  }
  size_t line = 0, col = 0;
  earn_locate(data, len, pos, &line, &col);
  fprintf(to, "%s:%zu:%zu: error: %s\n", file, line, col, msg);
}

void cli_report(const char *file, const char *data, size_t len, size_t pos, const char *msg) {
  cli_report_to(stderr, file, data, len, pos, msg);
}

void cli_item_clear(cli_item *item) {
  free(item->path);
  free(item->out);
  free(item->err);
  *item = (cli_item){0};
}

int cli_read_option(int argc, char **argv, int i, uint32_t *opts) {
  if (strcmp(argv[i], "--replace-invalid") == 0) {
    *opts |= EARN_OPT_REPLACE_INVALID;
    return 1;
  }
  if (strcmp(argv[i], "--html") == 0 || strcmp(argv[i], "--text") == 0) {
    *opts &= ~(uint32_t)(EARN_OPT_HTML | EARN_OPT_TEXT);
    *opts |= argv[i][2] == 'h' ? EARN_OPT_HTML : EARN_OPT_TEXT;
    return 1;
  }
  if (strcmp(argv[i], "--lang") != 0)
    return 0;
  if (i + 1 >= argc)
    return -1;
  const char *v = argv[i + 1];
  *opts &= ~(uint32_t)(EARN_OPT_LANG_EN | EARN_OPT_LANG_JA | EARN_OPT_LANG_ZH);
  if (strcmp(v, "en") == 0)
    *opts |= EARN_OPT_LANG_EN;
  else if (strcmp(v, "ja") == 0)
    *opts |= EARN_OPT_LANG_JA;
  else if (strcmp(v, "zh") == 0)
    *opts |= EARN_OPT_LANG_ZH;
  else if (strcmp(v, "auto") != 0)
    return -1;
  return 2;
}

int cli_issuer_option(int argc, char **argv, int i, const char **issuer) {
  if (strcmp(argv[i], "--issuer") != 0)
    return 0;
  if (i + 1 >= argc || !argv[i + 1][0])
    return -1;
  *issuer = argv[i + 1];
  return 2;
}

earn_extractor *cli_extractor(const earn_lexicon_file *lexicons, size_t count, const char *issuer,
                              earn_error *err) {
  earn_extractor_options xo = {NULL, lexicons, count, issuer};
  return earn_extractor_new_with(&xo, err);
}
