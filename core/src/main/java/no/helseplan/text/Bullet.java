package no.helseplan.text;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One point of a bullet list (nb/nn: <i>kulepunkt / punkt</i>), with the points nested under it.
 *
 * <p>Sør-Varanger's measures describe themselves this way: "Innføre felles retningslinjer for god ledelse",
 * or "Utrede og implementere forskjellige tiltak" with sub-points "Utrede brukerskole for demenssyke" ….
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBullet.class)
@JsonDeserialize(builder = Bullet.Builder.class)
public abstract class Bullet {
  Bullet() {}

  /**
   * Returns a new builder of {@code Bullet} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the text of the point, verbatim.
   *
   * @return the text of the point, verbatim
   */
  public abstract String getText();

  /**
   * Returns the points nested under this one, in the order printed.
   *
   * @return the points nested under this one, in the order printed
   */
  public abstract List<Bullet> getChildren();

  /**
   * Obtains a point with the given text and nested points.
   *
   * @param text the text of the point
   * @param children the nested points
   * @return the point
   */
  public static Bullet of(String text, Bullet... children) {
    return builder().text(text).addChildren(children).build();
  }

  /** Builds {@link Bullet} values; obtain one with {@link Bullet#builder()}. */
  public static final class Builder extends ImmutableBullet.Builder {
    Builder() {}
  }
}
