package no.helseplan.vocabulary;

/**
 * Anything with a name in Bokmål, Nynorsk and English: every enum constant of the model and every
 * {@link Concept}. This is the one interface through which the vocabulary is reached.
 */
public interface Labelled {

  /**
   * Returns the label of this concept or constant in all three languages.
   *
   * @return the label
   */
  Label getLabel();

  /**
   * Returns the label's text in one language.
   *
   * @param language the language
   * @return the text, never blank
   */
  default String getLabel(Language language) {
    return getLabel().in(language);
  }
}
