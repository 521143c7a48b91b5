package no.helseplan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Brings input into memory as text, within the document-size limit: bytes are decoded as strict UTF-8 (an
 * invalid byte is an error with its line and column), and a leading byte-order mark is dropped.
 */
public final class InputText {
  private static final int CHUNK = 64 * 1024;

  private InputText() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param limits the limits
   * @return the text
   * @throws PlanReadException if the file is too large, unreadable or not UTF-8
   */
  public static String read(Path file, ReadLimits limits) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.getMaxDocumentSize()) {
        throw tooLarge(source, limits);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, limits, source);
      }
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * Reads a stream of UTF-8 bytes, stopping as soon as the limit is passed.
   *
   * @param in the stream, not closed here
   * @param limits the limits
   * @param source the source description, or null
   * @return the text
   * @throws PlanReadException if the input is too large, unreadable or not UTF-8
   */
  public static String read(InputStream in, ReadLimits limits, @Nullable String source) {
    long max = limits.getMaxDocumentSize();
    byte[] buffer = new byte[(int) Math.min(max + 1, CHUNK)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > max) {
            throw tooLarge(source, limits);
          }
          buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) buffer.length * 2));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    if (length > max) {
      throw tooLarge(source, limits);
    }
    return decode(buffer, length, source);
  }

  /**
   * Reads characters, stopping as soon as the limit is passed.
   *
   * @param in the reader, not closed here
   * @param limits the limits
   * @param source the source description, or null
   * @return the text
   * @throws PlanReadException if the input is too large or unreadable
   */
  public static String read(Reader in, ReadLimits limits, @Nullable String source) {
    long max = limits.getMaxDocumentSize();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[CHUNK];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > max) {
          throw tooLarge(source, limits);
        }
      }
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    return of(text.toString(), limits, source);
  }

  /**
   * Checks text given as a string.
   *
   * @param text the text
   * @param limits the limits
   * @param source the source description, or null
   * @return the text without a leading byte-order mark
   * @throws PlanReadException if the text is too long
   */
  public static String of(String text, ReadLimits limits, @Nullable String source) {
    if (text.length() > limits.getMaxDocumentSize()) {
      throw tooLarge(source, limits);
    }
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  static String decode(byte[] bytes, int length, @Nullable String source) {
    int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder found = new StringBuilder();
      for (int i = at; i < Math.min(length, at + Math.max(1, result.length())); i++) {
        found.append(found.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
      }
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new PlanReadException(List.of(Problems.error("io.invalid-encoding",
          ProblemLocation.of(source, line, column, ""), "UTF-8", found.toString(), null)));
    }
    out.flip();
    return out.toString();
  }

  static PlanReadException tooLarge(@Nullable String source, ReadLimits limits) {
    return new PlanReadException(List.of(Problems.error("io.too-large", ProblemLocation.of(source, 0, 0, ""),
        String.valueOf(limits.getMaxDocumentSize()), null, null)));
  }

  static PlanReadException unreadable(@Nullable String source, IOException e) {
    String message = e.getMessage() == null ? "I/O" : e.getMessage();
    PlanReadException failure = new PlanReadException(List.of(Problems.error("io.unreadable",
        ProblemLocation.of(source, 0, 0, ""), null, message, null)));
    failure.initCause(e);
    return failure;
  }
}
