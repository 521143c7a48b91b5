package no.helseplan.reference;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A law, regulation, reform or other national basis that a plan or focus area rests on (nb: <i>lovgrunnlag /
 * forankring / føringer</i>, nn: <i>lovgrunnlag / forankring / føringar</i>), such as "Helse- og
 * omsorgstjenesteloven §§ 3-1 og 3-2" or "Leve hele livet (Meld. St. 15 2017–2018)".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalBasis.class)
@JsonDeserialize(builder = LegalBasis.Builder.class)
public abstract class LegalBasis {
  LegalBasis() {}

  /**
   * Returns a new builder of {@code LegalBasis} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the basis as printed, verbatim.
   *
   * @return the basis as printed, verbatim
   */
  public abstract String getText();

  /**
   * Returns what kind of basis it is; {@link LegalBasisKind#OTHER} when not said.
   *
   * @return what kind of basis it is; {@link LegalBasisKind#OTHER} when not said
   */
  @Value.Default
  public LegalBasisKind getKind() {
    return LegalBasisKind.OTHER;
  }

  /**
   * Returns the name of the law, reform or document, such as "helse- og omsorgstjenesteloven".
   *
   * @return the name of the law, reform or document, such as "helse- og omsorgstjenesteloven"
   */
  public abstract Optional<String> getName();

  /**
   * Returns the sections cited, such as "3-1" and "3-2" for "§§ 3-1 og 3-2".
   *
   * @return the sections cited, such as "3-1" and "3-2" for "§§ 3-1 og 3-2"
   */
  public abstract List<String> getProvisions();

  /**
   * Returns the period of a reform or plan as printed, such as "2018–2023".
   *
   * @return the period of a reform or plan as printed, such as "2018–2023"
   */
  public abstract Optional<String> getPeriod();

  /** Builds {@link LegalBasis} values; obtain one with {@link LegalBasis#builder()}. */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }
}
