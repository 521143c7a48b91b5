package no.helseplan.provenance;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where an element of a plan came from (nb: <i>kilde / kildehenvisning</i>, nn: <i>kjelde /
 * kjeldetilvising</i>): the document, the pages, the section heading and the original wording.
 *
 * <p>Every element that can be cited carries an optional provenance ({@code getProvenance()} on the plan,
 * focus areas, goals, strategies, measures, milestones, projects, facilities, figures, budget lines, status
 * reports, consultations and attachments). An element whose provenance names no {@link #getDocument()
 * document} comes from the document named by the plan's own provenance, so a plan transcribed from one PDF
 * names it once and its measures give only their page, such as {@code Provenance.ofPage(14)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(builder = Provenance.Builder.class)
public abstract class Provenance {
  Provenance() {}

  /**
   * Returns a new builder of {@code Provenance} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the document, when it is not the plan's own document.
   *
   * @return the document, when it is not the plan's own document
   */
  public abstract Optional<SourceDocument> getDocument();

  /**
   * Returns the first page, as numbered in the document (nb/nn: side).
   *
   * @return the first page, as numbered in the document (nb/nn: side)
   */
  public abstract Optional<Integer> getPage();

  /**
   * Returns the last page, when the element runs over several pages.
   *
   * @return the last page, when the element runs over several pages
   */
  public abstract Optional<Integer> getLastPage();

  /**
   * Returns the heading of the section the element stands under, verbatim, such as "4.2 Demensomsorg".
   *
   * @return the heading of the section the element stands under, verbatim, such as "4.2 Demensomsorg"
   */
  public abstract Optional<String> getSection();

  /**
   * Returns the original wording, when the transcription shortened, joined or corrected it.
   *
   * @return the original wording, when the transcription shortened, joined or corrected it
   */
  public abstract Optional<String> getOriginalText();
  /**
   * Obtains the provenance of an element on one page of the plan's own document.
   *
   * @param page the page number, at least 1
   * @return the provenance
   * @throws IllegalStateException if the page is less than 1
   */
  public static Provenance ofPage(int page) {
    return builder().page(page).build();
  }

  /**
   * Obtains the provenance of an element on one page of a document.
   *
   * @param document the document, not null
   * @param page the page number, at least 1
   * @return the provenance
   * @throws IllegalStateException if the page is less than 1
   */
  public static Provenance of(SourceDocument document, int page) {
    return builder().document(document).page(page).build();
  }

  @Value.Check
  void check() {
    getPage().filter(p -> p < 1).ifPresent(p -> {
      throw new IllegalStateException("A page number is at least 1, not " + p);
    });
    if (getLastPage().isPresent()) {
      int last = getLastPage().get();
      int first = getPage().orElseThrow(
          () -> new IllegalStateException("A last page needs a first page: " + this));
      if (last < first) {
        throw new IllegalStateException("The last page " + last + " comes before the first page " + first);
      }
    }
  }


  /** Builds {@link Provenance} values; obtain one with {@link Provenance#builder()}. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
