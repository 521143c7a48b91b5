package no.helseplan.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * The register of Norwegian municipalities (nb: <i>kommuneregister / kommuneinndeling</i>, nn:
 * <i>kommuneregister / kommuneinndeling</i>): every municipality with its number (<i>kommunenummer</i>), its
 * official names, including Sami and Kven names (nb/nn: <i>samisk namn / navn</i>, <i>kvensk namn / navn</i>),
 * and the periods it was valid, so that a plan's municipality can be resolved on the day the plan was made.
 *
 * <p>The bundled register ({@link #bundled()}) holds the 357 municipalities valid from 2024-01-01, the 356 of
 * 2020–2023, and the municipalities of 2019 that changed on 2020-01-01 in the municipal reform (nb/nn:
 * <i>kommunereforma / kommunereformen</i>). Sør-Varanger's plan of 2021 carries 5444, the number of
 * 2020–2023, and {@code find("5444", LocalDate.of(2021, 6, 1))} finds it; its successor is 5605 from 2024.
 * The sources (Statistics Norway's classification 131 and Kartverket's names), their licences and the file
 * format are stated in the header of {@code no/helseplan/municipality/municipalities.csv}.
 *
 * <p>A register is a value that callers create once and pass on: there is no global register and no system
 * property. {@link #bundled()} reads the file each time it is called, so keep the instance.
 * {@link #read(Reader, String)} reads any file in the same format, for tests or for a newer division.
 *
 * <p>Names are looked up with {@link #findByName(String)} and {@link #findByName(String, LocalDate)}, which
 * report none, one, or several matches ({@link NameMatch}); "Herøy" is ambiguous (1515 and 1818) and is never
 * resolved by a guess.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class MunicipalityRegister {
  /** The class-path location of the bundled register file. */
  static final String BUNDLED_RESOURCE = "no/helseplan/municipality/municipalities.csv";

  /** The header the register file must have, as its first line that is not a comment. */
  static final String HEADER = "number,name,language,valid_from,valid_to,successors";

  /** The longest line read, so that a wrong file cannot exhaust memory. */
  private static final int MAX_LINE_LENGTH = 4096;

  /** What a plan writes after a municipality's name: "Hustadvika kommune", "Voss herad", "Rødøy kommunes". */
  private static final List<String> MUNICIPALITY_SUFFIXES =
      List.of(" kommune", " kommunes", " herad", " herads");

  private static final Comparator<MunicipalityEntry> ORDER =
      Comparator.comparing(MunicipalityEntry::getNumber)
          .thenComparing(e -> e.getValidity().getStart());

  private final List<MunicipalityEntry> entries;
  private final Map<String, List<MunicipalityEntry>> byNumber;
  private final Map<String, List<MunicipalityEntry>> byName;
  private final Map<String, List<MunicipalityEntry>> byFoldedName;

  private MunicipalityRegister(List<MunicipalityEntry> entries) {
    List<MunicipalityEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
    Map<String, List<MunicipalityEntry>> numbers = new TreeMap<>();
    Map<String, Set<MunicipalityEntry>> names = new HashMap<>();
    Map<String, Set<MunicipalityEntry>> folded = new HashMap<>();
    for (MunicipalityEntry entry : this.entries) {
      numbers.computeIfAbsent(entry.getNumber(), n -> new ArrayList<>()).add(entry);
      List<String> keys = new ArrayList<>();
      entry.getNames().forEach(n -> keys.add(n.getName()));
      keys.add(entry.getOfficialName());
      for (String key : keys) {
        String normalized = normalize(key);
        names.computeIfAbsent(normalized, k -> new LinkedHashSet<>()).add(entry);
        folded.computeIfAbsent(fold(normalized), k -> new LinkedHashSet<>()).add(entry);
      }
    }
    this.byNumber = copyLists(numbers);
    this.byName = copySets(names);
    this.byFoldedName = copySets(folded);
  }

  private static Map<String, List<MunicipalityEntry>> copyLists(Map<String, List<MunicipalityEntry>> map) {
    return map.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  private static Map<String, List<MunicipalityEntry>> copySets(Map<String, Set<MunicipalityEntry>> map) {
    return map.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  // -----------------------------------------------------------------------------------------------------
  // Factories

  /**
   * Loads the register bundled with the library, {@code no/helseplan/municipality/municipalities.csv}.
   *
   * <p>Each call reads and checks the whole file again (some 850 rows; tens of milliseconds in a warm JVM,
   * most of a second in a cold one): call it once and pass the instance to whoever needs it.
   *
   * @return the bundled register, not null
   * @throws MalformedRegisterException if the bundled file has a bad row (a defect of the library)
   * @throws IllegalStateException if the file is missing from the class path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static MunicipalityRegister bundled() {
    InputStream in = MunicipalityRegister.class.getResourceAsStream("municipalities.csv");
    if (in == null) {
      throw new IllegalStateException("The bundled municipality register " + BUNDLED_RESOURCE + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Reads a register from a file in the bundled file's format: UTF-8 text, lines starting with {@code #} are
   * comments, blank lines are ignored, the first other line is the header
   * {@code number,name,language,valid_from,valid_to,successors}, and every further line is one name of one
   * municipality in one period. The format is described in the bundled file's header.
   *
   * <p>Every row is checked, and so is the whole: no two periods of a number overlap, and every successor
   * number has a period that starts on the day its predecessor ends. The first fault fails the load.
   *
   * @param reader the text to read, not closed by this method, not null
   * @param sourceName the file name to report in errors, such as {@code municipalities.csv}, not null
   * @return the register, not null
   * @throws MalformedRegisterException if the header or a row is bad, with the source name and line number
   * @throws UncheckedIOException if the reader fails
   */
  public static MunicipalityRegister read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    try {
      return new Loader(sourceName).load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
  }

  // -----------------------------------------------------------------------------------------------------
  // Look-up by number

  /**
   * Finds the municipality that had a number on a day.
   *
   * @param number the four-digit number, such as "5444", not null
   * @param date the day, such as the day a plan was adopted, not null
   * @return the entry valid on that day, or empty when the number was not in use then or is unknown
   */
  public Optional<MunicipalityEntry> find(String number, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return history(number).stream().filter(e -> e.isValidOn(date)).findFirst();
  }

  /**
   * Finds the latest entry of a number: the one still valid, or, for a number no longer in use, the last one
   * before it was retired (5444 gives Sør-Varanger 2020–2023).
   *
   * @param number the four-digit number, not null
   * @return the latest entry, or empty when the register does not know the number
   */
  public Optional<MunicipalityEntry> find(String number) {
    List<MunicipalityEntry> history = history(number);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /**
   * Returns every period of a number, oldest first: 5001 Trondheim has three (until 2020, 2020–2022, and from
   * 2023 as Trondheim - Tråante).
   *
   * @param number the four-digit number, not null
   * @return the entries, empty when the number is unknown, unmodifiable
   */
  public List<MunicipalityEntry> history(String number) {
    Objects.requireNonNull(number, "number");
    return byNumber.getOrDefault(number, List.of());
  }

  /**
   * Checks whether a number was in use on a day.
   *
   * @param number the four-digit number, not null
   * @param date the day, not null
   * @return true if an entry of the number is valid on that day
   */
  public boolean isValid(String number, LocalDate date) {
    return find(number, date).isPresent();
  }

  /**
   * Returns the entries that took over from an entry on the day it ended: for 1507 Ålesund (2020–2023) the
   * entries 1508 Ålesund and 1580 Haram from 2024-01-01.
   *
   * @param entry an entry of this register, not null
   * @return the successor entries, ordered by number, empty if the entry is still valid, unmodifiable
   */
  public List<MunicipalityEntry> successors(MunicipalityEntry entry) {
    if (entry.isCurrent()) {
      return List.of();
    }
    LocalDate end = entry.getValidity().getEnd();
    return entry.getSuccessorNumbers().stream()
        .map(n -> find(n, end).orElseThrow())
        .sorted(ORDER)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the successors of a number's latest entry (see {@link #find(String)}): 5444 gives 5605
   * Sør-Varanger; a number still in use gives none.
   *
   * @param number the four-digit number, not null
   * @return the successor entries, empty if the number is unknown or still in use, unmodifiable
   */
  public List<MunicipalityEntry> successors(String number) {
    return find(number).map(this::successors).orElse(List.of());
  }

  /**
   * Follows the successors of the entry valid on a day until today's municipalities: 2030 on 2019-06-01 gives
   * 5605 Sør-Varanger; 1507 on 2021-06-01 gives 1508 Ålesund and 1580 Haram.
   *
   * @param number the four-digit number, not null
   * @param date the day the number was used, not null
   * @return the still valid entries the number's municipality became, ordered by number; empty if the
   *     number was not in use on that day
   */
  public List<MunicipalityEntry> currentSuccessors(String number, LocalDate date) {
    Optional<MunicipalityEntry> start = find(number, date);
    if (start.isEmpty()) {
      return List.of();
    }
    Set<MunicipalityEntry> result = new LinkedHashSet<>();
    Set<MunicipalityEntry> seen = new HashSet<>();
    Deque<MunicipalityEntry> queue = new ArrayDeque<>();
    queue.add(start.get());
    while (!queue.isEmpty()) {
      MunicipalityEntry entry = queue.remove();
      if (!seen.add(entry)) {
        continue;
      }
      if (entry.isCurrent()) {
        result.add(entry);
      } else {
        queue.addAll(successors(entry));
      }
    }
    return result.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
  }

  // -----------------------------------------------------------------------------------------------------
  // Look-up by name

  /**
   * Finds today's municipalities (entries still valid) with a name, in any of their languages.
   *
   * <p>See {@link #findByName(String, LocalDate)} for how names are compared.
   *
   * @param name the name, such as "Sør-Varanger", "sør-varanger", "Guovdageaidnu" or "Herøy kommune", not null
   * @return the match: none, one, or ambiguous with every candidate; not null
   */
  public NameMatch findByName(String name) {
    return findByName(name, MunicipalityEntry::isCurrent);
  }

  /**
   * Finds the municipalities valid on a day with a name, in any of their languages.
   *
   * <p>Names are compared ignoring case, surrounding and repeated white space, the dash variant and the
   * spaces around a dash, and a trailing "kommune", "herad" or their genitive "kommunes", "herads"
   * ("Sør-Varanger kommune", "Voss herad", "Hustadvika kommunes"); the joined official name
   * ("Guovdageaidnu - Kautokeino") also matches, and so do its names joined in another order by a
   * spaced dash ("Kautokeino - Guovdageaidnu"). When nothing matches so, the comparison is repeated
   * without diacritics and with æ as ae, ø as o, å as a, ŋ as n, đ as d and ŧ as t ("Tromso", "Porsangu");
   * {@link NameMatch#isExact()} tells the two apart. SSB's county qualifiers ("Herøy (Nordland)") are not
   * understood and give no match.
   *
   * @param name the name, not null
   * @param date the day, not null
   * @return the match: none, one, or ambiguous with every candidate; not null
   */
  public NameMatch findByName(String name, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return findByName(name, e -> e.isValidOn(date));
  }

  private NameMatch findByName(String name, Predicate<MunicipalityEntry> filter) {
    Objects.requireNonNull(name, "name");
    String normalized = normalize(name);
    List<MunicipalityEntry> exact = filtered(byName.get(normalized), filter);
    if (!exact.isEmpty()) {
      return NameMatch.of(name, exact, true);
    }
    List<MunicipalityEntry> byParts = findByParts(name, byName, filter, false);
    if (!byParts.isEmpty()) {
      return NameMatch.of(name, byParts, true);
    }
    List<MunicipalityEntry> folded = filtered(byFoldedName.get(fold(normalized)), filter);
    if (folded.isEmpty()) {
      folded = findByParts(name, byFoldedName, filter, true);
    }
    return NameMatch.of(name, folded, false);
  }

  /**
   * Looks up the parts of a name joined by a spaced dash ("Kautokeino - Guovdageaidnu", in any order) and
   * keeps the entries that every part names.
   */
  private static List<MunicipalityEntry> findByParts(
      String name, Map<String, List<MunicipalityEntry>> index, Predicate<MunicipalityEntry> filter,
      boolean folded) {
    List<String> parts = splitOnSpacedDash(name);
    if (parts.size() < 2) {
      return List.of();
    }
    Set<MunicipalityEntry> common = null;
    for (String part : parts) {
      String key = folded ? fold(normalize(part)) : normalize(part);
      Set<MunicipalityEntry> found = new HashSet<>(filtered(index.get(key), filter));
      if (common == null) {
        common = found;
      } else {
        common.retainAll(found);
      }
      if (common.isEmpty()) {
        return List.of();
      }
    }
    return common.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
  }

  /** Splits at dashes with white space on both sides; a dash inside a name ("Sør-Varanger") stays. */
  private static List<String> splitOnSpacedDash(String name) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < name.length() - 1; i++) {
      if (isDash(name.charAt(i))
          && Character.isWhitespace(name.charAt(i - 1))
          && Character.isWhitespace(name.charAt(i + 1))) {
        parts.add(name.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(name.substring(start));
    parts.removeIf(String::isBlank);
    return parts;
  }

  private static List<MunicipalityEntry> filtered(
      List<MunicipalityEntry> found, Predicate<MunicipalityEntry> filter) {
    if (found == null) {
      return List.of();
    }
    return found.stream().filter(filter).sorted(ORDER).collect(Collectors.toUnmodifiableList());
  }

  // -----------------------------------------------------------------------------------------------------
  // Whole register

  /**
   * Returns the municipalities valid on a day: 357 on 2024-01-01, 356 on 2023-12-31.
   *
   * @param date the day, not null
   * @return the entries, ordered by number, unmodifiable
   */
  public List<MunicipalityEntry> validOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return entries.stream().filter(e -> e.isValidOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every entry of the register, ordered by number and then by start of validity.
   *
   * @return the entries, unmodifiable
   */
  public List<MunicipalityEntry> getEntries() {
    return entries;
  }

  /**
   * Returns the number of entries and numbers, for debugging; do not rely on its structure.
   *
   * @return a human-readable text
   */
  @Override
  public String toString() {
    return "MunicipalityRegister[" + entries.size() + " entries, " + byNumber.size() + " numbers]";
  }

  // -----------------------------------------------------------------------------------------------------
  // Name normalisation

  /** Lower case, NFC, one kind of dash without spaces around it, single spaces, no "kommune"/"herad" suffix. */
  static String normalize(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (isDash(c)) {
        c = '-';
        pendingSpace = false;
        out.append(c);
        continue;
      }
      if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
    String result = out.toString();
    for (String suffix : MUNICIPALITY_SUFFIXES) {
      if (result.endsWith(suffix) && result.length() > suffix.length()) {
        result = result.substring(0, result.length() - suffix.length());
        break;
      }
    }
    return result;
  }

  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  /** Removes diacritics and writes the Norwegian and Sami letters without them. */
  static String fold(String normalized) {
    String decomposed = Normalizer.normalize(normalized, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'æ':
          out.append("ae");
          break;
        case 'ø':
          out.append('o');
          break;
        case 'ŋ':
          out.append('n');
          break;
        case 'đ':
          out.append('d');
          break;
        case 'ŧ':
          out.append('t');
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  // -----------------------------------------------------------------------------------------------------
  // Reading

  /** Reads one file; one instance per call of {@link #read(Reader, String)}. */
  private static final class Loader {
    private final String sourceName;
    private final List<MunicipalityEntry> entries = new ArrayList<>();
    private final Map<MunicipalityEntry, Integer> lineOf = new IdentityHashMap<>();

    // the group of rows being collected: same number and period
    private int groupLine;
    private String groupNumber;
    private LocalDateRange groupValidity;
    private String groupSuccessors;
    private List<String> groupSuccessorNumbers;
    private final List<MunicipalityName> groupNames = new ArrayList<>();

    Loader(String sourceName) {
      this.sourceName = sourceName;
    }

    MunicipalityRegister load(Reader reader) throws IOException {
      LineReader lines = new LineReader(reader, sourceName);
      boolean headerSeen = false;
      String line;
      while ((line = lines.next()) != null) {
        int number = lines.lineNumber();
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!headerSeen) {
          if (!line.strip().equals(HEADER)) {
            throw error(number, "expected the header '" + HEADER + "', found '" + line + "'");
          }
          headerSeen = true;
          continue;
        }
        row(number, line);
      }
      if (!headerSeen) {
        throw error(Math.max(1, lines.lineNumber()), "no header '" + HEADER + "' and no rows");
      }
      closeGroup();
      checkWhole();
      return new MunicipalityRegister(entries);
    }

    private void row(int line, String text) {
      String[] fields = text.split(",", -1);
      if (fields.length != 6) {
        throw error(line, "expected 6 fields (" + HEADER + "), found " + fields.length);
      }
      for (int i = 0; i < fields.length; i++) {
        if (!fields[i].equals(fields[i].strip())) {
          throw error(line, "field " + (i + 1) + " '" + fields[i] + "' has leading or trailing white space");
        }
        if (fields[i].indexOf('"') >= 0) {
          throw error(line, "field " + (i + 1) + " contains a quote; fields are never quoted");
        }
      }
      String number = fields[0];
      if (!isNumber(number)) {
        throw error(line, "the number '" + number + "' is not four digits");
      }
      String name = fields[1];
      if (name.isEmpty()) {
        throw error(line, "the name is empty");
      }
      NameLanguage language =
          NameLanguage.ofCode(fields[2])
              .orElseThrow(() -> error(line, "unknown language '" + fields[2] + "' (nor, sme, smj, sma, fkv)"));
      LocalDate from = fields[3].isEmpty() ? LocalDate.MIN : date(line, "valid_from", fields[3]);
      LocalDate to = fields[4].isEmpty() ? LocalDate.MAX : date(line, "valid_to", fields[4]);
      if (!to.isAfter(from)) {
        throw error(line, "valid_to " + fields[4] + " is not after valid_from " + fields[3]);
      }
      LocalDateRange validity = LocalDateRange.of(from, to);
      String successors = fields[5];
      List<String> successorNumbers = successors.isEmpty() ? List.of() : List.of(successors.split(" ", -1));
      for (String successor : successorNumbers) {
        if (!isNumber(successor)) {
          throw error(line, "the successor '" + successor + "' is not a four-digit number");
        }
      }
      if (to.equals(LocalDate.MAX) && !successorNumbers.isEmpty()) {
        throw error(line, "a municipality still valid (empty valid_to) has no successors");
      }
      if (!to.equals(LocalDate.MAX) && successorNumbers.isEmpty()) {
        throw error(line, "a municipality that ends on " + fields[4] + " needs at least one successor");
      }

      boolean sameGroup =
          groupNumber != null && groupNumber.equals(number) && groupValidity.equals(validity);
      if (sameGroup) {
        if (!groupSuccessors.equals(successors)) {
          throw error(
              line,
              "successors '" + successors + "' differ from '" + groupSuccessors
                  + "' on line " + groupLine + " for the same municipality and period");
        }
        for (MunicipalityName other : groupNames) {
          if (other.getLanguage() == language) {
            throw error(line, "a second " + language.getCode() + " name for " + number + " in the same period");
          }
        }
      } else {
        closeGroup();
        groupLine = line;
        groupNumber = number;
        groupValidity = validity;
        groupSuccessors = successors;
        groupSuccessorNumbers = successorNumbers;
      }
      groupNames.add(MunicipalityName.of(name, language));
    }

    private void closeGroup() {
      if (groupNumber == null) {
        return;
      }
      MunicipalityEntry entry;
      try {
        entry = MunicipalityEntry.of(groupNumber, groupNames, groupValidity, groupSuccessorNumbers);
      } catch (IllegalArgumentException e) {
        throw error(groupLine, e.getMessage() + " (rows from this line)");
      }
      entries.add(entry);
      lineOf.put(entry, groupLine);
      groupNames.clear();
      groupNumber = null;
    }

    private void checkWhole() {
      Map<String, List<MunicipalityEntry>> byNumber = new HashMap<>();
      for (MunicipalityEntry entry : entries) {
        byNumber.computeIfAbsent(entry.getNumber(), n -> new ArrayList<>()).add(entry);
      }
      for (List<MunicipalityEntry> periods : byNumber.values()) {
        periods.sort(Comparator.comparing(e -> e.getValidity().getStart()));
        for (int i = 1; i < periods.size(); i++) {
          MunicipalityEntry before = periods.get(i - 1);
          MunicipalityEntry after = periods.get(i);
          if (before.getValidity().overlaps(after.getValidity())) {
            boolean afterIsLater = lineOf.get(after) > lineOf.get(before);
            MunicipalityEntry later = afterIsLater ? after : before;
            MunicipalityEntry earlier = afterIsLater ? before : after;
            throw error(
                lineOf.get(later),
                later.getNumber() + " " + validity(later) + " overlaps " + validity(earlier)
                    + " on line " + lineOf.get(earlier));
          }
        }
      }
      for (MunicipalityEntry entry : entries) {
        if (entry.isCurrent()) {
          continue;
        }
        LocalDate end = entry.getValidity().getEnd();
        for (String successor : entry.getSuccessorNumbers()) {
          boolean starts =
              byNumber.getOrDefault(successor, List.of()).stream()
                  .anyMatch(e -> e.getValidity().getStart().equals(end));
          if (!starts) {
            throw error(
                lineOf.get(entry),
                "the successor " + successor + " of " + entry.getNumber() + " has no period starting on "
                    + end + ", the day " + entry.getNumber() + " ends");
          }
        }
      }
    }

    private static String validity(MunicipalityEntry entry) {
      return MunicipalityEntry.describe(entry.getValidity());
    }

    private LocalDate date(int line, String column, String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(line, column + " '" + text + "' is not an ISO date such as 2024-01-01");
      }
    }

    private static boolean isNumber(String text) {
      return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private MalformedRegisterException error(int line, String message) {
      return new MalformedRegisterException(sourceName, line, message);
    }
  }

  /** Reads lines of at most {@link #MAX_LINE_LENGTH} characters, counting them. */
  private static final class LineReader {
    private final Reader reader;
    private final String sourceName;
    private int lineNumber;
    private boolean afterCarriageReturn;
    private boolean ended;

    LineReader(Reader reader, String sourceName) {
      this.reader = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
      this.sourceName = sourceName;
    }

    /** Returns the next line without its terminator, or null at the end. */
    String next() throws IOException {
      if (ended) {
        return null;
      }
      StringBuilder line = new StringBuilder();
      while (true) {
        int c = reader.read();
        if (c == '\n' && afterCarriageReturn) {
          afterCarriageReturn = false;
          continue;
        }
        afterCarriageReturn = false;
        if (c < 0) {
          ended = true;
          if (line.length() == 0) {
            return null;
          }
          lineNumber++;
          return line.toString();
        }
        if (c == '\n' || c == '\r') {
          afterCarriageReturn = c == '\r';
          lineNumber++;
          return line.toString();
        }
        if (line.length() >= MAX_LINE_LENGTH) {
          throw new MalformedRegisterException(
              sourceName, lineNumber + 1, "line longer than " + MAX_LINE_LENGTH + " characters");
        }
        line.append((char) c);
      }
    }

    int lineNumber() {
      return lineNumber;
    }
  }
}
