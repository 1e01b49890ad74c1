/* SPDX-License-Identifier: MIT */
/*
 * HTML input: libxml2's HTML parser (SAX callbacks, one parser context per call) turns the
 * bytes into visible text, and the parser's position at each callback ties that text back
 * to the input.
 *
 * What libxml2 2.9.14 reports (consumed + cur - base, an offset in the text it decoded):
 *  - characters: the text ends at the position, except that a chunk flushed because its
 *    1000-byte buffer filled ends one character later (cur still on its last character), and
 *    a '<' that starts no tag is reported with cur on it;
 *  - entity and character references are decoded into a callback of their own once the
 *    parser is past the reference; an unknown one ("&foo;", "&amp" without ';') comes back as
 *    "&" and then the name, cur after the name;
 *  - startElement: cur on the tag's '>'; endElement: after the end tag (or wherever an end is
 *    implied); nothing is nested on the C stack, and 100k nested elements parse fine;
 *  - control characters are dropped from text, a NUL becomes a space, CR is kept;
 *  - a document without a charset is read as ISO-8859-1 unless told UTF-8 (done below); a
 *    <meta charset> or a UTF-16 BOM switches to an encoder, after which positions restart at
 *    0 in the decoded text; invalid UTF-8 switches to ISO-8859-1 the same way.
 * Text is therefore matched against the input bytes (UTF-8 input), or, once an encoder is in
 * use, located at node level by walking the decoded text and the input in step.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

#include "private.h"

/* ---- what each element does to the text ----------------------------------------------- */

enum {
  EL_INLINE = 0, /* anything not listed, namespaced and unknown elements too: nothing */
  EL_BLOCK,      /* breaks the line before and after */
  EL_BREAK,      /* <br>: a line break; two in a row make a blank line */
  EL_HIDDEN,     /* content dropped */
  EL_TITLE,      /* a line of its own, shown even inside <head> */
  EL_PRE,        /* a block whose whitespace is kept */
  EL_TABLE,      /* a block; cells inside it belong to its rows, not to an outer cell */
  EL_ROW,        /* a block that counts its cells */
  EL_CELL        /* "\t" before every cell but a row's first */
};

typedef struct element_kind {
  const char *name;
  uint8_t kind;
} element_kind;

/* Sorted by name for bsearch; libxml2 lower-cases HTML element names. */
static const element_kind element_kinds[] = {
    {"address", EL_BLOCK},   {"article", EL_BLOCK}, {"aside", EL_BLOCK},  {"blockquote", EL_BLOCK},
    {"br", EL_BREAK},        {"caption", EL_BLOCK}, {"center", EL_BLOCK}, {"dd", EL_BLOCK},
    {"div", EL_BLOCK},       {"dl", EL_BLOCK},      {"dt", EL_BLOCK},     {"figcaption", EL_BLOCK},
    {"figure", EL_BLOCK},    {"footer", EL_BLOCK},  {"form", EL_BLOCK},   {"h1", EL_BLOCK},
    {"h2", EL_BLOCK},        {"h3", EL_BLOCK},      {"h4", EL_BLOCK},     {"h5", EL_BLOCK},
    {"h6", EL_BLOCK},        {"head", EL_HIDDEN},   {"header", EL_BLOCK}, {"hr", EL_BLOCK},
    {"li", EL_BLOCK},        {"main", EL_BLOCK},    {"nav", EL_BLOCK},    {"noscript", EL_HIDDEN},
    {"ol", EL_BLOCK},        {"p", EL_BLOCK},       {"pre", EL_PRE},      {"script", EL_HIDDEN},
    {"section", EL_BLOCK},   {"style", EL_HIDDEN},  {"table", EL_TABLE},  {"td", EL_CELL},
    {"template", EL_HIDDEN}, {"th", EL_CELL},       {"title", EL_TITLE},  {"tr", EL_ROW},
    {"ul", EL_BLOCK},
};

static int compare_kind(const void *key, const void *entry) {
  return strcmp(key, ((const element_kind *)entry)->name);
}

static int lookup_kind(const xmlChar *name) {
  const element_kind *k = bsearch(name, element_kinds, sizeof element_kinds / sizeof *element_kinds,
                                  sizeof *element_kinds, compare_kind);
  return k ? k->kind : EL_INLINE;
}

/* libxml2 hands element names out of its dictionary (or as literals for implied elements):
   one name, one pointer, for the whole parse. A few remembered pointers spare the lookup. */
enum { KIND_CACHE = 64 };

typedef struct kind_cache {
  const xmlChar *name[KIND_CACHE];
  uint8_t kind[KIND_CACHE];
} kind_cache;

static int kind_of(kind_cache *cache, const xmlChar *name) {
  size_t slot = ((uintptr_t)name >> 4) % KIND_CACHE;
  if (cache->name[slot] != name) {
    cache->name[slot] = name;
    cache->kind[slot] = (uint8_t)lookup_kind(name);
  }
  return cache->kind[slot];
}

static bool breaks_line(int kind) {
  return kind == EL_BLOCK || kind == EL_TITLE || kind == EL_PRE || kind == EL_TABLE ||
         kind == EL_ROW;
}

/* ---- parse state ----------------------------------------------------------------------- */

#define NO_CELL SIZE_MAX
#define NOT_FOUND_YET SIZE_MAX

/* How text is laid out at a point of the element tree. */
typedef struct layout {
  size_t cell_start;  /* text offset where the innermost open cell began, or NO_CELL */
  uint32_t row_cells; /* cells so far in the innermost open row */
  bool hidden, pre;
} layout;

typedef struct frame {
  layout saved; /* the layout to restore when the element ends */
  uint8_t kind;
} frame;

/* Separators are held back until visible text follows, so that none start or end a line
   and breaks merge: newlines, then tabs, then (alone) a space. They map to what decided
   them: the first of the strongest kind (a newline over a tab over a space). */
enum { SEP_NONE, SEP_SPACE, SEP_TAB, SEP_NEWLINE };

typedef struct pending {
  uint8_t newlines; /* 0-2: a line break, or a blank line */
  uint32_t tabs;
  bool space;
  uint8_t strength; /* SEP_*: the kind of what [src, end) is */
  size_t src, end;
} pending;

/* Follows libxml2 once it decodes through an encoder: its positions are then offsets in the
   decoded text, which is walked in step with the input. */
enum {
  TRACK_NONE,    /* no encoder: parser positions are input offsets */
  TRACK_ANCHORS, /* an ASCII-compatible encoding: the k-th '<' or '>' decoded is the k-th in
                    the input, and text between them maps as a whole */
  TRACK_UTF16,   /* every character is 2 input bytes, or 4 for a surrogate pair */
  TRACK_LOST     /* not followed: text maps to [floor, end of input) */
};

typedef struct decoded_track {
  int mode;
  const void *encoder;       /* the encoder being followed */
  size_t dec;                /* decoded offset walked up to */
  size_t sync_dec, sync_raw; /* a decoded offset and the input offset it corresponds to */
  size_t node_raw;           /* input offset where text after the last '<' or '>' starts */
  size_t raw_scan;           /* where to look for the input's next '<' or '>' */
  size_t raw_next;           /* the one found from raw_scan, or NOT_FOUND_YET */
} decoded_track;

typedef struct html_state {
  const earn_allocator *a;
  htmlParserCtxtPtr ctxt;
  const char *in;
  size_t in_len;
  earn_source *out;
  size_t text_cap;
  earn_status failed; /* EARN_OK, or why the parse was stopped */
  layout now;
  bool pre_fresh; /* nothing yet in the innermost <pre>: a leading newline is dropped */
  frame stack[EARN_HTML_MAX_DEPTH];
  size_t depth;
  size_t unfollowed; /* open elements past the depth limit */
  kind_cache kinds;
  pending pend;
  size_t text_end; /* input offset where the previous text callback's bytes end */
  size_t floor;    /* the latest input offset known from any callback (implied elements are
                      reported late, so it may lie past text still to come) */
  decoded_track track;
} html_state;

/* ---- output ---------------------------------------------------------------------------- */

static void stop(html_state *st, earn_status why) {
  if (st->failed == EARN_OK)
    st->failed = why;
  xmlStopParser(st->ctxt);
}

static size_t runs_end(const earn_source *s) {
  return s->nruns ? (size_t)s->runs[s->nruns - 1].src + s->runs[s->nruns - 1].src_len : 0;
}

/* Room for n more text bytes and the NUL. */
static bool reserve(html_state *st, size_t n) {
  earn_source *s = st->out;
  if (n > (size_t)UINT32_MAX - 1 - s->len) {
    stop(st, EARN_ERR_LIMIT); /* offsets are 32-bit; only transcoding can grow text so far */
    return false;
  }
  if (!earn_grow(st->a, (void **)&s->text, &st->text_cap, s->len + n + 1, 1)) {
    stop(st, EARN_ERR_NOMEM);
    return false;
  }
  return true;
}

/* Record that the last n bytes of text came from input [src, src + src_len). Runs never go
   backwards in the input: an overlap joins a non-verbatim run or is clamped. */
static bool record_run(html_state *st, size_t n, size_t src, size_t src_len, bool verbatim) {
  earn_source *s = st->out;
  if (n == 0)
    return true;
  if (src > st->in_len)
    src = st->in_len;
  if (src_len > st->in_len - src)
    src_len = st->in_len - src;
  size_t prev_end = runs_end(s);
  if (s->nruns && src < prev_end) {
    earn_source_run *last = &s->runs[s->nruns - 1];
    size_t end = src + src_len > prev_end ? src + src_len : prev_end;
    if (!verbatim && !last->verbatim) {
      last->src_len = (uint32_t)(end - last->src); /* the same node: one run */
      return true;
    }
    src = prev_end;
    src_len = end - prev_end;
    verbatim = false; /* bytes moved off their place are no longer one for one */
  }
  if (s->nruns && verbatim && s->runs[s->nruns - 1].verbatim && src == prev_end) {
    s->runs[s->nruns - 1].src_len += (uint32_t)src_len;
    return true;
  }
  if (!earn_grow(st->a, (void **)&s->runs, &s->runs_cap, s->nruns + 1, sizeof *s->runs)) {
    stop(st, EARN_ERR_NOMEM);
    return false;
  }
  s->runs[s->nruns++] =
      (earn_source_run){(uint32_t)(s->len - n), (uint32_t)src, (uint32_t)src_len, verbatim};
  return true;
}

/* ---- separators ------------------------------------------------------------------------ */

static void pend_from(html_state *st, int strength, size_t src, size_t end) {
  pending *p = &st->pend;
  if (strength > p->strength) {
    p->strength = (uint8_t)strength;
    p->src = src;
    p->end = end;
  }
}

/* A block edge (or a <br> when `line_break`). Dropped at the edges of a cell, which keeps a
   row on one line when its cells wrap their text in <p> or <div>. */
static void pend_break(html_state *st, bool line_break, size_t src) {
  if (st->now.cell_start != NO_CELL && st->out->len == st->now.cell_start)
    return;
  pending *p = &st->pend;
  pend_from(st, SEP_NEWLINE, src, src);
  if (line_break)
    p->newlines = p->newlines < 2 ? (uint8_t)(p->newlines + 1) : 2;
  else if (p->newlines == 0)
    p->newlines = 1;
  p->tabs = 0; /* empty cells at the end of a row vanish */
  p->space = false;
}

static void pend_tab(html_state *st, size_t src) {
  pend_from(st, SEP_TAB, src, src);
  if (st->pend.tabs < UINT32_MAX)
    st->pend.tabs++;
  st->pend.space = false;
}

static void pend_space(html_state *st, size_t src, size_t end) {
  pend_from(st, SEP_SPACE, src, end);
  if (!st->pend.newlines && !st->pend.tabs)
    st->pend.space = true;
}

static size_t trailing_newlines(const earn_source *s) {
  size_t n = 0;
  while (n < 2 && n < s->len && s->text[s->len - 1 - n] == '\n')
    n++;
  return n;
}

/* Write the pending separators, as one run over what produced them, kept before `limit`,
   where the text that follows them starts. Nothing starts the text but tabs (an empty first
   cell keeps its column). */
static bool flush_pending(html_state *st, size_t limit) {
  pending p = st->pend;
  if (p.strength == SEP_NONE)
    return true;
  memset(&st->pend, 0, sizeof st->pend);
  earn_source *s = st->out;
  size_t had = trailing_newlines(s);
  size_t newlines = s->len && p.newlines > had ? p.newlines - had : 0;
  char last = s->len ? s->text[s->len - 1] : '\n';
  bool space = p.space && last != '\n' && last != '\t' && last != ' ';
  size_t n = newlines + p.tabs + space;
  if (n == 0)
    return true;
  if (!reserve(st, n))
    return false;
  memset(s->text + s->len, '\n', newlines);
  memset(s->text + s->len + newlines, '\t', p.tabs);
  if (space)
    s->text[s->len + newlines + p.tabs] = ' ';
  s->len += n;
  s->text[s->len] = '\0';
  if (p.end > limit)
    p.end = limit;
  if (p.src > p.end)
    p.src = p.end;
  /* A single blank collapsed to itself is still the input byte. */
  bool same_byte = n == 1 && space && p.end - p.src == 1 && st->in[p.src] == ' ';
  return record_run(st, n, p.src, p.end - p.src, same_byte);
}

/* Visible bytes from input [src, src + src_len): one for one when `verbatim`. */
static bool emit(html_state *st, const char *bytes, size_t n, size_t src, size_t src_len,
                 bool verbatim) {
  if (n == 0 || !flush_pending(st, src) || !reserve(st, n))
    return false;
  earn_source *s = st->out;
  memcpy(s->text + s->len, bytes, n);
  s->len += n;
  s->text[s->len] = '\0';
  return record_run(st, n, src, verbatim ? n : src_len, verbatim);
}

static bool is_html_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Lay out a callback's text t[0..n). When `verbatim`, t[k] is input[src + k]; otherwise all of
   it came from input [src, end). */
static void lay_out(html_state *st, const char *t, size_t n, size_t src, size_t end,
                    bool verbatim) {
  if (st->now.pre) {
    if (st->pre_fresh && n > 0) {
      /* Browsers drop a newline right after <pre>; libxml2 keeps it. */
      size_t skip = t[0] == '\n' ? 1 : n > 1 && t[0] == '\r' && t[1] == '\n' ? 2 : 0;
      t += skip;
      n -= skip;
      src += verbatim ? skip : 0;
    }
    st->pre_fresh = false;
    emit(st, t, n, src, end - src, verbatim);
    return;
  }
  size_t i = 0;
  while (i < n && st->failed == EARN_OK) {
    size_t j = i;
    bool blank = is_html_space((unsigned char)t[i]);
    while (j < n && is_html_space((unsigned char)t[j]) == blank)
      j++;
    if (!blank)
      emit(st, t + i, j - i, verbatim ? src + i : src, end - src, verbatim);
    else if (verbatim)
      pend_space(st, src + i, src + j);
    else
      pend_space(st, src, end);
    i = j;
  }
}

/* ---- positions ------------------------------------------------------------------------- */

/* Where the parser is, in the text it decoded (the input itself until an encoder is used). */
static size_t parser_pos(const html_state *st) {
  xmlParserInputPtr in = st->ctxt->input;
  return (size_t)in->consumed + (size_t)(in->cur - in->base);
}

static bool name_starts(const char *name, const char *prefix) {
  return strncasecmp(name, prefix, strlen(prefix)) == 0;
}

/* Start following an encoder libxml2 switched to: xmlByteConsumed() re-encodes what is left
   of the decoded buffer, so it is called once here, never per callback (that is quadratic). */
static void track_start(html_state *st, const xmlCharEncodingHandler *enc, size_t pos) {
  decoded_track *t = &st->track;
  t->encoder = enc;
  long raw = xmlByteConsumed(st->ctxt);
  const char *name = enc->name ? enc->name : "";
  if (raw < 0 || (size_t)raw > st->in_len)
    t->mode = TRACK_LOST;
  else if (name_starts(name, "UTF-16") || name_starts(name, "UTF16") ||
           name_starts(name, "UCS-2") || name_starts(name, "UCS2"))
    t->mode = TRACK_UTF16;
  else if (name_starts(name, "UTF-32") || name_starts(name, "UCS-4") || name_starts(name, "UCS4") ||
           name_starts(name, "ISO-10646") || name_starts(name, "ISO-2022") ||
           name_starts(name, "EBCDIC") || name_starts(name, "UTF-7") || name_starts(name, "HZ"))
    t->mode = TRACK_LOST; /* bytes of other characters can look like '<' or '>' */
  else
    t->mode = TRACK_ANCHORS; /* ASCII-compatible: '<' and '>' are never part of another
                                character in Shift_JIS, EUC, GBK, GB18030, Big5, 8-bit sets */
  t->dec = t->sync_dec = pos;
  t->sync_raw = t->raw_scan = raw < 0 ? 0 : (size_t)raw;
  /* Text being read when the encoding switched (invalid UTF-8 does it mid-node) began at the
     last point known before. */
  t->node_raw = st->floor < t->sync_raw ? st->floor : t->sync_raw;
  t->raw_next = NOT_FOUND_YET;
}

static size_t next_raw_anchor(html_state *st) {
  decoded_track *t = &st->track;
  if (t->raw_next == NOT_FOUND_YET || t->raw_next < t->raw_scan) {
    size_t r = t->raw_scan;
    while (r < st->in_len && st->in[r] != '<' && st->in[r] != '>')
      r++;
    t->raw_next = r;
  }
  return t->raw_next;
}

/* Walk the decoded text up to `pos`, moving the input offset along. */
static void track_to(html_state *st, size_t pos) {
  decoded_track *t = &st->track;
  if (pos <= t->dec)
    return;
  xmlParserInputPtr in = st->ctxt->input;
  size_t base = (size_t)in->consumed; /* decoded offset of in->base */
  if (t->dec < base || pos > base + (size_t)(in->end - in->base)) {
    t->mode = TRACK_LOST; /* libxml2 already let go of the bytes we needed */
    return;
  }
  const unsigned char *d = (const unsigned char *)in->base + (t->dec - base);
  if (t->mode == TRACK_UTF16) {
    size_t raw = t->sync_raw;
    for (size_t x = t->dec; x < pos; x++, d++) {
      if ((*d & 0xC0) != 0x80)
        raw += *d >= 0xF0 ? 4 : 2; /* a surrogate pair, or one code unit */
      if (*d == '<' || *d == '>')
        t->node_raw = raw;
    }
    t->sync_dec = pos;
    t->sync_raw = raw;
  } else {
    for (size_t x = t->dec; x < pos; x++, d++) {
      if (*d != '<' && *d != '>')
        continue;
      size_t r = next_raw_anchor(st);
      if (r >= st->in_len || (unsigned char)st->in[r] != *d) {
        t->mode = TRACK_LOST;
        return;
      }
      t->sync_dec = x + 1;
      t->sync_raw = t->node_raw = t->raw_scan = r + 1;
    }
  }
  t->dec = pos;
}

/* The input span [*lo, *hi) that parser position `pos` lies in: a point when it is known
   exactly (always, for UTF-8 input), else the bytes between the nearest '<' or '>'. Decoded
   text up to `pos` began at *node (unused for UTF-8 input). */
static void locate(html_state *st, size_t pos, size_t *node, size_t *lo, size_t *hi) {
  decoded_track *t = &st->track;
  xmlParserInputBufferPtr buf = st->ctxt->input ? st->ctxt->input->buf : NULL;
  const xmlCharEncodingHandler *enc = buf ? buf->encoder : NULL;
  if (enc != t->encoder && t->mode != TRACK_LOST) {
    if (t->mode == TRACK_NONE)
      track_start(st, enc, pos);
    else
      t->mode = TRACK_LOST; /* a second switch: no longer followed */
  }
  switch (t->mode) {
  case TRACK_NONE:
    *node = *lo = *hi = pos < st->in_len ? pos : st->in_len;
    return;
  case TRACK_LOST:
    *node = *lo = st->floor;
    *hi = st->in_len;
    return;
  default:
    track_to(st, pos);
    if (t->mode == TRACK_LOST) {
      locate(st, pos, node, lo, hi);
      return;
    }
    *node = t->node_raw;
    *lo = t->sync_raw;
    *hi = pos == t->sync_dec ? t->sync_raw : next_raw_anchor(st);
    return;
  }
}

/* Where the parser is in the input, for a separator or a raised floor. A start tag is
   reported on its '>' (or the '/' of "/>"): text comes after it. */
static size_t event_pos(html_state *st) {
  size_t node, lo, hi;
  locate(st, parser_pos(st), &node, &lo, &hi);
  if (st->track.mode == TRACK_NONE && lo < st->in_len && st->in[lo] == '/')
    lo++;
  if (st->track.mode == TRACK_NONE && lo < st->in_len && st->in[lo] == '>')
    lo++;
  if (lo > st->floor)
    st->floor = lo;
  return lo;
}

static bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t utf8_lead_len(unsigned char c) {
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* libxml2 drops control characters from text and reads NUL as a space. Matching t[0..n)
   backwards from input offset p with that in mind finds where the text began; if it does not
   match, all that is known is that it lies in [floor, p). */
static size_t altered_text_start(const char *in, size_t floor, size_t p, const char *t, size_t n) {
  size_t r = p;
  while (n > 0 && r > floor) {
    unsigned char c = (unsigned char)in[r - 1];
    if (c == (unsigned char)t[n - 1] || (c == 0 && t[n - 1] == ' '))
      n--;
    else if (!(c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
      return floor;
    r--;
  }
  return n == 0 ? r : floor;
}

/* Find the input bytes of a callback's text t[0..n), reported at parser position `pos`:
 *verbatim with t at input[*src], or else the span [*src, *end) it came from. */
static void place_text(html_state *st, const char *t, size_t n, size_t pos, size_t *src,
                       size_t *end, bool *verbatim) {
  const char *in = st->in;
  size_t node, lo, hi;
  locate(st, pos, &node, &lo, &hi);
  *verbatim = false;
  if (st->track.mode != TRACK_NONE) {
    /* Decoded text: the whole node, from the markup before it to the markup after it (the
       runs of one node overlap and join). */
    *src = node;
    *end = hi > node ? hi : node;
    return;
  }
  size_t p = hi;
  size_t floor = st->text_end > runs_end(st->out) ? st->text_end : runs_end(st->out);
  if (floor > p)
    floor = p;
  /* A reference is reported once the parser is past it: "&name;", "&#123", "&#x4E00;" ends
     at p. Unknown names come back as "&" (cur after the name), then the name. */
  size_t q = p;
  if (q > floor && in[q - 1] == ';')
    q--;
  while (q > floor && (is_ascii_alnum(in[q - 1]) || in[q - 1] == '#'))
    q--;
  if (q > floor && in[q - 1] == '&') {
    size_t amp = q - 1;
    bool char_ref = amp + 1 < st->in_len && in[amp + 1] == '#';
    *src = amp;
    if (n == 1 && t[0] == '&' && !char_ref && in[p - 1] != ';') {
      *end = amp + 1; /* the '&' of an unknown entity, or a bare one */
      *verbatim = true;
    } else {
      *end = p;
    }
    return;
  }
  size_t extra = p < st->in_len ? utf8_lead_len((unsigned char)in[p]) : 0;
  if (extra > st->in_len - p)
    extra = st->in_len - p;
  if (n <= p - floor && memcmp(in + p - n, t, n) == 0) {
    *src = p - n;
  } else if (extra && n <= p + extra - floor && memcmp(in + p + extra - n, t, n) == 0) {
    *src = p + extra - n; /* a full 1000-byte chunk, or a '<' that starts no tag */
  } else {
    *src = altered_text_start(in, floor, p, t, n); /* libxml2 changed the bytes */
    *end = p;
    return;
  }
  *end = *src + n;
  *verbatim = true;
}

/* ---- SAX callbacks ---------------------------------------------------------------------- */

static size_t valid_utf8_prefix(const char *t, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t len = (unsigned char)t[i] < 0x80 ? 1 : earn_utf8_decode(t + i, n - i, &cp);
    if (len == 1 && (unsigned char)t[i] >= 0x80)
      break;
    i += len;
  }
  return i;
}

static void on_text(void *ctx, const xmlChar *chars, int len) {
  html_state *st = ctx;
  if (st->failed != EARN_OK || len <= 0)
    return;
  const char *t = (const char *)chars;
  size_t n = (size_t)len, src, end;
  bool verbatim;
  place_text(st, t, n, parser_pos(st), &src, &end, &verbatim);
  if (end > st->text_end)
    st->text_end = end;
  if (end > st->floor)
    st->floor = end;
  if (st->now.hidden)
    return;
  size_t good = valid_utf8_prefix(t, n);
  if (good == n) {
    lay_out(st, t, n, src, end, verbatim);
    return;
  }
  /* libxml2 can return bytes that are not UTF-8 (an entity name read across its switch to
     ISO-8859-1): each bad byte becomes U+FFFD, and the callback maps as a whole. */
  for (size_t i = 0; i < n; i += good) {
    good = valid_utf8_prefix(t + i, n - i);
    lay_out(st, t + i, good, src, end, false);
    if (i + good < n) {
      lay_out(st, "\xEF\xBF\xBD", 3, src, end, false);
      good++;
    }
  }
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **attrs) {
  html_state *st = ctx;
  (void)attrs;
  if (st->failed != EARN_OK)
    return;
  size_t at = event_pos(st);
  if (st->unfollowed || st->depth == EARN_HTML_MAX_DEPTH) {
    st->unfollowed++; /* not followed: its text takes the layout around it */
    return;
  }
  int kind = kind_of(&st->kinds, name);
  if (!st->now.hidden || kind == EL_TITLE) {
    if (breaks_line(kind))
      pend_break(st, false, at);
    else if (kind == EL_BREAK)
      pend_break(st, true, at);
    else if (kind == EL_CELL && st->now.row_cells++ > 0)
      pend_tab(st, at);
  }
  st->stack[st->depth++] = (frame){st->now, (uint8_t)kind};
  switch (kind) {
  case EL_HIDDEN:
    st->now.hidden = true;
    break;
  case EL_TITLE:
    st->now.hidden = false;
    break;
  case EL_PRE:
    st->now.pre = true;
    break;
  case EL_TABLE:
    st->now.cell_start = NO_CELL;
    break;
  case EL_ROW:
    st->now.row_cells = 0;
    break;
  case EL_CELL:
    st->now.cell_start = st->out->len;
    break;
  default:
    break;
  }
  st->pre_fresh = kind == EL_PRE; /* only a newline right after the <pre> tag is dropped */
}

static void on_end(void *ctx, const xmlChar *name) {
  html_state *st = ctx;
  (void)name; /* libxml2 balances every start with an end, implied or not */
  if (st->failed != EARN_OK)
    return;
  size_t at = event_pos(st);
  if (st->unfollowed) {
    st->unfollowed--;
    return;
  }
  if (st->depth == 0)
    return;
  frame f = st->stack[--st->depth];
  if (f.kind == EL_CELL && st->out->len > st->now.cell_start) {
    st->pend.newlines = 0; /* a break the cell's own text left: the row goes on */
    st->pend.space = false;
  }
  st->now = f.saved;
  st->pre_fresh = false;
  if ((!st->now.hidden || f.kind == EL_TITLE) && breaks_line(f.kind))
    pend_break(st, false, at);
}

/* Comments and processing instructions show nothing; they do end a fresh <pre>, and their
   position places text read after an encoding switch. */
static void on_comment(void *ctx, const xmlChar *value) {
  (void)value;
  html_state *st = ctx;
  st->pre_fresh = false;
  if (st->failed == EARN_OK)
    event_pos(st);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data) {
  (void)target;
  on_comment(ctx, data);
}

/* ---- entry points ----------------------------------------------------------------------- */

static void ignore_message(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static earn_status empty_text(const earn_allocator *a, earn_source *out, earn_error *err) {
  out->text = earn_malloc(a, 1);
  if (!out->text)
    return earn_error_set(err, EARN_ERR_NOMEM, 0, "HTML text");
  out->text[0] = '\0';
  return EARN_OK;
}

earn_status earn_html_to_text(const earn_allocator *a, const char *in, size_t len, earn_source *out,
                              earn_error *err) {
  if (out)
    memset(out, 0, sizeof *out);
  if (!a || !out || (!in && len))
    return earn_error_set(err, EARN_ERR_ARG, 0, "NULL argument");
  if (len > EARN_HTML_MAX_INPUT)
    return earn_error_set(err, EARN_ERR_LIMIT, 0, "HTML input of %zu bytes (at most %zu)", len,
                          EARN_HTML_MAX_INPUT);
  out->input_len = len;
  if (len == 0)
    return empty_text(a, out, err);

  xmlInitParser(); /* returns at once after the first call; guarded by libxml2's own lock */
  html_state *st = earn_calloc(a, 1, sizeof *st);
  if (!st)
    return earn_error_set(err, EARN_ERR_NOMEM, 0, "HTML parse state");
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(in, (int)len);
  if (!ctxt) {
    earn_dealloc(a, st);
    return earn_error_set(err, EARN_ERR_NOMEM, 0, "libxml2 parser context");
  }
  /* NONET and no HUGE: libxml2 keeps its own limits; the HTML parser loads nothing anyway. */
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                               HTML_PARSE_NOWARNING);
  /* Undeclared input is UTF-8 (libxml2 would read it as ISO-8859-1); a BOM or <meta charset>
     still switches. */
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  memset(ctxt->sax, 0, sizeof *ctxt->sax); /* no tree, no error printing: only these */
  ctxt->sax->startElement = on_start;
  ctxt->sax->endElement = on_end;
  ctxt->sax->characters = on_text;
  ctxt->sax->ignorableWhitespace = on_text;
  ctxt->sax->cdataBlock = on_text; /* <script> and <style> content */
  ctxt->sax->comment = on_comment;
  ctxt->sax->processingInstruction = on_pi;
  ctxt->userData = st;

  *st = (html_state){.a = a, .ctxt = ctxt, .in = in, .in_len = len, .out = out};
  st->now.cell_start = NO_CELL;
  if (reserve(st, 0)) {
    out->text[0] = '\0';
    /* Encoding errors bypass the context and print through the thread's generic handler:
       silence it during the parse, then put it back (it is per thread in libxml2). */
    xmlGenericErrorFunc saved_handler = xmlGenericError;
    void *saved_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, ignore_message);
    htmlParseDocument(ctxt);
    xmlSetGenericErrorFunc(saved_context, saved_handler);
  }
  if (st->failed == EARN_OK && ctxt->errNo == XML_ERR_NO_MEMORY)
    st->failed = EARN_ERR_NOMEM;
  /* A block that ends the document still ends its line. */
  if (st->failed == EARN_OK && st->pend.newlines && out->len && out->text[out->len - 1] != '\n') {
    st->pend.tabs = 0;
    st->pend.space = false;
    st->pend.newlines = 1;
    flush_pending(st, len);
  }
  earn_status failed = st->failed;
  htmlFreeParserCtxt(ctxt);
  earn_dealloc(a, st);
  if (failed != EARN_OK) {
    earn_source_release(out, a);
    return earn_error_set(err, failed, 0,
                          failed == EARN_ERR_LIMIT ? "HTML text over 4 GiB" : "HTML text");
  }
  return EARN_OK;
}

size_t earn_source_offset(const earn_source *s, size_t i, bool end) {
  if (!s || s->nruns == 0)
    return end || !s ? 0 : s->input_len;
  if (i >= s->len && !end)
    return s->input_len;
  if (i > s->len)
    i = s->len;
  if (end) {
    if (i == 0)
      return s->runs[0].src;
    i--; /* the byte before the end */
  }
  size_t lo = 0, hi = s->nruns; /* the last run starting at or before i */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (s->runs[mid].text <= i)
      lo = mid;
    else
      hi = mid;
  }
  const earn_source_run *r = &s->runs[lo];
  if (r->verbatim)
    return (size_t)r->src + (i - r->text) + (end ? 1 : 0);
  return (size_t)r->src + (end ? r->src_len : 0);
}

void earn_source_release(earn_source *s, const earn_allocator *a) {
  if (!s)
    return;
  earn_dealloc(a, s->text);
  earn_dealloc(a, s->runs);
  memset(s, 0, sizeof *s);
}

/* ---- detection -------------------------------------------------------------------------- */

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

static bool prefix_ci(const char *s, size_t n, const char *word) {
  size_t k = strlen(word);
  if (n < k)
    return false;
  for (size_t i = 0; i < k; i++)
    if (ascii_lower(s[i]) != word[i])
      return false;
  return true;
}

/* "<name" followed by the end of a name: <p> and <p class=x> but not <pre>. */
static bool tag_at(const char *s, size_t n, const char *name) {
  size_t k = strlen(name);
  if (n < k + 2 || s[0] != '<' || !prefix_ci(s + 1, n - 1, name))
    return false;
  char c = s[k + 1];
  return c == '>' || c == '/' || is_html_space((unsigned char)c);
}

static bool has_tag(const char *s, size_t n, const char *const *names) {
  for (const char *lt = memchr(s, '<', n); lt; lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s)))
    for (const char *const *name = names; *name; name++)
      if (tag_at(lt, n - (size_t)(lt - s), *name))
        return true;
  return false;
}

bool earn_looks_like_html(const char *in, size_t len) {
  if (!in)
    return false;
  size_t i = len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < len && is_html_space((unsigned char)in[i]))
    i++;
  const char *s = in + i;
  size_t n = len - i, head = n < 4096 ? n : 4096;
  static const char *const html[] = {"html", NULL};
  static const char *const blocks[] = {"p", "div", "body", "table", "br", NULL};
  if (prefix_ci(s, n, "<!doctype html") || tag_at(s, n, "html"))
    return true;
  if (prefix_ci(s, n, "<?xml"))
    return has_tag(s, head, html);
  bool starts_with_tag =
      n >= 2 && s[0] == '<' &&
      ((ascii_lower(s[1]) >= 'a' && ascii_lower(s[1]) <= 'z') || s[1] == '!' || s[1] == '?');
  return starts_with_tag && has_tag(s, head, blocks);
}
