package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.GraderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The keyword grader's settings are defined once ({@link Setting}); the provider's options, the
 * builder's defaults and javadoc, and the options table of {@code docs/grading.md} must say what
 * that table says.
 */
class SettingsTableTest {
  private static final Path DOCS = Path.of("../docs/grading.md");
  private static final Path BUILDER_SOURCE =
      Path.of("src/main/java/io/github/interviewbank/grading/keyword/KeywordGrader.java");

  @Test
  void theDocsOptionsTableIsTheSettingsTable() throws IOException {
    Map<String, List<String>> docs = docsTable();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      expected.put(s.key, List.of(s.defaultText(), s.rangeText(), s.description));
    }
    GraderOption synonyms = new KeywordGraderProvider().options().stream()
        .filter(o -> o.key().equals("synonyms")).findFirst().orElseThrow();
    assertEquals("", synonyms.defaultValue());
    expected.put("synonyms", List.of("(none)", "",
        "extra groups: groups separated by `;`, terms by `|` (`k8s|kubernetes`)"));
    assertEquals(expected, docs);
  }

  @Test
  void theProviderOffersEverySettingWithItsDefault() {
    List<String> keys = new ArrayList<>();
    for (GraderOption o : new KeywordGraderProvider().options()) {
      keys.add(o.key());
    }
    List<String> expected = new ArrayList<>();
    for (Setting s : Setting.values()) {
      expected.add(s.key);
    }
    expected.add("synonyms");
    assertEquals(expected, keys);
    // The provider without options builds exactly the builder's default grader.
    assertEquals(KeywordGrader.create().toString(),
        new KeywordGraderProvider().create(GraderOptions.empty()).toString());
  }

  @Test
  void everyBuilderMethodStatesTheTablesDefault() throws IOException {
    String source = Files.readString(BUILDER_SOURCE, StandardCharsets.UTF_8);
    int checked = 0;
    for (Setting s : Setting.values()) {
      Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public Builder " + s.key + "\\(",
          Pattern.DOTALL).matcher(source);
      if (!m.find()) {
        assertTrue(s.key.startsWith("band"), "no builder method for " + s.key);
        continue;
      }
      String doc = m.group(1).replaceAll("\\s*\\*\\s*", " ");
      String stated = s.kind == Setting.Kind.BOOLEAN
          ? "Default {@code " + s.defaultText() + "}." : "Default " + s.defaultText() + ".";
      assertTrue(doc.contains(stated), s.key + ": javadoc should say '" + stated + "'");
      checked++;
    }
    assertEquals(11, checked);
  }

  @Test
  void rangesComeFromTheTable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KeywordGrader.builder().referenceSaturation(0.01));
    assertEquals("referenceSaturation must be from 0.05 to 1, was 0.01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().proximity(11));
    assertEquals("proximity must be from 0 to 10, was 11", e.getMessage());
  }

  /** The rows of the table under "### Options": key to default, range, meaning. */
  private static Map<String, List<String>> docsTable() throws IOException {
    List<String> lines = Files.readAllLines(DOCS, StandardCharsets.UTF_8);
    int start = lines.indexOf("### Options");
    assertTrue(start >= 0, "docs/grading.md has no '### Options' section");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
        cells.add(cell.strip().replace("\\|", "|"));
      }
      if (cells.get(0).startsWith("`")) {
        rows.put(cells.get(0).replace("`", ""), cells.subList(1, cells.size()));
      }
    }
    return rows;
  }
}
