package no.helseplan.provenance;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A document that elements of a plan were taken from (nb: <i>kildedokument</i>, nn: <i>kjeldedokument</i>),
 * such as the adopted plan as a PDF, an annual report (nb/nn: <i>årsmelding</i>) or a case presentation
 * (nb/nn: <i>saksframlegg</i>).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceDocument.class)
@JsonDeserialize(builder = SourceDocument.Builder.class)
public abstract class SourceDocument {
  SourceDocument() {}

  /**
   * Returns a new builder of {@code SourceDocument} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title of the document, as printed.
   *
   * @return the title of the document, as printed
   */
  public abstract String getTitle();

  /**
   * Returns the address the document was fetched from, verbatim.
   *
   * @return the address the document was fetched from, verbatim
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns the date of the document, or the date it was fetched.
   *
   * @return the date of the document, or the date it was fetched
   */
  public abstract Optional<LocalDate> getDate();

  /**
   * Returns who published the document, such as "Herøy kommune".
   *
   * @return who published the document, such as "Herøy kommune"
   */
  public abstract Optional<String> getPublisher();
  /**
   * Obtains a document from its title.
   *
   * @param title the title as printed, not null
   * @return the document
   */
  public static SourceDocument of(String title) {
    return builder().title(title).build();
  }


  /** Builds {@link SourceDocument} values; obtain one with {@link SourceDocument#builder()}. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }
}
