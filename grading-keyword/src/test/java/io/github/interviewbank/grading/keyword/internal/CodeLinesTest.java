package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CodeLinesTest {
  @Test
  void commentStartsAreWhatTheCharacterScanReadsAsOne() {
    CodeLines.State state = new CodeLines.State().start("a - b -- c # d / e // f /* g");
    assertTrue(state.noCommentStart(0, 6), "a single hyphen starts no comment");
    assertFalse(state.noCommentStart(0, 8), "two do");
    assertEquals(0, state.punctuationIn(0, 28));
    assertEquals(3, new CodeLines.State().start("f(x) = y").punctuationIn(0, 8));
  }

  /**
   * Line by line, in order, as the analysis reads a text: where nothing can start a comment, the
   * state's searches give what the scan character by character gives, the line's end and its
   * code punctuation. Lines of mostly words, spaces and code punctuation, with now and then a
   * character that can start a comment.
   */
  @Property(tries = 3000)
  void theSearchesCountWhatTheScanCounts(
      @ForAll @Chars({'a', 'b', ' ', ' ', ' ', 'a', '(', ')', '{', '}', ';', '=', '<', '>', '[',
          ']', '\n', '"', '/', '#', '-', '*', '.'}) @StringLength(max = 400) String text) {
    CodeLines.State state = new CodeLines.State().start(text);
    char[] chars = text.toCharArray();
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      if (state.noCommentStart(from, end)) {
        assertEquals(CodeLines.commentAndSymbols(chars, from, end),
            (long) end << 32 | state.punctuationIn(from, end), () -> "line of " + text);
      }
      from = end + 1;
    }
  }
}
