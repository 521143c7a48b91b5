package no.helseplan.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs the damage that extraction from PDF does to a plan's words (nb: <i>reparasjon av tekst</i>, nn:
 * <i>reparasjon av tekst</i>): words hyphenated or broken across lines, and runs of spaces and line breaks.
 *
 * <p>This is the one explicit normalisation step that every phrase reader of the library uses before it reads
 * ({@link no.helseplan.timeframe.Timeframe#parse}, {@link no.helseplan.measure.Resources#parse}, {@link
 * no.helseplan.responsibility.Responsibility#parse}); the readers keep the original text verbatim beside what they
 * read. {@link #repair(CharSequence)} applies these rules, in one pass and in time linear in the text:
 * <ul>
 *   <li>A hyphen at the end of a word followed by white space (a line break or spaces), then a word in lower
 *       case, is a line-break hyphen, and the two halves are joined: "Avdelingslei- arane" becomes
 *       "Avdelingsleiarane", "om-\nsorg" becomes "omsorg", "brukarmed-\nverknad" becomes "brukarmedverknad".
 *   <li>Such a hyphen is kept, with one space, when the next word is a conjunction (<i>og, eller, samt, til</i>),
 *       because the hyphen then marks a shared last part: "helse- og omsorg", "barn-, ung- og familieteam",
 *       "drifts- og/eller investeringsmidlar".
 *   <li>A hyphen followed by white space and a capital letter, or inside a number range, is kept and the space
 *       dropped: "Sør-\nVaranger" becomes "Sør-Varanger", "2020-\n2030" becomes "2020-2030".
 *   <li>A hyphen with no space after it is a real hyphen and stays: "e-post", "Bo trygt hjemme-reformen".
 *   <li>A word broken at a line break without a hyphen, where the next line holds only a short inflectional
 *       ending ("r", "er", "ar", "en", "et", "ne", …), is joined: "Investeringsmidle\nr" becomes
 *       "Investeringsmidler", "kompetansemidl\n\ner" becomes "kompetansemidler".
 *   <li>Soft hyphens (U+00AD) and zero-width characters are removed; every run of white space, line breaks,
 *       no-break spaces and control characters becomes one space; leading and trailing space is removed.
 * </ul>
 *
 * <p>Implementation Requirements: a static utility, stateless and thread-safe.
 */
public final class TextRepair {
  /** Words before which a hyphen marks a shared last part and stays ("helse- og omsorg"). */
  private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "and", "or", "el", "enn");

  /** Line fragments read as the broken-off inflectional ending of the word before them. */
  private static final Set<String> ENDINGS = Set.of(
      "r", "er", "ar", "ir", "en", "et", "e", "a", "n", "t", "s", "ne", "na", "te", "de", "ene", "ane", "ing");

  private TextRepair() {}

  /**
   * Repairs line-break hyphenation and broken words, and collapses white space, as described in the class
   * comment; never throws.
   *
   * @param text the text as extracted, not null
   * @return the repaired text, trimmed, with single spaces
   */
  public static String repair(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (isRepaired(text)) {
      return text.toString();
    }
    CharSequence visible = removeInvisible(text);
    return join(visible);
  }

  /**
   * Whether the rules would leave the text as it is, so that most phrases, already clean, cost one scan and no
   * copy: nothing invisible, no white space but single plain spaces between other characters, no hyphen before
   * white space.
   */
  private static boolean isRepaired(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (isBlank(text.charAt(0)) || isBlank(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\u00AD' || isInvisible(c)) {
        return false;
      }
      if (isBlank(c) && (c != ' ' || isBlank(text.charAt(i + 1)))) {
        return false;
      }
      if (isHyphen(c) && i + 1 < n && isBlank(text.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** White space, a line break, a no-break space or a control character. */
  private static boolean isBlank(char c) {
    if (c > ' ' && c < '\u007F') {
      return false; // printable ASCII, without asking the Unicode tables
    }
    return isSpace(c) || isControl(c);
  }

  /** Removes zero-width characters, and soft hyphens with the white space after them ("om\u00AD\nsorg"). */
  private static CharSequence removeInvisible(CharSequence text) {
    int n = text.length();
    int first = 0;
    while (first < n && text.charAt(first) != '\u00AD' && !isInvisible(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\u00AD') {
        i = skipSpace(text, i + 1);
      } else if (isInvisible(c)) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out;
  }

  private static String join(CharSequence text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c) || isControl(c)) {
        int k = skipSpace(text, i);
        boolean lineBreak = containsLineBreak(text, i, k);
        if (lineBreak && k < n && endsWithLowerWord(out)) {
          int m = wordEnd(text, k);
          String fragment = text.subSequence(k, m).toString();
          if (m > k && ENDINGS.contains(fragment) && (m == n || containsLineBreak(text, m, skipSpace(text, m))
              || skipSpace(text, m) == n)) {
            out.append(fragment);
            i = m;
            continue;
          }
        }
        if (out.length() > 0 && k < n) {
          out.append(' ');
        }
        i = k;
        continue;
      }
      if (isHyphen(c)) {
        int k = skipSpace(text, i + 1);
        if (k > i + 1 && k < n && out.length() > 0) {
          char before = out.charAt(out.length() - 1);
          char after = text.charAt(k);
          if (Character.isLetter(before) && Character.isLowerCase(after)) {
            String next = text.subSequence(k, wordEnd(text, k)).toString().toLowerCase(Locale.ROOT);
            if (CONJUNCTIONS.contains(next)) {
              out.append(c).append(' ');
            } else if (isAcronymEnd(out)) {
              out.append(c);
            }
            i = k;
            continue;
          }
          if ((Character.isLetter(before) && Character.isUpperCase(after))
              || (Character.isDigit(before) && Character.isDigit(after))) {
            out.append(c);
            i = k;
            continue;
          }
        }
        out.append(c);
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  /**
   * Collapses every run of white space, line breaks, no-break spaces and control characters to one space and
   * trims the ends, without joining any words; never throws.
   *
   * @param text the text, not null
   * @return the text with single spaces, trimmed
   */
  public static String collapseWhitespace(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c) || c == '\u00AD') {
        continue;
      }
      if (isSpace(c) || isControl(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  private static int skipSpace(CharSequence text, int from) {
    int k = from;
    while (k < text.length() && (isSpace(text.charAt(k)) || isControl(text.charAt(k)))) {
      k++;
    }
    return k;
  }

  private static boolean containsLineBreak(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(CharSequence text, int from) {
    int m = from;
    while (m < text.length() && Character.isLetter(text.charAt(m))) {
      m++;
    }
    return m;
  }

  /** Whether the output ends in a word of at least three letters whose last letter is lower case. */
  private static boolean endsWithLowerWord(StringBuilder out) {
    int len = out.length();
    int k = len;
    while (k > 0 && Character.isLetter(out.charAt(k - 1))) {
      k--;
    }
    return len - k >= 3 && Character.isLowerCase(out.charAt(len - 1));
  }

  /** Whether the output ends in an acronym of capitals ("NAV-"), whose hyphen is a real one. */
  private static boolean isAcronymEnd(StringBuilder out) {
    int len = out.length();
    return len >= 2 && Character.isUpperCase(out.charAt(len - 1)) && Character.isUpperCase(out.charAt(len - 2));
  }
}
