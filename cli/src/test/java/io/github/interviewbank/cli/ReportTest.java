package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The grade report's text pieces, written without regular expressions or formatters. */
class ReportTest {
  @Test
  void collapseWhitespaceMakesEachRunOfSpaceOneSpaceAsTheRegularExpressionDoes() {
    List<String> texts = List.of("", " ", "a", "a  b", "\ta\n\nb\r\n", " a\u000Bb\fc ",
        "non\u00A0breaking\u2003em", "tail   ", "\uD83D\uDE80  rocket");
    for (String text : texts) {
      assertEquals(text.replaceAll("\\s+", " "), Report.collapseWhitespace(text), text);
    }
  }

  @Test
  void theScoreBarWritesItsPercentAsThreeColumnsAsFormatDoes() {
    for (double score : new double[] {0, 0.004, 0.05, 0.094, 0.5, 0.995, 1}) {
      String expected = String.format(Locale.ROOT, "%3d%%", Math.round(score * 100));
      String bar = Terminal.PLAIN.bar(score, 20);
      assertEquals(expected, bar.substring(bar.indexOf("] ") + 2), "score " + score);
    }
  }
}
