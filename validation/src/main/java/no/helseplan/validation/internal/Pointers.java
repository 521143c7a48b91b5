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

  private static int compare(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareToken(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareToken(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
