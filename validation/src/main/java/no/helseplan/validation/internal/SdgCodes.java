package no.helseplan.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes of the UN's 17 Sustainable Development Goals and 169 targets (nb: <i>bærekraftsmål og
 * delmål</i>, nn: <i>berekraftsmål og delmål</i>), read once from {@code sdg-codes.txt}, whose header names the
 * source.
 */
public final class SdgCodes {
  private static final Pattern CODE = Pattern.compile("[1-9][0-9]?(\\.([1-9][0-9]?|[a-d]))?");
  private static final Set<String> CODES = load();

  private SdgCodes() {}

  /**
   * Returns every goal and target code, goals first within their targets, in the UN's order.
   *
   * @return the codes, such as "3", "3.4" and "3.b"; unmodifiable
   */
  public static Set<String> all() {
    return CODES;
  }

  /**
   * Returns whether a code is one of the 17 goals or 169 targets, written as the UN writes it ("3", "3.4",
   * "3.b"; no leading zero, lower-case letter).
   *
   * @param code  the code, not null
   * @return true if the code exists
   */
  public static boolean isKnown(String code) {
    return CODES.contains(code);
  }

  private static Set<String> load() {
    Set<String> codes = new LinkedHashSet<>();
    try (InputStream in = SdgCodes.class.getResourceAsStream("sdg-codes.txt")) {
      if (in == null) {
        throw new IllegalStateException("The resource sdg-codes.txt is missing from the validation module");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        int hash = line.indexOf('#');
        String code = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (code.isEmpty()) {
          continue;
        }
        if (!CODE.matcher(code).matches() || !codes.add(code)) {
          throw new IllegalStateException("sdg-codes.txt line " + number + ": bad or repeated code '" + code + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sdg-codes.txt", e);
    }
    return Collections.unmodifiableSet(codes);
  }
}
