package no.helseplan.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;

/**
 * JSON pointers (RFC 6901) into the file format: from Hibernate Validator property paths, and in document
 * order. Property names are the attribute names, so a path {@code focusAreas[2].measures[3].timeframe} is the
 * pointer {@code /focusAreas/2/measures/3/timeframe}.
 */
public final class Pointers {

  /**
   * Orders pointers as their elements appear in a file: segment by segment, numbers as numbers, a parent
   * before its children.
   */
  public static final Comparator<String> ORDER = Pointers::compare;

  /**
   * Starts the name of the property node a check adds to each of its violations, so that Hibernate Validator,
   * which keeps violations in a set, keeps two issues that differ only in where they are (43 measures that are
   * all "Jamleg"). The node names the issue's own pointer; {@link #of(Path)} leaves it out, because that pointer
   * travels in the violation's payload.
   */
  public static final String ISSUE_NODE = "(issue)";

  private Pointers() {}

  /**
   * Converts a property path to a JSON pointer. Container element nodes such as {@code <list element>} add
   * their index but no name; bean nodes add nothing.
   *
   * @param path  the property path of a violation, not null
   * @return the pointer, "" for the root
   */
  public static String of(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (node.getKind() == ElementKind.PROPERTY && name != null && !name.isEmpty()
          && !name.startsWith(ISSUE_NODE)) {
        pointer.append('/').append(escape(name));
      }
    }
    return pointer.toString();
  }

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param token  the token, not null
   * @return the escaped token
   */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Compares two pointers token by token (the tokens between slashes), without splitting them. */
  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      int endA = tokenEnd(a, i);
      int endB = tokenEnd(b, j);
      int c = compareToken(a, i, endA, b, j, endB);
      if (c != 0) {
        return c;
      }
      boolean moreA = endA < a.length();
      boolean moreB = endB < b.length();
      if (!moreA || !moreB) {
        return Boolean.compare(moreA, moreB);
      }
      i = endA + 1;
      j = endB + 1;
    }
  }

  private static int tokenEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  /** Indices as numbers (a shorter run of digits is smaller), anything else as text. */
  private static int compareToken(String a, int fromA, int toA, String b, int fromB, int toB) {
    int lengthA = toA - fromA;
    int lengthB = toB - fromB;
    if (isIndex(a, fromA, toA) && isIndex(b, fromB, toB) && lengthA != lengthB) {
      return Integer.compare(lengthA, lengthB);
    }
    for (int k = 0; k < Math.min(lengthA, lengthB); k++) {
      int c = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(lengthA, lengthB);
  }

  private static boolean isIndex(String pointer, int from, int to) {
    if (to == from || to - from > 9) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (pointer.charAt(k) < '0' || pointer.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
