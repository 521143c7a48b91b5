package no.helseplan.reference;

import java.time.LocalDate;
import java.util.Optional;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An attachment to a plan (nb/nn: <i>vedlegg</i>), such as "Vedlegg 2: Merknadsbehandling": its number as
 * printed, its kind and title, and where to find it.
 *
 * <p>Attachments are part of the plan document; other documents the plan refers to are {@link Reference}s.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachment.class)
@JsonDeserialize(builder = Attachment.Builder.class)
public abstract class Attachment {
  Attachment() {}

  /**
   * Returns a new builder of {@code Attachment} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number as printed, such as "2" or "Vedlegg 2".
   *
   * @return the number as printed, such as "2" or "Vedlegg 2"
   */
  public abstract Optional<String> getNumber();

  /**
   * Returns the kind of attachment; {@link AttachmentKind#OTHER} when not known.
   *
   * @return the kind of attachment; {@link AttachmentKind#OTHER} when not known
   */
  @Value.Default
  public AttachmentKind getKind() {
    return AttachmentKind.OTHER;
  }

  /**
   * Returns the title as printed.
   *
   * @return the title as printed
   */
  public abstract String getTitle();

  /**
   * Returns the address, verbatim as printed.
   *
   * @return the address, verbatim as printed
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns the date of the attachment.
   *
   * @return the date of the attachment
   */
  public abstract Optional<LocalDate> getDate();

  /**
   * Returns what the plan says of the attachment, verbatim.
   *
   * @return what the plan says of the attachment, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();
  /**
   * Obtains an attachment from its kind and title.
   *
   * @param kind the kind, not null
   * @param title the title as printed, not null
   * @return the attachment
   */
  public static Attachment of(AttachmentKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }


  /** Builds {@link Attachment} values; obtain one with {@link Attachment#builder()}. */
  public static final class Builder extends ImmutableAttachment.Builder {
    Builder() {}
  }
}
