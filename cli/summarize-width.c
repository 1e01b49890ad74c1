/* SPDX-License-Identifier: MIT */
/* How many terminal columns a UTF-8 string takes: aligned columns of Japanese and Chinese
   text need it, since a kanji is two columns and three bytes. */
#include <stdint.h>
#include <string.h>

#include "summarize.h"

/* Ranges of code points, sorted, that terminals draw two columns wide: the Wide and
   Fullwidth classes of Unicode's East Asian Width (UAX #11), coarsened to blocks. Ambiguous
   characters (·, —, ≥) count one, as terminals outside CJK locales draw them. */
/* clang-format off */
static const uint32_t wide[][2] = {
    {0x1100, 0x115F},   /* Hangul Jamo initials */
    {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, /* emoji... */
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653},
    {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB},
    {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
    {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA},
    {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757},
    {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50}, {0x2B55, 0x2B55},                    /* ...drawn as pictures */
    {0x2E80, 0x303E},   /* CJK radicals, ideographic description, CJK symbols (、。「」) */
    {0x3041, 0x33FF},   /* kana, bopomofo, Hangul compatibility, CJK compatibility */
    {0x3400, 0x4DBF},   /* CJK extension A */
    {0x4E00, 0x9FFF},   /* CJK unified ideographs */
    {0xA000, 0xA4CF},   /* Yi */
    {0xA960, 0xA97F},   /* Hangul Jamo extended A */
    {0xAC00, 0xD7A3},   /* Hangul syllables */
    {0xF900, 0xFAFF},   /* CJK compatibility ideographs */
    {0xFE10, 0xFE19},   /* vertical forms */
    {0xFE30, 0xFE6F},   /* CJK compatibility forms, small form variants */
    {0xFF00, 0xFF60},   /* fullwidth forms (（）％，) */
    {0xFFE0, 0xFFE6},   /* fullwidth signs (￥) */
    {0x16FE0, 0x18CFF}, /* Tangut and friends */
    {0x1B000, 0x1B2FF}, /* kana supplement and extensions */
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251}, /* enclosed ideographic supplement */
    {0x1F300, 0x1F64F}, /* pictographs and emoticons */
    {0x1F680, 0x1F6FF}, /* transport symbols */
    {0x1F900, 0x1F9FF}, /* supplemental pictographs */
    {0x1FA70, 0x1FAFF}, /* symbols and pictographs extended A */
    {0x20000, 0x2FFFD}, /* CJK extensions B-F, compatibility supplement */
    {0x30000, 0x3FFFD}, /* CJK extensions G-H */
};
/* clang-format on */

/* Characters that take no column of their own: combining marks, joiners, variation
   selectors. */
static const uint32_t zero[][2] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},   {0x064B, 0x065F},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF},   {0x3099, 0x309A},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c < r[mid][0])
      hi = mid;
    else if (c > r[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

static size_t char_width(uint32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return 0;
  if (in_ranges(c, zero, sizeof zero / sizeof zero[0]))
    return 0;
  return in_ranges(c, wide, sizeof wide / sizeof wide[0]) ? 2 : 1;
}

/* Decode one UTF-8 sequence at `s`; sets *len to its length. An invalid byte decodes as
   itself, one column, so that no input stalls the loop. */
static uint32_t decode(const unsigned char *s, size_t *len) {
  unsigned char b = s[0];
  size_t n = b < 0x80             ? 1
             : (b & 0xE0) == 0xC0 ? 2
             : (b & 0xF0) == 0xE0 ? 3
             : (b & 0xF8) == 0xF0 ? 4
                                  : 0;
  if (n == 0) {
    *len = 1;
    return b;
  }
  uint32_t c = n == 1 ? b : (uint32_t)(b & (0x7F >> n));
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *len = 1;
      return b;
    }
    c = (c << 6) | (uint32_t)(s[i] & 0x3F);
  }
  *len = n;
  return c;
}

size_t sum_display_width(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t width = 0;
  while (*p) {
    size_t len;
    uint32_t c = decode(p, &len);
    width += char_width(c);
    p += len;
  }
  return width;
}

void sum_utf8_trim_partial(char *s) {
  size_t n = strlen(s), start = n;
  /* Back up over at most three continuation bytes to the lead byte of the last sequence. */
  while (start > 0 && n - start < 3 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
    start--;
  if (start == 0)
    return;
  unsigned char lead = (unsigned char)s[start - 1];
  size_t need = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
  if (lead >= 0x80 && need > n - (start - 1))
    s[start - 1] = '\0';
}

bool sum_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned char b = p[i];
    size_t len = b < 0x80             ? 1
                 : (b & 0xE0) == 0xC0 ? 2
                 : (b & 0xF0) == 0xE0 ? 3
                 : (b & 0xF8) == 0xF0 ? 4
                                      : 0;
    if (len == 0 || len > n - i)
      return false;
    for (size_t k = 1; k < len; k++)
      if ((p[i + k] & 0xC0) != 0x80)
        return false;
    i += len;
  }
  return true;
}
