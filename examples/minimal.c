/* SPDX-License-Identifier: MIT */
/* The smallest complete use of libearnings: print every quantity of a file or a sentence. */
#include <stdio.h>
#include <stdlib.h>

#include <earnings/earnings.h>

static const char sentence[] = "売上高は3719.56億元で、前年同期比9%増。有料会員は約7000万人。";

int main(int argc, char **argv) {
  static char buf[1 << 20];
  const char *text = sentence;
  size_t len = sizeof sentence - 1;
  if (argc > 1) {
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
      perror(argv[1]);
      return EXIT_FAILURE;
    }
    len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    text = buf;
  }
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  earn_doc *doc = ex ? earn_doc_read(ex, text, len, EARN_OPT_DEFAULT, &err) : NULL;
  if (!doc) {
    fprintf(stderr, "error: %s %s\n", err.msg, err.detail);
    earn_extractor_free(ex);
    return EXIT_FAILURE;
  }
  for (size_t i = 0; i < earn_doc_quantity_count(doc); i++) {
    const earn_quantity *q = earn_doc_quantity(doc, i);
    earn_decimal value;
    char num[EARN_DECIMAL_BUFSIZE] = "-";
    if (earn_quantity_value(q, &value))
      earn_decimal_format(value, num, sizeof num);
    earn_span span = earn_quantity_span(q);
    printf("%-8s %-14s %-9s %-9s [%zu,%zu) %.*s\n", earn_qkind_name(earn_quantity_kind(q)), num,
           earn_quantity_unit(q), earn_qualifier_name(earn_quantity_qualifier(q)), span.start,
           span.end, (int)(span.end - span.start), text + span.start);
  }
  earn_doc_free(doc);
  earn_extractor_free(ex);
  return EXIT_SUCCESS;
}
