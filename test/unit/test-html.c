/* SPDX-License-Identifier: MIT */
/* Unit tests for input-html.c: visible text from HTML and the map back to the input bytes. */
#include <iconv.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failing-alloc.h"
#include "private.h"
#include "suites.h"

/* String literals may hold NULs, so lengths come from sizeof, not strlen. */
#define IN(lit) .in = (lit), .in_len = sizeof(lit) - 1
#define OUT(lit) .out = (lit), .out_len = sizeof(lit) - 1
#define COUNT(array) (int)(sizeof(array) / sizeof((array)[0]))

/*
 * Where a piece of the text comes from: the tn-th occurrence of `text` in the output spans
 * the in-th occurrence of `input` in the input (S, SN), or the input bytes [start, end) (AT).
 * E also wants every byte of the piece at its own input offset, one for one.
 */
typedef struct span_check {
  const char *text;
  int tn;
  const char *input; /* NULL: [start, end) */
  int in;
  size_t start, end;
  bool each;
} span_check;

#define S(t, i)                                                                                    \
  { (t), 0, (i), 0, 0, 0, false }
#define SN(t, tn, i, in)                                                                           \
  { (t), (tn), (i), (in), 0, 0, false }
#define E(t, i)                                                                                    \
  { (t), 0, (i), 0, 0, 0, true }
#define AT(t, tn, start, end)                                                                      \
  { (t), (tn), NULL, 0, (start), (end), false }
#define SPANS(...)                                                                                 \
  .spans = (const span_check[]){__VA_ARGS__},                                                      \
  .nspans = sizeof((const span_check[]){__VA_ARGS__}) / sizeof(span_check)

typedef struct html_case {
  const char *name;
  const char *in;
  size_t in_len;
  const char *out;
  size_t out_len;
  const span_check *spans;
  size_t nspans;
} html_case;

/* Byte strings of the invented text in other encodings. */
#define SJIS_SALES "\x94\x84\x8F\xE3\x8D\x82 100\x89\xAD\x89\x7E"  /* 売上高 100億円 */
#define SJIS_PROFIT "\x89\x63\x8B\xC6\x97\x98\x89\x76"             /* 営業利益 */
#define EUCJP_SALES "\xC7\xE4\xBE\xE5\xB9\xE2 100\xB2\xAF\xB1\xDF" /* 売上高 100億円 */
#define GBK_PROFIT "\x86\xD3\x98\x49\xC0\xFB\xD2\xE6"              /* 営業利益 */
#define BIG5_REVENUE "\xC0\xE7\xB7\x7E\xA6\xAC\xA4\x4A"            /* 營業收入 */

static const html_case html_cases[] = {
    /* Blocks and breaks. */
    {"paragraphs", IN("<p>First line.</p><p>Second line.</p>"), OUT("First line.\nSecond line.\n"),
     SPANS(E("First line.", "First line."), E("Second line.", "Second line."),
           AT("\n", 0, 18, 18))},
    {"line breaks", IN("<p>one<br>two<br/><br>three<br><br><br>four</p>"),
     OUT("one\ntwo\n\nthree\n\nfour\n"),
     SPANS(AT("\n", 0, 10, 10), AT("\n\n", 0, 18, 18), AT("\n\n", 1, 31, 31))},
    {"lists", IN("<ul><li>alpha</li><li>beta <b>bold</b></li></ul><ol><li>gamma</ol>"),
     OUT("alpha\nbeta bold\ngamma\n"), SPANS(E("beta ", "beta "), E("gamma", "gamma"))},
    {"headings, rules, other blocks",
     IN("<h2>Outlook</h2>text<hr>more<h6>end</h6><blockquote>q</blockquote><section>s</section>"),
     OUT("Outlook\ntext\nmore\nend\nq\ns\n")},
    {"text only", IN("plain text only"), OUT("plain text only\n"),
     SPANS(E("plain text only", "plain text only"))},
    {"title line", IN("<title>T</title>body text"), OUT("T\nbody text\n"),
     SPANS(E("T", "T"), E("body text", "body text"))},

    /* Tables. */
    {"table",
     IN("<table><tr><th>Item</th><th>Q1</th><th>Q2</th></tr>"
        "<tr><td>Sales</td><td>12.5</td><td></td></tr>"
        "<tr><td></td><td>3</td><td>4</td></tr></table>after"),
     OUT("Item\tQ1\tQ2\nSales\t12.5\n\t3\t4\nafter"),
     SPANS(E("12.5", "12.5"), E("Item", "Item"), AT("\t", 0, 28, 28), AT("\n\t", 0, 96, 96))},
    {"cells wrapping blocks",
     IN("<table><tr><td><p>Net income</p></td><td><div><span>7</span></div></td></tr>"
        "<tr><td><p>a</p><p>b</p></td><td>c<br></td></tr></table>"),
     OUT("Net income\t7\na\nb\tc\n"), SPANS(E("Net income", "Net income"))},
    {"implied cells and rows", IN("<table><td>a<td>b<tr><td>c</table>"), OUT("a\tb\nc\n")},

    /* Entities and references: each maps to the whole reference. */
    {"entities", IN("<p>R&amp;D&nbsp;cost &lt;5&gt; &#x4E00;&#19968; &copy; &#38</p>"),
     OUT("R&D\u00A0cost <5> 一一 © &\n"),
     SPANS(S("&", "&amp;"), S("\u00A0", "&nbsp;"), S("<", "&lt;"), S(">", "&gt;"),
           SN("一", 0, "&#x4E00;", 0), SN("一", 1, "&#19968;", 0), S("©", "&copy;"),
           SN("&", 1, "&#38", 0), E("R", "R"), E("cost", "cost"))},
    {"unknown entities kept", IN("<p>AT&T; x &foo; y &bogus z & w &</p>"),
     OUT("AT&T; x &foo; y &bogus z & w &\n"),
     SPANS(E("AT&T; x &foo; y &bogus z & w &", "AT&T; x &foo; y &bogus z & w &"))},
    {"space and newline references", IN("<p>a&#32;&#32;b&#10;c</p>"), OUT("a b c\n"),
     SPANS(SN(" ", 0, "&#32;", 0), SN(" ", 1, "&#10;", 0))},
    {"truncated entity", IN("<p>a &am"), OUT("a &am\n"), SPANS(E("a &am", "a &am"))},

    /* What is dropped. */
    {"script, style, head dropped",
     IN("<html><head><title>Quarter report</title><style>p{color:red}</style>"
        "<script>var x = '<p>no</p>';</script><meta name=x content=y></head><body>"
        "<noscript>enable js</noscript><p>Shown</p><template><p>tmpl</p></template></body></html>"),
     OUT("Quarter report\nShown\n"),
     SPANS(E("Quarter report", "Quarter report"), E("Shown", "Shown"))},
    {"comments and processing instructions", IN("<p>a<!-- hidden -->b<?php echo 1; ?>c</p>"),
     OUT("abc\n"), SPANS(E("a", "a"), E("b", "b"), AT("c", 0, 36, 37))},

    /* Inline elements add nothing. */
    {"nested inline",
     IN("<p>Net <b>sales <i>rose <a href=\"?q=1&amp;r=2\">sharply</a></i></b>, "
        "<font color=red>then</font><sup>1</sup> fell.</p>"),
     OUT("Net sales rose sharply, then1 fell.\n"),
     SPANS(E("Net ", "Net "), E("sharply", "sharply"), E(" fell.", " fell."))},
    {"inline XBRL",
     IN("<p>Revenue <ix:nonFraction name=\"r\" scale=\"6\">1,234</ix:nonFraction> million</p>"),
     OUT("Revenue 1,234 million\n"), SPANS(E("1,234", "1,234"), E(" million", " million"))},

    /* Whitespace. */
    {"whitespace collapse", IN("<p>\n   several \t\r\n spaces   here  </p>\n\n<p>  next</p>"),
     OUT("several spaces here\nnext\n"),
     SPANS(SN(" ", 0, " \t\r\n ", 0), SN(" ", 1, "   ", 1), E("several", "several"),
           E("next", "next"))},
    {"CRLF text", IN("<p>line one\r\nline two</p>\r\n"), OUT("line one line two\n"),
     SPANS(SN(" ", 1, "\r\n", 0), E("line two", "line two"))},
    {"pre keeps whitespace", IN("<p>a</p><pre>\n  col1   col2\n  x\ty\n</pre><p>b</p>"),
     OUT("a\n  col1   col2\n  x\ty\nb\n"),
     SPANS(E("  col1   col2\n  x\ty\n", "  col1   col2\n  x\ty\n"))},
    {"literal less-than", IN("<p>a < b and c <3 d</p>"), OUT("a < b and c <3 d\n"),
     SPANS(E("a < b and c <3 d", "a < b and c <3 d"))},

    /* UTF-8: every character at its own byte offset. */
    {"japanese",
     IN("<html><body><h1>決算短信</h1><p>売上高は１２３億円、前年比５％増。</p></body></html>"),
     OUT("決算短信\n売上高は１２３億円、前年比５％増。\n"),
     SPANS(E("決算短信", "決算短信"),
           E("売上高は１２３億円、前年比５％増。", "売上高は１２３億円、前年比５％増。"))},
    {"chinese", IN("<div>营业收入同比增长<b>12.5%</b>，净利润<span>3.4亿元</span>。</div>"),
     OUT("营业收入同比增长12.5%，净利润3.4亿元。\n"),
     SPANS(E("营业收入同比增长", "营业收入同比增长"), E("，净利润", "，净利润"),
           E("3.4亿元", "3.4亿元"), E("。", "。"))},
    {"declared utf-8", IN("<meta charset=\"utf-8\"><p>売上</p>"), OUT("売上\n"),
     SPANS(E("売上", "売上"))},
    {"utf-8 BOM", IN("\xEF\xBB\xBF<p>x</p>"), OUT("x\n"), SPANS(E("x", "x"))},
    {"xhtml",
     IN("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 "
        "Strict//EN\" \"x.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x &amp; "
        "é</p></body></html>"),
     OUT("x & é\n"), SPANS(E("x ", "x "), S("&", "&amp;"), E("é", "é"))},

    /* Transcoded by libxml2: each text node maps to its input span as a whole. */
    {"shift_jis",
     IN("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
        "</head><body><p>" SJIS_SALES "</p><table><tr><td>" SJIS_PROFIT
        "</td><td>5 &amp; 6</td></tr></table></body></html>"),
     OUT("売上高 100億円\n営業利益\t5 & 6\n"),
     SPANS(S("売上高 100億円", SJIS_SALES), S("営業利益", SJIS_PROFIT), S("5 & 6", "5 &amp; 6"))},
    {"euc-jp", IN("<meta charset=\"EUC-JP\"><p>" EUCJP_SALES "</p>"), OUT("売上高 100億円\n"),
     SPANS(S("売上高 100億円", EUCJP_SALES))},
    {"gbk", IN("<meta charset=\"GBK\"><div>x</div><div>" GBK_PROFIT "</div>"), OUT("x\n営業利益\n"),
     SPANS(S("x", "x"), S("営業利益", GBK_PROFIT))},
    {"big5", IN("<meta charset=\"Big5\"><p>" BIG5_REVENUE "</p><p>y</p>"), OUT("營業收入\ny\n"),
     SPANS(S("營業收入", BIG5_REVENUE), S("y", "y"))},
    {"utf-16 BOM",
     IN("\xFF\xFE<\0p\0>\0a\0\xF2\x58"
        "b\0<\0/\0p\0>\0<\0p\0>\0=\xD8\0\xDE"
        "x\0<\0/\0p\0>\0"),
     OUT("a売b\n😀x\n"), SPANS(AT("a売b", 0, 8, 14), AT("\n", 0, 22, 22), AT("😀x", 0, 28, 34))},
    /* libxml2 reads invalid UTF-8 as ISO-8859-1 from the first bad byte on. */
    {"invalid utf-8, undeclared",
     IN("<p>ab\xFF"
        "cd 売</p><p>next</p>"),
     OUT("ab\xC3\xBF"
         "cd \xC3\xA5\xC2\xA3\xC2\xB2\nnext\n"),
     SPANS(AT("ab\xC3\xBF"
              "cd \xC3\xA5\xC2\xA3\xC2\xB2",
              0, 3, 12),
           S("next", "next"))},
    {"invalid utf-8, declared", IN("<meta charset=\"UTF-8\"><p>x\xE3\x81</p><p>y</p>"),
     OUT("x\xC3\xA3\xC2\x81\ny\n"), SPANS(S("y", "y"))},
    /* libxml2 reads this entity name across its switch to ISO-8859-1 and returns a raw
       0xFF: that byte becomes U+FFFD. */
    {"entity name not UTF-8", IN("<p>a &\xFF\xFFname; b</p>"),
     OUT("a &\xEF\xBF\xBD\xC3\xBFname; b\n"), SPANS(E("a ", "a "))},
    /* libxml2 drops control characters and reads NUL as a space: the node cannot align. */
    {"control characters",
     IN("<p>ab\x01"
        "cd\0ef</p><p>gh</p>"),
     OUT("abcd ef\ngh\n"), SPANS(AT("abcd ef", 0, 3, 11), E("gh", "gh"))},

    /* Truncated and broken input. */
    {"empty", IN(""), OUT("")},
    {"blank", IN(" \n\t "), OUT("")},
    {"empty document", IN("<html><head></head><body></body></html>"), OUT("")},
    {"truncated tag", IN("<p>Sales rose <b>5"), OUT("Sales rose 5\n"), SPANS(E("5", "5"))},
    {"truncated end tag", IN("<p>x</p><di"), OUT("x\n")},
    {"unclosed comment", IN("<p>unclosed <!-- comment"), OUT("unclosed\n")},
    {"unclosed script", IN("<p>a</p><script>var x"), OUT("a\n")},
    {"unclosed attribute", IN("<p>a</p><p class=\"x"), OUT("a\n")},
    {"stray end tags", IN("</p>x</div>y"), OUT("xy\n"), SPANS(E("x", "x"), E("y", "y"))},
    {"broken end tags", IN("<p>a</ p>b</>c<!x>d"), OUT("a p>b>c<!x>d\n"),
     SPANS(E(" p>b", " p>b"), E(">c<!x>d", ">c<!x>d"))},
};

/* ---- helpers ----------------------------------------------------------------------------- */

static earn_allocator libc_allocator(void) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  return a;
}

/* Offset of the nth occurrence of needle in hay[0..len), or SIZE_MAX. */
static size_t find_nth(const char *hay, size_t len, const char *needle, int nth) {
  size_t n = strlen(needle);
  for (size_t i = 0; n <= len && i <= len - n; i++)
    if (memcmp(hay + i, needle, n) == 0 && nth-- == 0)
      return i;
  return SIZE_MAX;
}

static bool valid_utf8(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = earn_utf8_decode(s + i, len - i, &cp);
    if (cp == 0xFFFD && n == 1)
      return false;
    i += n;
  }
  return true;
}

/* What every result must satisfy: runs cover the text in order, their input spans never go
   back, verbatim runs are the input bytes, and the offset map is monotone and in range. */
static void check_invariants(const char *name, const char *in, size_t in_len,
                             const earn_source *s) {
  ck_assert_ptr_nonnull(s->text);
  ck_assert_int_eq(s->text[s->len], '\0');
  ck_assert_msg(strlen(s->text) == s->len, "%s: NUL inside the text", name);
  ck_assert_msg(valid_utf8(s->text, s->len), "%s: invalid UTF-8 in the text", name);
  ck_assert_uint_eq(s->input_len, in_len);
  ck_assert_msg((s->len == 0) == (s->nruns == 0), "%s: %zu runs for %zu bytes", name, s->nruns,
                s->len);
  size_t prev_end = 0;
  for (size_t k = 0; k < s->nruns; k++) {
    const earn_source_run *r = &s->runs[k];
    size_t text_end = k + 1 < s->nruns ? s->runs[k + 1].text : s->len;
    ck_assert_msg(k > 0 || r->text == 0, "%s: first run at %u", name, (unsigned)r->text);
    ck_assert_msg(r->text < text_end, "%s: empty or unordered run %zu", name, k);
    ck_assert_msg(r->src >= prev_end, "%s: run %zu goes back to %u from %zu", name, k,
                  (unsigned)r->src, prev_end);
    ck_assert_msg((size_t)r->src + r->src_len <= in_len, "%s: run %zu past the input", name, k);
    if (r->verbatim) {
      ck_assert_msg(r->src_len == text_end - r->text, "%s: verbatim run %zu length", name, k);
      ck_assert_msg(memcmp(in + r->src, s->text + r->text, r->src_len) == 0,
                    "%s: verbatim run %zu differs from the input", name, k);
    }
    prev_end = (size_t)r->src + r->src_len;
  }
  size_t last_start = 0, last_end = 0;
  for (size_t i = 0; i <= s->len; i++) {
    size_t start = earn_source_offset(s, i, false), end = earn_source_offset(s, i, true);
    ck_assert_msg(start <= in_len && end <= in_len, "%s: offset of %zu out of range", name, i);
    ck_assert_msg(start >= last_start && end >= last_end, "%s: map goes back at %zu", name, i);
    if (i < s->len)
      ck_assert_msg(start <= earn_source_offset(s, i + 1, true), "%s: byte %zu inverted", name, i);
    last_start = start;
    last_end = end;
  }
  ck_assert_uint_eq(earn_source_offset(s, s->len, false), in_len);
}

static void check_span(const html_case *c, const earn_source *s, const span_check *k) {
  size_t t = find_nth(s->text, s->len, k->text, k->tn);
  ck_assert_msg(t != SIZE_MAX, "%s: \"%s\" #%d not in the text", c->name, k->text, k->tn);
  size_t n = strlen(k->text), start = k->start, end = k->end;
  if (k->input) {
    start = find_nth(c->in, c->in_len, k->input, k->in);
    ck_assert_msg(start != SIZE_MAX, "%s: \"%s\" #%d not in the input", c->name, k->input, k->in);
    end = start + strlen(k->input);
  }
  size_t got_start = earn_source_offset(s, t, false), got_end = earn_source_offset(s, t + n, true);
  ck_assert_msg(got_start == start && got_end == end,
                "%s: \"%s\" maps to [%zu, %zu), want [%zu, %zu)", c->name, k->text, got_start,
                got_end, start, end);
  for (size_t b = 0; k->each && b < n; b++)
    ck_assert_msg(earn_source_offset(s, t + b, false) == start + b, "%s: byte %zu of \"%s\" at %zu",
                  c->name, b, k->text, earn_source_offset(s, t + b, false));
}

/* ---- the table --------------------------------------------------------------------------- */

START_TEST(test_html_cases) {
  const html_case *c = &html_cases[_i];
  earn_allocator a = libc_allocator();
  earn_source s;
  earn_error err;
  earn_status st = earn_html_to_text(&a, c->in, c->in_len, &s, &err);
  ck_assert_msg(st == EARN_OK, "%s: status %d (%s)", c->name, (int)st, err.detail);
  ck_assert_msg(s.len == c->out_len && memcmp(s.text, c->out, s.len) == 0,
                "%s: text \"%s\", want \"%s\"", c->name, s.text, c->out);
  for (size_t k = 0; k < c->nspans; k++)
    check_span(c, &s, &c->spans[k]);
  earn_source_release(&s, &a);
}
END_TEST

START_TEST(test_html_invariants) {
  const html_case *c = &html_cases[_i];
  earn_allocator a = libc_allocator();
  earn_source s;
  ck_assert_int_eq(earn_html_to_text(&a, c->in, c->in_len, &s, NULL), EARN_OK);
  check_invariants(c->name, c->in, c->in_len, &s);
  earn_source_release(&s, &a);
}
END_TEST

/* ---- generated documents ---------------------------------------------------------------- */

typedef struct buffer {
  char *s;
  size_t len, cap;
} buffer;

static void put(buffer *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->s = realloc(b->s, b->cap);
    ck_assert_ptr_nonnull(b->s);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void puts_n(buffer *b, const char *s, size_t times) {
  for (size_t i = 0; i < times; i++)
    put(b, s, strlen(s));
}

static earn_source parse_ok(const char *name, const buffer *b) {
  earn_allocator a = libc_allocator();
  earn_source s;
  earn_error err;
  earn_status st = earn_html_to_text(&a, b->s, b->len, &s, &err);
  ck_assert_msg(st == EARN_OK, "%s: status %d", name, (int)st);
  check_invariants(name, b->s, b->len, &s);
  return s;
}

/* Text longer than libxml2's 1000-byte character buffer stays verbatim across its chunks. */
START_TEST(test_long_text) {
  buffer b = {0};
  put(&b, "<p>", 3);
  puts_n(&b, "Orders rose in the quarter; ", 200);
  put(&b, "</p>", 4);
  earn_source s = parse_ok("long text", &b);
  ck_assert_uint_eq(s.len, 200 * 28 - 1 + 1); /* the last space dropped, a newline added */
  for (size_t i = 0; i + 1 < s.len; i++)
    ck_assert_uint_eq(earn_source_offset(&s, i, false), i + 3);
  earn_allocator a = libc_allocator();
  earn_source_release(&s, &a);
  free(b.s);
}
END_TEST

/* 100k nested elements: no recursion, text emitted, the layout of depth 256 kept below it. */
START_TEST(test_deep_nesting) {
  static const char *const opens[] = {"<div>", "<b>", "<ul><li>", "<script>"};
  const char *open = opens[_i];
  buffer b = {0};
  put(&b, "<p>top</p>", 10);
  puts_n(&b, open, 100000);
  put(&b, "deep", 4);
  earn_source s = parse_ok(open, &b);
  if (_i == 3) {
    ck_assert_str_eq(s.text, "top\n"); /* the first <script> hides the rest */
  } else {
    ck_assert_str_eq(s.text, _i == 1 ? "top\ndeep" : "top\ndeep\n");
    size_t at = find_nth(s.text, s.len, "deep", 0);
    ck_assert_uint_eq(earn_source_offset(&s, at, false), b.len - 4);
  }
  earn_allocator a = libc_allocator();
  earn_source_release(&s, &a);
  free(b.s);
}
END_TEST

/* Past the depth limit elements are not followed: a <p> or <script> there does nothing. */
START_TEST(test_depth_limit) {
  buffer b = {0};
  put(&b, "<p>top</p>", 10);
  puts_n(&b, "<span>", EARN_HTML_MAX_DEPTH - 3); /* html and body are implied */
  put(&b, "<p>a</p>", 8);                        /* the deepest element followed */
  put(&b, "<span><p>b</p><p>c</p><script>d</script>", 41);
  earn_source s = parse_ok("depth limit", &b);
  ck_assert_str_eq(s.text, "top\na\nbcd");
  earn_allocator a = libc_allocator();
  earn_source_release(&s, &a);
  free(b.s);
}
END_TEST

static void iconv_to(const char *charset, const char *utf8, buffer *out) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  ck_assert(cd != (iconv_t)-1);
  char tmp[256];
  char *src = (char *)(uintptr_t)utf8, *dst = tmp;
  size_t left = strlen(utf8), room = sizeof tmp;
  ck_assert(iconv(cd, &src, &left, &dst, &room) != (size_t)-1 && left == 0);
  iconv_close(cd);
  put(out, tmp, sizeof tmp - room);
}

/* A long Shift_JIS document: every cell maps to exactly its bytes (each cell is a node). */
START_TEST(test_long_transcoded) {
  buffer b = {0};
  put(&b, "<html><head><meta charset=\"Shift_JIS\"></head><body><table>\n", 60);
  char cell[64];
  for (int row = 0; row < 3000; row++) {
    snprintf(cell, sizeof cell, "<tr><td>売上高%d</td><td>%d円</td></tr>\n", row, row * 7);
    iconv_to("SHIFT_JIS", cell, &b);
  }
  put(&b, "</table></body></html>", 22);
  earn_source s = parse_ok("long Shift_JIS", &b);
  for (int row = 0; row < 3000; row += 7) {
    buffer want = {0};
    snprintf(cell, sizeof cell, "売上高%d\t", row);
    size_t t = find_nth(s.text, s.len, cell, 0);
    ck_assert_msg(t != SIZE_MAX, "row %d missing", row);
    snprintf(cell, sizeof cell, "売上高%d", row);
    iconv_to("SHIFT_JIS", cell, &want);
    size_t start = earn_source_offset(&s, t, false),
           end = earn_source_offset(&s, t + strlen(cell), true);
    ck_assert_msg(end - start == want.len && memcmp(b.s + start, want.s, want.len) == 0,
                  "row %d maps to [%zu, %zu)", row, start, end);
    free(want.s);
  }
  earn_allocator a = libc_allocator();
  earn_source_release(&s, &a);
  free(b.s);
}
END_TEST

/* ---- detection ------------------------------------------------------------------------- */

typedef struct sniff_case {
  const char *in;
  bool html;
} sniff_case;

static const sniff_case sniff_cases[] = {
    {"<!DOCTYPE html><p>x", true},
    {"<!doctype HTML>", true},
    {"\xEF\xBB\xBF  \n<html lang=ja>", true},
    {"<HTML>", true},
    {"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
    {"<div class=a>text</div>", true},
    {"<!-- generated -->\n<table><tr><td>1</td></tr></table>", true},
    {"<meta charset=utf-8><body>", true},
    {"<span>a</span><br/>b", true},
    {"<P>upper case</P>", true},
    {"Revenue rose 5% to 3 billion.", false},
    {"a < b and c > d", false},
    {"<3 the quarter, <p> later", false},
    {"<note>no block tags here</note>", false},
    {"<?xml version=\"1.0\"?><report><p>x</p></report>", false},
    {"<pre>only pre</pre>", false},
    {"<htmlx>", false},
    {"", false},
    {"   ", false},
    {"<", false},
};

START_TEST(test_looks_like_html) {
  const sniff_case *c = &sniff_cases[_i];
  ck_assert_msg(earn_looks_like_html(c->in, strlen(c->in)) == c->html, "\"%s\"", c->in);
}
END_TEST

START_TEST(test_looks_like_html_window) {
  buffer b = {0};
  put(&b, "<x>", 3);
  puts_n(&b, " ", 4000);
  put(&b, "<p>", 3);
  ck_assert(earn_looks_like_html(b.s, b.len));
  puts_n(&b, " ", 100);
  memmove(b.s + 103, b.s + 3, b.len - 103); /* now <p> ends past the first 4 KiB */
  memset(b.s + 3, ' ', 100);
  ck_assert(!earn_looks_like_html(b.s, b.len));
  ck_assert(!earn_looks_like_html(NULL, 5));
  free(b.s);
}
END_TEST

/* ---- arguments, limits, memory ------------------------------------------------------------ */

START_TEST(test_arguments) {
  earn_allocator a = libc_allocator();
  earn_source s;
  earn_error err;
  ck_assert_int_eq(earn_html_to_text(NULL, "x", 1, &s, &err), EARN_ERR_ARG);
  ck_assert_int_eq(err.code, EARN_ERR_ARG);
  ck_assert_int_eq(earn_html_to_text(&a, "x", 1, NULL, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_html_to_text(&a, NULL, 1, &s, NULL), EARN_ERR_ARG);
  ck_assert_ptr_null(s.text);
  ck_assert_int_eq(earn_html_to_text(&a, NULL, 0, &s, NULL), EARN_OK);
  ck_assert_str_eq(s.text, "");
  ck_assert_uint_eq(earn_source_offset(&s, 0, false), 0);
  ck_assert_uint_eq(earn_source_offset(&s, 5, true), 0);
  earn_source_release(&s, &a);
  ck_assert_uint_eq(earn_source_offset(NULL, 3, false), 0);
}
END_TEST

START_TEST(test_limit) {
  earn_allocator a = libc_allocator();
  static const char tiny[1] = "x";
  earn_source s;
  earn_error err;
  /* The length is checked before any byte is read. */
  ck_assert_int_eq(earn_html_to_text(&a, tiny, EARN_HTML_MAX_INPUT + 1, &s, &err), EARN_ERR_LIMIT);
  ck_assert_int_eq(err.code, EARN_ERR_LIMIT);
  ck_assert_ptr_null(s.text);
  ck_assert_int_eq(earn_html_to_text(&a, tiny, SIZE_MAX, &s, NULL), EARN_ERR_LIMIT);
}
END_TEST

START_TEST(test_offset_past_end) {
  earn_allocator a = libc_allocator();
  earn_source s;
  ck_assert_int_eq(earn_html_to_text(&a, "<p>ab</p>xyz", 12, &s, NULL), EARN_OK);
  ck_assert_str_eq(s.text, "ab\nxyz");
  ck_assert_uint_eq(earn_source_offset(&s, 0, true), 3);
  ck_assert_uint_eq(earn_source_offset(&s, 2, true), 5);
  ck_assert_uint_eq(earn_source_offset(&s, 6, true), 12);
  ck_assert_uint_eq(earn_source_offset(&s, 99, true), 12);
  ck_assert_uint_eq(earn_source_offset(&s, 99, false), 12);
  earn_source_release(&s, &a);
  earn_source_release(&s, &a); /* released twice: still fine */
  earn_source_release(NULL, &a);
}
END_TEST

static const char *const oom_inputs[] = {
    "<p>Net sales &amp; other income</p><table><tr><td>a</td><td>b</td></tr></table>",
    "<meta charset=\"Shift_JIS\"><p>" SJIS_SALES "</p>",
};

/* Every allocation of ours can fail: the call then fails cleanly and leaks nothing. */
START_TEST(test_allocation_failures) {
  const char *in = oom_inputs[_i];
  for (long fail_at = 1;; fail_at++) {
    failing_alloc state;
    earn_alloc hooks = failing_hooks(&state, fail_at);
    earn_allocator a;
    earn_allocator_init(&a, &hooks);
    earn_source s;
    earn_error err;
    earn_status st = earn_html_to_text(&a, in, strlen(in), &s, &err);
    if (st == EARN_OK) {
      ck_assert_msg(fail_at > 2, "only %ld allocations", fail_at - 1);
      earn_source_release(&s, &a);
      ck_assert_int_eq(state.live, 0);
      break;
    }
    ck_assert_int_eq(st, EARN_ERR_NOMEM);
    ck_assert_int_eq(err.code, EARN_ERR_NOMEM);
    ck_assert_ptr_null(s.text);
    ck_assert_ptr_null(s.runs);
    ck_assert_int_eq(state.live, 0);
  }
}
END_TEST

/* Parser contexts are per call: threads parse at the same time and agree. */
typedef struct thread_job {
  const char *in;
  const char *want;
  int failures;
} thread_job;

static void *parse_repeatedly(void *arg) {
  thread_job *job = arg;
  earn_allocator a = libc_allocator();
  for (int k = 0; k < 200; k++) {
    earn_source s;
    if (earn_html_to_text(&a, job->in, strlen(job->in), &s, NULL) != EARN_OK ||
        strcmp(s.text, job->want) != 0)
      job->failures++;
    earn_source_release(&s, &a);
  }
  return NULL;
}

START_TEST(test_threads) {
  thread_job jobs[4] = {
      {"<p>売上高は<b>１２３</b>億円</p>", "売上高は１２３億円\n", 0},
      {"<meta charset=\"Shift_JIS\"><p>" SJIS_SALES "</p>", "売上高 100億円\n", 0},
      {"<table><tr><td>a</td><td>b &amp; c</td></tr></table>", "a\tb & c\n", 0},
      {"<p>ab\xFF"
       "cd</p>",
       "ab\xC3\xBF"
       "cd\n",
       0},
  };
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    ck_assert_int_eq(pthread_create(&threads[i], NULL, parse_repeatedly, &jobs[i]), 0);
  for (int i = 0; i < 4; i++) {
    pthread_join(threads[i], NULL);
    ck_assert_msg(jobs[i].failures == 0, "thread %d: %d failures", i, jobs[i].failures);
  }
}
END_TEST

Suite *html_suite(void) {
  Suite *s = suite_create("html");
  TCase *tc = tcase_create("text");
  tcase_add_loop_test(tc, test_html_cases, 0, COUNT(html_cases));
  tcase_add_loop_test(tc, test_html_invariants, 0, COUNT(html_cases));
  tcase_add_test(tc, test_long_text);
  tcase_add_loop_test(tc, test_deep_nesting, 0, 4);
  tcase_add_test(tc, test_depth_limit);
  tcase_add_test(tc, test_long_transcoded);
  suite_add_tcase(s, tc);
  tc = tcase_create("detect");
  tcase_add_loop_test(tc, test_looks_like_html, 0, COUNT(sniff_cases));
  tcase_add_test(tc, test_looks_like_html_window);
  suite_add_tcase(s, tc);
  tc = tcase_create("robustness");
  tcase_add_test(tc, test_arguments);
  tcase_add_test(tc, test_limit);
  tcase_add_test(tc, test_offset_past_end);
  tcase_add_loop_test(tc, test_allocation_failures, 0, COUNT(oom_inputs));
  tcase_add_test(tc, test_threads);
  suite_add_tcase(s, tc);
  return s;
}
