package io.github.interviewbank.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines come one at a time, numbered, within a byte limit, strictly decoded. */
class Utf8LinesTest {

  /** Each line as {@code N:text} or {@code N!problem}. */
  private static List<String> lines(Utf8Lines lines) throws IOException {
    List<String> out = new ArrayList<>();
    for (Optional<Utf8Lines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
      Utf8Lines.Line line = l.get();
      out.add(line.number() + line.text().map(t -> ":" + t).orElseGet(
          () -> "!" + line.problem().orElseThrow()));
    }
    return out;
  }

  private static List<String> lines(byte[] bytes, int limit) throws IOException {
    return lines(new Utf8Lines(new ByteArrayInputStream(bytes), limit));
  }

  private static List<String> lines(String text) throws IOException {
    return lines(text.getBytes(StandardCharsets.UTF_8), Utf8Lines.MAX_LINE_BYTES);
  }

  @Test
  void numbersEveryLineIncludingEmptyOnesAndALastLineWithoutNewline() throws IOException {
    assertEquals(List.of("1:a", "2:", "3:b", "4:c"), lines("a\n\nb\r\nc"));
    assertEquals(List.of(), lines(""));
    assertEquals(List.of("1:"), lines("\n"));
  }

  @Test
  void onlyACarriageReturnThatEndsALineIsDropped() throws IOException {
    assertEquals(List.of("1:a", "2:b\rc", "3:\rd\r", "4:e"), lines("a\r\nb\rc\n\rd\r\r\ne\r"));
    assertEquals(List.of("1:b\rc"), lines("b\rc"));
  }

  @Test
  void aByteOrderMarkAtTheStartIsDroppedAndOneElsewhereKept() throws IOException {
    assertEquals(List.of("1:{}", "2:\uFEFF{}"), lines("\uFEFF{}\n\uFEFF{}"));
    assertEquals(List.of("1:"), lines("\uFEFF"));
  }

  @Test
  void aLineOverTheLimitIsReportedAndTheNextOneRead() throws IOException {
    assertEquals(List.of("1:0123456789", "2!the line is longer than the limit of 10 bytes", "3:x"),
        lines("0123456789\r\n0123456789a\nx".getBytes(StandardCharsets.UTF_8), 10));
  }

  @Test
  void aLineAtTheRealLimitIsReadAndOneByteMoreIsNot() throws IOException {
    String atLimit = "a".repeat(Utf8Lines.MAX_LINE_BYTES);
    List<String> read = lines(atLimit + "\n" + atLimit + "a\nend\n");
    assertEquals(3, read.size());
    assertEquals("1:" + atLimit, read.get(0));
    assertEquals("2!the line is longer than the limit of 8,388,608 bytes", read.get(1));
    assertEquals("3:end", read.get(2));
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheirLineOnly() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'x', (byte) 0xff, '\n', (byte) 0xed, (byte) 0xa0,
        (byte) 0x80, '\n', 'y'};
    assertEquals(List.of("1:ok", "2!not UTF-8 text", "3!not UTF-8 text", "4:y"),
        lines(bytes, 100));
  }
}
