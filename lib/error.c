/* SPDX-License-Identifier: MIT */
/* Status texts, error filling and byte-to-line/column location. */
#include <stdarg.h>
#include <stdio.h>

#include "private.h"

const char *earn_status_str(earn_status status) {
  switch (status) {
  case EARN_OK:
    return "success";
  case EARN_ERR_ARG:
    return "invalid argument";
  case EARN_ERR_NOMEM:
    return "out of memory";
  case EARN_ERR_IO:
    return "input/output error";
  case EARN_ERR_UTF8:
    return "invalid UTF-8";
  case EARN_ERR_BINARY:
    return "binary input (NUL byte)";
  case EARN_ERR_LIMIT:
    return "input too large";
  case EARN_ERR_OVERFLOW:
    return "decimal overflow";
  case EARN_ERR_DIVZERO:
    return "division by zero";
  case EARN_ERR_SYNTAX:
    return "syntax error";
  case EARN_ERR_INEXACT:
    return "inexact result";
  case EARN_ERR_DEPENDENCY:
    return "dependency failure";
  case EARN_ERR_NOT_MEANINGFUL:
    return "not meaningful: the base is zero or negative";
  }
  return "unknown status";
}

earn_status earn_error_set(earn_error *err, earn_status code, size_t pos, const char *fmt, ...) {
  if (!err)
    return code;
  err->code = code;
  err->pos = pos;
  err->msg = earn_status_str(code);
  err->detail[0] = '\0';
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->detail, sizeof err->detail, fmt, ap);
    va_end(ap);
  }
  return code;
}

void earn_locate(const char *text, size_t len, size_t pos, size_t *line, size_t *column) {
  size_t ln = 1, col = 1;
  if (!text)
    len = 0;
  if (pos > len)
    pos = len;
  for (size_t i = 0; i < pos; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '\n') {
      ln++;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      col++; /* count code points: continuation bytes add nothing */
    }
  }
  if (line)
    *line = ln;
  if (column)
    *column = col;
}

uint32_t earn_version(void) { return EARN_VERSION_HEX; }

const char *earn_version_string(void) { return EARN_VERSION_STRING; }
