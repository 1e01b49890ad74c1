/* SPDX-License-Identifier: MIT */
/* Unit tests for text.c: UTF-8 validation, width folding, the offset map and the decoders. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "private.h"
#include "suites.h"

/* String literals may hold NULs, so lengths come from sizeof, not strlen. */
#define IN(lit) .in = (lit), .in_len = sizeof(lit) - 1
#define OUT(lit) .out = (lit), .out_len = sizeof(lit) - 1
/* The original start offset of each folded code point, in order. */
#define STARTS(...)                                                                                \
  .starts = (const uint32_t[]){__VA_ARGS__},                                                       \
  .nstarts = sizeof((const uint32_t[]){__VA_ARGS__}) / sizeof(uint32_t)
#define FAIL(code, pos, text) .status = (code), .err_pos = (pos), .detail = (text)
#define REPLACED(n, first) .replaced = (n), .first_replaced = (first)
#define REPLACE .opts = EARN_OPT_REPLACE_INVALID
#define FFFD "\xEF\xBF\xBD"
#define BYTES(lit) (lit), sizeof(lit) - 1
#define COUNT(array) (int)(sizeof(array) / sizeof((array)[0]))

typedef struct byte_string {
  const char *s;
  size_t len;
} byte_string;

typedef struct text_case {
  const char *name;
  const char *in;
  size_t in_len;
  uint32_t opts;
  earn_status status;
  const char *out; /* NULL: the input itself (nothing folds) */
  size_t out_len;
  const uint32_t *starts; /* NULL: each code point maps to its own offset (nothing folds) */
  size_t nstarts;
  size_t err_pos;
  const char *detail; /* a substring of err->detail */
  size_t replaced;
  size_t first_replaced;
} text_case;

static const text_case text_cases[] = {
    /* Valid text that passes through unchanged. */
    {"empty", IN("")},
    {"one byte", IN("A")},
    {"ascii sentence", IN("Revenue rose 12% to $3.4 billion.")},
    {"ascii controls", IN("\t\r\n\x01\x7F")},
    {"japanese", IN("売上高は前年比")},
    {"chinese", IN("营业收入同比增长")},
    {"ideographic comma and full stop kept", IN("1、234。")},
    {"latin-1 and copyright kept", IN("café ©")},
    {"4-byte characters", IN("😀\xF4\x8F\xBF\xBF\xF0\x90\x80\x80")},
    {"range boundaries",
     IN("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80" FFFD "\xEF\xBF\xBF")},
    {"U+FF00, U+FF5F, U+FF60 kept", IN("\xEF\xBC\x80\xEF\xBD\x9F\xEF\xBD\xA0")},
    {"em quad and zero-width space kept", IN("\xE2\x80\x81\xE2\x80\x8B")},
    {"figure dash and em dash kept", IN("\xE2\x80\x92\xE2\x80\x94")},
    {"other full-width signs kept", IN("￢￣￤￦")},
    {"U+3001..U+301B kept", IN("「」『』【】〔〕")},
    {"not a leading BOM", IN("a\xEF\xBB\xBF")},

    /* Full-width ASCII. */
    {"full-width digits and comma", IN("売上高５，０００億円"), OUT("売上高5,000億円"),
     STARTS(0, 3, 6, 9, 12, 15, 18, 21, 24, 27)},
    {"full-width letters", IN("ＦＹ２０２５"), OUT("FY2025"), STARTS(0, 3, 6, 9, 12, 15)},
    {"full-width point and percent", IN("１２．５％"), OUT("12.5%"), STARTS(0, 3, 6, 9, 12)},
    {"full-width parentheses", IN("（３）"), OUT("(3)"), STARTS(0, 3, 6)},
    {"full-width dollar", IN("＄１００"), OUT("$100"), STARTS(0, 3, 6, 9)},
    {"full-width tilde", IN("～"), OUT("~"), STARTS(0)},
    {"first and backslash", IN("！＼"), OUT("!\\"), STARTS(0, 3)},
    {"full-width lower case", IN("ｂｎ"), OUT("bn"), STARTS(0, 3)},
    {"after a long ascii run", IN("Net sales of ５ billion"), OUT("Net sales of 5 billion"),
     STARTS(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 23)},

    /* Spaces. */
    {"ideographic space", IN("営業　利益"), OUT("営業 利益"), STARTS(0, 3, 6, 9, 12)},
    {"no-break space", IN("USD\u00A05"), OUT("USD 5"), STARTS(0, 1, 2, 3, 5)},
    {"en, thin and hair spaces", IN("a\u2002b\u2009c\u200Ad"), OUT("a b c d"),
     STARTS(0, 1, 4, 5, 8, 9, 12)},
    {"narrow no-break and math spaces", IN("a\u202Fb\u205Fc"), OUT("a b c"), STARTS(0, 1, 4, 5, 8)},

    /* Dashes and tildes. */
    {"minus sign", IN("−5%"), OUT("-5%"), STARTS(0, 3, 4)},
    {"en dash range", IN("3–5%"), OUT("3-5%"), STARTS(0, 1, 4, 5)},
    {"hyphens and small hyphen-minus", IN("\xE2\x80\x90\xE2\x80\x91\xEF\xB9\xA3"), OUT("---"),
     STARTS(0, 3, 6)},
    {"wave dash", IN("3〜5"), OUT("3~5"), STARTS(0, 1, 4)},

    /* Currency signs: two bytes from three. */
    {"full-width yen", IN("￥100"), OUT("¥100"), STARTS(0, 3, 4, 5)},
    {"full-width cent and pound", IN("￠￡"), OUT("¢£"), STARTS(0, 3)},

    /* Half-width katakana. */
    {"half-width katakana", IN("ｶﾌﾞｼｷ"), OUT("カフ゛シキ"), STARTS(0, 3, 6, 9, 12)},
    {"half-width marks and small kana", IN("ｱｰ｡､ｯﾝﾟ"), OUT("アー。、ッン゜"),
     STARTS(0, 3, 6, 9, 12, 15, 18)},
    {"half-width brackets", IN("｢ﾜｦ｣･"), OUT("「ワヲ」・"), STARTS(0, 3, 6, 9, 12)},

    /* The byte order mark. */
    {"BOM then Japanese", IN("\xEF\xBB\xBF売上"), OUT("売上"), STARTS(3, 6)},
    {"BOM then ascii",
     IN("\xEF\xBB\xBF"
        "abc"),
     OUT("abc"), STARTS(3, 4, 5)},
    {"BOM only", IN("\xEF\xBB\xBF"), OUT("")},
    {"second BOM kept", IN("\xEF\xBB\xBF\xEF\xBB\xBF"), OUT("\xEF\xBB\xBF"), STARTS(3)},
    {"BOM then folding", IN("\xEF\xBB\xBF５"), OUT("5"), STARTS(3)},

    /* Strict mode: each kind of invalid sequence. */
    {"0xff", IN("\xFF"), FAIL(EARN_ERR_UTF8, 0, "invalid UTF-8 byte 0xff")},
    {"0xfe after ascii", IN("abc\xFE"), FAIL(EARN_ERR_UTF8, 3, "invalid UTF-8 byte 0xfe")},
    {"0xf5 lead", IN("\xF5\x80\x80\x80"), FAIL(EARN_ERR_UTF8, 0, "invalid UTF-8 byte 0xf5")},
    {"0xf8 lead", IN("x\xF8\x88\x80\x80\x80"), FAIL(EARN_ERR_UTF8, 1, "invalid UTF-8 byte 0xf8")},
    {"stray continuation", IN("ab\x80"),
     FAIL(EARN_ERR_UTF8, 2, "unexpected continuation byte 0x80")},
    {"stray 0xbf", IN("\xBF"), FAIL(EARN_ERR_UTF8, 0, "unexpected continuation byte 0xbf")},
    {"extra continuation", IN("あ\x80"), FAIL(EARN_ERR_UTF8, 3, "unexpected continuation")},
    {"overlong 0xc0", IN("\xC0\xAF"), FAIL(EARN_ERR_UTF8, 0, "overlong")},
    {"overlong 0xc1", IN("12\xC1\xBF"), FAIL(EARN_ERR_UTF8, 2, "overlong")},
    {"overlong 3-byte", IN("x\xE0\x80\xAF"), FAIL(EARN_ERR_UTF8, 1, "overlong")},
    {"overlong 3-byte max", IN("\xE0\x9F\xBF"), FAIL(EARN_ERR_UTF8, 0, "overlong")},
    {"overlong 4-byte", IN("\xF0\x8F\xBF\xBF"), FAIL(EARN_ERR_UTF8, 0, "overlong")},
    {"surrogate D800", IN("\xED\xA0\x80"), FAIL(EARN_ERR_UTF8, 0, "surrogate")},
    {"surrogate DFFF", IN("ok \xED\xBF\xBF"), FAIL(EARN_ERR_UTF8, 3, "surrogate")},
    {"above U+10FFFF", IN("\xF4\x90\x80\x80"), FAIL(EARN_ERR_UTF8, 0, "above U+10FFFF")},
    {"truncated 2-byte at end", IN("ab\xC3"), FAIL(EARN_ERR_UTF8, 2, "truncated sequence")},
    {"truncated 3-byte at end", IN("売\xE4\xB8"), FAIL(EARN_ERR_UTF8, 3, "truncated sequence")},
    {"truncated 4-byte at end", IN("😀\xF0\x9F\x98"), FAIL(EARN_ERR_UTF8, 4, "truncated sequence")},
    {"lone 4-byte lead at end", IN("abcdefghij\xF0"), FAIL(EARN_ERR_UTF8, 10, "truncated")},
    {"3-byte cut by ascii",
     IN("\xE3\x81"
        "A"),
     FAIL(EARN_ERR_UTF8, 0, "truncated sequence")},
    {"4-byte cut by a lead", IN("\xF0\x9F\xE3\x81\x82"), FAIL(EARN_ERR_UTF8, 0, "truncated")},
    {"error after folding", IN("売上高５\xFF"), FAIL(EARN_ERR_UTF8, 12, "0xff")},
    {"error after BOM", IN("\xEF\xBB\xBF\xFF"), FAIL(EARN_ERR_UTF8, 3, "0xff")},
    {"half a BOM", IN("\xEF\xBB"), FAIL(EARN_ERR_UTF8, 0, "truncated")},

    /* NUL bytes. */
    {"NUL", IN("ab\0cd"), FAIL(EARN_ERR_BINARY, 2, "NUL byte")},
    {"NUL first", IN("\0"), FAIL(EARN_ERR_BINARY, 0, "NUL")},
    {"NUL inside an 8-byte word", IN("abcdefg\0hij"), FAIL(EARN_ERR_BINARY, 7, "NUL")},
    {"invalid byte before NUL", IN("\xFF\0"), FAIL(EARN_ERR_UTF8, 0, "0xff")},
    {"NUL before invalid byte", IN("\0\xFF"), FAIL(EARN_ERR_BINARY, 0, "NUL")},
    {"NUL ends a sequence", IN("\xE3\0"), FAIL(EARN_ERR_UTF8, 0, "truncated")},

    /* Replace mode: one U+FFFD per maximal subpart, mapped to its first byte. */
    {"replace 0xff", IN("\xFF"), REPLACE, OUT(FFFD), STARTS(0), REPLACED(1, 0)},
    {"replace between ascii",
     IN("a\xFF"
        "b"),
     REPLACE, OUT("a" FFFD "b"), STARTS(0, 1, 2), REPLACED(1, 1)},
    {"replace NUL", IN("a\0b"), REPLACE, OUT("a" FFFD "b"), STARTS(0, 1, 2), REPLACED(1, 1)},
    {"replace truncated 3-byte as one",
     IN("\xE3\x81"
        "A"),
     REPLACE, OUT(FFFD "A"), STARTS(0, 2), REPLACED(1, 0)},
    {"replace truncated 4-byte at end", IN("x\xF0\x9F\x98"), REPLACE, OUT("x" FFFD), STARTS(0, 1),
     REPLACED(1, 1)},
    {"replace overlong 3-byte", IN("\xE0\x80\xAF"), REPLACE, OUT(FFFD FFFD FFFD), STARTS(0, 1, 2),
     REPLACED(3, 0)},
    {"replace surrogate", IN("\xED\xA0\x80"), REPLACE, OUT(FFFD FFFD FFFD), STARTS(0, 1, 2),
     REPLACED(3, 0)},
    {"replace above U+10FFFF", IN("\xF4\x90\x80\x80"), REPLACE, OUT(FFFD FFFD FFFD FFFD),
     STARTS(0, 1, 2, 3), REPLACED(4, 0)},
    {"replace overlong 2-byte", IN("\xC0\xAF"), REPLACE, OUT(FFFD FFFD), STARTS(0, 1),
     REPLACED(2, 0)},
    {"Unicode table 3-11 example",
     IN("a\xF1\x80\x80\xE1\x80\xC2"
        "b\x80"
        "c\x80\xBF"
        "d"),
     REPLACE, OUT("a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d"),
     STARTS(0, 1, 4, 6, 7, 8, 9, 10, 11, 12), REPLACED(6, 1)},
    {"replace with folding", IN("５\xFF％"), REPLACE, OUT("5" FFFD "%"), STARTS(0, 3, 4),
     REPLACED(1, 3)},
    {"replace after BOM", IN("\xEF\xBB\xBF\xFF"), REPLACE, OUT(FFFD), STARTS(3), REPLACED(1, 3)},
    {"replace valid input", IN("ＦＹ"), REPLACE, OUT("FY"), STARTS(0, 3), REPLACED(0, 0)},
    {"real U+FFFD is not counted", IN("a" FFFD), REPLACE, OUT("a" FFFD), STARTS(0, 1),
     REPLACED(0, 0)},
    {"replace many bytes", IN("\xFF\xFE\xFD\xFC\xFB\xFA\xF9\xF8\xC0\xC1\x80\x81\x82\x83\x84\x85"),
     REPLACE, OUT(FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD),
     STARTS(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), REPLACED(16, 0)},
    {"replace uses slack left by folding", IN("５５\xFF\xFF\xFF\xFF\xFF\xFF\xFF"), REPLACE,
     OUT("55" FFFD FFFD FFFD FFFD FFFD FFFD FFFD), STARTS(0, 3, 6, 7, 8, 9, 10, 11, 12),
     REPLACED(7, 6)},
    {"replace NULs and bytes",
     IN("\0\0\xFF"
        "a\0"),
     REPLACE, OUT(FFFD FFFD FFFD "a" FFFD), STARTS(0, 1, 2, 3, 4), REPLACED(4, 0)},
};

static void fill_error(earn_error *err) { memset(err, 0xFF, sizeof *err); }

static bool error_untouched(const earn_error *err) {
  earn_error fresh;
  fill_error(&fresh);
  return memcmp(err, &fresh, sizeof fresh) == 0;
}

static bool text_is_zeroed(const earn_text *t) {
  return t->s == NULL && t->shifts == NULL && t->len == 0 && t->replaced == 0 &&
         t->first_replaced == 0;
}

/* Every byte of the k-th folded code point maps to starts[k] (or to its own offset when the
   case folds nothing), and the end maps to the original length. */
static void check_map(const text_case *c, const earn_text *t) {
  size_t k = 0, pos = 0;
  while (pos < t->len) {
    uint32_t cp;
    size_t n = earn_utf8_decode(t->s + pos, t->len - pos, &cp);
    size_t want = c->starts ? (k < c->nstarts ? c->starts[k] : SIZE_MAX) : pos;
    for (size_t b = pos; b < pos + n; b++)
      ck_assert_msg(earn_text_original(t, b) == want, "%s: map[%zu] = %u, want %zu", c->name, b,
                    (unsigned)earn_text_original(t, b), want);
    pos += n;
    k++;
  }
  if (c->starts)
    ck_assert_uint_eq(k, c->nstarts);
  ck_assert_uint_eq(earn_text_original(t, t->len), c->in_len);
}

START_TEST(test_text_cases) {
  const text_case *c = &text_cases[_i];
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  earn_text t;
  earn_error err;
  fill_error(&err);
  earn_status st = earn_text_init(&t, &a, c->in, c->in_len, c->opts, &err);
  ck_assert_msg(st == c->status, "%s: status %d, want %d (%s)", c->name, (int)st, (int)c->status,
                st != EARN_OK ? err.detail : "");
  if (c->status != EARN_OK) {
    ck_assert_int_eq(err.code, c->status);
    ck_assert_msg(err.pos == c->err_pos, "%s: pos %zu, want %zu", c->name, err.pos, c->err_pos);
    ck_assert_ptr_nonnull(err.msg);
    ck_assert_msg(strstr(err.detail, c->detail) != NULL, "%s: detail \"%s\" lacks \"%s\"", c->name,
                  err.detail, c->detail);
    ck_assert(text_is_zeroed(&t));
    return;
  }
  ck_assert_msg(error_untouched(&err), "%s: err written on success", c->name);
  const char *out = c->out ? c->out : c->in;
  size_t out_len = c->out ? c->out_len : c->in_len;
  ck_assert_uint_eq(t.len, out_len);
  ck_assert_msg(memcmp(t.s, out, out_len) == 0, "%s: folded to \"%s\"", c->name, t.s);
  ck_assert_int_eq(t.s[t.len], '\0');
  check_map(c, &t);
  ck_assert_uint_eq(t.replaced, c->replaced);
  ck_assert_uint_eq(t.first_replaced, c->first_replaced);
  earn_text_release(&t, &a);
  ck_assert(text_is_zeroed(&t));
}
END_TEST

/* ---- earn_utf8_decode ------------------------------------------------------------------ */

typedef struct decode_case {
  const char *s;
  size_t len;
  size_t want_len;
  uint32_t want_cp;
} decode_case;

static const decode_case decode_cases[] = {
    {BYTES("A"), 1, 'A'},
    {BYTES("ab"), 1, 'a'},
    {BYTES("\0"), 1, 0},
    {"", 0, 1, 0xFFFD},
    {BYTES("é"), 2, 0xE9},
    {BYTES("\xC2\x80"), 2, 0x80},
    {BYTES("あ"), 3, 0x3042},
    {BYTES("５"), 3, 0xFF15},
    {BYTES("\xED\x9F\xBF"), 3, 0xD7FF},
    {BYTES(FFFD), 3, 0xFFFD},
    {BYTES("😀"), 4, 0x1F600},
    {BYTES("\xF4\x8F\xBF\xBF"), 4, 0x10FFFF},
    {BYTES("\xFF"), 1, 0xFFFD},
    {BYTES("\x80"), 1, 0xFFFD},
    {BYTES("\xC0\x80"), 1, 0xFFFD},
    {BYTES("\xE0\x80\x80"), 1, 0xFFFD},
    {BYTES("\xED\xA0\x80"), 1, 0xFFFD},
    {BYTES("\xF4\x90\x80\x80"), 1, 0xFFFD},
    {"あ", 2, 1, 0xFFFD}, /* cut by len */
    {BYTES("\xE3\x81"
           "A"),
     1, 0xFFFD},
};

START_TEST(test_decode_cases) {
  const decode_case *c = &decode_cases[_i];
  uint32_t cp = 0x12345678;
  size_t n = earn_utf8_decode(c->s, c->len, &cp);
  ck_assert_uint_eq(n, c->want_len);
  ck_assert_uint_eq(cp, c->want_cp);
}
END_TEST

/* ---- earn_utf8_prev_len ---------------------------------------------------------------- */

typedef struct prev_case {
  const char *s;
  size_t pos;
  size_t want;
} prev_case;

static const prev_case prev_cases[] = {
    {"a", 1, 1},
    {"aあ", 4, 3},
    {"あa", 3, 3},
    {"あい", 3, 3},
    {"あい", 2, 1}, /* inside a character */
    {"é", 2, 2},
    {"😀", 4, 4},
    {"x😀", 5, 4},
    {"\x80", 1, 1},
    {"\xE3\x81", 2, 1},             /* truncated */
    {"\xED\xA0\x80", 3, 1},         /* surrogate */
    {"\xF0\x80\x80\x80\x80", 5, 1}, /* four continuation bytes */
    {"a\x80\x80\x80", 4, 1},        /* three continuation bytes after ASCII */
    {"\xC3\xA9\xA9", 3, 1},         /* one continuation too many */
    {"", 0, 0},
};

START_TEST(test_prev_len_cases) {
  const prev_case *c = &prev_cases[_i];
  ck_assert_uint_eq(earn_utf8_prev_len(c->s, c->pos), c->want);
}
END_TEST

/* ---- limits, arguments, release ------------------------------------------------------- */

START_TEST(test_limit) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  static const char tiny[1] = "x";
  const size_t lens[] = {(size_t)UINT32_MAX, SIZE_MAX};
  for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
    earn_text t;
    earn_error err;
    fill_error(&err);
    /* The length is checked before any byte is read. */
    ck_assert_int_eq(earn_text_init(&t, &a, tiny, lens[k], 0, &err), EARN_ERR_LIMIT);
    ck_assert_int_eq(err.code, EARN_ERR_LIMIT);
    ck_assert(text_is_zeroed(&t));
  }
}
END_TEST

START_TEST(test_arguments) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  earn_text t;
  earn_error err;
  fill_error(&err);
  ck_assert_int_eq(earn_text_init(&t, &a, NULL, 3, 0, &err), EARN_ERR_ARG);
  ck_assert_int_eq(err.code, EARN_ERR_ARG);
  ck_assert_int_eq(earn_text_init(NULL, &a, "abc", 3, 0, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_text_init(&t, &a, NULL, 0, 0, NULL), EARN_OK);
  ck_assert_uint_eq(t.len, 0);
  ck_assert_str_eq(t.s, "");
  ck_assert_uint_eq(earn_text_original(&t, 0), 0);
  earn_text_release(&t, &a);
}
END_TEST

START_TEST(test_release) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  earn_text t;
  memset(&t, 0, sizeof t);
  earn_text_release(&t, &a);
  earn_text_release(NULL, &a);
  ck_assert_int_eq(earn_text_init(&t, &a, "abc", 3, 0, NULL), EARN_OK);
  earn_text_release(&t, &a);
  ck_assert(text_is_zeroed(&t));
  earn_text_release(&t, &a);
}
END_TEST

/* ---- allocation failures --------------------------------------------------------------- */

typedef struct counting_alloc {
  long calls;   /* allocations and reallocations so far */
  long fail_at; /* the call that fails, or -1 */
  long live;    /* blocks not yet freed */
} counting_alloc;

static void *counting_malloc(size_t size, void *ctx) {
  counting_alloc *c = ctx;
  if (c->calls++ == c->fail_at)
    return NULL;
  void *p = malloc(size);
  if (p)
    c->live++;
  return p;
}

static void *counting_realloc(void *ptr, size_t size, void *ctx) {
  counting_alloc *c = ctx;
  if (c->calls++ == c->fail_at)
    return NULL;
  void *p = realloc(ptr, size);
  if (p && !ptr)
    c->live++;
  return p;
}

static void counting_free(void *ptr, void *ctx) {
  counting_alloc *c = ctx;
  if (ptr)
    c->live--;
  free(ptr);
}

/* The last two need more room than the input once replaced: malloc, malloc, realloc, realloc. */
static const byte_string oom_inputs[] = {
    {BYTES("plain ascii")}, {BYTES("\xFF\xFF\xFF")}, {BYTES("ab\0\0\xC0")}};

START_TEST(test_allocation_failures) {
  const char *in = oom_inputs[_i].s;
  size_t len = oom_inputs[_i].len;
  for (long fail_at = 0;; fail_at++) {
    counting_alloc ctx = {0, fail_at, 0};
    earn_alloc hooks = {counting_malloc, counting_realloc, counting_free, &ctx};
    earn_allocator a;
    earn_allocator_init(&a, &hooks);
    earn_text t;
    earn_error err;
    fill_error(&err);
    earn_status st = earn_text_init(&t, &a, in, len, EARN_OPT_REPLACE_INVALID, &err);
    if (st == EARN_OK) {
      ck_assert_int_lt(fail_at, 10);
      earn_text_release(&t, &a);
      ck_assert_int_eq(ctx.live, 0);
      ck_assert_int_eq(fail_at, ctx.calls); /* every earlier failure point was exercised */
      break;
    }
    ck_assert_int_eq(st, EARN_ERR_NOMEM);
    ck_assert_int_eq(err.code, EARN_ERR_NOMEM);
    ck_assert(text_is_zeroed(&t));
    ck_assert_int_eq(ctx.live, 0);
  }
}
END_TEST

/* ---- properties over generated input --------------------------------------------------- */

static uint32_t next_random(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

/* Bytes biased towards the interesting ones: ASCII, NUL, leads, continuations, folds. */
static size_t random_input(uint32_t *state, char *buf, size_t cap) {
  static const byte_string pieces[] = {
      {BYTES("a")},           {BYTES("Z9 ")},      {BYTES("\0")},       {BYTES("\x80")},
      {BYTES("\xBF")},        {BYTES("\xC2")},     {BYTES("\xE3")},     {BYTES("\xF0")},
      {BYTES("\xF4")},        {BYTES("\xFF")},     {BYTES("５")},       {BYTES("，")},
      {BYTES("　")},          {BYTES("\xED\xA0")}, {BYTES("ｶ")},        {BYTES("−")},
      {BYTES("あ")},          {BYTES("😀")},        {BYTES("\xC2\xA0")}, {BYTES("abcdefghijk")},
      {BYTES("\xEF\xBB\xBF")}};
  size_t n = 0, pieces_wanted = next_random(state) % 24;
  for (size_t k = 0; k < pieces_wanted; k++) {
    const byte_string *p = &pieces[next_random(state) % COUNT(pieces)];
    if (n + p->len > cap)
      break;
    memcpy(buf + n, p->s, p->len);
    n += p->len;
  }
  return n;
}

/* Replace mode always succeeds with valid UTF-8 and a sane map; strict mode fails exactly when
   something was replaced, at the first replaced offset. */
START_TEST(test_generated_inputs) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  uint32_t state = 12345u + (uint32_t)_i;
  for (int round = 0; round < 2000; round++) {
    char buf[96];
    size_t len = random_input(&state, buf, sizeof buf);
    earn_text rt, st;
    earn_error err;
    fill_error(&err);
    ck_assert_int_eq(earn_text_init(&rt, &a, buf, len, EARN_OPT_REPLACE_INVALID, &err), EARN_OK);
    ck_assert_uint_le(rt.len, 3 * len);
    ck_assert_uint_eq(earn_text_original(&rt, rt.len), len);
    ck_assert_uint_eq(strlen(rt.s), rt.len);
    for (size_t pos = 0; pos < rt.len;) {
      uint32_t cp;
      size_t n = earn_utf8_decode(rt.s + pos, rt.len - pos, &cp);
      ck_assert(cp != 0xFFFD || memcmp(rt.s + pos, FFFD, 3) == 0);
      ck_assert_uint_eq(earn_utf8_prev_len(rt.s, pos + n), n);
      for (size_t b = pos; b < pos + n; b++)
        ck_assert_uint_eq(earn_text_original(&rt, b), earn_text_original(&rt, pos));
      ck_assert_uint_lt(earn_text_original(&rt, pos), earn_text_original(&rt, pos + n));
      pos += n;
    }
    earn_status s = earn_text_init(&st, &a, buf, len, 0, &err);
    if (rt.replaced == 0) {
      ck_assert_int_eq(s, EARN_OK);
      ck_assert_uint_eq(st.len, rt.len);
      ck_assert(memcmp(st.s, rt.s, st.len) == 0);
      for (size_t k = 0; k <= st.len; k++)
        ck_assert_uint_eq(earn_text_original(&st, k), earn_text_original(&rt, k));
      earn_text_release(&st, &a);
    } else {
      ck_assert(s == EARN_ERR_UTF8 || s == EARN_ERR_BINARY);
      ck_assert_uint_eq(err.pos, rt.first_replaced);
      ck_assert_int_eq(s == EARN_ERR_BINARY, buf[err.pos] == '\0');
    }
    earn_text_release(&rt, &a);
  }
}
END_TEST

/* A long mixed document: the map stays exact across the ASCII fast path's word boundaries. */
START_TEST(test_long_document) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  static const char unit[] = "Revenue of ５,０００ yen\xE3\x80\x80up 12%. ";
  const size_t unit_len = sizeof unit - 1, copies = 997;
  char *in = malloc(unit_len * copies);
  ck_assert_ptr_nonnull(in);
  for (size_t k = 0; k < copies; k++)
    memcpy(in + k * unit_len, unit, unit_len);
  earn_text t;
  ck_assert_int_eq(earn_text_init(&t, &a, in, unit_len * copies, 0, NULL), EARN_OK);
  static const char folded[] = "Revenue of 5,000 yen up 12%. ";
  const size_t folded_len = sizeof folded - 1;
  ck_assert_uint_eq(t.len, folded_len * copies);
  for (size_t k = 0; k < copies; k++) {
    ck_assert(memcmp(t.s + k * folded_len, folded, folded_len) == 0);
    ck_assert_uint_eq(earn_text_original(&t, k * folded_len), k * unit_len);
    /* '5' is folded byte 11, from the ５ at original offset 11; the comma follows it. */
    ck_assert_uint_eq(earn_text_original(&t, k * folded_len + 11), k * unit_len + 11);
    ck_assert_uint_eq(earn_text_original(&t, k * folded_len + 12), k * unit_len + 14);
    /* The space before "up" is the ideographic space at 28; 'u' comes after its 3 bytes. */
    ck_assert_uint_eq(earn_text_original(&t, k * folded_len + 20), k * unit_len + 28);
    ck_assert_uint_eq(earn_text_original(&t, k * folded_len + 21), k * unit_len + 31);
  }
  ck_assert_uint_eq(earn_text_original(&t, t.len), unit_len * copies);
  earn_text_release(&t, &a);
  free(in);
}
END_TEST

Suite *text_suite(void) {
  Suite *s = suite_create("text");
  TCase *tc = tcase_create("fold");
  tcase_add_loop_test(tc, test_text_cases, 0, COUNT(text_cases));
  tcase_add_test(tc, test_long_document);
  suite_add_tcase(s, tc);
  tc = tcase_create("decode");
  tcase_add_loop_test(tc, test_decode_cases, 0, COUNT(decode_cases));
  tcase_add_loop_test(tc, test_prev_len_cases, 0, COUNT(prev_cases));
  suite_add_tcase(s, tc);
  tc = tcase_create("robustness");
  tcase_add_test(tc, test_limit);
  tcase_add_test(tc, test_arguments);
  tcase_add_test(tc, test_release);
  tcase_add_loop_test(tc, test_allocation_failures, 0, COUNT(oom_inputs));
  tcase_add_loop_test(tc, test_generated_inputs, 0, 4);
  suite_add_tcase(s, tc);
  return s;
}
