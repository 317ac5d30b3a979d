package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile banks of the full 16 MiB, each a different way of packing millions of faults into the
 * limit, are rejected by a JVM with a 32 MB heap: loading keeps what is valid and counts the rest.
 * Before the streaming reader, the first of them needed about 2 GB.
 */
class HostileBankMemoryTest {
  private static final String HEAP = "-Xmx32m";
  private static final String QUESTION =
      "{\"formatVersion\":1,\"questions\":[{\"id\":\"q\",\"prompt\":\"p\",\"difficulty\":\"beginner\","
          + "\"referenceAnswer\":\"a\",";

  @TempDir static Path dir;

  /** {@code head}, then as many items as fit the size limit, separated by commas, then {@code tail}. */
  private static Path fill(String name, String head, IntFunction<String> item, String tail)
      throws IOException {
    StringBuilder sb = new StringBuilder((int) QuestionBank.MAX_DOCUMENT_BYTES).append(head);
    long room = QuestionBank.MAX_DOCUMENT_BYTES - tail.length();
    for (int i = 0; ; i++) {
      String next = (i == 0 ? "" : ",") + item.apply(i);
      if (sb.length() + next.length() > room) {
        break;
      }
      sb.append(next);
    }
    sb.append(tail);
    Path file = dir.resolve(name);
    Files.writeString(file, sb, StandardCharsets.US_ASCII);
    assertTrue(Files.size(file) <= QuestionBank.MAX_DOCUMENT_BYTES);
    assertTrue(Files.size(file) > QuestionBank.MAX_DOCUMENT_BYTES - 32);
    return file;
  }

  private static final List<Path> FILES = new ArrayList<>();

  @BeforeAll
  static void writeHostileBanks() throws IOException {
    // The reproduction: eight million questions that are not objects.
    FILES.add(fill("numbers.json", "{\"formatVersion\":1,\"questions\":[", i -> "1", "]}"));
    // One question with a million unknown fields.
    FILES.add(fill("fields.json", QUESTION, i -> "\"f" + i + "\":1", "}]}"));
    // Five million blank phrasings.
    FILES.add(fill("blanks.json", QUESTION + "\"keyPoints\":[{\"id\":\"k\",\"text\":\"t\",\"phrasings\":[",
        i -> "\"\"", "]}]}]}"));
    // A follow-up naming a million key points the question never declares.
    FILES.add(fill("targets.json", QUESTION + "\"followUps\":[{\"prompt\":\"p\",\"keyPoints\":[",
        i -> "\"k" + i + "\"", "]}]}]}"));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void hostileBanksAreRejectedWithinASmallHeap() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), HEAP, "-cp",
        String.join(File.pathSeparator, location(HostileBankProbe.class),
            location(QuestionBank.class), location(tools.jackson.core.JsonParser.class)),
        HostileBankProbe.class.getName()));
    FILES.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
    assertEquals(0, p.exitValue(), output);
    List<String> lines = output.lines().toList();
    assertEquals(FILES.size(), lines.size(), output);
    for (String line : lines) {
      assertTrue(line.matches("[a-z]+\\.json: \\d+ problems, 100 listed"), output);
    }
    // 8,388,591 elements that are not objects, and one over the question limit.
    assertEquals("numbers.json: 8388592 problems, 100 listed", lines.get(0));
  }
}
