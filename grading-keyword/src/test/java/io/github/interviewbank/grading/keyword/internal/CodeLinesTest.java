package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  /**
   * Line by line, in order, as the analysis reads a text: {@link CodeLines#codeEnd}, which finds
   * signs, comment starts and code punctuation with searches of the whole text and counts the
   * punctuation only where it decides, tells every line as the plain reading below does, which
   * scans each line character by character and decides in the order the rules are written.
   */
  @Property(tries = 3000)
  void linesAreToldAsTheCharacterByCharacterReadingTellsThem(@ForAll("lines") String text) {
    CodeLines.State state = new CodeLines.State().start(text);
    boolean[] fence = {false};
    char[] chars = text.toCharArray();
    List<Integer> found = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      found.add(CodeLines.codeEnd(chars, from, end, state));
      expected.add(plainCodeEnd(chars, from, end, fence));
      from = end + 1;
    }
    assertEquals(expected, found, () -> "lines of " + text);
  }

  /** Lines made of the pieces the rules look at: signs, keywords, calls, comments, fences. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("a", "ab", "x_y", " ", " ", "  ", "return ", "SELECT ", "select ", "@",
        "@Id", "(", ")", "(s)", "O(1)", "f(", "=", " = ", "==", "!=", "+=", "<", ">", ";", "{",
        "}", "[", "]", ",", ", ", ".", "!", "?", "-", "--", "-- ", "/", "//", "/*", "*", "#",
        " # ", "\"", "`", "```", "\n", "\n", "\t", "word ", "two words ", "and ")
        .list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  /** The rules of {@link CodeLines#codeEnd}, read character by character. */
  private static int plainCodeEnd(char[] text, int from, int lineEnd, boolean[] fence) {
    int start = CodeLines.skipSpaces(text, from, lineEnd);
    if (CodeLines.startsWith(text, start, lineEnd, "```")) {
      fence[0] = !fence[0];
      return lineEnd;
    }
    if (!fence[0] && !holdsAny(text, start, lineEnd, ";{}@(=")
        && !CodeLines.startsWithKeyword(text, start, lineEnd)) {
      return from;
    }
    long scan = CodeLines.commentAndSymbols(text, start, lineEnd);
    int comment = (int) (scan >>> 32);
    if (fence[0]) {
      return CodeLines.isTermList(text, start, lineEnd) ? from : comment;
    }
    if (comment == start) {
      return from;
    }
    return plainReadsAsCode(text, start, comment, (int) scan) ? comment : from;
  }

  private static boolean holdsAny(char[] text, int from, int to, String signs) {
    for (int i = from; i < to; i++) {
      if (signs.indexOf(text[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean plainReadsAsCode(char[] text, int from, int to, int symbols) {
    int end = CodeLines.withoutTrailingSpace(text, from, to);
    if (end == from) {
      return false;
    }
    char last = text[end - 1];
    if (last == '.' || last == '!' || last == '?' || !CodeLines.dense(text, from, to, symbols)) {
      return false;
    }
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    if (CodeLines.isTermList(text, from, end)) {
      return false;
    }
    if (text[from] == '@' && from + 1 < end && Character.isLetter(text[from + 1])) {
      return true;
    }
    if (CodeLines.startsWithKeyword(text, from, end)) {
      return true;
    }
    for (int i = from + 1; i < end; i++) {
      char c = text[i];
      char prev = text[i - 1];
      char next = i + 1 < end ? text[i + 1] : ' ';
      if (c == '(' && (Character.isLetterOrDigit(prev) || prev == '_')
          && CodeLines.identifierLength(text, from, i) >= 2
          && !CodeLines.startsWith(text, i, end, "(s)")) {
        return true;
      }
      if (c == '=' && (next == '=' || "!+-*<>".indexOf(prev) >= 0
          || (prev == ' ' && next == ' '))) {
        return true;
      }
    }
    return false;
  }
}
