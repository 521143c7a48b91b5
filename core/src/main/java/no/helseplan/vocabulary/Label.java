package no.helseplan.vocabulary;

import java.util.Objects;

/**
 * The name of a concept in Bokmål, Nynorsk and English (nb/nn: <i>namn / nemning</i>): all three are always
 * present.
 *
 * <p>Labels are what a user interface, a CSV header or a validation message shows for a concept, such as
 * "Tiltak" / "Tiltak" / "Measure" or "Løpende" / "Jamleg" / "Ongoing".
 */
public final class Label {
  private final String nb;
  private final String nn;
  private final String en;

  private Label(String nb, String nn, String en) {
    this.nb = requireText(nb, "nb");
    this.nn = requireText(nn, "nn");
    this.en = requireText(en, "en");
  }

  /**
   * Obtains a label from its three texts.
   *
   * @param nb the Bokmål text, not blank
   * @param nn the Nynorsk text, not blank
   * @param en the English text, not blank
   * @return the label
   * @throws IllegalArgumentException if a text is blank
   */
  public static Label of(String nb, String nn, String en) {
    return new Label(nb, nn, en);
  }

  /**
   * Returns the text of this label in a language.
   *
   * @param language the language
   * @return the text, never blank
   */
  public String in(Language language) {
    switch (language) {
      case NB:
        return nb;
      case NN:
        return nn;
      default:
        return en;
    }
  }

  /**
   * Returns the Bokmål text.
   *
   * @return the Bokmål text
   */
  public String getNb() {
    return nb;
  }

  /**
   * Returns the Nynorsk text.
   *
   * @return the Nynorsk text
   */
  public String getNn() {
    return nn;
  }

  /**
   * Returns the English text.
   *
   * @return the English text
   */
  public String getEn() {
    return en;
  }

  private static String requireText(String text, String language) {
    Objects.requireNonNull(text, language);
    if (text.isBlank()) {
      throw new IllegalArgumentException("The " + language + " text of a label must not be blank");
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Label)) {
      return false;
    }
    Label that = (Label) other;
    return nb.equals(that.nb) && nn.equals(that.nn) && en.equals(that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nb, nn, en);
  }

  /**
   * Returns the three texts as {@code nb / nn / en}, for debugging.
   *
   * @return a text such as {@code Løpende / Jamleg / Ongoing}
   */
  @Override
  public String toString() {
    return nb + " / " + nn + " / " + en;
  }
}
