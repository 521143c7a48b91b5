package no.helseplan.io;

import java.util.Objects;

/**
 * The limits a {@link PlanReader} sets on untrusted input (nb/nn: <i>grenser</i>), so that a hostile file
 * fails fast with a clear error instead of exhausting memory or time.
 *
 * <table>
 *   <caption>Limits, their defaults here and Jackson's own defaults</caption>
 *   <tr><th>limit</th><th>default here</th><th>Jackson 3.3 default</th></tr>
 *   <tr><td>document size, bytes (or characters for text input)</td><td>20 MB (20 000 000)</td>
 *       <td>unlimited</td></tr>
 *   <tr><td>nesting depth of objects and lists</td><td>64</td><td>500</td></tr>
 *   <tr><td>length of one text value, characters</td><td>1 000 000</td><td>100 000 000</td></tr>
 *   <tr><td>length of one number, digits</td><td>100</td><td>1000</td></tr>
 *   <tr><td>length of one property name, characters</td><td>1000</td><td>50 000</td></tr>
 *   <tr><td>YAML aliases and anchors</td><td>rejected</td><td>an alias becomes its name as a string</td></tr>
 *   <tr><td>YAML code points (snakeyaml-engine)</td><td>the document size</td><td>3 MiB</td></tr>
 *   <tr><td>duplicate keys</td><td>rejected</td><td>the last one wins</td></tr>
 * </table>
 *
 * <p>The largest plan transcribed so far is about 300 kB as YAML, so the defaults leave a wide margin.
 *
 * <p>Implementation Requirements: immutable and thread-safe, a value type.
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(20_000_000L, 64, 1_000_000, 100, 1000);

  private final long maxDocumentSize;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private ReadLimits(long maxDocumentSize, int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNameLength) {
    this.maxDocumentSize = positive(maxDocumentSize, "maxDocumentSize");
    this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
    if (maxDocumentSize > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDocumentSize must be below 2 GB, not " + maxDocumentSize);
    }
  }

  /**
   * Returns the default limits (see the table above).
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another maximum document size.
   *
   * @param bytes the largest document accepted, in bytes (characters for text input), at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the size is not positive or not below 2 GB
   */
  public ReadLimits withMaxDocumentSize(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param depth the deepest nesting of objects and lists accepted, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the depth is not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentSize, depth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * Returns a copy with another maximum length of one text value.
   *
   * @param chars the longest text value accepted, in characters, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, chars, maxNumberLength, maxNameLength);
  }

  /**
   * Returns a copy with another maximum length of one number.
   *
   * @param chars the longest number accepted, in characters, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxNumberLength(int chars) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, maxStringLength, chars, maxNameLength);
  }

  /**
   * Returns a copy with another maximum length of one property name.
   *
   * @param chars the longest property name accepted, in characters, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxNameLength(int chars) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength, chars);
  }

  /**
   * Returns the largest document accepted.
   *
   * @return the size in bytes (characters for text input)
   */
  public long getMaxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * Returns the deepest nesting of objects and lists accepted.
   *
   * @return the depth
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest text value accepted.
   *
   * @return the length in characters
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted.
   *
   * @return the length in characters
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest property name accepted.
   *
   * @return the length in characters
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) other;
    return maxDocumentSize == that.maxDocumentSize && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength && maxNumberLength == that.maxNumberLength
        && maxNameLength == that.maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * Returns the limits as text, for debugging; do not rely on its structure.
   *
   * @return the limits as text
   */
  @Override
  public String toString() {
    return "ReadLimits[document=" + maxDocumentSize + ", depth=" + maxNestingDepth + ", string="
        + maxStringLength + ", number=" + maxNumberLength + ", name=" + maxNameLength + "]";
  }
}
