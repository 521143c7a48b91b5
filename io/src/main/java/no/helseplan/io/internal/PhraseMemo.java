package no.helseplan.io.internal;

import java.util.concurrent.ConcurrentHashMap;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;

/**
 * The phrases the readers have interpreted, remembered so that a phrase met again is not interpreted again.
 *
 * <p>Plans repeat their phrases: one plan writes "Jamleg" in dozens of rows, and a national corpus writes
 * "Årleg", "Innanfor eksisterande rammer" and "Kommunalsjef helse" in hundreds of files. The interpreters
 * ({@code Timeframe.parse}, {@code Resources.parse}, {@code Responsibility.parse}) are pure functions of the
 * text, the language and (for time frames) the plan's time-frame context, of which only the reference year
 * counts (a date written without a year takes it; see {@code TimeframeContext.getReferenceYear()}), and their
 * results are immutable, so one result serves every occurrence. The memo is shared by all readers and threads, holds at most
 * {@value #MAX_ENTRIES} phrases of at most {@value #MAX_TEXT} characters each (a longer text is interpreted
 * every time), and is emptied when full: its memory is bounded whatever the input.
 */
public final class PhraseMemo {
  /** The most phrases remembered at once. */
  public static final int MAX_ENTRIES = 16_384;

  /** The longest phrase remembered, in characters. */
  public static final int MAX_TEXT = 256;

  private static final ConcurrentHashMap<Key, Object> MEMO = new ConcurrentHashMap<>();

  /** The reference year of a context that has none, and of phrases that do not depend on it. */
  private static final int NO_YEAR = Integer.MIN_VALUE;

  private PhraseMemo() {}

  /**
   * Returns the interpretation of a phrase, from the memo or by interpreting it (an exception of the
   * interpreter propagates, and nothing is remembered).
   */
  static Object interpret(Verbatim kind, String text, Language language, TimeframeContext context) {
    if (text.length() > MAX_TEXT) {
      return kind.interpret(text, language, context);
    }
    Key key = new Key(kind, text, language,
        kind == Verbatim.TIMEFRAME ? context.getReferenceYear().orElse(NO_YEAR) : NO_YEAR);
    Object known = MEMO.get(key);
    if (known != null) {
      return known;
    }
    Object value = kind.interpret(text, language, context);
    if (MEMO.size() >= MAX_ENTRIES) {
      MEMO.clear();
    }
    MEMO.put(key, value);
    return value;
  }

  /**
   * Returns how many phrases are remembered now.
   *
   * @return the number of phrases, at most {@link #MAX_ENTRIES}
   */
  public static int size() {
    return MEMO.size();
  }

  /** Forgets every phrase (for tests, and benchmarks of a first reading). */
  public static void clear() {
    MEMO.clear();
  }

  /** A phrase with what its interpretation depends on: the context's reference year only for time frames. */
  private static final class Key {
    private final Verbatim kind;
    private final String text;
    private final Language language;
    private final int year;
    private final int hash;

    Key(Verbatim kind, String text, Language language, int year) {
      this.kind = kind;
      this.text = text;
      this.language = language;
      this.year = year;
      this.hash = (text.hashCode() * 31 + kind.ordinal()) * 31 * 31 + language.ordinal() * 31 + year;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Key)) {
        return false;
      }
      Key that = (Key) other;
      return hash == that.hash && kind == that.kind && language == that.language && text.equals(that.text)
          && year == that.year;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
