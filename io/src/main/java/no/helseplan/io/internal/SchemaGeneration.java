package no.helseplan.io.internal;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import no.helseplan.io.ReadLimits;
import no.helseplan.measure.Resources;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.vocabulary.Labelled;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the plan file from the model with victools.
 *
 * <p>victools cannot read Javadoc at run time, so the descriptions come from {@code schema-descriptions.properties},
 * extracted from the model's Javadoc by {@code io/tools/extract_schema_descriptions.py}; enum values carry their
 * nb / nn / en labels as titles. The model's accessors are {@code getX()} on abstract Immutables types, so
 * methods are turned into properties named {@code x}; a property is required when its accessor is abstract and
 * returns neither an Optional nor a collection.
 */
public final class SchemaGeneration {
  private static final String STRING_FORM = "The municipality's own words, verbatim, as printed in the plan;"
      + " the reader interprets them with the plan's language and period.";

  private final Properties descriptions = new Properties();
  private final ObjectMapper mapper = Mappers.json(ReadLimits.defaults());

  /** Creates a generator, loading the descriptions. */
  public SchemaGeneration() {
    try (InputStream in = SchemaGeneration.class.getResourceAsStream("schema-descriptions.properties")) {
      if (in == null) {
        throw new IllegalStateException("schema-descriptions.properties is missing from the io module");
      }
      descriptions.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates the schema as canonical JSON text (two-space indentation, LF, final newline).
   *
   * @return the schema text
   */
  public String generateText() {
    return mapper.writeValueAsString(generate()) + "\n";
  }

  /**
   * Generates the schema.
   *
   * @return the schema
   */
  public ObjectNode generate() {
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON);
    builder.with(new JacksonSchemaModule(JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM));
    builder.with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
        Option.PLAIN_DEFINITION_KEYS);
    builder.forMethods()
        .withIgnoreCheck(scope -> ignored(scope.getRawMember()))
        .withPropertyNameOverrideResolver(scope -> propertyName(scope.getRawMember()))
        .withRequiredCheck(scope -> required(scope.getRawMember()))
        .withNullableCheck(scope -> false)
        .withDescriptionResolver(this::describe);
    builder.forTypesInGeneral()
        .withDescriptionResolver(scope -> scope.getType().getErasedType().isEnum() ? null
            : type(scope.getType().getErasedType()))
        .withCustomDefinitionProvider(new Definitions());
    ObjectNode schema = new SchemaGenerator(builder.build()).generateSchema(Plan.class);
    return tidy(root(schema));
  }

  /**
   * Removes what victools adds for Optional accessors (the file format has no nulls: an absent value is
   * left out), drops {@code additionalProperties} beside {@code anyOf} (it would forbid every property of
   * the alternatives), and names the strings-or-objects plainly.
   */
  private ObjectNode tidy(ObjectNode root) {
    ObjectNode defs = (ObjectNode) root.get("$defs");
    Map<String, String> renames = new java.util.HashMap<>();
    ObjectNode kept = mapper.createObjectNode();
    for (String name : new java.util.TreeSet<>(defs.propertyNames())) {
      if (name.endsWith("-nullable")) {
        renames.put(name, name.substring(0, name.length() - "-nullable".length()));
        continue;
      }
      String renamed = name;
      JsonNode def = defs.get(name);
      if (name.matches(".*-[0-9]+")) {
        String base = name.substring(0, name.lastIndexOf('-'));
        renamed = def.has("anyOf") ? base : base + "Object";
        renames.put(name, renamed);
      }
      kept.set(renamed, def);
    }
    for (Map.Entry<String, String> entry : java.util.List.copyOf(renames.entrySet())) {
      String target = entry.getValue();
      while (renames.containsKey(target) && !renames.get(target).equals(target)) {
        target = renames.get(target);
      }
      renames.put(entry.getKey(), target);
    }
    ObjectNode sorted = mapper.createObjectNode();
    new java.util.TreeSet<>(kept.propertyNames()).forEach(name -> sorted.set(name, kept.get(name)));
    root.set("$defs", sorted);
    clean(root, renames);
    return root;
  }

  private void clean(JsonNode node, Map<String, String> renames) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString() && ref.asString().startsWith("#/$defs/")) {
        String name = ref.asString().substring("#/$defs/".length());
        object.put("$ref", "#/$defs/" + renames.getOrDefault(name, name));
      }
      JsonNode allOf = object.get("allOf");
      if (allOf instanceof ArrayNode && allOf.size() == 2 && allOf.get(1).size() == 1
          && allOf.get(1).has("description") && allOf.get(0) instanceof ObjectNode) {
        object.remove("allOf");
        object.setAll((ObjectNode) allOf.get(0));
        object.set("description", allOf.get(1).get("description"));
      }
      JsonNode type = object.get("type");
      if (type instanceof ArrayNode) {
        ArrayNode types = mapper.createArrayNode();
        type.forEach(t -> {
          if (!"null".equals(t.asString())) {
            types.add(t);
          }
        });
        if (types.size() == 1) {
          object.set("type", types.get(0));
        } else {
          object.set("type", types);
        }
      }
      if (object.has("anyOf")) {
        object.remove("additionalProperties");
        ArrayNode anyOf = (ArrayNode) object.get("anyOf");
        for (int i = anyOf.size() - 1; i >= 0; i--) {
          if ("null".equals(anyOf.get(i).path("type").asString(""))) {
            anyOf.remove(i);
          }
        }
      }
      for (JsonNode child : object) {
        clean(child, renames);
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode child : node) {
        clean(child, renames);
      }
    }
  }

  private ObjectNode root(ObjectNode generated) {
    ObjectNode root = mapper.createObjectNode();
    root.set("$schema", generated.get("$schema"));
    root.put("title", "Helseplan plan file, format " + PlanDocument.VERSION);
    root.put("description", "A Norwegian municipal health and care plan (nb/nn: plan) as one JSON or YAML object:"
        + " the format version first, then the plan's properties. " + type(Plan.class));
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    ObjectNode version = properties.putObject(PlanDocument.FORMAT_VERSION);
    version.put("description", "The version of this file format, MAJOR.MINOR. A reader reads files of its own major"
        + " version; a newer minor may add optional properties.");
    version.put("type", "string");
    version.put("pattern", "^1\\.[0-9]+$");
    properties.setAll((ObjectNode) generated.get("properties"));
    ArrayNode required = root.putArray("required");
    required.add(PlanDocument.FORMAT_VERSION);
    generated.get("required").forEach(required::add);
    root.put("additionalProperties", false);
    root.set("$defs", generated.get("$defs"));
    return root;
  }

  private static boolean ignored(Method method) {
    if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers())
        || !method.getName().startsWith("get") && !method.getName().startsWith("is")
        || method.getDeclaringClass() == Object.class || method.getDeclaringClass().isEnum()) {
      return true;
    }
    return jsonIgnored(method.getDeclaringClass(), method.getName());
  }

  private static boolean jsonIgnored(Class<?> type, String name) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> current = todo.poll();
      try {
        if (current.getDeclaredMethod(name).isAnnotationPresent(JsonIgnore.class)) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not declared here
      }
      if (current.getSuperclass() != null) {
        todo.add(current.getSuperclass());
      }
      todo.addAll(java.util.List.of(current.getInterfaces()));
    }
    return false;
  }

  private static String propertyName(Method method) {
    String name = method.getName();
    String bare = name.startsWith("is") ? name.substring(2) : name.substring(3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static boolean required(Method method) {
    Class<?> type = method.getReturnType();
    return Modifier.isAbstract(method.getModifiers()) && type != Optional.class
        && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
  }

  private @Nullable String describe(MethodScope scope) {
    Method method = scope.getRawMember();
    String property = propertyName(method);
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(scope.getDeclaringType().getErasedType());
    while (!todo.isEmpty()) {
      Class<?> current = todo.poll();
      String text = descriptions.getProperty(current.getSimpleName() + "." + property);
      if (text != null) {
        return text;
      }
      if (current.getSuperclass() != null) {
        todo.add(current.getSuperclass());
      }
      todo.addAll(java.util.List.of(current.getInterfaces()));
    }
    return null;
  }

  private @Nullable String type(Class<?> type) {
    return descriptions.getProperty(type.getSimpleName());
  }

  /** Lower-case enums with labels, dates, durations, and the strings-or-objects. */
  private final class Definitions implements CustomDefinitionProviderV2 {
    @Override
    public @Nullable CustomDefinition provideCustomSchemaDefinition(ResolvedType javaType,
        SchemaGenerationContext context) {
      Class<?> type = javaType.getErasedType();
      if (type.isEnum()) {
        return new CustomDefinition(enumeration(type));
      }
      if (type == LocalDate.class) {
        return inline(mapper.createObjectNode().put("type", "string").put("format", "date")
            .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
            .put("description", "A date, ISO 8601: YYYY-MM-DD, such as 2026-02-12."));
      }
      if (type == Period.class) {
        return inline(mapper.createObjectNode().put("type", "string")
            .put("pattern", "^P(?!$)(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$")
            .put("description", "A duration, ISO 8601, such as P7D (a week) or P1Y (a year)."));
      }
      if (type == BigDecimal.class) {
        return inline(mapper.createObjectNode().put("type", "number"));
      }
      if (type == Timeframe.class) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "string").put("description", STRING_FORM);
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type subtype
            : Timeframe.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
          anyOf.add(context.createDefinitionReference(context.getTypeContext().resolve(subtype.value())));
        }
        return new CustomDefinition(node);
      }
      com.fasterxml.jackson.annotation.JsonSubTypes.Type subtype = timeframeSubtype(type);
      if (subtype != null) {
        ObjectNode standard = context.createStandardDefinition(javaType, this);
        ObjectNode properties = mapper.createObjectNode();
        properties.putObject("kind").put("const", subtype.name())
            .put("description", "The shape of the time frame: " + subtype.name() + ".");
        properties.setAll((ObjectNode) standard.get("properties"));
        standard.set("properties", properties);
        ArrayNode required = mapper.createArrayNode().add("kind");
        JsonNode existing = standard.get("required");
        if (existing != null) {
          existing.forEach(required::add);
        }
        standard.set("required", required);
        return new CustomDefinition(standard);
      }
      if (type == Resources.class || type == Responsibility.class) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "string").put("description", STRING_FORM);
        anyOf.add(context.createStandardDefinitionReference(javaType, this));
        return new CustomDefinition(node);
      }
      return null;
    }

    private CustomDefinition inline(ObjectNode node) {
      return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
          CustomDefinition.AttributeInclusion.YES);
    }

    private ObjectNode enumeration(Class<?> type) {
      ObjectNode node = mapper.createObjectNode();
      String description = type(type);
      if (description != null) {
        node.put("description", description);
      }
      node.put("type", "string");
      ArrayNode oneOf = node.putArray("oneOf");
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
        ObjectNode option = oneOf.addObject().put("const", name);
        if (constant instanceof Labelled) {
          option.put("title", ((Labelled) constant).getLabel().toString());
        }
        String text = descriptions.getProperty(type.getSimpleName() + "." + name);
        if (text != null) {
          option.put("description", text);
        }
      }
      return node;
    }

    private com.fasterxml.jackson.annotation.JsonSubTypes.@Nullable Type timeframeSubtype(Class<?> type) {
      for (com.fasterxml.jackson.annotation.JsonSubTypes.Type subtype
          : Timeframe.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
        if (subtype.value() == type) {
          return subtype;
        }
      }
      return null;
    }
  }
}
