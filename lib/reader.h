/* SPDX-License-Identifier: MIT */
/* The fact reader's stages and what each hands to the next. Internal.

     sentences + scopes (scope.c)   the text cut into sentences, each with what the headings,
                                    lead-ins and period openers above it say
     events + clauses (clause.c)    one sentence's metric words, cue words, quantities and
                                    punctuation in text order, cut into clauses
     roles (roles.c)                what each figure of the sentence is: a level, a growth
                                    rate, a change, a comparative, a translation, ...
     frames (frame.c)               the sentence's subjects (metric, segment, basis) and the
                                    figures bound to each, coordinated lists distributed by
                                    position
     facts (fact.c)                 frames become facts: period, kind, point in time

   Each stage reads what the stages before it returned and writes only its own output. */
#ifndef EARN_READER_H
#define EARN_READER_H

#include <string.h>
#include <strings.h>

#include "facts.h"

/* ---- sentences and scopes (scope.c) ------------------------------------------------------ */

typedef enum earn_sentence_type {
  EARN_SENT_PROSE = 0,
  EARN_SENT_HEADING, /* a short line on its own: sets the scope of the lines under it */
  EARN_SENT_TABLE    /* cells apart by tabs or wide gaps: not read as prose */
} earn_sentence_type;

/* What the text above a sentence says about it. */
typedef struct earn_scope {
  bool has_period; /* a heading's period ("Full Year 2025 Highlights", 全年业绩) */
  earn_fperiod period;
  size_t seg[2];       /* a heading that names a segment ("①運送事業"); empty if none */
  earn_fact_kind kind; /* an outlook or target heading or lead-in ("Outlook:", 業績予想) */
  bool has_paragraph;  /* the period a paragraph opened with ("For fiscal 2014, ...") */
  earn_fperiod paragraph;
  bool breakdown; /* a breakdown is listed ("収益等の内訳は次のとおり"): until a line item is
                     named again, an amount under a name is an item of the last one */
  const struct earn_lex_entry *breakdown_of; /* ... or of the one the breakdown names (収益) */
} earn_scope;

typedef struct earn_sentence {
  size_t start, end; /* folded */
  earn_sentence_type type;
  bool line_start; /* begins a line */
  bool listed;     /* stands in the list a lead-in ("… across all segments:") opened */
  earn_scope scope;
  /* The line before named a line item and nothing else ("Net revenue growth", "Core EPS"), as
     the label of a figure on a line of its own (highlights laid out one cell per line) */
  const struct earn_lex_entry *label;
  bool label_growth; /* ... its growth ("…growth", "…change") */
  int label_basis;   /* ... of a basis its line names ("Core EPS"), + 1 */
} earn_sentence;

/* The scope stage's own state as it walks the text: what the last heading and lead-in said. */
typedef struct earn_scope_reader {
  earn_scope scope;   /* carried from sentence to sentence */
  bool lead_in;       /* a lead-in ("Outlook ... as follows:") holds until a blank line */
  bool lead_in_items; /* ... after the lines it leads in (blank lines before them do not count) */
  bool listing;       /* the list after any lead-in goes on (earn_sentence.listed) */
  /* The business a heading named labels the row of a table laid out one cell per line
     ("E-commerce" above "-10.0%" and "-9.0%"), not the prose after the row. */
  bool seg_heading, seg_cells;
  const struct earn_lex_entry *label; /* a label line just read (earn_sentence.label) */
  bool label_growth;
  int label_basis;
  /* A caption naming one line item ("Segment Revenue and Trends") over rows of a table
     laid out one cell per line: each business heading under it labels its row's cells with
     the caption's line item, over the column headers between ("Q1 2023", "vs. Q1 2022"). */
  const struct earn_lex_entry *caption;
  int caption_basis;
  bool label_row; /* the label holds for a row's cells, not only the next line */
} earn_scope_reader;

/* Sentence [start, end) classified, with its scope (the keywords of the sentence are in kws).
   Headings, lead-ins and period openers update the reader for the sentences after them. A
   quiet sentence (no quantity, inside a line, its words not looked up) can be none of these
   and only takes the scope. */
earn_sentence earn_scope_sentence(earn_scope_reader *sr, const earn_doc *doc,
                                  const earn_kwlist *kws, size_t start, size_t end, bool quiet);

/* ---- events and clauses (clause.c) -------------------------------------------------------- */

typedef enum earn_event_type {
  EARN_EV_METRIC = 1,
  EARN_EV_CUE,
  EARN_EV_QTY,
  EARN_EV_PUNCT
} earn_event_type;

/* Punctuation events: clause marks, and words that join two items of a list. */
enum {
  EARN_P_COMMA = ',', /* , ， */
  EARN_P_ENUM = 'e',  /* 、 */
  EARN_P_SEMI = ';',  /* ; ； */
  EARN_P_COLON = ':', /* : ： */
  EARN_P_OPEN = '(',  /* ( （ */
  EARN_P_CLOSE = ')', /* ) ） */
  EARN_P_JOIN = '&',  /* and, as well as, 及, 和, 与, および */
  EARN_P_SLASH = '/'
};

typedef struct earn_event {
  size_t start, end;           /* folded */
  uint8_t type;                /* earn_event_type */
  uint8_t cue;                 /* EARN_CUE_* of a cue word */
  char punct;                  /* EARN_P_* */
  uint16_t clause;             /* its clause in the sentence */
  const earn_lex_entry *e;     /* metric or cue word */
  const earn_quantity *q;      /* quantity */
  const earn_lex_entry *inner; /* a metric word inside a quantity ("58.2 million monthly
                                  active users", "400以上の企業顧客") */
} earn_event;

/* A clause: the events between two clause marks, or inside a parenthesis. The part after a
   closing parenthesis goes on with the clause the parenthesis opened in. */
typedef struct earn_clause {
  size_t start, end; /* folded, from its first to the end of its last event */
  int parent;        /* for a parenthesis: the clause it stands in; -1 */
  uint8_t depth;
  size_t first_event; /* index of its first event */
} earn_clause;

/* The working set of one sentence, reused from sentence to sentence. */
typedef struct earn_sentence_events {
  earn_event *ev;
  size_t n, cap;
  earn_clause *cl;
  size_t ncl, cl_cap;
} earn_sentence_events;

/* The events of sentence [start, end) and its clauses. False on OOM. */
bool earn_read_events(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end,
                      earn_sentence_events *out);
void earn_sentence_events_free(earn_sentence_events *se, const earn_allocator *a);

/* Does event i of an English sentence stand inside what "excluding" leaves out, after it in
   its clause with no line item around ("Excluding the current year restructuring charges
   of $0.02 per share, …")? */
static inline bool earn_ev_excluded(const earn_sentence_events *se, size_t i) {
  uint16_t clause = se->ev[i].clause;
  while (i-- > 0 && se->ev[i].clause == clause) {
    const earn_event *e = &se->ev[i];
    if (e->type == EARN_EV_METRIC || e->type == EARN_EV_PUNCT)
      return false;
    if (e->type == EARN_EV_CUE && e->e && e->e->term_len >= 6 &&
        strncasecmp(e->e->term, "exclud", 6) == 0) {
      /* (not a line item's own "excluding": "diluted EPS excluding special items was") */
      while (i-- > 0 && se->ev[i].clause == clause)
        if (se->ev[i].type == EARN_EV_METRIC)
          return false;
      return true;
    }
  }
  return false;
}

/* Cue of event i, EARN_CUE_NONE when it is no cue word. */
static inline int earn_ev_cue(const earn_sentence_events *se, size_t i) {
  return i < se->n && se->ev[i].type == EARN_EV_CUE ? se->ev[i].cue : EARN_CUE_NONE;
}
static inline bool earn_ev_is_figure(const earn_event *e) {
  if (e->type != EARN_EV_QTY)
    return false;
  earn_qkind k = e->q->kind;
  return k == EARN_Q_MONEY || k == EARN_Q_PERCENT || k == EARN_Q_COUNT || k == EARN_Q_NUMBER;
}
static inline bool earn_ev_is_period(const earn_event *e) {
  return e->type == EARN_EV_QTY && (e->q->kind == EARN_Q_PERIOD || e->q->kind == EARN_Q_DATE);
}

/* ---- roles (roles.c) ---------------------------------------------------------------------- */

typedef enum earn_role {
  EARN_ROLE_NONE = 0,    /* nothing the reader can vouch for */
  EARN_ROLE_VALUE,       /* a level: the value of its metric */
  EARN_ROLE_RATE,        /* a stated growth rate */
  EARN_ROLE_CHANGE,      /* an amount of change ("up $5 million", "12億円増加の") */
  EARN_ROLE_PRIOR,       /* the value of an earlier period ("compared with $X a year ago") */
  EARN_ROLE_TRANSLATION, /* the same value in another currency ("(US$1.3 billion)") */
  EARN_ROLE_BARE         /* a percentage with no word around it: a ratio's value, or a rate
                            that shares the direction of the one before it */
} earn_role;

typedef struct earn_figure {
  size_t ev; /* its event */
  earn_role role;
  int8_t sign;             /* rates and changes: +1, -1; 0 unknown */
  bool qoq;                /* a rate over the previous quarter */
  bool ratio;              /* "前期比101.2%": the rate is the value less 100 */
  bool magnitude;          /* "(8.2%)" in prose: a size whose sign the words give */
  size_t loss_ev;          /* a word of loss or profit right before it ("其2017年亏损15亿元",
                              "earned $2.10 per share"), SIZE_MAX */
  bool per_share;          /* "$0.61 per share" */
  bool per_ads;            /* "per ADS" */
  bool diluted;            /* "per diluted share", "on a diluted basis" */
  bool level_after_change; /* "12億円増加の456億円": the level that follows a change */
  int basis;               /* a basis named right after it ("up 7% in constant currency"), + 1 */
  int8_t end;     /* a range read as its high end: "rose $120 million to $2.4 billion" (+1) */
  bool low_prior; /* "from $1.9 billion to $2.4 billion": the low end is the comparative */
  bool prior_qoq; /* a comparative of the previous quarter */
  size_t item[2]; /* the business it is of: "来自广告业务的51亿元", "$5.1 billion from
                     advertising", "- Advertising: RMB5.1 billion"; empty if none */
  const earn_lex_entry *named_after; /* "$5 billion in revenue": the metric it names */
  size_t named_ev;                   /* the event of that metric */
} earn_figure;

typedef struct earn_figures {
  earn_figure *at;
  size_t n, cap;
} earn_figures;

/* The role of every figure of the sentence. False on OOM. */
bool earn_read_roles(const earn_doc *doc, const earn_sentence_events *se, earn_figures *out);

/* ---- frames (frame.c) --------------------------------------------------------------------- */

/* A subject with the figures bound to it: one frame becomes one fact. */
typedef struct earn_frame {
  const char *metric;
  uint8_t value_kind;   /* EARN_Q_MONEY, EARN_Q_PERCENT, EARN_Q_COUNT */
  uint8_t metric_flags; /* EARN_LEXF_* of its metric word */
  const char *count_unit;
  earn_basis basis;
  earn_fact_kind kind;
  bool prior;     /* a comparative of an earlier period */
  bool prior_qoq; /* ... of the quarter before */
  bool point;     /* said "as of" a day */
  size_t seg[2];  /* folded span of its segment; empty for the company */
  size_t metric_span[2];
  size_t stmt[2];
  long value;       /* figure index of its value, -1 */
  int8_t value_end; /* of a range: -1 its low end alone, +1 its high end, 0 both */
  bool range_high;  /* the high end of the value's range */
  bool negative;    /* its value is a loss */
  long yoy, qoq;    /* figure indexes of its growth, -1 */
  bool has_period;  /* a period named for it */
  earn_fperiod period;
  bool period_weak; /* named before its metric, or by a context: a nearer one wins */
  bool many_periods; /* a total over several periods ("两年的累计营业收入"): no one period */
  long of;           /* the frame it repeats (translation, comparative, per share): -1 */
  bool yearless;     /* its period is a label without a year ("first-quarter") */
  long compared;     /* a comparative named on its own ("compared to earnings of $0.39"): the
                        current frame it is compared with, else -1 */
  const char *rule;
  size_t group; /* frames of one statement share it */
} earn_frame;

typedef struct earn_frames {
  earn_frame *at;
  size_t n, cap;
} earn_frames;

/* What the sentence before left for this one. */
typedef struct earn_carry {
  bool has_fact; /* the last current fact of the sentence before */
  earn_frame last;
  const earn_quantity *last_value;
  bool has_stated; /* the last current fact of any sentence before, across headings: what a
                      breakdown lists the parts of */
  earn_frame stated;
  bool has_subject; /* the last current fact of the sentence before, a growth alone too: the
                       subject a list under it ("… increased 11.7%, across all segments:")
                       gives its items */
  earn_frame subject;
} earn_carry;

/* Bind the figures of a sentence to its subjects. False on OOM. */
bool earn_read_frames(const earn_doc *doc, const earn_kwlist *kws, const earn_sentence *sent,
                      const earn_sentence_events *se, const earn_figures *figs,
                      const earn_carry *carry, earn_frames *out);

/* ---- facts (fact.c, fact-periods.c) ------------------------------------------------------- */

/* A period label (or a bare year that stands for a fiscal year) as a fiscal period. */
bool earn_quantity_period(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out);
/* A year listed after another period ("in 2023 and 2024"): a fiscal year without the words
   that make a lone year one. */
bool earn_listed_year(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out);
/* The report's period seen through a period word (full year, first half, to date). */
earn_fperiod earn_report_relative(const earn_doc *doc, int cue);
/* The period event i names, if it is a period label or a period word. */
bool earn_event_period(const earn_doc *doc, const earn_sentence_events *se, size_t i,
                       earn_fperiod *out);
bool earn_is_count_unit(const char *unit);
/* "实现收入8.76亿": an amount with a Chinese or Japanese scale word and no currency. */
bool earn_bare_amount(const earn_doc *doc, const earn_quantity *q);

/* Does the folded text [start, end) hold `word` (ASCII letters in either case)? */
static inline bool earn_says(const earn_doc *doc, size_t start, size_t end, const char *word) {
  size_t n = strlen(word);
  for (size_t i = start; i + n <= end && i + n <= doc->text.len; i++)
    if (strncasecmp(doc->text.s + i, word, n) == 0)
      return true;
  return false;
}

static inline size_t skip_blanks(const char *s, size_t len, size_t pos) {
  while (pos < len && (s[pos] == ' ' || s[pos] == '\n'))
    pos++;
  return pos;
}

static inline size_t skip_blanks_back(const char *s, size_t pos, size_t floor) {
  while (pos > floor && (s[pos - 1] == ' ' || s[pos - 1] == '\n'))
    pos--;
  return pos;
}

#endif /* EARN_READER_H */
