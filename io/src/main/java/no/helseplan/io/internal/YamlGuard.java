package no.helseplan.io.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Rejects YAML aliases ({@code *name}) and anchors ({@code &name}) with a located error. Jackson never expands
 * an alias: left alone, {@code lead: *who} would silently become the string "who".
 */
final class YamlGuard extends JsonParserDelegate {
  /** The message prefix of an alias error; {@link Problems} does not see it, the reader maps it. */
  static final String ALIAS = "io.yaml-alias:";
  /** The message prefix of an anchor error. */
  static final String ANCHOR = "io.yaml-anchor:";

  private final YAMLParser yaml;

  YamlGuard(YAMLParser yaml) {
    super(yaml);
    this.yaml = yaml;
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = delegate.nextToken();
    if (token != null) {
      check();
    }
    return token;
  }

  private void check() {
    if (yaml.isCurrentAlias()) {
      throw new StreamReadException(this, ALIAS + yaml.getString(), yaml.currentTokenLocation());
    }
    Object anchor = yaml.getObjectId();
    if (anchor != null) {
      throw new StreamReadException(this, ANCHOR + anchor, yaml.currentTokenLocation());
    }
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString name) {
    return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    nextToken();
    return currentNameMatch(matcher);
  }
}
