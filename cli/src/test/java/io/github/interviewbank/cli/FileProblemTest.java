package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file that cannot be read, or a folder where a file belongs, is one line naming the file and
 * saying why in plain words, whichever command reads it; JSON Lines may start with a byte order
 * mark, as banks and answer files may.
 */
class FileProblemTest {
  private static final String BOM = "\uFEFF";

  private static List<List<String>> readers(String file) {
    return List.of(
        List.of("grade", "-q", "cap-theorem", "--answer-file", file),
        List.of("grade", "--input", file),
        List.of("evaluate", "--labels", file),
        List.of("history", "import", file),
        List.of("--bank", file, "list"));
  }

  @Test
  void aFolderGivenForAFileIsNamedWithThePlainReason() {
    Path dir = Cli.freshDataDir();
    for (List<String> args : readers(dir.toString())) {
      Cli r = Cli.in(dir, "", args.toArray(String[]::new));
      assertEquals(1, r.code(), args + "\n" + r);
      assertEquals("interview-bank: " + dir + ": is a directory\n", r.err(), args.toString());
    }
    Cli validate = Cli.run("validate", dir.toString());
    assertEquals(1, validate.code(), validate.toString());
    assertEquals(dir + ": is a directory\n", validate.out());
  }

  @Test
  void anUnreadableFileIsNamedWithThePlainReason() throws IOException {
    Path dir = Cli.freshDataDir();
    Path file = Files.writeString(dir.resolve("secret.jsonl"), "x\n");
    assertTrue(file.toFile().setReadable(false, false));
    assumeFalse(Files.isReadable(file), "the superuser reads every file");
    for (List<String> args : readers(file.toString())) {
      Cli r = Cli.in(dir, "", args.toArray(String[]::new));
      assertEquals(1, r.code(), args + "\n" + r);
      assertEquals("interview-bank: " + file + ": permission denied\n", r.err(), args.toString());
    }
  }

  @Test
  void anEmptyFileNameIsSaidToBeEmpty() {
    Cli bank = Cli.run("--bank", "", "list");
    assertEquals(1, bank.code(), bank.toString());
    assertEquals("interview-bank: --bank: the file name is empty\n", bank.err());
    Cli validate = Cli.run("validate", "");
    assertEquals(1, validate.code(), validate.toString());
    assertEquals("interview-bank: validate: the file name is empty\n", validate.err());
  }

  @Test
  void reasonsAreThePlainWordsOfTheSystemsOnes() {
    assertEquals("permission denied", FileProblem.reason(new AccessDeniedException("/x")));
    assertEquals("no such file", FileProblem.reason(new NoSuchFileException("/x")));
    assertEquals("is a directory", FileProblem.reason(new IOException("Is a directory")));
    assertEquals("/x: permission denied",
        FileProblem.describe(new AccessDeniedException("/x")));
    assertEquals("an input/output error", FileProblem.describe(new IOException()));
  }

  @Test
  void aLeadingByteOrderMarkIsAcceptedInJsonLines() throws IOException {
    Path dir = Cli.freshDataDir();
    Path batch = Files.writeString(dir.resolve("batch.jsonl"),
        BOM + "{\"questionId\":\"cap-theorem\",\"answer\":\"Pick two of three.\"}\n",
        StandardCharsets.UTF_8);
    Cli graded = Cli.run("grade", "--input", batch.toString());
    assertEquals(0, graded.code(), graded.toString());
    assertTrue(graded.out().startsWith("{\"line\":1,\"questionId\":\"cap-theorem\","),
        graded.out());

    Path labels = Files.writeString(dir.resolve("labels.jsonl"),
        BOM + "{\"questionId\":\"cap-theorem\",\"answer\":\"Pick two.\",\"score\":0.2}\n"
            + "{\"questionId\":\"cap-theorem\",\"answer\":\"Consistency, availability and"
            + " partition tolerance: during a partition choose one.\",\"score\":0.8}\n",
        StandardCharsets.UTF_8);
    Cli evaluated = Cli.run("evaluate", "--labels", labels.toString(), "--format", "json");
    assertEquals(0, evaluated.code(), evaluated.toString());

    Cli.in(dir, "The CAP theorem: pick two.\n\n", "practice", "--count", "1", "--no-follow-ups");
    Path exported = dir.resolve("attempts.jsonl");
    Files.writeString(exported, BOM + Cli.in(dir, "", "history", "export").out(),
        StandardCharsets.UTF_8);
    Path other = Cli.freshDataDir();
    Cli imported = Cli.in(other, "", "history", "import", exported.toString());
    assertEquals(0, imported.code(), imported.toString());
    assertTrue(imported.out().startsWith("imported 1 of 1 attempt into"), imported.out());
  }
}
