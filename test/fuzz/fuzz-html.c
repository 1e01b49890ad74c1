/* SPDX-License-Identifier: MIT */
/* Fuzz target: read any bytes as HTML and check the visible text and its map to the input. */
#include <string.h>

#include "fuzz.h"
#include "private.h"

static int valid_utf8(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = earn_utf8_decode(s + i, len - i, &cp);
    if (cp == 0xFFFD && n == 1)
      return 0;
    i += n;
  }
  return 1;
}

/* Runs cover the text in order, never go back in the input, verbatim runs are the input's
   bytes, and the offset map is monotone and inside the input. */
static void check_source(const earn_source *s, const char *in, size_t len) {
  FUZZ_CHECK(s->text != NULL && s->text[s->len] == '\0' && strlen(s->text) == s->len);
  FUZZ_CHECK(valid_utf8(s->text, s->len));
  FUZZ_CHECK(s->input_len == len);
  FUZZ_CHECK((s->len == 0) == (s->nruns == 0));
  size_t prev_end = 0;
  for (size_t k = 0; k < s->nruns; k++) {
    const earn_source_run *r = &s->runs[k];
    size_t text_end = k + 1 < s->nruns ? s->runs[k + 1].text : s->len;
    FUZZ_CHECK(k > 0 || r->text == 0);
    FUZZ_CHECK(r->text < text_end);
    FUZZ_CHECK(r->src >= prev_end && (size_t)r->src + r->src_len <= len);
    if (r->verbatim)
      FUZZ_CHECK(r->src_len == text_end - r->text &&
                 memcmp(in + r->src, s->text + r->text, r->src_len) == 0);
    prev_end = (size_t)r->src + r->src_len;
  }
  size_t last_start = 0, last_end = 0;
  for (size_t i = 0; i <= s->len; i++) {
    size_t start = earn_source_offset(s, i, 0), end = earn_source_offset(s, i, 1);
    FUZZ_CHECK(start <= len && end <= len);
    FUZZ_CHECK(start >= last_start && end >= last_end);
    FUZZ_CHECK(i == s->len || start <= earn_source_offset(s, i + 1, 1));
    last_start = start;
    last_end = end;
  }
  FUZZ_CHECK(earn_source_offset(s, s->len, 0) == len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *in = (const char *)data;
  size_t len = size < FUZZ_MAX_INPUT ? size : FUZZ_MAX_INPUT;
  (void)earn_looks_like_html(in, len);
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  earn_source s;
  earn_error err;
  FUZZ_CHECK(earn_html_to_text(&a, in, len, &s, &err) == EARN_OK);
  check_source(&s, in, len);
  earn_source_release(&s, &a);
  return 0;
}
