package no.helseplan.io.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 *
 * <p>A look-up allocates nothing: the phrase is hashed once, from the characters where the parser holds them,
 * and compared in place with the remembered ones in an open-addressing table (at most half full, so probes are
 * short); a {@code String} is made only for a phrase not remembered. Entries are immutable and published
 * through an {@link AtomicReferenceArray}; two threads remembering at once may each interpret the phrase, and
 * one reading wins the slot, which is harmless as the readings are equal.
 */
public final class PhraseMemo {
  /** The most phrases remembered at once. */
  public static final int MAX_ENTRIES = 16_384;

  /** The longest phrase remembered, in characters. */
  public static final int MAX_TEXT = 256;

  /** Slots of the table: a power of two, twice the most entries, so the table is never more than half full. */
  private static final int SLOTS = 2 * MAX_ENTRIES;

  /** The reference year of a context that has none, and of phrases that do not depend on it. */
  private static final int NO_YEAR = Integer.MIN_VALUE;

  private static volatile Table table = new Table();

  private PhraseMemo() {}

  /**
   * Returns the interpretation of a phrase, from the memo or by interpreting it (an exception of the
   * interpreter propagates, and nothing is remembered).
   */
  static Object interpret(Verbatim kind, String text, Language language, TimeframeContext context) {
    return interpret(kind, text.toCharArray(), 0, text.length(), text, language, context, yearOf(context));
  }

  /**
   * Returns the interpretation of the phrase held in {@code chars[offset, offset + length)}, from the memo or
   * by interpreting it.
   *
   * @param text the phrase as a string if the caller has one, else null (made only if the phrase is not
   *     remembered)
   * @param year {@link #yearOf(TimeframeContext)} of the context
   */
  static Object interpret(Verbatim kind, char[] chars, int offset, int length,
      @org.jspecify.annotations.Nullable String text, Language language, TimeframeContext context, int year) {
    if (length > MAX_TEXT) {
      return kind.interpret(text != null ? text : new String(chars, offset, length), language, context);
    }
    int keyYear = kind == Verbatim.TIMEFRAME ? year : NO_YEAR;
    int hash = hash(kind, chars, offset, length, language, keyYear);
    Table current = table;
    AtomicReferenceArray<Entry> slots = current.slots;
    for (int i = hash & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
      Entry entry = slots.get(i);
      if (entry == null) {
        break;
      }
      if (entry.hash == hash && entry.matches(kind, chars, offset, length, language, keyYear)) {
        return entry.value;
      }
    }
    String phrase = text != null ? text : new String(chars, offset, length);
    Object value = kind.interpret(phrase, language, context);
    remember(current, new Entry(hash, kind, Arrays.copyOfRange(chars, offset, offset + length), language, keyYear,
        value));
    return value;
  }

  /**
   * Returns what a time frame's reading depends on in a context: its reference year.
   *
   * @param context the plan's time-frame context
   * @return the reference year, or a value no year has
   */
  static int yearOf(TimeframeContext context) {
    return context.getReferenceYear().orElse(NO_YEAR);
  }

  private static void remember(Table current, Entry entry) {
    Table target = current;
    if (target.size.get() >= MAX_ENTRIES) {
      synchronized (PhraseMemo.class) {
        if (table == current) {
          table = new Table();
        }
        target = table;
      }
    }
    if (target.size.incrementAndGet() > MAX_ENTRIES) {
      target.size.decrementAndGet();
      return;
    }
    AtomicReferenceArray<Entry> slots = target.slots;
    int i = entry.hash & (SLOTS - 1);
    for (int n = 0; n < SLOTS; ) {
      Entry there = slots.get(i);
      if (there == null) {
        if (slots.compareAndSet(i, null, entry)) {
          return;
        }
        continue; // another thread took the slot: look at what it put there
      }
      if (there.hash == entry.hash
          && there.matches(entry.kind, entry.text, 0, entry.text.length, entry.language, entry.year)) {
        target.size.decrementAndGet(); // remembered meanwhile by another thread
        return;
      }
      n++;
      i = (i + 1) & (SLOTS - 1);
    }
    target.size.decrementAndGet();
  }

  private static int hash(Verbatim kind, char[] chars, int offset, int length, Language language, int year) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    h = ((h * 31 + kind.ordinal()) * 31 + language.ordinal()) * 31 + year;
    return h ^ (h >>> 16);
  }

  /**
   * Returns how many phrases are remembered now.
   *
   * @return the number of phrases, at most {@link #MAX_ENTRIES}
   */
  public static int size() {
    return table.size.get();
  }

  /** Forgets every phrase (for tests, and benchmarks of a first reading). */
  public static void clear() {
    synchronized (PhraseMemo.class) {
      table = new Table();
    }
  }

  /** One generation of the memo: emptied by replacing it. */
  private static final class Table {
    final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);
    final AtomicInteger size = new AtomicInteger();
  }

  /** A phrase, what its interpretation depends on (the reference year only for time frames), and the reading. */
  private static final class Entry {
    final int hash;
    final Verbatim kind;
    final char[] text;
    final Language language;
    final int year;
    final Object value;

    Entry(int hash, Verbatim kind, char[] text, Language language, int year, Object value) {
      this.hash = hash;
      this.kind = kind;
      this.text = text;
      this.language = language;
      this.year = year;
      this.value = value;
    }

    boolean matches(Verbatim kind, char[] chars, int offset, int length, Language language, int year) {
      return this.kind == kind && this.language == language && this.year == year
          && Arrays.equals(text, 0, text.length, chars, offset, offset + length);
    }
  }
}
