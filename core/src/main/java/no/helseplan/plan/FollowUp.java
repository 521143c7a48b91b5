package no.helseplan.plan;

import java.util.Optional;
import no.helseplan.responsibility.Responsibility;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.timeframe.Timeframe;

/**
 * How the plan is followed up (nb: <i>oppfølging og rapportering</i>, nn: <i>oppfølging og rapportering</i>):
 * who is responsible and how, such as "Kommunalsjefen si leiargruppe har ansvar for at handlingsplanen vert
 * fylgt opp gjennom årsplanar og budsjettarbeid".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(builder = FollowUp.Builder.class)
public abstract class FollowUp {
  FollowUp() {}

  /**
   * Returns a new builder of {@code FollowUp} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the follow-up as described, verbatim.
   *
   * @return the follow-up as described, verbatim
   */
  public abstract String getText();

  /**
   * Returns whom the follow-up is reported to, such as "kommunestyret" or "hovudutval for helse og omsorg".
   *
   * @return whom the follow-up is reported to, such as "kommunestyret" or "hovudutval for helse og omsorg"
   */
  public abstract Optional<Responsibility> getReportsTo();

  /**
   * Returns how often or when it is reported, such as "årleg i årsmeldinga" or "kvart tertial".
   *
   * @return how often or when it is reported, such as "årleg i årsmeldinga" or "kvart tertial"
   */
  public abstract Optional<Timeframe> getReporting();

  /**
   * Returns when the action part is rolled forward (nb/nn: rullering), such as "rullering kvart år".
   *
   * @return when the action part is rolled forward (nb/nn: rullering), such as "rullering kvart år"
   */
  public abstract Optional<Timeframe> getRolling();

  /**
   * Returns when the whole plan is revised (nb/nn: revisjon / revidering), such as "revisjon kvart fjerde år".
   *
   * @return when the whole plan is revised (nb/nn: revisjon / revidering), such as "revisjon kvart fjerde år"
   */
  public abstract Optional<Timeframe> getRevision();

  /**
   * Returns who follows the plan up.
   *
   * @return who follows the plan up
   */
  public abstract Optional<Responsibility> getResponsibility();

  /** Builds {@link FollowUp} values; obtain one with {@link FollowUp#builder()}. */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }
}
