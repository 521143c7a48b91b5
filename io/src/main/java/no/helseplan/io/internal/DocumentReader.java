package no.helseplan.io.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadLimits;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.ReadResult;
import no.helseplan.io.Severity;
import no.helseplan.plan.Plan;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one plan document from text in two steps. A quick scan of the root object finds the format version
 * and what the plan's verbatim strings are read against (language, period, document date, adoption date),
 * stopping as soon as all are found; then one streaming data-binding pass builds the plan, with those in the
 * read's attributes. No tree is built and nothing is serialised again, so locations stay exact.
 */
public final class DocumentReader {
  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
  /** The root properties that hold plain strings to interpret; in canonical order they follow the context. */
  private static final java.util.Set<String> BODY = java.util.Set.of("followUp", "sections", "focusAreas", "goals",
      "strategies", "measures", "milestones", "projects", "cooperation");

  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final boolean yaml;
  private final ReadLimits limits;

  /**
   * Creates a reader over a mapper.
   *
   * @param mapper the JSON or YAML mapper from {@link Mappers}
   * @param yaml whether the mapper reads YAML
   * @param limits the limits the mapper was built with
   */
  public DocumentReader(ObjectMapper mapper, boolean yaml, ReadLimits limits) {
    this.mapper = mapper;
    this.reader = mapper.readerFor(Plan.class);
    this.yaml = yaml;
    this.limits = limits;
  }

  /**
   * Reads a plan.
   *
   * @param text the whole document
   * @param source the file name, or null
   * @param strict whether unknown properties and a missing format version are errors
   * @return the plan and its warnings
   * @throws PlanReadException with every problem found, if the plan cannot be read
   */
  public ReadResult read(String text, @Nullable String source, boolean strict) {
    Header header = scan(text);
    if (header.version != null) {
      checkVersion(header.version, location(header, source), source);
    }
    Bound bound = bind(text, source, strict, header.language, header.context());
    Plan plan = bound.plan;
    if (header.version == null) {
      if (bound.state.lateVersion() != null) {
        checkVersion(bound.state.lateVersion(), bound.state.lateVersionLocation(), source);
      } else if (plan != null) {
        bound.state.problems().add(0, ReadProblem.of("io.format-version.missing",
            strict ? Severity.ERROR : Severity.WARNING, ProblemLocation.of(source, 1, 1, ""),
            PlanDocument.VERSION, null, PlanDocument.FORMAT_VERSION));
      }
    }
    if (plan != null && bound.state.interpretedCount() > 0
        && (plan.getLanguage() != header.language || !plan.getTimeframeContext().equals(header.context()))) {
      // The file gave language, period or dates after the plain strings that need them: read it again with them.
      List<ReadProblem> versionProblems = versionProblems(bound.state.problems());
      bound = bind(text, source, strict, plan.getLanguage(), plan.getTimeframeContext());
      bound.state.problems().addAll(0, versionProblems);
      plan = bound.plan;
    }
    List<ReadProblem> warnings = bound.state.problems();
    String version = header.version != null ? header.version : bound.state.lateVersion();
    if (version != null) {
      newerMinor(version, header.version != null ? location(header, source) : bound.state.lateVersionLocation())
          .ifPresent(p -> warnings.add(0, p));
    }
    if (plan == null && !bound.state.hasErrors()) {
      bound.state.problems().add(Problems.error("io.empty", ProblemLocation.of(source, 1, 1, ""), "object", "null",
          null));
    }
    if (bound.state.hasErrors()) {
      throw new PlanReadException(bound.state.problems());
    }
    return ReadResult.of(plan, bound.state.problems());
  }

  private static List<ReadProblem> versionProblems(List<ReadProblem> problems) {
    List<ReadProblem> kept = new java.util.ArrayList<>();
    for (ReadProblem problem : problems) {
      if (problem.getCode().startsWith("io.format-version.")) {
        kept.add(problem);
      }
    }
    return kept;
  }

  /** The outcome of one binding pass. */
  private static final class Bound {
    final ReadState state;
    final @Nullable Plan plan;

    Bound(ReadState state, @Nullable Plan plan) {
      this.state = state;
      this.plan = plan;
    }
  }

  private Bound bind(String text, @Nullable String source, boolean strict, Language language,
      TimeframeContext context) {
    ReadState state = new ReadState(source, strict, language, context);
    Plan plan = null;
    JsonParser parser = null;
    try {
      parser = parser(text);
      plan = reader.withAttribute(ReadState.class, state).readValue(parser);
    } catch (JacksonException e) {
      ReadProblem problem = translate(e, parser, source);
      if (!consequential(problem, state)) {
        state.problems().add(problem);
      }
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return new Bound(state, plan);
  }

  private JsonParser parser(String text) {
    JsonParser parser = mapper.createParser(text);
    return yaml && parser instanceof YAMLParser ? new YamlGuard((YAMLParser) parser) : parser;
  }

  private ReadProblem translate(JacksonException e, @Nullable JsonParser parser, @Nullable String source) {
    String message = String.valueOf(e.getOriginalMessage());
    for (String prefix : List.of(YamlGuard.ALIAS, YamlGuard.ANCHOR)) {
      if (message.startsWith(prefix)) {
        TokenStreamLocation at = e.getLocation();
        ProblemLocation location = ProblemLocation.of(source, at == null ? 0 : at.getLineNr(),
            at == null ? 0 : at.getColumnNr(), parser == null ? "" : Problems.pointer(parser));
        return Problems.error(prefix.substring(0, prefix.length() - 1), location, null, null,
            message.substring(prefix.length()));
      }
    }
    return Problems.from(e, parser, source, yaml ? "YAML" : "JSON", limits);
  }

  /** A failure to build an object whose cause was already reported inside it. */
  private static boolean consequential(ReadProblem problem, ReadState state) {
    if (!state.hasErrors()) {
      return false;
    }
    String code = problem.getCode();
    if (!code.equals("io.missing-property") && !code.equals("io.invalid-value") && !code.equals("io.wrong-type")) {
      return false;
    }
    String pointer = problem.getLocation().getPointer();
    return state.problems().stream().anyMatch(p -> p.getSeverity() == Severity.ERROR
        && p.getLocation().getPointer().startsWith(pointer));
  }

  private static ProblemLocation location(Header header, @Nullable String source) {
    return ProblemLocation.of(source, header.versionLine, header.versionColumn, "/" + PlanDocument.FORMAT_VERSION);
  }

  /** Refuses a version of another major, or one not of the form MAJOR.MINOR. */
  private static void checkVersion(String version, @Nullable ProblemLocation location, @Nullable String source) {
    ProblemLocation at = location != null ? location : ProblemLocation.of(source, 0, 0, "/formatVersion");
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new PlanReadException(List.of(Problems.error("io.format-version.invalid", at,
          PlanDocument.VERSION, Problems.quote(version), null)));
    }
    if (Integer.parseInt(matcher.group(1)) != PlanDocument.MAJOR) {
      throw new PlanReadException(List.of(Problems.error("io.format-version.unsupported", at,
          PlanDocument.VERSION, Problems.quote(version), null)));
    }
  }

  private static Optional<ReadProblem> newerMinor(String version, @Nullable ProblemLocation location) {
    Matcher matcher = VERSION.matcher(version);
    if (matcher.matches() && Integer.parseInt(matcher.group(2)) > PlanDocument.MINOR && location != null) {
      return Optional.of(ReadProblem.of("io.format-version.newer-minor", Severity.WARNING, location,
          PlanDocument.VERSION, version, null));
    }
    return Optional.empty();
  }

  /** Scans the root object for the header properties; any error is left for the binding pass to report. */
  private Header scan(String text) {
    Header header = new Header();
    // Straight from the factory: a parser made by the mapper would bring a deserialization context, unused here.
    try (JsonParser p = mapper.tokenStreamFactory().createParser(ObjectReadContext.empty(), text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return header;
      }
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case PlanDocument.FORMAT_VERSION:
            if (value != null && value.isScalarValue()) {
              header.version = p.getString();
              header.versionLine = p.currentTokenLocation().getLineNr();
              header.versionColumn = p.currentTokenLocation().getColumnNr();
            }
            header.seenVersion = true;
            break;
          case "language":
            if (value == JsonToken.VALUE_STRING) {
              header.language = language(p.getString());
            }
            header.seenLanguage = true;
            break;
          case "period":
            readPeriod(p, header);
            header.seenPeriod = true;
            break;
          case "documentDate":
            if (value == JsonToken.VALUE_STRING) {
              header.documentDate = date(p.getString());
            }
            header.seenDocumentDate = true;
            break;
          case "adoption":
            readAdoption(p, header);
            header.seenAdoption = true;
            break;
          default:
            if (BODY.contains(name)) {
              // In canonical order the context comes before the body; read() checks and reads again if not.
              return header;
            }
            p.skipChildren();
        }
        if (header.seenAll()) {
          return header;
        }
      }
    } catch (JacksonException e) {
      // reported with its location by the binding pass
    }
    return header;
  }

  private static void readPeriod(JsonParser p, Header header) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_NUMBER_INT && ("start".equals(name) || "end".equals(name))) {
        int year = p.getIntValue();
        if ("start".equals(name)) {
          header.periodStart = year;
        } else {
          header.periodEnd = year;
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readAdoption(JsonParser p, Header header) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ("date".equals(name) && value == JsonToken.VALUE_STRING) {
        header.adoptionDate = date(p.getString());
      } else {
        p.skipChildren();
      }
    }
  }

  private static @Nullable LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Language language(String code) {
    for (Language language : Language.values()) {
      if (language.getCode().equals(code)) {
        return language;
      }
    }
    return Language.NB;
  }

  /** What the scan found. */
  private static final class Header {
    @Nullable String version;
    int versionLine;
    int versionColumn;
    Language language = Language.NB;
    @Nullable Integer periodStart;
    @Nullable Integer periodEnd;
    @Nullable LocalDate documentDate;
    @Nullable LocalDate adoptionDate;
    boolean seenVersion;
    boolean seenLanguage;
    boolean seenPeriod;
    boolean seenDocumentDate;
    boolean seenAdoption;
    @Nullable TimeframeContext context;

    boolean seenAll() {
      return seenVersion && seenLanguage && seenPeriod && seenDocumentDate && seenAdoption;
    }

    TimeframeContext context() {
      if (context == null) {
        context = TimeframeContext.builder()
            .periodStart(Optional.ofNullable(periodStart))
            .periodEnd(Optional.ofNullable(periodEnd))
            .documentDate(Optional.ofNullable(documentDate != null ? documentDate : adoptionDate))
            .build();
      }
      return context;
    }
  }
}
