/* SPDX-License-Identifier: MIT */
/* The word lists of data/lexicon (embedded at build time) and their lookup tries. */
#include <string.h>

#include "private.h"

/* A byte trie: children are a sibling list, except at the root, which has a direct table
   because nearly every lookup fails on the first byte. */
typedef struct trie_node {
  uint32_t child;   /* first child node, 0 = none */
  uint32_t sibling; /* next sibling node, 0 = none */
  uint32_t entry;   /* first entry ending here, as index + 1; 0 = none */
  uint32_t dense;   /* a node of many children: its row of `dense`, as index + 1; 0 = none */
  uint8_t byte;
} trie_node;

typedef struct trie {
  trie_node *nodes;
  size_t count, cap;
  uint32_t root[256];
  uint32_t *entry_next; /* next entry at the same node, as index + 1 */
  uint32_t *dense;      /* 256 children per row, for nodes with many (CJK lead bytes) */
  uint8_t pairs[8192];  /* bit per (first, second) byte pair that starts a key: a cheap test
                           before walking (CJK text starts most positions with a lead byte) */
} trie;

struct earn_lexicon {
  earn_lex_entry *entries;
  size_t count, cap;
  char *strings; /* owns every term, unit and value string */
  /* One trie per category, so that a lookup walks only the words it may find. */
  trie forward[EARN_LEX_CATEGORIES];  /* keys read left to right */
  trie backward[EARN_LEX_CATEGORIES]; /* keys read right to left: prefixes before a number */
};

/* ---- reading the TSV files ---------------------------------------------------------- */

bool earn_data_next_line(const earn_embedded *file, size_t *pos, size_t *line_no, const char **line,
                         size_t *len) {
  while (*pos < file->len) {
    const char *start = file->data + *pos;
    const char *nl = memchr(start, '\n', file->len - *pos);
    size_t n = nl ? (size_t)(nl - start) : file->len - *pos;
    *pos += n + 1;
    ++*line_no;
    if (n > 0 && start[0] != '#') {
      *line = start;
      *len = n;
      return true;
    }
  }
  return false;
}

typedef struct field {
  const char *s;
  size_t len;
} field;

enum { MAX_FIELDS = 8 };

static size_t split_fields(const char *line, size_t len, field *out) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= len && n < MAX_FIELDS; i++) {
    if (i == len || line[i] == '\t') {
      out[n].s = line + start;
      out[n].len = i - start;
      n++;
      start = i + 1;
    }
  }
  return n;
}

static bool field_is(field f, const char *word) {
  return f.len == strlen(word) && memcmp(f.s, word, f.len) == 0;
}

static bool field_has(field f, const char *word) {
  size_t wl = strlen(word);
  for (size_t i = 0; i + wl <= f.len; i++)
    if (memcmp(f.s + i, word, wl) == 0 && (i + wl == f.len || f.s[i + wl] == ','))
      if (i == 0 || f.s[i - 1] == ',')
        return true;
  return false;
}

static int parse_kind(field f) {
  static const char *const names[] = {"number",   "money", "pct",     "pp",
                                      "multiple", "count", "duration"};
  for (int k = 0; k < (int)(sizeof names / sizeof names[0]); k++)
    if (field_is(f, names[k]))
      return k;
  return -1;
}

static int parse_qualifier(field f) {
  for (int q = EARN_QUAL_EXACT; q <= EARN_QUAL_LESS_THAN; q++)
    if (field_is(f, earn_qualifier_name((earn_qualifier)q)))
      return q;
  return -1;
}

static int parse_langs(field f) {
  if (field_is(f, "all"))
    return 0x7;
  int langs = 0;
  if (field_has(f, "en"))
    langs |= 1 << EARN_LANG_EN;
  if (field_has(f, "ja"))
    langs |= 1 << EARN_LANG_JA;
  if (field_has(f, "zh"))
    langs |= 1 << EARN_LANG_ZH;
  return langs ? langs : -1;
}

static int parse_position(field f) {
  if (field_is(f, "prefix"))
    return EARN_LEXPOS_PREFIX;
  if (field_is(f, "suffix"))
    return EARN_LEXPOS_SUFFIX;
  if (field_is(f, "both"))
    return EARN_LEXPOS_BOTH;
  return -1;
}

static int parse_flags(field f) {
  int flags = 0;
  if (field_has(f, "case"))
    flags |= EARN_LEXF_CASE;
  if (field_has(f, "attached"))
    flags |= EARN_LEXF_ATTACHED;
  if (field_has(f, "sub"))
    flags |= EARN_LEXF_SUB;
  if (field_has(f, "neg"))
    flags |= EARN_LEXF_NEG;
  if (field_has(f, "ads"))
    flags |= EARN_LEXF_ADS;
  if (field_has(f, "diluted"))
    flags |= EARN_LEXF_DILUTED;
  if (field_has(f, "basic"))
    flags |= EARN_LEXF_BASIC;
  return flags;
}

/* A metric's value kind: money, pct (a ratio), count, or per_share (money, flagged). */
static int parse_metric_kind(field f, int *flags) {
  if (field_is(f, "per_share")) {
    *flags |= EARN_LEXF_PER_SHARE;
    return EARN_Q_MONEY;
  }
  if (field_is(f, "money"))
    return EARN_Q_MONEY;
  if (field_is(f, "pct"))
    return EARN_Q_PERCENT;
  if (field_is(f, "count"))
    return EARN_Q_COUNT;
  return -1;
}

/* "-" = none (0), else the earn_basis + 1; 0xff when unknown. */
static int parse_basis(field f) {
  if (field_is(f, "-"))
    return 0;
  for (int b = EARN_BASIS_REPORTED; b <= EARN_BASIS_COMPARABLE; b++)
    if (field_is(f, earn_basis_name((earn_basis)b)))
      return b + 1;
  return 0xff;
}

static int parse_cue(field f) {
  static const char *const names[] = {
      "",       "up",        "down",  "yoy",       "qoq",        "prior",    "to",
      "rate",   "filler",    "loss",  "adjusted",  "comparable", "reported", "guidance",
      "target", "estimate",  "price", "per_share", "p_fy",       "p_h1",     "p_h2",
      "p_ytd",  "p_current", "group", "point",     "interim",    "stop",     "versus",
      "p_ttm",  "join",      "break", "each",      "all",        "part",     "since",
      "gain",   "breakdown"};
  _Static_assert(sizeof names / sizeof names[0] == EARN_CUE_COUNT, "a name for every cue");
  for (int c = 1; c < EARN_CUE_COUNT; c++)
    if (field_is(f, names[c]))
      return c;
  return EARN_CUE_NONE;
}

static bool parse_power(field f, int8_t *out) {
  int sign = 1, v = 0;
  size_t i = 0;
  if (i < f.len && f.s[i] == '-') {
    sign = -1;
    i++;
  }
  if (i == f.len)
    return false;
  for (; i < f.len; i++) {
    if (f.s[i] < '0' || f.s[i] > '9' || v > 30)
      return false;
    v = v * 10 + (f.s[i] - '0');
  }
  *out = (int8_t)(sign * v);
  return true;
}

/* The columns each file has, and the category its entries get. */
typedef struct file_schema {
  const char *name;
  int category;
  size_t columns;
} file_schema;

static const file_schema schemas[] = {
    {"units.tsv", EARN_LEX_UNIT, 7},
    {"scales.tsv", EARN_LEX_SCALE, 4},
    {"qualifiers.tsv", EARN_LEX_QUALIFIER, 5},
    {"words.tsv", EARN_LEX_WORD, 6},
    {"nouns.tsv", EARN_LEX_NOUN, 3},
    {"links.tsv", EARN_LEX_LINK, 2},
    {"metrics.tsv", EARN_LEX_METRIC, 7},
    {"cues.tsv", EARN_LEX_CUE, 3},
    {"patterns.tsv", 0, 0}, /* read by patterns.c */
};

/* Strings are stored as offsets into lex->strings while it may still move, and turned into
   pointers once every file is read. */
typedef struct pending_strings {
  char *buf;
  size_t len, cap;
} pending_strings;

static bool store_string(const earn_allocator *a, pending_strings *ps, field f, size_t *offset) {
  if (!earn_grow(a, (void **)&ps->buf, &ps->cap, ps->len + f.len + 1, 1))
    return false;
  *offset = ps->len;
  memcpy(ps->buf + ps->len, f.s, f.len);
  ps->buf[ps->len + f.len] = '\0';
  ps->len += f.len + 1;
  return true;
}

static earn_status fill_entry(const file_schema *schema, const field *fl, earn_lex_entry *e) {
  int kind = 0, qual = EARN_QUAL_EXACT, langs = -1, pos = EARN_LEXPOS_BOTH, flags = 0;
  e->power = 0;
  switch (schema->category) {
  case EARN_LEX_UNIT:
    kind = parse_kind(fl[1]);
    pos = parse_position(fl[4]);
    langs = parse_langs(fl[5]);
    flags = parse_flags(fl[6]);
    if (!parse_power(fl[3], &e->power))
      return EARN_ERR_SYNTAX;
    break;
  case EARN_LEX_SCALE:
    pos = EARN_LEXPOS_SUFFIX;
    langs = parse_langs(fl[2]);
    flags = parse_flags(fl[3]);
    if (!parse_power(fl[1], &e->power))
      return EARN_ERR_SYNTAX;
    break;
  case EARN_LEX_QUALIFIER:
    qual = parse_qualifier(fl[1]);
    pos = parse_position(fl[2]);
    langs = parse_langs(fl[3]);
    flags = parse_flags(fl[4]);
    break;
  case EARN_LEX_WORD:
    kind = parse_kind(fl[1]);
    qual = parse_qualifier(fl[4]);
    langs = parse_langs(fl[5]);
    break;
  case EARN_LEX_NOUN:
    langs = parse_langs(fl[2]);
    break;
  case EARN_LEX_METRIC:
    kind = parse_metric_kind(fl[2], &flags);
    langs = parse_langs(fl[4]);
    flags |= parse_flags(fl[5]);
    e->basis = (uint8_t)parse_basis(fl[6]);
    if (fl[1].len == 0 || e->basis == 0xff)
      return EARN_ERR_SYNTAX;
    break;
  case EARN_LEX_CUE:
    e->cue = (uint8_t)parse_cue(fl[1]);
    langs = parse_langs(fl[2]);
    if (e->cue == EARN_CUE_NONE)
      return EARN_ERR_SYNTAX;
    break;
  default: /* EARN_LEX_LINK */
    langs = parse_langs(fl[1]);
    break;
  }
  if (kind < 0 || qual < 0 || langs < 0 || pos < 0 || fl[0].len == 0 || fl[0].len > 255)
    return EARN_ERR_SYNTAX;
  e->category = (uint8_t)schema->category;
  e->kind = (uint8_t)kind;
  e->qualifier = (uint8_t)qual;
  e->langs = (uint8_t)langs;
  e->position = (uint8_t)pos;
  e->flags = (uint8_t)flags;
  e->term_len = (uint16_t)fl[0].len;
  return EARN_OK;
}

/* Offsets of an entry's strings into the pending buffer, kept beside the entries. */
typedef struct entry_offsets {
  size_t term, unit, value;
} entry_offsets;

static earn_status read_file(earn_lexicon *lex, const earn_allocator *a, const file_schema *schema,
                             const earn_embedded *file, pending_strings *ps, entry_offsets **offs,
                             size_t *offs_cap, earn_error *err) {
  static const field empty = {"", 0};
  size_t line_no = 0, pos = 0, len = 0;
  const char *line;
  while (earn_data_next_line(file, &pos, &line_no, &line, &len)) {
    field fl[MAX_FIELDS];
    size_t n = split_fields(line, len, fl);
    if (n != schema->columns)
      return earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "%s:%zu: %zu columns, expected %zu",
                            file->name, line_no, n, schema->columns);
    if (!earn_grow(a, (void **)&lex->entries, &lex->cap, lex->count + 1, sizeof *lex->entries) ||
        !earn_grow(a, (void **)offs, offs_cap, lex->count + 1, sizeof **offs))
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    earn_lex_entry *e = &lex->entries[lex->count];
    memset(e, 0, sizeof *e);
    if (fill_entry(schema, fl, e) != EARN_OK)
      return earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "%s:%zu: bad value", file->name,
                            line_no);
    field unit = empty, value = empty;
    if (schema->category == EARN_LEX_UNIT || schema->category == EARN_LEX_WORD)
      unit = fl[2];
    else if (schema->category == EARN_LEX_NOUN || schema->category == EARN_LEX_METRIC)
      unit = fl[1];
    if (schema->category == EARN_LEX_METRIC && !field_is(fl[3], "-"))
      value = fl[3]; /* the count unit */
    if (schema->category == EARN_LEX_WORD)
      value = fl[3];
    entry_offsets *o = &(*offs)[lex->count];
    if (!store_string(a, ps, fl[0], &o->term) || !store_string(a, ps, unit, &o->unit) ||
        !store_string(a, ps, value, &o->value))
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    lex->count++;
  }
  return EARN_OK;
}

/* ---- tries ------------------------------------------------------------------------- */

/* Case folds for lookups, and a line break matches a space: text wrapped at a fixed width
   splits "per share" as "per\nshare". */
static unsigned char fold_ascii(unsigned char c) {
  if (c == '\n')
    return ' ';
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static inline uint32_t trie_child(const trie *t, uint32_t node, unsigned char byte) {
  if (node == 0)
    return t->root[byte];
  if (t->nodes[node].dense)
    return t->dense[(size_t)(t->nodes[node].dense - 1) * 256 + byte];
  for (uint32_t c = t->nodes[node].child; c; c = t->nodes[c].sibling)
    if (t->nodes[c].byte == byte)
      return c;
  return 0;
}

static void mark_pair(trie *t, unsigned char first, unsigned char second) {
  unsigned k = (unsigned)first << 8 | second;
  t->pairs[k >> 3] |= (uint8_t)(1u << (k & 7));
}

static bool trie_insert(trie *t, const earn_allocator *a, const char *key, size_t len,
                        bool reversed, uint32_t entry_index) {
  if (!reversed && len > 0) {
    unsigned char first = fold_ascii((unsigned char)key[0]);
    if (len == 1) /* a one-byte key starts before any byte */
      for (int b = 0; b < 256; b++)
        mark_pair(t, first, (unsigned char)b);
    else
      mark_pair(t, first, fold_ascii((unsigned char)key[1]));
  }
  uint32_t node = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char b = fold_ascii((unsigned char)key[reversed ? len - 1 - i : i]);
    uint32_t next = trie_child(t, node, b);
    if (!next) {
      if (!earn_grow(a, (void **)&t->nodes, &t->cap, t->count + 1, sizeof *t->nodes))
        return false;
      next = (uint32_t)t->count++;
      t->nodes[next] = (trie_node){0, 0, 0, 0, b};
      if (node == 0) {
        t->root[b] = next;
      } else {
        t->nodes[next].sibling = t->nodes[node].child;
        t->nodes[node].child = next;
      }
    }
    node = next;
  }
  /* Append, so entries at one node keep their file order (earlier lines win ties). */
  uint32_t *link = &t->nodes[node].entry;
  while (*link)
    link = &t->entry_next[*link - 1];
  *link = entry_index + 1;
  return true;
}

/* Give each node of many children a row of 256, so a lookup indexes instead of walking the
   siblings: the nodes under the lead bytes of CJK text, where most positions are looked up. */
static bool densify(trie *t, const earn_allocator *a) {
  enum { MANY = 8 };
  size_t rows = 0;
  for (size_t n = 1; n < t->count; n++) {
    size_t kids = 0;
    for (uint32_t c = t->nodes[n].child; c && kids < MANY; c = t->nodes[c].sibling)
      kids++;
    if (kids >= MANY)
      t->nodes[n].dense = (uint32_t)++rows;
  }
  if (!rows)
    return true;
  t->dense = earn_calloc(a, rows * 256, sizeof *t->dense);
  if (!t->dense)
    return false;
  for (size_t n = 1; n < t->count; n++)
    if (t->nodes[n].dense)
      for (uint32_t c = t->nodes[n].child; c; c = t->nodes[c].sibling)
        t->dense[(size_t)(t->nodes[n].dense - 1) * 256 + t->nodes[c].byte] = c;
  return true;
}

static bool build_trie(trie *t, const earn_allocator *a, const earn_lexicon *lex, int category,
                       bool reversed) {
  memset(t->root, 0, sizeof t->root);
  memset(t->pairs, 0, sizeof t->pairs);
  /* Node 0 is a placeholder so that 0 can mean "none". */
  if (!earn_grow(a, (void **)&t->nodes, &t->cap, 1, sizeof *t->nodes))
    return false;
  t->nodes[0] = (trie_node){0, 0, 0, 0, 0};
  t->count = 1;
  t->entry_next = earn_calloc(a, lex->count ? lex->count : 1, sizeof *t->entry_next);
  if (!t->entry_next)
    return false;
  for (size_t i = 0; i < lex->count; i++) {
    const earn_lex_entry *e = &lex->entries[i];
    if (e->category == category && !trie_insert(t, a, e->term, e->term_len, reversed, (uint32_t)i))
      return false;
  }
  return densify(t, a);
}

static void free_trie(trie *t, const earn_allocator *a) {
  earn_dealloc(a, t->nodes);
  earn_dealloc(a, t->entry_next);
  earn_dealloc(a, t->dense);
}

/* ---- construction ------------------------------------------------------------------ */

earn_status earn_lexicon_new(const earn_allocator *a, const earn_data_files *files,
                             earn_lexicon **out, earn_error *err) {
  earn_data_files embedded = {earn_embedded_lexicons, earn_embedded_lexicon_count};
  if (!files)
    files = &embedded;
  earn_lexicon *lex = earn_calloc(a, 1, sizeof *lex);
  if (!lex)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  pending_strings ps = {0};
  entry_offsets *offs = NULL;
  size_t offs_cap = 0;
  earn_status st = EARN_OK;
  for (size_t f = 0; f < files->count && st == EARN_OK; f++) {
    const earn_embedded *file = &files->files[f];
    const file_schema *schema = NULL;
    for (size_t s = 0; s < sizeof schemas / sizeof schemas[0]; s++)
      if (strcmp(schemas[s].name, file->name) == 0)
        schema = &schemas[s];
    if (!schema)
      st = earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "unknown lexicon file %s", file->name);
    else if (schema->category != 0)
      st = read_file(lex, a, schema, file, &ps, &offs, &offs_cap, err);
  }
  if (st == EARN_OK) {
    lex->strings = ps.buf;
    ps.buf = NULL;
    for (size_t i = 0; i < lex->count; i++) {
      lex->entries[i].term = lex->strings + offs[i].term;
      lex->entries[i].unit = lex->strings + offs[i].unit;
      lex->entries[i].value = lex->strings + offs[i].value;
    }
    for (int c = 1; c < EARN_LEX_CATEGORIES && st == EARN_OK; c++)
      if (!build_trie(&lex->forward[c], a, lex, c, false) ||
          !build_trie(&lex->backward[c], a, lex, c, true))
        st = earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  }
  earn_dealloc(a, ps.buf);
  earn_dealloc(a, offs);
  if (st != EARN_OK) {
    earn_lexicon_free(lex, a);
    return st;
  }
  *out = lex;
  return EARN_OK;
}

void earn_lexicon_free(earn_lexicon *lex, const earn_allocator *a) {
  if (!lex)
    return;
  for (int c = 0; c < EARN_LEX_CATEGORIES; c++) {
    free_trie(&lex->forward[c], a);
    free_trie(&lex->backward[c], a);
  }
  earn_dealloc(a, lex->entries);
  earn_dealloc(a, lex->strings);
  earn_dealloc(a, lex);
}

/* ---- lookup ------------------------------------------------------------------------ */

static bool entry_applies(const earn_lex_entry *e, int category, earn_lang lang, int position) {
  return e->category == category && (e->langs & (1u << lang)) && (e->position & position);
}

const earn_lex_entry *earn_lexicon_match(const earn_lexicon *lex, int category, earn_lang lang,
                                         const char *s, size_t len, size_t pos, unsigned context,
                                         size_t *end) {
  if (category <= 0 || category >= EARN_LEX_CATEGORIES)
    return NULL;
  const trie *t = &lex->forward[category];
  const earn_lex_entry *best = NULL;
  uint32_t node = 0;
  for (size_t i = pos; i < len; i++) {
    node = trie_child(t, node, fold_ascii((unsigned char)s[i]));
    if (!node)
      break;
    size_t stop = i + 1;
    for (uint32_t e = t->nodes[node].entry; e; e = t->entry_next[e - 1]) {
      const earn_lex_entry *cand = &lex->entries[e - 1];
      if (!entry_applies(cand, category, lang, EARN_LEXPOS_SUFFIX))
        continue;
      if ((context & EARN_MATCH_AFTER_SPACE) && (cand->flags & EARN_LEXF_ATTACHED))
        continue;
      if (!(context & EARN_MATCH_SUBUNITS) && (cand->flags & EARN_LEXF_SUB))
        continue;
      if ((cand->flags & EARN_LEXF_CASE) && memcmp(s + pos, cand->term, cand->term_len) != 0)
        continue;
      if (is_letter((unsigned char)s[i]) && stop < len && is_letter((unsigned char)s[stop]))
        continue;
      best = cand;
      *end = stop;
      break;
    }
  }
  return best;
}

bool earn_lexicon_may_start(const earn_lexicon *lex, int category, const char *s, size_t len,
                            size_t pos) {
  if (category <= 0 || category >= EARN_LEX_CATEGORIES || pos >= len)
    return false;
  unsigned k = (unsigned)fold_ascii((unsigned char)s[pos]) << 8 |
               (pos + 1 < len ? fold_ascii((unsigned char)s[pos + 1]) : 0);
  return (lex->forward[category].pairs[k >> 3] >> (k & 7)) & 1;
}

const earn_lex_entry *earn_lexicon_match_before(const earn_lexicon *lex, int category,
                                                earn_lang lang, const char *s, size_t pos,
                                                size_t *start) {
  if (category <= 0 || category >= EARN_LEX_CATEGORIES)
    return NULL;
  const trie *t = &lex->backward[category];
  const earn_lex_entry *best = NULL;
  uint32_t node = 0;
  for (size_t i = pos; i > 0; i--) {
    node = trie_child(t, node, fold_ascii((unsigned char)s[i - 1]));
    if (!node)
      break;
    size_t first = i - 1;
    for (uint32_t e = t->nodes[node].entry; e; e = t->entry_next[e - 1]) {
      const earn_lex_entry *cand = &lex->entries[e - 1];
      if (!entry_applies(cand, category, lang, EARN_LEXPOS_PREFIX))
        continue;
      if ((cand->flags & EARN_LEXF_CASE) && memcmp(s + first, cand->term, cand->term_len) != 0)
        continue;
      if (is_letter((unsigned char)s[first]) && first > 0 && is_letter((unsigned char)s[first - 1]))
        continue;
      best = cand;
      *start = first;
      break;
    }
  }
  return best;
}
