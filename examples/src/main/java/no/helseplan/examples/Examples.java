package no.helseplan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;

/**
 * The five real municipal health and care plans (nb: <i>kommunale helse- og omsorgsplanar</i>) bundled with
 * Helseplan, transcribed from the municipalities' published documents, loaded by name.
 *
 * <pre>{@code
 * Plan heroy = Examples.heroy();
 * PlanCorpus corpus = PlanCorpus.of(Examples.all());
 * Examples.byName("voss").get().getTitle()     // "Pårørandestrategi Voss herad 2025- 2029"
 * }</pre>
 *
 * <p>The plans, in the order {@link #all()} and {@link #names()} give them:
 * <ul>
 *   <li>{@code heroy}: Herøy (kommunenummer 1515, Møre og Romsdal), Handlingsplan 2025–2028 to the
 *       kommunedelplan for helse og omsorg, adopted 12 February 2026; Nynorsk.</li>
 *   <li>{@code sor-varanger}: Sør-Varanger (5444 when adopted; 5605 today), Strategisk plan helse, omsorg og
 *       velferd 2020–2030 with its handlingsplan 2020–2024; Bokmål.</li>
 *   <li>{@code hustadvika}: Hustadvika (1579), Helse- og velferdsplan 2026–2040; Bokmål.</li>
 *   <li>{@code voss}: Voss herad (4621), Pårørandestrategi 2025–2029 with the revision timeline and the
 *       project "Saman om gode arbeidsdagar", from the information letter of 5 June 2025; Nynorsk.</li>
 *   <li>{@code rodoy}: Rødøy (1836), Helse- og omsorgsplan, one chapter per service area; Bokmål.</li>
 * </ul>
 *
 * <p>Each plan is a YAML file in the library's format (version 1.0) at
 * {@code no/helseplan/examples/<name>.yaml} on the class path, read with {@link PlanReader#strict()}.
 *
 * <p>Implementation Requirements: thread-safe. The five plans are read once, together, the first time any of
 * them is asked for, and the same immutable {@link Plan} objects are returned afterwards.
 */
public final class Examples {
  private static final List<String> NAMES = List.of("heroy", "sor-varanger", "hustadvika", "voss", "rodoy");
  private static final String FOLDER = "/no/helseplan/examples/";

  private Examples() {
  }

  /** Holds the plans; the JVM runs its initialiser once, when first used (the holder idiom). */
  private static final class Loaded {
    static final Map<String, Plan> PLANS = load();

    private Loaded() {
    }

    private static Map<String, Plan> load() {
      Map<String, Plan> plans = new LinkedHashMap<>();
      PlanReader reader = PlanReader.strict();
      for (String name : NAMES) {
        String resource = FOLDER + name + ".yaml";
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("The bundled plan " + resource + " is missing from the class path");
          }
          plans.put(name, reader.read(in, PlanFormat.YAML));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the bundled plan " + resource, e);
        }
      }
      return Collections.unmodifiableMap(plans);
    }
  }

  /**
   * Returns Herøy's action plan (nn: <i>Handlingsplan for perioden 2025 - 2028</i>), kommunenummer 1515,
   * to the kommunedelplan for helse og omsorg 2019–2027, adopted 12.02.2026, written in Nynorsk: six focus
   * areas, each with a "Kva" goal list and "Korleis" measures with resources, time frame and responsibility.
   *
   * @return the plan, not null
   */
  public static Plan heroy() {
    return Loaded.PLANS.get("heroy");
  }

  /**
   * Returns Sør-Varanger's strategic plan (nb: <i>Strategisk plan Helse, omsorg og velferd 2020-2030</i>),
   * kommunenummer 5444 (5605 from 2024), with its handlingsplan 2020–2024, written in Bokmål: three focus
   * areas with 13 numbered main goals and measures citing them.
   *
   * @return the plan, not null
   */
  public static Plan sorVaranger() {
    return Loaded.PLANS.get("sor-varanger");
  }

  /**
   * Returns Hustadvika's health and welfare plan (nb: <i>Helse- og velferdsplan 2026–2040</i>), kommunenummer
   * 1579, written in Bokmål: eight numbered focus areas with goals, strategies and priority actions, values,
   * vision and perspectives.
   *
   * @return the plan, not null
   */
  public static Plan hustadvika() {
    return Loaded.PLANS.get("hustadvika");
  }

  /**
   * Returns Voss herad's strategy for next of kin (nn: <i>Pårørandestrategi Voss herad 2025- 2029</i>),
   * kommunenummer 4621, from the information letter from health and care of 5 June 2025, written in Nynorsk:
   * three goals, six strategies, the assignments (nn: <i>oppdrag</i>), the revision timeline and the project
   * "Saman om gode arbeidsdagar".
   *
   * @return the plan, not null
   */
  public static Plan voss() {
    return Loaded.PLANS.get("voss");
  }

  /**
   * Returns Rødøy's health and care plan (nb: <i>Helse- og omsorgsplan</i>), kommunenummer 1836, written in
   * Bokmål: one chapter per service area with legal basis, challenges, goals and measures, and the
   * inter-municipal cooperation.
   *
   * @return the plan, not null
   */
  public static Plan rodoy() {
    return Loaded.PLANS.get("rodoy");
  }

  /**
   * Returns all five plans in a stable order: Herøy, Sør-Varanger, Hustadvika, Voss, Rødøy (the order of
   * {@link #names()}).
   *
   * @return the plans, an unmodifiable list, not null
   */
  public static List<Plan> all() {
    return List.copyOf(Loaded.PLANS.values());
  }

  /**
   * Returns the names the plans are known by: {@code heroy}, {@code sor-varanger}, {@code hustadvika},
   * {@code voss}, {@code rodoy}, in that order. Reading the names does not load the plans.
   *
   * @return the names, an unmodifiable list, not null
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Returns a bundled plan by its name, one of {@link #names()}. Case is ignored, and "sor_varanger",
   * "Sør-Varanger" and "Rødøy" are accepted too (ø and å read as o and a, underscores and spaces as hyphens).
   *
   * @param name the name, not null
   * @return the plan, or empty when no bundled plan has that name
   */
  public static Optional<Plan> byName(String name) {
    String key = normalise(name);
    return NAMES.contains(key) ? Optional.of(Loaded.PLANS.get(key)) : Optional.empty();
  }

  private static String normalise(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case 'ø':
          key.append('o');
          break;
        case 'å':
          key.append('a');
          break;
        case 'æ':
          key.append("ae");
          break;
        case '_':
        case ' ':
          key.append('-');
          break;
        default:
          key.append(c);
      }
    }
    return key.toString();
  }
}
