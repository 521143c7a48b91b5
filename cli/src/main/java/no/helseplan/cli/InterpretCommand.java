package no.helseplan.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.helseplan.measure.Amount;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code helseplan interpret}: shows how the library reads a time frame (nb/nn: <i>tidsfrist</i>), a resource
 * need (<i>ressursbehov</i>) or a responsibility (<i>ansvar</i>) written as a municipality writes it.
 */
@Command(
    name = "interpret",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how phrases are read: a time frame (tidsfrist), resources (ressursbehov) or responsibility (ansvar).",
      "Give several phrases, or - to read one phrase per line from standard input (blank lines skipped).",
      "JSON output is a stable contract: one object for one phrase given as an argument, otherwise an array "
          + "with one object per phrase, in order:",
      "  timeframe:      {\"text\", \"kind\", \"earliest\", \"latest\"}  kind: ongoing (løpende/løpande), "
          + "recurring (årleg, ...), point, span, relative, unspecified, unrecognised; dates ISO (YYYY-MM-DD), "
          + "absent when unknown",
      "  responsibility: {\"text\", \"lead\": {\"name\", \"kind\"}, \"partners\": [{\"name\", \"kind\"}]}"
          + "  (lead: ansvarleg, partners: samarbeidspartar)",
      "  resource:       {\"text\", \"needs\": [{\"kind\", \"amount\", \"unit\", \"for\"}]}"
          + "  (amount a number, or {\"min\", \"max\"} for a range)"
    })
final class InterpretCommand implements Callable<Integer> {

  /** What kind of phrase to read. */
  enum What {
    timeframe,
    resource,
    responsibility
  }

  /** The most characters read from standard input: a phrase list, not a file. */
  private static final int MAX_INPUT = 1_000_000;

  @ParentCommand
  private Helseplan parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", description = "What to read: ${COMPLETION-CANDIDATES}.")
  private What what;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT",
      description = "The phrases, such as \"Haust 2025\"; - reads one phrase per line from standard input.")
  private List<String> texts = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "nn",
      description = "The written standard of the phrases (målform): nb or nn. Default: ${DEFAULT-VALUE}.")
  private String lang;

  @Option(names = "--context-year", paramLabel = "YYYY",
      description = "The year a plan starts: gives a year to dates written without one.")
  private Integer contextYear;

  @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
  private OutputFormat format;

  @Override
  public Integer call() throws Exception {
    Language language = Options.language(spec, "--lang", lang, false);
    TimeframeContext context = contextYear == null ? TimeframeContext.none()
        : TimeframeContext.builder().periodStart(contextYear).build();
    List<String> phrases = new ArrayList<>();
    boolean fromStdin = false;
    for (String text : texts) {
      if (text.equals("-")) {
        fromStdin = true;
        char[] buffer = new char[MAX_INPUT + 1];
        int length = 0;
        Reader reader = new InputStreamReader(parent.in(), StandardCharsets.UTF_8);
        for (int n = reader.read(buffer, 0, buffer.length); n > 0 && length <= MAX_INPUT;
            n = reader.read(buffer, length, buffer.length - length)) {
          length += n;
        }
        if (length > MAX_INPUT) {
          spec.commandLine().getErr().println("helseplan: standard input is longer than the limit of "
              + MAX_INPUT + " characters");
          return Helseplan.INVALID;
        }
        BufferedReader in = new BufferedReader(new StringReader(new String(buffer, 0, length)));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            phrases.add(line.strip());
          }
        }
      } else {
        phrases.add(text);
      }
    }
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode results = mapper.createArrayNode();
    for (String phrase : phrases) {
      ObjectNode result;
      switch (what) {
        case timeframe:
          result = timeframe(mapper, Timeframe.parse(phrase, language, context), context);
          break;
        case resource:
          result = resources(mapper, Resources.parse(phrase, language));
          break;
        default:
          result = responsibility(mapper, Responsibility.parse(phrase, language));
          break;
      }
      results.add(result);
      if (format == OutputFormat.text) {
        spec.commandLine().getOut().println(text(result));
      }
    }
    if (format == OutputFormat.json) {
      Object json = results.size() == 1 && !fromStdin ? results.get(0) : results;
      spec.commandLine().getOut().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
    return Helseplan.OK;
  }

  static ObjectNode timeframe(JsonMapper mapper, Timeframe timeframe, TimeframeContext context) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", timeframe.getText());
    node.put("kind", timeframe.getKind().name().toLowerCase(java.util.Locale.ROOT));
    timeframe.getEarliest(context).ifPresent(d -> node.put("earliest", d.toString()));
    timeframe.getLatest(context).ifPresent(d -> node.put("latest", d.toString()));
    return node;
  }

  static ObjectNode resources(JsonMapper mapper, Resources resources) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", resources.getText());
    ArrayNode needs = node.putArray("needs");
    for (ResourceNeed need : resources.getNeeds()) {
      ObjectNode n = needs.addObject();
      n.put("kind", need.getKind().name().toLowerCase(java.util.Locale.ROOT));
      need.getAmount().ifPresent(a -> amount(n, a));
      need.getUnit().ifPresent(u -> n.put("unit", u.name().toLowerCase(java.util.Locale.ROOT)));
      need.getForUnit().ifPresent(f -> n.put("for", f));
      need.getItem().ifPresent(i -> n.put("item", i));
    }
    return node;
  }

  private static void amount(ObjectNode need, Amount amount) {
    if (amount.isExact()) {
      need.put("amount", amount.getMin());
    } else {
      ObjectNode range = need.putObject("amount");
      range.put("min", amount.getMin());
      range.put("max", amount.getMax());
    }
  }

  static ObjectNode responsibility(JsonMapper mapper, Responsibility responsibility) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", responsibility.getText());
    responsibility.getLead().ifPresent(lead -> node.set("lead", actor(mapper, lead)));
    ArrayNode partners = node.putArray("partners");
    responsibility.getPartners().forEach(p -> partners.add(actor(mapper, p)));
    return node;
  }

  private static ObjectNode actor(JsonMapper mapper, Actor actor) {
    ObjectNode node = mapper.createObjectNode();
    node.put("name", actor.getName());
    node.put("kind", actor.getKind().name().toLowerCase(java.util.Locale.ROOT));
    return node;
  }

  private static String text(ObjectNode result) {
    StringBuilder line = new StringBuilder("\"").append(result.get("text").asString()).append("\" →");
    result.properties().forEach(e -> {
      if (!e.getKey().equals("text")) {
        line.append(' ').append(e.getKey()).append('=').append(e.getValue().toString());
      }
    });
    return line.toString();
  }
}
