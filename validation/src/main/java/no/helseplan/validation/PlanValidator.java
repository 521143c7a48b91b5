package no.helseplan.validation;

import no.helseplan.io.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.PlanReader;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.ReadResult;
import no.helseplan.municipality.MunicipalityRegister;
import no.helseplan.plan.Plan;
import no.helseplan.validation.internal.CheckContext;
import no.helseplan.validation.internal.CheckValidator;
import no.helseplan.validation.internal.Constraints;
import no.helseplan.validation.internal.Located;
import no.helseplan.validation.internal.PlanIndex;
import no.helseplan.validation.internal.Pointers;
import no.helseplan.validation.internal.SeverityPayload;
import no.helseplan.vocabulary.Language;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates plans (nb/nn: <i>validerer planar</i>) and reports every finding, located by a JSON pointer and
 * explained in Bokmål, Nynorsk or English: the entry point for other applications.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.forLanguage(Language.NN);   // build once, share
 * ValidationReport report = validator.validate(plan);
 * if (!report.isValid()) {
 *   report.getFindings().forEach(f -> System.out.println(f.getPointer() + ": " + f.getMessage()));
 * }
 * }</pre>
 *
 * <p>What is checked is listed in {@link Rule} (and in {@code validation/RULES.md}): field constraints, such as
 * required texts and plausible years; constraints across the plan, such as unique ids and known goals; and the
 * plan-quality rules, whose severity depends on the {@link no.helseplan.plan.PlanKind kind of plan}. The checks
 * are Jakarta Bean Validation constraints on the plan, declared with Hibernate Validator's programmatic mapping, so
 * the core model carries no annotations; the checks of single elements (required texts, years, amounts, …) run
 * in one walk of the plan's elements, which finds what a cascade into every element would, at a fraction of the
 * cost.
 *
 * <p>The municipality rule asks a {@link MunicipalityDirectory}, by default the register bundled with the library;
 * the written-standard rule asks a {@link WrittenStandardDetector}, by default {@link
 * WrittenStandardDetector#standard()}. Pass others to the {@link #builder() builder}.
 *
 * <p>Implementation Requirements: immutable and thread-safe. Building one is costly (the Hibernate Validator
 * factory is built once, here, with the chosen language as its default locale); validating is not. Build one
 * per language and reuse it. {@code validate} never throws for any plan the model can hold.
 */
public final class PlanValidator {
  private final Language language;
  private final Validator validator;

  private PlanValidator(Builder builder) {
    this.language = builder.language;
    Locale locale = builder.language.toLocale();
    MunicipalityDirectory municipalities = builder.municipalities != null ? builder.municipalities
        : MunicipalityDirectory.of(MunicipalityRegister.bundled());
    CheckContext context = new CheckContext(municipalities, builder.writtenStandard);
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
    configuration
        .ignoreXmlConfiguration()
        .addMapping(builder.constraints.apply(configuration.createConstraintMapping()))
        .locales(Set.of(Language.NB.toLocale(), Language.NN.toLocale(), Language.EN.toLocale()))
        .defaultLocale(locale)
        .messageInterpolator(new ParameterMessageInterpolator(
            Set.of(Language.NB.toLocale(), Language.NN.toLocale(), Language.EN.toLocale()), locale, true))
        .constraintValidatorFactory(new Factory(context, defaults));
    ValidatorFactory factory = configuration.buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Obtains a validator whose messages are in the given language, with the bundled municipality register and
   * the standard written-standard detector.
   *
   * @param language  the language of the messages, not null
   * @return the validator, not null
   */
  public static PlanValidator forLanguage(Language language) {
    return builder().language(language).build();
  }

  /**
   * Returns a new builder; the language defaults to {@link Language#NB}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language of the messages.
   *
   * @return the language, not null
   */
  public Language getLanguage() {
    return language;
  }

  /**
   * Validates a plan: every field constraint, every constraint across the plan and every plan-quality rule
   * for the plan's kind. Never throws for any plan the model can hold.
   *
   * @param plan  the plan, not null
   * @return the report, findings in document order, not null
   */
  public ValidationReport validate(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Set<ConstraintViolation<Plan>> violations;
    try {
      violations = validator.validate(plan);
    } finally {
      PlanIndex.release();
    }
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Plan> violation : violations) {
      findings.add(toFinding(violation));
    }
    findings.sort(Comparator.comparing(Finding::getPointer, Pointers.ORDER)
        .thenComparing(Finding::getCode)
        .thenComparing(f -> f.getValue().orElse(""))
        .thenComparing(Finding::getMessage));
    return ValidationReport.of(language, findings);
  }

  /**
   * Validates what was read from a file: the read problems the io module reported (located by pointer, line
   * and column) come first, then, when a plan could be read, the semantic findings. This is the hook for file
   * validation: the io module turns its errors into {@link Finding#ofReadProblem read problems}.
   *
   * @param readProblems  the problems met while reading, in file order, not null
   * @param plan  the plan read, or empty when the file could not be read as a plan
   * @return one report with both, not null
   */
  public ValidationReport validate(List<Finding> readProblems, Optional<Plan> plan) {
    ValidationReport semantic = plan.map(this::validate).orElse(ValidationReport.of(language, List.of()));
    return semantic.withReadProblems(readProblems);
  }

  /**
   * Validates what a {@link PlanReader} read: its warnings become read problems, placed first, then the plan's
   * semantic findings.
   *
   * @param result  the plan read, with the reader's warnings, not null
   * @return one report with both, not null
   */
  public ValidationReport validate(ReadResult result) {
    return validate(readProblems(result.getWarnings()), Optional.of(result.getPlan()));
  }

  /**
   * Reads a plan file (JSON or YAML, by its extension) with {@link PlanReader#strict()} and validates it: every
   * problem met while reading (syntax, unknown properties, bad values, each with line, column and pointer)
   * and, when the file could be read as a plan, every semantic finding, in one report.
   *
   * @param file  the plan file, not null
   * @return the report, not null
   * @throws java.io.UncheckedIOException if the file cannot be opened or read at all
   */
  public ValidationReport validateFile(Path file) {
    return validateFile(file, PlanReader.strict());
  }

  /**
   * Reads a plan file with the given reader and validates it, as {@link #validateFile(Path)} does.
   *
   * @param file  the plan file, not null
   * @param reader  the reader, such as {@link PlanReader#lenient()}, not null
   * @return the report, not null
   * @throws java.io.UncheckedIOException if the file cannot be opened or read at all
   */
  public ValidationReport validateFile(Path file, PlanReader reader) {
    ReadResult result;
    try {
      result = reader.readWithWarnings(file);
    } catch (PlanReadException e) {
      return validate(readProblems(e.getProblems()), Optional.empty());
    }
    return validate(result);
  }

  private List<Finding> readProblems(List<ReadProblem> problems) {
    List<Finding> findings = new ArrayList<>(problems.size());
    problems.forEach(p -> findings.add(Finding.ofReadProblem(p, language)));
    return findings;
  }

  private static Finding toFinding(ConstraintViolation<Plan> violation) {
    String template = violation.getMessageTemplate();
    String key = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : template;
    String base = Pointers.of(violation.getPropertyPath());
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Plan> hv = violation.unwrap(HibernateConstraintViolation.class);
    Located located = hv.getDynamicPayload(Located.class);
    if (located != null) {
      return Finding.of(located.rule(), located.severity(), base + located.pointer(), located.value(), key,
          violation.getMessage());
    }
    Object invalid = violation.getInvalidValue();
    String value = invalid == null ? null : invalid.toString();
    Optional<Rule> rule = Rule.ofMessageKey(key);
    if (rule.isEmpty()) {
      return Finding.ofForeignConstraint(key, payloadSeverity(violation).orElse(Severity.ERROR), base, value,
          violation.getMessage());
    }
    Severity severity = payloadSeverity(violation).orElse(rule.get().getHighestSeverity());
    return Finding.of(rule.get(), severity, base, value, key, violation.getMessage());
  }

  private static Optional<Severity> payloadSeverity(ConstraintViolation<?> violation) {
    for (Class<? extends Payload> payload : violation.getConstraintDescriptor().getPayload()) {
      Severity severity = SeverityPayload.severityOf(payload);
      if (severity != null) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  /** Makes {@link CheckValidator}s with the register and detector; every other validator as usual. */
  private static final class Factory implements ConstraintValidatorFactory {
    private final CheckContext context;
    private final ConstraintValidatorFactory defaults;

    Factory(CheckContext context, ConstraintValidatorFactory defaults) {
      this.context = context;
      this.defaults = defaults;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == CheckValidator.class) {
        return key.cast(new CheckValidator(context));
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      if (!(instance instanceof CheckValidator)) {
        defaults.releaseInstance(instance);
      }
    }
  }

  /**
   * Builds {@link PlanValidator}s; obtain one with {@link PlanValidator#builder()}. Not thread-safe.
   */
  public static final class Builder {
    private Language language = Language.NB;
    private @Nullable MunicipalityDirectory municipalities;
    private WrittenStandardDetector writtenStandard = WrittenStandardDetector.standard();
    private UnaryOperator<ConstraintMapping> constraints = Constraints::addTo;

    private Builder() {}

    /** Replaces the constraints, for tests that compare the checks with a plainer definition of them. */
    Builder constraints(UnaryOperator<ConstraintMapping> constraints) {
      this.constraints = Objects.requireNonNull(constraints, "constraints");
      return this;
    }

    /**
     * Sets the language of the messages.
     *
     * @param language  nb, nn or en, not null
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the municipality register view used by {@link Rule#MUNICIPALITY_UNKNOWN}, instead of the bundled
     * register; {@code (number, date) -> true} turns the rule off.
     *
     * @param municipalities  the register view, not null
     * @return this builder
     */
    public Builder municipalities(MunicipalityDirectory municipalities) {
      this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
      return this;
    }

    /**
     * Sets the written-standard detector used by {@link Rule#LANGUAGE_MISMATCH}, instead of
     * {@link WrittenStandardDetector#standard()}; {@code text -> Optional.empty()} turns the rule off.
     *
     * @param writtenStandard  the detector, not null
     * @return this builder
     */
    public Builder writtenStandard(WrittenStandardDetector writtenStandard) {
      this.writtenStandard = Objects.requireNonNull(writtenStandard, "writtenStandard");
      return this;
    }

    /**
     * Builds the validator: builds the Hibernate Validator factory once, which takes a moment.
     *
     * @return the validator, not null
     */
    public PlanValidator build() {
      return new PlanValidator(this);
    }
  }
}
