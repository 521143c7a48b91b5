package no.helseplan.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.helseplan.io.PlanFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Maps JSON pointers into a plan file (such as {@code /focusAreas/2/measures/3/timeframe}) to the line and
 * column where that value, or its property name, starts: so that semantic findings, which the validator
 * locates by pointer only, can be printed like a compiler's {@code file:line:column}. A pointer to something
 * absent from the file (a missing property) maps to its nearest ancestor that is present.
 *
 * <p>Built only for a file that the io module has already read successfully, so the file is within its
 * limits; one pass over the tokens, not over the plan tree.
 */
final class LineMap {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private final Map<String, int[]> positions;

  private LineMap(Map<String, int[]> positions) {
    this.positions = positions;
  }

  /** Returns an empty map, for when the file cannot be tokenised. */
  static LineMap empty() {
    return new LineMap(Map.of());
  }

  /** Tokenises a document; never throws (an unreadable document gives an empty map). */
  static LineMap of(String text, PlanFormat format) {
    Map<String, int[]> positions = new HashMap<>();
    try (JsonParser parser = (format == PlanFormat.JSON ? JSON : YAML).createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
            ? parser.streamReadContext().getParent() == null ? ""
                : parser.streamReadContext().getParent().pathAsPointer().toString()
            : parser.streamReadContext().pathAsPointer().toString();
        TokenStreamLocation at = parser.currentTokenLocation();
        if (at.getLineNr() > 0) {
          positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        }
      }
    } catch (RuntimeException e) {
      // Keep what was mapped: the reader has already reported any problem with the file.
    }
    return new LineMap(positions);
  }

  /** Returns {line, column} of the pointer, or of its nearest ancestor present in the file. */
  Optional<int[]> find(String pointer) {
    String p = pointer;
    while (true) {
      int[] at = positions.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }
}
