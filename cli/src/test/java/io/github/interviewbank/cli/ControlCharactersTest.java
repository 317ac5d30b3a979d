package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from a bank, an answer or a grader reaches the terminal without its control characters:
 * escape sequences (CSI, OSC), BEL and C1 controls show as U+FFFD, in every text output and
 * export; JSON escapes them and keeps the text; the history keeps the answer as typed.
 */
class ControlCharactersTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Accents, CJK and an emoji: ordinary text that must pass unchanged. */
  private static final String ORDINARY = "caf\u00e9 \u6f22\u5b57 \uD83D\uDE80";

  /**
   * Colour (CSI), the terminal's title (OSC ended by BEL), a C1 CSI that clears the screen, and
   * the start of a device control string, as the bank file's JSON escapes write them.
   */
  private static final String HOSTILE_JSON = "\\u001b[31mRED\\u001b[0m \\u001b]0;pwned\\u0007"
      + " \\u009b2J \\u001bP";

  /** The same as {@link #HOSTILE_JSON}, as text. */
  private static final String HOSTILE = "\u001b[31mRED\u001b[0m \u001b]0;pwned\u0007 \u009b2J"
      + " \u001bP";

  /** {@link #HOSTILE} as it is shown. */
  private static final String SHOWN = "\uFFFD[31mRED\uFFFD[0m \uFFFD]0;pwned\uFFFD \uFFFD2J"
      + " \uFFFDP";

  /** An answer that covers the key point through an escape sequence and holds the others. */
  private static final String ANSWER = "Vector\u001b[31m clocks keep a counter per node "
      + HOSTILE + " " + ORDINARY;

  @TempDir Path dir;

  private Path bank;

  @BeforeEach
  void writeBank() throws IOException {
    bank = Files.writeString(dir.resolve("hostile.json"), """
        {"formatVersion": 1,
         "topics": [{"id": "clocks", "name": "Clocks %1$s"}],
         "questions": [{"id": "q1", "prompt": "Prompt %1$s %2$s?", "difficulty": "beginner",
           "topics": ["clocks"],
           "referenceAnswer": "Reference %1$s.\\nA code line:\\n\\tcount++; %2$s",
           "keyPoints": [{"id": "vectors", "text": "Vectors %1$s %2$s",
             "phrasings": ["vector clock*"]}],
           "followUps": [{"prompt": "Follow-up %1$s?", "keyPoints": ["vectors"]}]}]}
        """.formatted(HOSTILE_JSON, ORDINARY));
  }

  private Cli run(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--bank";
    all[1] = bank.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.input(stdin, all);
  }

  /** Fails naming the first control character other than line feed and tab, and where it is. */
  private static void assertPrintable(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        fail(String.format("control character U+%04X at %d: %s", (int) c, i,
            output.substring(Math.max(0, i - 40), Math.min(output.length(), i + 40))));
      }
    }
  }

  /** Succeeded, printable on both streams, and shows the bank's hostile text neutralised. */
  private static Cli shown(Cli r) {
    assertEquals(0, r.code(), r.toString());
    assertPrintable(r.out());
    assertPrintable(r.err());
    assertTrue(r.out().contains(SHOWN), r.out());
    return r;
  }

  @Test
  void gradeShowsTheAnswersQuoteTheKeyPointAndTheFeedbackPrintable() {
    Cli r = shown(run("", "grade", "-q", "q1", "--answer", ANSWER));
    assertTrue(r.out().contains("+ covered      Vectors " + SHOWN + " " + ORDINARY
        + "  \"Vector\uFFFD[31m clocks\""), r.out());
  }

  @Test
  void showAndListArePrintableAndKeepOrdinaryText() {
    Cli show = shown(run("", "show", "q1"));
    assertTrue(show.out().startsWith("Prompt " + SHOWN + " " + ORDINARY + "?\n"
        + "q1 | beginner | Clocks " + SHOWN + "\n"), show.out());
    assertTrue(show.out().contains("\n  Reference " + SHOWN + ".\n  A code line:\n"
        + "  \tcount++; " + ORDINARY + "\n"), show.out());
    assertTrue(show.out().contains("  - Follow-up " + SHOWN + "?\n"), show.out());
    Cli list = shown(run("", "list"));
    assertTrue(list.out().contains("  Prompt " + SHOWN + " " + ORDINARY + "?\n"), list.out());
  }

  @Test
  void pipedPracticeIsPrintableAndTheHistoryKeepsTheAnswerAsTyped() {
    Path data = Cli.freshDataDir();
    Cli r = Cli.in(data, ANSWER + "\n\n" + HOSTILE + "\n\n", "--bank", bank.toString(),
        "practice", "--count", "1", "--seed", "1");
    shown(r);
    assertTrue(r.out().contains("\"Vector\uFFFD[31m clocks\""), r.out());
    assertTrue(r.out().contains("Follow-up  on: Vectors " + SHOWN), r.out());
    List<JsonNode> attempts = Cli.exported(data);
    // As typed: its lines, each with its line feed.
    assertEquals(ANSWER + "\n", attempts.get(0).get("answer").asString());
    assertEquals(HOSTILE + "\n", attempts.get(1).get("answer").asString());
  }

  @Test
  void theTextExportsHoldNoControlCharacterOnStandardOutputNorInTheirFile() throws IOException {
    for (String format : List.of("markdown", "gift", "anki")) {
      Cli r = shown(run("", "export", "--format", format));
      assertTrue(r.out().contains(ORDINARY), r.out());
      Path file = dir.resolve("export." + format);
      assertEquals(0, run("", "export", "--format", format, "--out", file.toString()).code());
      String written = Files.readString(file, StandardCharsets.UTF_8);
      assertPrintable(written);
      assertEquals(r.out(), written, format);
    }
  }

  @Test
  void jsonEscapesTheControlCharactersAndKeepsTheText() {
    Cli show = run("", "show", "q1", "--format", "json");
    assertEquals(0, show.code(), show.toString());
    assertPrintable(show.out());
    assertTrue(show.out().contains("\\u001B]0;pwned\\u0007 \\u009B2J"), show.out());
    JsonNode question = JSON.readTree(show.out()).get("questions").get(0);
    assertEquals("Prompt " + HOSTILE + " " + ORDINARY + "?", question.get("prompt").asString());

    Cli list = run("", "list", "--format", "json");
    assertPrintable(list.out());
    assertEquals("Prompt " + HOSTILE + " " + ORDINARY + "?",
        JSON.readTree(list.out()).get(0).get("prompt").asString());

    Cli exported = run("", "export", "--format", "json");
    assertPrintable(exported.out());
    assertEquals(show.out().substring(show.out().indexOf("\"questions\"")),
        exported.out().substring(exported.out().indexOf("\"questions\"")));

    // An answer that misses the key point: the feedback names it.
    Cli grade = run("", "grade", "-q", "q1", "--answer", HOSTILE, "--format", "json");
    assertEquals(0, grade.code(), grade.toString());
    assertPrintable(grade.out());
    assertTrue(JSON.readTree(grade.out()).get("feedback").asString().contains(HOSTILE),
        grade.out());
  }

  @Test
  void aBatchGradedAsTextIsPrintable() throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"),
        "{\"questionId\": \"q1\", \"answer\": \"vector clocks " + HOSTILE_JSON + "\"}\n"
            + "{\"questionId\": \"x" + HOSTILE_JSON + "\", \"answer\": \"x\"}\n");
    Cli r = run("", "grade", "--input", input.toString(), "--format", "text");
    assertEquals(1, r.code(), r.toString());
    assertPrintable(r.out());
    assertPrintable(r.err());
    assertTrue(r.out().contains("line 2  error: unknown question id 'x" + SHOWN + "'"), r.out());
  }

  @Test
  void errorsQuoteIdsAndFileNamesPrintable() {
    Cli unknown = run("", "grade", "-q", "q1" + HOSTILE, "--answer", "x");
    assertEquals(1, unknown.code(), unknown.toString());
    assertPrintable(unknown.err());
    assertTrue(unknown.err().contains("'q1" + SHOWN + "'"), unknown.err());

    Cli missing = Cli.run("--bank", dir.resolve("no" + HOSTILE + ".json").toString(), "list");
    assertEquals(1, missing.code(), missing.toString());
    assertPrintable(missing.err());
    assertTrue(missing.err().contains("no" + SHOWN + ".json"), missing.err());
  }

  @Test
  void onAColourTerminalOnlyTheCommandLinesOwnStylesAreEscapeSequences() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(new String[] {"--bank", bank.toString(), "grade", "-q", "q1",
        "--answer", ANSWER}, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), Terminal.COLOR, Cli.EMPTY, false);
    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("\u001b[1mScore    \u001b[0m"), text);
    assertTrue(text.contains("\u001b[32m  + covered      \u001b[0mVectors " + SHOWN), text);
    assertFalse(text.contains("\u001b[31mRED"), text);
    assertFalse(text.contains("\u001b]"), text);
    assertFalse(text.contains("\u009b"), text);
    assertFalse(text.contains(String.valueOf(PrintableOutput.MARK)), text);
  }

  @Test
  void aStyleMarkWithoutThisRunsKeyIsNoStyle() {
    String key = PrintableOutput.Styles.KEY;
    String forged = PrintableOutput.MARK + key.substring(0, key.length() - 1)
        + (char) (key.charAt(key.length() - 1) ^ 1) + "31mred";
    assertEquals(forged, PrintableOutput.printable(forged));
    assertEquals("\u001b[1mbold\u001b[0m \uFFFD[31m",
        PrintableOutput.printable(Terminal.COLOR.bold("bold") + " \u001b[31m"));
  }

  @Test
  void printableReplacesEachControlCharacterButLineBreaksAndTabs() {
    String ordinary = "Caf\u00e9, na\u00efve, \u00a0\u2003 \u6f22\u5b57 \uD83D\uDE80"
        + " \uD83D\uDC69\u200D\uD83D\uDCBB\n\tcode";
    assertSame(ordinary, Text.printable(ordinary));
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD",
        Text.printable("a\u0000b\u0007c\u007fd\u0085e\u009f"));
    assertEquals("one\ntwo\uFFFDthree\uFFFD", Text.printable("one\r\ntwo\rthree\r"));
    assertEquals("\uFFFD\uFFFD\uFFFD", Text.printable("\u000b\f\u001b"));
  }
}
