/* SPDX-License-Identifier: MIT */
/* Strict UTF-8 validation, width folding for matching, and the folded-to-original offset map. */
#include <string.h>

#include "private.h"

/* Why a byte sequence is not UTF-8; decides the wording of err->detail. */
typedef enum utf8_fault {
  FAULT_NONE = 0,
  FAULT_STRAY_CONTINUATION,
  FAULT_OVERLONG_LEAD, /* C0 and C1 can only start overlong two-byte forms */
  FAULT_BAD_LEAD,      /* F5..FF never occur in UTF-8 */
  FAULT_OVERLONG,
  FAULT_SURROGATE,
  FAULT_TOO_LARGE,
  FAULT_TRUNCATED,
  FAULT_NUL /* valid UTF-8, but it makes the input binary */
} utf8_fault;

/* A look at the bytes at one position: either a valid sequence or a maximal invalid subpart. */
typedef struct utf8_scan {
  size_t len;       /* bytes of the valid sequence, or of the maximal invalid subpart */
  uint32_t cp;      /* the code point when valid */
  utf8_fault fault; /* FAULT_NONE when valid */
} utf8_scan;

static const char replacement_utf8[3] = {'\xEF', '\xBF', '\xBD'};

static bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The second byte's allowed range depends on the lead: that is where UTF-8 rules out overlong
   forms, surrogates and code points past U+10FFFF (Unicode table 3-7). */
static utf8_fault second_byte_fault(unsigned char lead, unsigned char c) {
  if (!is_continuation(c))
    return FAULT_TRUNCATED;
  switch (lead) {
  case 0xE0:
    return c < 0xA0 ? FAULT_OVERLONG : FAULT_NONE;
  case 0xED:
    return c > 0x9F ? FAULT_SURROGATE : FAULT_NONE;
  case 0xF0:
    return c < 0x90 ? FAULT_OVERLONG : FAULT_NONE;
  case 0xF4:
    return c > 0x8F ? FAULT_TOO_LARGE : FAULT_NONE;
  default:
    return FAULT_NONE;
  }
}

/* Classify the bytes at p[0..avail) (avail >= 1). An invalid result's length is the maximal
   subpart, so that replacement emits one U+FFFD per subpart as Unicode recommends. */
static utf8_scan scan_utf8(const unsigned char *p, size_t avail) {
  utf8_scan r = {1, 0xFFFD, FAULT_NONE};
  unsigned char lead = p[0];
  size_t need;
  uint32_t cp;
  if (lead < 0x80) {
    r.cp = lead;
    return r;
  }
  if (lead < 0xC0) {
    r.fault = FAULT_STRAY_CONTINUATION;
    return r;
  }
  if (lead < 0xC2) {
    r.fault = FAULT_OVERLONG_LEAD;
    return r;
  }
  if (lead < 0xE0) {
    need = 2;
    cp = lead & 0x1Fu;
  } else if (lead < 0xF0) {
    need = 3;
    cp = lead & 0x0Fu;
  } else if (lead < 0xF5) {
    need = 4;
    cp = lead & 0x07u;
  } else {
    r.fault = FAULT_BAD_LEAD;
    return r;
  }
  if (avail < 2) {
    r.fault = FAULT_TRUNCATED;
    return r;
  }
  r.fault = second_byte_fault(lead, p[1]);
  if (r.fault != FAULT_NONE)
    return r;
  cp = (cp << 6) | (p[1] & 0x3Fu);
  for (size_t k = 2; k < need; k++) {
    if (k >= avail || !is_continuation(p[k])) {
      r.len = k;
      r.fault = FAULT_TRUNCATED;
      return r;
    }
    cp = (cp << 6) | (p[k] & 0x3Fu);
  }
  r.len = need;
  r.cp = cp;
  return r;
}

size_t earn_utf8_decode(const char *s, size_t len, uint32_t *cp) {
  uint32_t ignored;
  if (!cp)
    cp = &ignored;
  /* The contract promises progress, so even an empty buffer yields one (unread) byte. */
  if (len == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  utf8_scan r = scan_utf8((const unsigned char *)s, len);
  if (r.fault != FAULT_NONE) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = r.cp;
  return r.len;
}

size_t earn_utf8_prev_len(const char *s, size_t pos) {
  if (pos == 0)
    return 0;
  const unsigned char *p = (const unsigned char *)s;
  size_t start = pos - 1;
  for (int steps = 0; steps < 3 && start > 0 && is_continuation(p[start]); steps++)
    start--;
  utf8_scan r = scan_utf8(p + start, pos - start);
  return r.fault == FAULT_NONE && r.len == pos - start ? r.len : 1;
}

/* ---- width folding -------------------------------------------------------------------- */

/* Full-width forms of U+FF61..U+FF9F, as offsets from U+3000. The voiced sound marks become
   the standalone U+309B/U+309C: joining them to the preceding kana would change lengths. */
static const uint8_t halfwidth_kana[0x3F] = {
    0x02, 0x0C, 0x0D, 0x01, 0xFB, 0xF2, 0xA1, 0xA3, 0xA5, 0xA7, 0xA9, 0xE3, 0xE5, 0xE7, 0xC3, 0xFC,
    0xA2, 0xA4, 0xA6, 0xA8, 0xAA, 0xAB, 0xAD, 0xAF, 0xB1, 0xB3, 0xB5, 0xB7, 0xB9, 0xBB, 0xBD, 0xBF,
    0xC1, 0xC4, 0xC6, 0xC8, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0xD2, 0xD5, 0xD8, 0xDB, 0xDE, 0xDF,
    0xE0, 0xE1, 0xE2, 0xE4, 0xE6, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEF, 0xF3, 0x9B, 0x9C};

static bool is_folded_space(uint32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2002 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

static bool is_folded_hyphen(uint32_t cp) {
  return cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2212 || cp == 0xFE63;
}

/* The code point that matchers should see in place of `cp`. Never longer in UTF-8. */
static uint32_t fold_code_point(uint32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E)
    return cp - 0xFEE0;
  if (cp >= 0xFF61 && cp <= 0xFF9F)
    return 0x3000u + halfwidth_kana[cp - 0xFF61];
  if (is_folded_space(cp))
    return ' ';
  if (is_folded_hyphen(cp))
    return '-';
  switch (cp) {
  case 0x301C:
    return '~';
  case 0xFFE0:
    return 0x00A2;
  case 0xFFE1:
    return 0x00A3;
  case 0xFFE5:
    return 0x00A5;
  default:
    return cp;
  }
}

/* Only these lead bytes start a character that fold_code_point changes (U+00A0, U+2000..2FFF,
   U+3000..3FFF, U+F000..FFFF); all other characters are copied without decoding. */
static bool may_fold(unsigned char lead) {
  return lead == 0xC2 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF;
}

static size_t encode_utf8(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* ---- the folding pass ----------------------------------------------------------------- */

/* State of one earn_text_init call. */
typedef struct folder {
  earn_text *t;
  const earn_allocator *a;
  const unsigned char *in;
  size_t len; /* input length */
  size_t i;   /* next input byte */
  size_t o;   /* next output byte */
  size_t cap; /* output bytes that fit in t->s, without the terminator */
  bool replace;
  bool out_of_memory; /* recording a shift failed */
} folder;

static earn_status allocate_buffers(folder *f, size_t cap, earn_error *err) {
  f->t->s = cap < SIZE_MAX ? earn_malloc(f->a, cap + 1) : NULL;
  if (!f->t->s)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "folded text of %zu bytes", cap);
  f->cap = cap;
  return EARN_OK;
}

/* How many bytes replacing the invalid parts of in[from..len) adds to the text. */
static size_t replacement_growth(const unsigned char *in, size_t from, size_t len) {
  size_t growth = 0;
  size_t i = from;
  while (i < len) {
    if (in[i] == 0) {
      growth += sizeof replacement_utf8 - 1;
      i++;
      continue;
    }
    utf8_scan r = scan_utf8(in + i, len - i);
    if (r.fault != FAULT_NONE)
      growth += sizeof replacement_utf8 - r.len; /* subparts are 1..3 bytes */
    i += r.len;
  }
  return growth;
}

/* Valid text never grows when folded, so the buffers start at the input's size; only
   replacing 1- and 2-byte invalid subparts grows it, and then the rest of the input is
   measured once so that this is the only reallocation. */
static earn_status reserve_for_replacement(folder *f, size_t bad_len, earn_error *err) {
  size_t rest = f->len - f->i - bad_len;
  if (f->o + sizeof replacement_utf8 + rest <= f->cap)
    return EARN_OK;
  size_t growth = replacement_growth(f->in, f->i, f->len);
  size_t rest_all = f->len - f->i;
  size_t cap = f->o + rest_all;
  if (growth > SIZE_MAX - cap)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "folded text too large");
  cap += growth;
  char *s = cap < SIZE_MAX ? earn_realloc(f->a, f->t->s, cap + 1) : NULL;
  if (!s)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "folded text of %zu bytes", cap);
  f->t->s = s;
  f->cap = cap;
  return EARN_OK;
}

/* Write n folded bytes for the original character of original_len bytes at f->i. Where the
   lengths differ, the offsets after it shift: that is recorded. */
static void emit(folder *f, const char *bytes, size_t n, size_t original_len) {
  memcpy(f->t->s + f->o, bytes, n);
  if (n != original_len) {
    earn_text *t = f->t;
    if (!earn_grow(f->a, (void **)&t->shifts, &t->shift_cap, t->shift_count + 1,
                   sizeof *t->shifts)) {
      f->out_of_memory = true;
    } else {
      earn_text_shift *sh = &t->shifts[t->shift_count++];
      sh->folded = (uint32_t)f->o;
      sh->original = (uint32_t)f->i;
      sh->folded_len = (uint8_t)n;
      sh->original_len = (uint8_t)original_len;
    }
  }
  f->o += n;
}

/* Eight bytes that are all in 1..0x7F: plain ASCII with no NUL. */
static bool is_ascii_word(uint64_t w) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  return ((w | (w - ones)) & highs) == 0;
}

/* Copy the run of ASCII (without NUL) at f->i. This is most of English text and the
   digits of every language, so it goes a word at a time. */
static void copy_ascii_run(folder *f) {
  const unsigned char *in = f->in;
  char *s = f->t->s;
  size_t i = f->i, o = f->o;
  while (f->len - i >= 8) {
    uint64_t w;
    memcpy(&w, in + i, 8);
    if (!is_ascii_word(w))
      break;
    memcpy(s + o, in + i, 8);
    i += 8;
    o += 8;
  }
  while (i < f->len && (unsigned char)(in[i] - 1) < 0x7F)
    s[o++] = (char)in[i++];
  f->i = i;
  f->o = o;
}

static earn_status report_fault(earn_error *err, size_t pos, const unsigned char *p, size_t n,
                                utf8_fault fault) {
  switch (fault) {
  case FAULT_STRAY_CONTINUATION:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "unexpected continuation byte 0x%02x", p[0]);
  case FAULT_OVERLONG_LEAD:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "overlong encoding (lead byte 0x%02x)", p[0]);
  case FAULT_BAD_LEAD:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "invalid UTF-8 byte 0x%02x", p[0]);
  case FAULT_OVERLONG:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "overlong encoding (0x%02x 0x%02x)", p[0], p[1]);
  case FAULT_SURROGATE:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "surrogate code point (0x%02x 0x%02x)", p[0],
                          p[1]);
  case FAULT_TOO_LARGE:
    return earn_error_set(err, EARN_ERR_UTF8, pos, "code point above U+10FFFF (0x%02x 0x%02x)",
                          p[0], p[1]);
  case FAULT_NUL:
    return earn_error_set(err, EARN_ERR_BINARY, pos, "NUL byte");
  case FAULT_TRUNCATED:
  case FAULT_NONE:
    break;
  }
  size_t want = p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
  return earn_error_set(err, EARN_ERR_UTF8, pos, "truncated sequence: %zu of %zu bytes from 0x%02x",
                        n, want, p[0]);
}

/* In replace mode, one U+FFFD for the bad bytes in[f->i .. f->i + n); otherwise the error. */
static earn_status handle_invalid(folder *f, size_t n, utf8_fault fault, earn_error *err) {
  const unsigned char *p = f->in + f->i;
  if (!f->replace)
    return report_fault(err, f->i, p, n, fault);
  earn_status st = reserve_for_replacement(f, n, err);
  if (st != EARN_OK)
    return st;
  if (f->t->replaced++ == 0) {
    f->t->first_replaced = f->i;
    f->t->first_replaced_folded = f->o;
  }
  emit(f, replacement_utf8, sizeof replacement_utf8, n);
  f->i += n;
  return EARN_OK;
}

/* Copy or fold the valid multi-byte character r at f->i. */
static void fold_character(folder *f, utf8_scan r) {
  const char *src = (const char *)f->in + f->i;
  if (may_fold(f->in[f->i])) {
    uint32_t folded = fold_code_point(r.cp);
    if (folded != r.cp) {
      char buf[4];
      emit(f, buf, encode_utf8(folded, buf), r.len);
      f->i += r.len;
      return;
    }
  }
  emit(f, src, r.len, r.len);
  f->i += r.len;
}

static earn_status fold_all(folder *f, earn_error *err) {
  while (f->i < f->len) {
    unsigned char c = f->in[f->i];
    if (c != 0 && c < 0x80) {
      copy_ascii_run(f);
      continue;
    }
    earn_status st = EARN_OK;
    if (c == 0) {
      st = handle_invalid(f, 1, FAULT_NUL, err);
    } else {
      utf8_scan r = scan_utf8(f->in + f->i, f->len - f->i);
      if (r.fault == FAULT_NONE)
        fold_character(f, r);
      else
        st = handle_invalid(f, r.len, r.fault, err);
    }
    if (st != EARN_OK)
      return st;
  }
  return f->out_of_memory ? earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "offset map") : EARN_OK;
}

static bool has_bom(const unsigned char *in, size_t len) {
  return len >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF;
}

earn_status earn_text_init(earn_text *t, const earn_allocator *a, const char *in, size_t len,
                           uint32_t opts, earn_error *err) {
  if (!t || !a || (!in && len > 0))
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "earn_text_init: NULL argument");
  memset(t, 0, sizeof *t);
  /* Offsets are 32-bit. */
  if (len >= UINT32_MAX)
    return earn_error_set(err, EARN_ERR_LIMIT, SIZE_MAX,
                          "input of %zu bytes; the limit is 4294967294", len);
  folder f = {.t = t,
              .a = a,
              .in = (const unsigned char *)in,
              .len = len,
              .replace = (opts & EARN_OPT_REPLACE_INVALID) != 0};
  if (has_bom(f.in, len))
    f.i = 3;
  earn_status st = allocate_buffers(&f, len - f.i, err);
  if (st == EARN_OK)
    st = fold_all(&f, err);
  if (st != EARN_OK) {
    earn_text_release(t, a);
    return st;
  }
  t->s[f.o] = '\0';
  t->len = f.o;
  t->skipped = has_bom(f.in, len) ? 3 : 0;
  t->original_len = len;
  return EARN_OK;
}

size_t earn_text_original(const earn_text *t, size_t i) {
  if (i >= t->len)
    return t->original_len;
  while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80)
    i--;                              /* the start of the folded character */
  size_t lo = 0, hi = t->shift_count; /* the last shift at or before i */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->shifts[mid].folded <= i)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return t->skipped + i;
  const earn_text_shift *sh = &t->shifts[lo - 1];
  if (i == sh->folded)
    return sh->original;
  return (size_t)sh->original + sh->original_len + (i - sh->folded - sh->folded_len);
}

void earn_text_release(earn_text *t, const earn_allocator *a) {
  if (!t)
    return;
  if (a) {
    earn_dealloc(a, t->s);
    earn_dealloc(a, t->shifts);
  }
  memset(t, 0, sizeof *t);
}
