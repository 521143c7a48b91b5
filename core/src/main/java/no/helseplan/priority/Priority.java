package no.helseplan.priority;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helseplan.vocabulary.Language;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The priority of a goal or measure (nb/nn: <i>prioritet / prioritering</i>), as a rank ("1", "1. prioritet"),
 * as words ("høg", "middels", "låg", "prioritert") or both, always beside the words printed.
 *
 * <pre>{@code
 * Priority.parse("Høg", Language.NN);          // level HIGH, text "Høg"
 * Priority.parse("1. prioritet", Language.NB); // rank 1
 * Priority.ofRank(2);                          // rank 2, text "2"
 * }</pre>
 *
 * <p>A rank of 1 is the highest. Words no rule understands leave both rank and level empty and keep the text.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePriority.class)
@JsonDeserialize(builder = Priority.Builder.class)
public abstract class Priority {
  private static final Pattern RANK = Pattern.compile(
      "(?:(?<![\\p{L}\\d])|(?<=(?<!\\p{L})(?:p|pri|prio)))(?<!\\d[,.])(\\d{1,3})(?!\\d|[,.]\\d)");
  private static final Pattern ORDINAL = Pattern.compile(
      "(?<!\\p{L})(første|fyrste|andre|tredje|fjerde|femte)\\s+prioritet(?!\\p{L})");
  private static final Pattern NOT_PRIORITISED = Pattern.compile(
      "(?<!\\p{L})(ikke|ikkje|uten|utan)\\s+priorit\\p{L}*|(?<!\\p{L})upriorit\\p{L}*");
  private static final Pattern HIGH = Pattern.compile("(?<!\\p{L})(høy|høg|høgt|høyt|høge|høye|høgaste|høyeste|"
      + "høgast|høyest|stor|størst)(?!\\p{L})");
  private static final Pattern MEDIUM = Pattern.compile("(?<!\\p{L})(middels|medium|moderat)(?!\\p{L})");
  private static final Pattern LOW = Pattern.compile("(?<!\\p{L})(lav|låg|lavt|lågt|låge|lave|lågare|lavere|"
      + "lågaste|laveste)(?!\\p{L})");
  private static final Pattern PRIORITISED = Pattern.compile("(?<!\\p{L})prioriter\\p{L}*");

  Priority() {}

  /**
   * Returns a new builder of {@code Priority} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the priority as printed, verbatim, such as "Høg" or "1. prioritet".
   *
   * @return the priority as printed, verbatim
   */
  public abstract String getText();

  /**
   * Returns the rank, 1 being the highest, when the priority is a number.
   *
   * @return the rank, at least 1
   */
  public abstract Optional<Integer> getRank();

  /**
   * Returns the priority in words, when it is given in words.
   *
   * @return the level
   */
  public abstract Optional<PriorityLevel> getLevel();

  /**
   * Obtains a priority of a rank, printed as the number.
   *
   * @param rank the rank, 1 being the highest
   * @return the priority
   * @throws IllegalStateException if the rank is less than 1
   */
  public static Priority ofRank(int rank) {
    return builder().text(Integer.toString(rank)).rank(rank).build();
  }

  /**
   * Obtains a priority in words.
   *
   * @param level the level, not null
   * @param text the words printed, not null
   * @return the priority
   */
  public static Priority of(PriorityLevel level, String text) {
    return builder().text(text).level(level).build();
  }

  /**
   * Reads a priority from the words a municipality wrote, in Bokmål or Nynorsk; never throws. Numbers ("1",
   * "Prioritet 2", "1. prioritet", "P1") and ordinals ("første prioritet", "fyrste prioritet") give a rank;
   * "høy/høg", "middels", "lav/låg", "prioritert" and "ikke/ikkje prioritert" give a level. Words no rule
   * understands give a priority with only the text. Years and decimals ("2026", "1,5") are not ranks.
   *
   * @param text the words as written, not null
   * @param language the written standard of the plan; both standards' words are read either way
   * @return the priority, keeping the text verbatim
   */
  public static Priority parse(String text, Language language) {
    Builder priority = builder().text(text);
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher rank = RANK.matcher(lower);
    if (rank.find()) {
      int value = Integer.parseInt(rank.group(1));
      if (value >= 1) {
        priority.rank(value);
      }
    } else {
      Matcher ordinal = ORDINAL.matcher(lower);
      if (ordinal.find()) {
        priority.rank(ordinalValue(ordinal.group(1)));
      }
    }
    if (NOT_PRIORITISED.matcher(lower).find()) {
      priority.level(PriorityLevel.NOT_PRIORITISED);
    } else if (HIGH.matcher(lower).find()) {
      priority.level(PriorityLevel.HIGH);
    } else if (MEDIUM.matcher(lower).find()) {
      priority.level(PriorityLevel.MEDIUM);
    } else if (LOW.matcher(lower).find()) {
      priority.level(PriorityLevel.LOW);
    } else if (!rank.reset().find() && !ORDINAL.matcher(lower).find() && PRIORITISED.matcher(lower).find()) {
      priority.level(PriorityLevel.PRIORITISED);
    }
    return priority.build();
  }

  private static int ordinalValue(String word) {
    switch (word) {
      case "første":
      case "fyrste":
        return 1;
      case "andre":
        return 2;
      case "tredje":
        return 3;
      case "fjerde":
        return 4;
      default:
        return 5;
    }
  }

  @Value.Check
  void check() {
    getRank().filter(r -> r < 1).ifPresent(r -> {
      throw new IllegalStateException("A priority rank is at least 1, not " + r);
    });
  }

  /** Builds {@link Priority} values; obtain one with {@link Priority#builder()}. */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }
}
