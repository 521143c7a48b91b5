package no.helseplan.io;

import java.time.DayOfWeek;
import java.time.Month;
import no.helseplan.io.internal.LowerCaseEnumSerializer;
import no.helseplan.io.internal.ModuleSupport;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the plan model (nb/nn: <i>Jackson-modul</i>), for applications that bind plans with
 * a mapper of their own.
 *
 * <p>It adds what the file format needs beyond the model's annotations: enum values as lower-case constant
 * names ({@code action_plan}, read exactly so), and time frames, resources and responsibilities read either
 * from the municipality's plain string or from a structured object. Without the per-read context that
 * {@link PlanReader} supplies, plain strings are interpreted as Bokmål with an empty time-frame context, and
 * everything is written structured. Prefer {@link PlanReader} and {@link PlanWriter}, which also set the
 * limits for untrusted input and the canonical layout.
 *
 * <p>Use with {@code EnumFeature.WRITE_ENUMS_TO_LOWERCASE} enabled, as the readers and writers here do.
 */
public final class PlanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PlanModule() {
    super("helseplan");
    setDeserializerModifier(ModuleSupport.deserializerModifier());
    setSerializerModifier(ModuleSupport.serializerModifier());
    registerSubtypes(ModuleSupport.timeframeTypes());
    addSerializer(Month.class, new LowerCaseEnumSerializer(Month.class));
    addSerializer(DayOfWeek.class, new LowerCaseEnumSerializer(DayOfWeek.class));
  }
}
