package no.helseplan.municipality;

/**
 * Thrown when a municipality register file (nb: <i>kommuneregister</i>, nn: <i>kommuneregister</i>) has a bad
 * row: the message names the file and line, such as {@code municipalities.csv:12: valid_to 2019-01-01 is not
 * after valid_from 2020-01-01}.
 *
 * <p>The register never skips a bad row: one bad row fails the whole load.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class MalformedRegisterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the file, as given to the reader. */
  private final String sourceName;
  /** The 1-based line number. */
  private final int lineNumber;
  /** The message without the location. */
  private final String originalMessage;

  MalformedRegisterException(String sourceName, int lineNumber, String originalMessage) {
    super(sourceName + ":" + lineNumber + ": " + originalMessage);
    this.sourceName = sourceName;
    this.lineNumber = lineNumber;
    this.originalMessage = originalMessage;
  }

  /**
   * Returns the name of the file the bad row is in, as given when reading, such as
   * {@code municipalities.csv}.
   *
   * @return the source name, not null
   */
  public String getSourceName() {
    return sourceName;
  }

  /**
   * Returns the line of the bad row, counting from 1 and including comment lines.
   *
   * @return the line number, at least 1
   */
  public int getLineNumber() {
    return lineNumber;
  }

  /**
   * Returns what is wrong, without the file and line, such as {@code unknown language 'xx'}.
   *
   * @return the bare message, not null
   */
  public String getOriginalMessage() {
    return originalMessage;
  }
}
