package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void paddedLaysOutAColumnAsLeftAlignedFormatDoes() {
    for (String text : List.of("", "cap-theorem", "caching,databases", "\u00e9t\u00e9 \uD83D\uDE80")) {
      for (int width : new int[] {1, 5, 12, 30}) {
        assertEquals(String.format(Locale.ROOT, "%-" + width + "s", text),
            Text.padded(text, width), text + " in " + width);
      }
    }
  }
}
