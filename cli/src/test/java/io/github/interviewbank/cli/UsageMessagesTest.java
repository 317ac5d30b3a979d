package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mistakes on the command line are said in the user's terms, not in the parser's. */
class UsageMessagesTest {
  @Test
  void aGraderOptionWithoutEqualsSaysOptionOnce() {
    Cli r = Cli.run("--grader-option", "noequals", "list");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("interview-bank: Value for option '--grader-option' (KEY=VALUE)"
        + " should be in KEY=VALUE format but was noequals\n"), r.err());
  }

  @Test
  void aDataFolderThatIsAFileIsSaidToBeAFile() throws Exception {
    Path file = Files.writeString(Cli.freshDataDir().resolve("passwd"), "root:x:0:0\n");
    Cli r = Cli.run("practice", "--data-dir", file.toString(), "--count", "1");
    assertEquals(0, r.code(), r.toString());
    assertEquals("interview-bank: the practice history cannot create the folder "
        + file.toAbsolutePath() + " (" + file.toAbsolutePath() + " is a file); this session will"
        + " not be saved\n", r.err());
  }

  @Test
  void aGraderPathJarThatIsNotAZipIsSaidNotToBeAJar() throws Exception {
    Path text = Files.writeString(Cli.freshDataDir().resolve("notes.jar"), "just text\n");
    Cli r = Cli.run("--grader-path", text.toString(), "grade", "-q", "cap-theorem", "--answer",
        "x");
    assertEquals(0, r.code(), r.toString());
    assertEquals("interview-bank: grader path: " + text
        + ": not a jar: it cannot be read as a zip file (from --grader-path)\n", r.err());
  }

  @Test
  void anUnknownQuestionIdInLabelsNamesTheFileAndLine() throws Exception {
    Path labels = Files.writeString(Cli.freshDataDir().resolve("labels.jsonl"),
        """
        {"questionId": "cap-theorem", "answer": "x", "score": 0.5}
        {"questionId": "nope", "answer": "x", "score": 0.5}
        """);
    Cli r = Cli.run("evaluate", "--labels", labels.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("interview-bank: " + labels + ":2: unknown question id 'nope'\n", r.err());
  }
}
