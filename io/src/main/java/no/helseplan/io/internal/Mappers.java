package no.helseplan.io.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import no.helseplan.io.PlanModule;
import no.helseplan.io.ReadLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Builds the JSON and YAML mappers of the file format: the plan module, canonical output, strict input and the
 * limits for untrusted input. No default typing is ever enabled: the only polymorphism is the time frame's
 * {@code kind}, resolved against a fixed list of names.
 */
public final class Mappers {
  private Mappers() {}

  /**
   * Builds the JSON mapper.
   *
   * @param limits the limits for input
   * @return the mapper
   */
  public static ObjectMapper json(ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return configure(JsonMapper.builder(factory)).build();
  }

  /**
   * Builds the YAML mapper.
   *
   * @param limits the limits for input
   * @return the mapper
   */
  public static ObjectMapper yaml(ReadLimits limits) {
    LoadSettings load = LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.getMaxDocumentSize()))
        .setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(0)
        .build();
    YAMLFactory factory = YAMLFactory.builder()
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .loadSettings(load)
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
        .disable(YAMLWriteFeature.USE_NATIVE_OBJECT_ID)
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
        .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  private static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.getMaxDocumentSize())
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxNameLength(limits.getMaxNameLength())
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return builder
        .addModule(new PlanModule())
        .addHandler(new ProblemCollector())
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
            JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, Omitted.class, null));
  }

  /**
   * The inclusion filter of the canonical form: a value equal to this filter is left out. Leaves out null,
   * absent optionals, empty lists and maps, and {@code false} (every boolean of the model defaults to false).
   */
  public static final class Omitted {
    /** Creates the filter; Jackson instantiates it. */
    public Omitted() {}

    @Override
    public boolean equals(Object value) {
      return value == null
          || value instanceof Optional && ((Optional<?>) value).isEmpty()
          || value instanceof Collection && ((Collection<?>) value).isEmpty()
          || value instanceof Map && ((Map<?, ?>) value).isEmpty()
          || Boolean.FALSE.equals(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
