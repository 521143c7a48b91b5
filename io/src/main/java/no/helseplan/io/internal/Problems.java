package no.helseplan.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadLimits;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.Severity;
import no.helseplan.measure.Resources;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson reports into {@link ReadProblem}s in the terms of the file format: a stable code, a
 * location with a JSON Pointer, and what was expected and found, never Java class names.
 */
public final class Problems {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"(.*?)\"");
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[(.*?)\\]");
  private static final Pattern MISSING_TYPE_ID = Pattern.compile("missing type id property '(.*?)'");
  private static final Pattern JACKSON_DETAIL = Pattern.compile("\\s*\\(for .*|\\s*at \\[Source.*", Pattern.DOTALL);
  private static final int QUOTE_MAX = 60;

  private Problems() {}

  /**
   * Returns the JSON Pointer of the parser's current token.
   *
   * @param p the parser
   * @return the pointer, such as {@code /measures/3/timeframe}
   */
  public static String pointer(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    if (context != null && (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)) {
      context = context.getParent();
    }
    if (context == null) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    append(context, pointer);
    return pointer.toString();
  }

  private static void append(TokenStreamContext context, StringBuilder pointer) {
    TokenStreamContext parent = context.getParent();
    if (parent != null) {
      append(parent, pointer);
    }
    if (context.inObject() && context.currentName() != null) {
      pointer.append('/').append(escape(context.currentName()));
    } else if (context.inArray() && context.getCurrentIndex() >= 0) {
      pointer.append('/').append(context.getCurrentIndex());
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Quotes a value found in a file, shortened when long.
   *
   * @param text the value
   * @return the value in double quotes
   */
  public static String quote(String text) {
    String shown = text.length() > QUOTE_MAX ? text.substring(0, QUOTE_MAX) + "…" : text;
    return '"' + shown.replace("\n", "\\n") + '"';
  }

  /**
   * Describes the current token in the terms of the file format: the value itself for a scalar, else a term.
   *
   * @param token the token
   * @param p the parser at the token
   * @return such as {@code "Haust 2025"}, {@code 12}, {@code object}
   */
  public static String found(@Nullable JsonToken token, JsonParser p) {
    if (token == null) {
      return "end";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getString();
      case VALUE_NULL:
        return "null";
      default:
        return "object";
    }
  }

  /**
   * Describes what a type allows, in the terms of the file format (see {@link ReadProblem#getExpected()}).
   *
   * @param type the type expected
   * @return such as {@code string}, {@code date}, {@code one-of:ongoing|point}
   */
  public static String expected(@Nullable JavaType type) {
    if (type == null) {
      return "object";
    }
    if (type.isReferenceType() || type.isCollectionLikeType() && type.getContentType() != null
        && !Collection.class.isAssignableFrom(type.getRawClass())) {
      return expected(type.getContentType());
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return "array";
    }
    return expected(type.getRawClass());
  }

  /**
   * Describes what a class allows, in the terms of the file format.
   *
   * @param raw the class expected, or the builder of the value type expected
   * @return such as {@code string}, {@code date}, {@code one-of:ongoing|point}
   */
  public static String expected(Class<?> raw) {
    Class<?> type = BuilderDeserializer.valueType(raw);
    if (type == String.class || type == Character.class || type == char.class) {
      return "string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == LocalDate.class) {
      return "date";
    }
    if (type == Period.class) {
      return "duration";
    }
    if (type.isEnum()) {
      return "one-of:" + Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }
    if (Timeframe.class.isAssignableFrom(type) || Resources.class.isAssignableFrom(type)
        || Responsibility.class.isAssignableFrom(type)) {
      return "string-or-object";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    if (type == Optional.class) {
      return "object";
    }
    return "object";
  }

  /**
   * Translates an exception from Jackson into a problem.
   *
   * @param e the exception
   * @param parser the parser that was reading, for the pointer of a stream-level error, or null
   * @param source the file name, or null
   * @param format {@code JSON} or {@code YAML}
   * @param limits the limits in force, to name the one that was hit
   * @return the problem
   */
  public static ReadProblem from(JacksonException e, @Nullable JsonParser parser, @Nullable String source,
      String format, ReadLimits limits) {
    ProblemLocation location = locate(e, parser, source);
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(message, location, limits);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return error("io.truncated", location, null, "end", null);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return error("io.duplicate-key", location, null, null, duplicate.group(1));
    }
    if (e instanceof InvalidTypeIdException) {
      InvalidTypeIdException typeId = (InvalidTypeIdException) e;
      Matcher missing = MISSING_TYPE_ID.matcher(message);
      if (typeId.getTypeId() == null && missing.find()) {
        return error("io.missing-property", location, null, null, missing.group(1));
      }
      return error("io.invalid-value", location, "one-of:ongoing|recurring|point|span|relative|unspecified|unrecognised",
          typeId.getTypeId() == null ? "null" : quote(typeId.getTypeId()), "kind");
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      String causeMessage = cause == null ? "" : String.valueOf(cause.getMessage());
      Matcher missing = MISSING.matcher(causeMessage);
      if (missing.find()) {
        return error("io.missing-property", location, null, null, missing.group(1));
      }
      return error("io.invalid-value", location, null, quote(causeMessage), null);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) e;
      if (message.startsWith("No content to map") || message.contains("end-of-input")) {
        return error("io.empty", location, "object", "end", null);
      }
      if (message.contains("Trailing token")) {
        return error("io.syntax", location, null, clean(message), format);
      }
      Class<?> target = mismatch.getTargetType();
      return error("io.wrong-type", location, target == null ? "object" : expected(target),
          foundAt(parser), null);
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("exceeds the limit") && lower.contains("code points")) {
      return error("io.too-large", location, String.valueOf(limits.getMaxDocumentSize()), null, null);
    }
    if (lower.contains("end of stream") || lower.contains("end-of-input") || lower.contains("unexpected end")) {
      return error("io.truncated", location, null, "end", null);
    }
    return error("io.syntax", location, null, clean(message), format);
  }

  private static String foundAt(@Nullable JsonParser parser) {
    if (parser == null) {
      return "object";
    }
    try {
      return found(parser.currentToken(), parser);
    } catch (RuntimeException e) {
      return "object";
    }
  }

  private static ReadProblem limit(String message, ProblemLocation location, ReadLimits limits) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return error("io.too-deep", location, String.valueOf(limits.getMaxNestingDepth()), null, null);
    }
    if (lower.contains("string value length")) {
      return error("io.string-too-long", location, String.valueOf(limits.getMaxStringLength()), null, null);
    }
    if (lower.contains("number value length")) {
      return error("io.number-too-long", location, String.valueOf(limits.getMaxNumberLength()), null, null);
    }
    if (lower.contains("name length")) {
      return error("io.name-too-long", location, String.valueOf(limits.getMaxNameLength()), null, null);
    }
    return error("io.too-large", location, String.valueOf(limits.getMaxDocumentSize()), null, null);
  }

  /**
   * Strips Jackson's Java-side details (source, type names) from a parser message.
   *
   * @param message the original message
   * @return the first part, in the terms of the text
   */
  static String clean(String message) {
    String first = JACKSON_DETAIL.matcher(message).replaceAll("");
    int newline = first.indexOf('\n');
    return (newline >= 0 ? first.substring(0, newline) : first).trim();
  }

  private static ProblemLocation locate(JacksonException e, @Nullable JsonParser parser, @Nullable String source) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = parser.currentTokenLocation();
    }
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    List<JacksonException.Reference> path = e.getPath();
    String pointer;
    if (!path.isEmpty()) {
      StringBuilder text = new StringBuilder();
      for (JacksonException.Reference reference : path) {
        if (reference.getPropertyName() != null) {
          text.append('/').append(escape(reference.getPropertyName()));
        } else if (reference.getIndex() >= 0) {
          text.append('/').append(reference.getIndex());
        }
      }
      pointer = text.toString();
    } else if (parser != null) {
      pointer = pointerSafely(parser);
    } else {
      pointer = "";
    }
    return ProblemLocation.of(source, line, column, pointer);
  }

  private static String pointerSafely(JsonParser parser) {
    try {
      return pointer(parser);
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * Creates an error.
   *
   * @param code the code
   * @param location the location
   * @param expected what was expected
   * @param found what was found
   * @param subject the subject
   * @return the problem
   */
  public static ReadProblem error(String code, ProblemLocation location, @Nullable String expected,
      @Nullable String found, @Nullable String subject) {
    return ReadProblem.of(code, Severity.ERROR, location, expected, found, subject);
  }
}
