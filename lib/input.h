/* SPDX-License-Identifier: MIT */
/*
 * Input stages: turn a file's bytes into the visible text the extractor reads, with a map
 * from every byte of that text back to the input. Internal; nothing here is public API.
 */
#ifndef EARN_INPUT_H
#define EARN_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <earnings/earnings.h>

/* From private.h, which includes this header for the document's own copy of a source. */
typedef struct earn_allocator earn_allocator;

/* A run of visible text and where it came from. */
typedef struct earn_source_run {
  uint32_t text;    /* offset in the visible text where the run starts */
  uint32_t src;     /* offset in the original input of the run's first byte */
  uint32_t src_len; /* bytes of input the run came from */
  uint8_t verbatim; /* 1: text bytes are the input bytes one for one; 0: the whole run (an
                       entity, an inserted block break, transcoded text) maps to
                       [src, src+src_len) */
} earn_source_run;

/*
 * Visible text and its map. Runs cover the text without gaps, in text order, and their input
 * spans never go backwards: run k+1 starts at or after the end of run k's span.
 *
 * How exact the map is depends on what libxml2 had to decode:
 *  - UTF-8 input (declared, undeclared or with a BOM): every character copied from a text
 *    node is a verbatim run at its exact byte offset. A character produced by an entity or a
 *    character reference (&amp; &nbsp; &#x4E00;) maps to the whole reference. A collapsed
 *    space maps to the whitespace run it replaces (a single ' ' kept as is stays verbatim); a
 *    block break or cell tab maps to an empty span just after the tag that produced it.
 *  - Input that libxml2 transcodes (Shift_JIS, EUC-JP, GBK, Big5, windows-1252 ... declared
 *    by <meta charset>, UTF-16 with a BOM) cannot map byte for byte: each text node maps as a
 *    whole to the input span between the markup around it (non-verbatim runs). UTF-16 spans
 *    are exact at node edges. ISO-2022 and other encodings whose bytes can look like '<' or
 *    '>' give one coarse run from where decoding started to the end of the input.
 *  - libxml2 2.9 reads invalid UTF-8 by switching to ISO-8859-1 at the first bad byte, even
 *    in a document declared UTF-8: the rest of the text is then Latin-1 read into UTF-8
 *    (never invalid, possibly mojibake) and maps at node level as above.
 *  - Text libxml2 altered (control characters dropped, NUL read as a space) cannot be aligned
 *    with the input: its node becomes one non-verbatim run over the node's bytes.
 * The text is always valid UTF-8 without NULs: bytes libxml2 returns that are not UTF-8
 * (it can, for an entity name read across its switch to ISO-8859-1) become U+FFFD.
 */
typedef struct earn_source {
  char *text; /* visible text, UTF-8, NUL-terminated */
  size_t len;
  earn_source_run *runs;
  size_t nruns, runs_cap;
  size_t input_len;
} earn_source;

/* Inputs above this many bytes fail with EARN_ERR_LIMIT. */
#define EARN_HTML_MAX_INPUT ((size_t)256 << 20)
/* Elements nested deeper than this are not followed: their text is still emitted, with the
   layout of the deepest element that is. */
#define EARN_HTML_MAX_DEPTH 256

/* True when the bytes look like HTML/XHTML: after a UTF-8 BOM and blanks, "<!DOCTYPE html",
   "<html", "<?xml" with "<html" in the first 4 KiB, or a document that begins with a tag
   and has <p>, <div>, <body>, <table> or <br> in its first 4 KiB. Plain text with a stray
   "<" says false. */
bool earn_looks_like_html(const char *in, size_t len);

/*
 * Parse `in` with libxml2's HTML parser (recovering, no network, no external entities, the
 * parser's own limits) and fill *out with the visible text and its map:
 *  - <script>, <style>, <noscript>, <template> and <head> are dropped, except that <title>
 *    is a line of its own; comments and processing instructions are dropped;
 *  - whitespace runs collapse to one space, none at the start or end of a line (inside <pre>
 *    text is kept as is, less a newline right after <pre>, as browsers do);
 *  - block elements (p, div, li, h1-h6, table, tr, br, hr, ...) break the line, with never
 *    more than one blank line in a row (only <br><br> makes one); cells (td, th) are
 *    separated by "\t" within a row and a row ends with "\n". Breaks at the edges of a cell
 *    (<td><p>x</p></td>) are dropped so that a row stays on one line;
 *  - inline and unknown elements (span, b, a, font, ix:nonFraction ...) add nothing;
 *  - characters are kept as they are (no width folding, &nbsp; stays U+00A0).
 * Thread-safe: each call has its own parser context, and libxml2's per-thread generic error
 * handler is silenced only for the parse (it would print encoding errors). Returns EARN_OK (also
 * for empty or textless input), EARN_ERR_ARG, EARN_ERR_LIMIT above EARN_HTML_MAX_INPUT,
 * EARN_ERR_NOMEM; on failure *out is zeroed.
 */
earn_status earn_html_to_text(const earn_allocator *a, const char *in, size_t len, earn_source *out,
                              earn_error *err);

/* The input offset of visible-text offset i (0 <= i <= len; larger i counts as len). For a
   span [a, b) of the text with a < b, the input span is
   [earn_source_offset(s, a, false), earn_source_offset(s, b, true)): `end` = true maps an
   exclusive end (the end of the run before it). Monotone non-decreasing in i for either
   value of `end`; offset(len, false) is the input's length. */
size_t earn_source_offset(const earn_source *s, size_t i, bool end);

/* Free what *s holds and zero it (a zeroed or NULL source is fine). */
void earn_source_release(earn_source *s, const earn_allocator *a);

#endif /* EARN_INPUT_H */
