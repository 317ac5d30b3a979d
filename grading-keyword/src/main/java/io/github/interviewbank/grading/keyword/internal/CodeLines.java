package io.github.interviewbank.grading.keyword.internal;

/**
 * Tells code from prose, line by line, so that an answer written mostly as code is read as an
 * answer and not as a bare list of terms. Not part of the API.
 *
 * <p>A line is code when it stands inside a {@code ```} fence (unless it is a list of terms, which
 * a fence does not turn into code), or when it reads as code outside one: it ends
 * with {@code ;}, <code>{</code> or <code>}</code>, starts with a statement keyword ({@code
 * return}, {@code def}, {@code SELECT}, {@code @Annotation} ...), or holds a call ({@code
 * name(}), an assignment ({@code x = }) or a comparison ({@code ==}). A comment ({@code //},
 * {@code #}, {@code --}, {@code /*}) ends the code part of its line: what follows is prose.
 */
final class CodeLines {
  private CodeLines() {}

  /** Keywords that start a statement; upper-case SQL keywords must be written in capitals. */
  private static final WordSet STATEMENT_STARTS = WordSet.of(
      "return", "def", "import", "public", "private", "protected", "static", "final", "const",
      "let", "var", "val", "func", "fn", "async", "await", "try", "catch", "throw", "package");

  private static final WordSet SQL_STARTS = WordSet.of(
      "SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "ROLLBACK", "CREATE", "ALTER",
      "DROP", "WHERE", "FROM", "JOIN", "VALUES", "SET", "ORDER", "GROUP", "LIMIT", "WITH");

  /** The state carried from line to line: whether a fence is open. */
  static final class State {
    boolean inFence;
  }

  /**
   * Classifies the line of {@code text} that starts at {@code from} and ends before {@code
   * lineEnd} (a line break or the end of the text). {@return where the line's code part ends:
   * {@code from} when the line is prose, up to {@code lineEnd} when it is code}
   */
  static int codeEnd(char[] text, int from, int lineEnd, State state) {
    int start = skipSpaces(text, from, lineEnd);
    if (startsWith(text, start, lineEnd, "```")) {
      state.inFence = !state.inFence;
      return lineEnd;
    }
    if (state.inFence) {
      return isTermList(text, start, lineEnd) ? from : commentStart(text, start, lineEnd);
    }
    // One pass finds the comment and counts, before it, what the tests below need: most lines
    // of most answers are prose, and a long one was read three times.
    char quote = 0;
    boolean inWord = false;
    boolean codeSign = false;
    int words = 0;
    int symbols = 0;
    int comment = lineEnd;
    for (int i = start; i < lineEnd; i++) {
      char c = text[i];
      if (c >= 'a' && c <= 'z') {
        // Most characters: a letter neither closes a quote nor starts a comment.
        words += inWord ? 0 : 1;
        inWord = true;
        continue;
      }
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if ((c == '/' || c == '#' || c == '-') && startsComment(text, start, i, lineEnd)) {
        comment = i;
        break;
      }
      boolean space = c == ' ' || c == '\t';
      words += space || inWord ? 0 : 1;
      inWord = !space;
      symbols += isCodePunctuation(c) ? 1 : 0;
      codeSign |= isCodeSign(c);
    }
    // Each test of readsAsCode needs one of ; { } @ ( = before the comment, or a statement
    // keyword first: a line with neither is prose.
    if ((!codeSign && !startsWithKeyword(text, start, lineEnd)) || comment == start) {
      return from;
    }
    // Dense enough in code punctuation to be code: a paragraph of prose that mentions x = 1
    // once stays prose (its negations still count).
    boolean dense = words < 12 || symbols * 4 >= words;
    return readsAsCode(text, start, comment, dense) ? comment : from;
  }

  /** The characters that a line of code outside a fence needs: see {@link #readsAsCode}. */
  private static boolean isCodeSign(char c) {
    return switch (c) {
      case ';', '{', '}', '@', '(', '=' -> true;
      default -> false;
    };
  }

  /** Whether the text from {@code from} starts with a statement keyword and a space. */
  private static boolean startsWithKeyword(char[] text, int from, int end) {
    int wordEnd = from;
    while (wordEnd < end && Character.isLetter(text[wordEnd])) {
      wordEnd++;
    }
    if (wordEnd == from || wordEnd == end || text[wordEnd] != ' ') {
      return false;
    }
    String firstWord = new String(text, from, wordEnd - from);
    return STATEMENT_STARTS.contains(firstWord) || SQL_STARTS.contains(firstWord);
  }

  private static boolean isCodePunctuation(char c) {
    return switch (c) {
      case '(', ')', '{', '}', ';', '=', '<', '>', '[', ']' -> true;
      default -> false;
    };
  }

  private static int skipSpaces(char[] text, int from, int to) {
    int i = from;
    while (i < to && (text[i] == ' ' || text[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Where a comment starts on the line, or {@code lineEnd}; not inside a string literal. */
  private static int commentStart(char[] text, int from, int lineEnd) {
    char quote = 0;
    for (int i = from; i < lineEnd; i++) {
      char c = text[i];
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if ((c == '/' || c == '#' || c == '-') && startsComment(text, from, i, lineEnd)) {
        return i;
      }
    }
    return lineEnd;
  }

  /**
   * Whether a comment ({@code //}, {@code /*}, {@code # }, {@code -- }) starts at {@code i}, on
   * a line whose text starts at {@code from}. Only {@code / # -} can start one.
   */
  private static boolean startsComment(char[] text, int from, int i, int lineEnd) {
    char c = text[i];
    char next = i + 1 < lineEnd ? text[i + 1] : ' ';
    boolean atWordStart = i == from || text[i - 1] == ' ' || text[i - 1] == '\t';
    return (c == '/' && (next == '/' || next == '*'))
        || (c == '#' && atWordStart && (next == ' ' || next == '\t'))
        || (c == '-' && next == '-' && atWordStart && i + 2 < lineEnd && text[i + 2] == ' ');
  }

  /**
   * Whether a line outside a fence, without its comment ({@code text[from, to)}), reads as code;
   * {@code dense} tells whether it is dense enough in code punctuation to be code.
   */
  private static boolean readsAsCode(char[] text, int from, int to, boolean dense) {
    int end = to;
    while (end > from && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end == from) {
      return false;
    }
    char last = text[end - 1];
    // A sentence ("Vertical scaling = a bigger machine.") or a list of terms ("SELECT FOR
    // UPDATE, version column, deadlock") is prose, whatever symbols it holds. The tests run
    // cheapest first: most lines of prose end a sentence, and most others are not dense.
    if (last == '.' || last == '!' || last == '?' || !dense) {
      return false;
    }
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    if (isTermList(text, from, end)) {
      return false;
    }
    char first = text[from];
    if (first == '@' && from + 1 < end && Character.isLetter(text[from + 1])) {
      return true;
    }
    if (startsWithKeyword(text, from, end)) {
      return true;
    }
    for (int i = from + 1; i < end; i++) {
      char c = text[i];
      char prev = text[i - 1];
      char next = i + 1 < end ? text[i + 1] : ' ';
      // A call: an identifier of two or more characters directly followed by '(' ("O(1)" is
      // notation, not a call).
      if (c == '(' && (Character.isLetterOrDigit(prev) || prev == '_')
          && identifierLength(text, from, i) >= 2 && !startsWith(text, i, end, "(s)")) {
        return true;
      }
      // An assignment or a comparison: "x = 1", "a == b", "a != b", "x += 1".
      if (c == '=' && (next == '=' || "!+-*<>".indexOf(prev) >= 0
          || (prev == ' ' && next == ' '))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Three or more items of at most three words each, separated by commas outside brackets and
   * quotes.
   */
  private static boolean isTermList(char[] text, int from, int to) {
    int items = 1;
    int words = 0;
    int longest = 0;
    int depth = 0;
    boolean inWord = false;
    char quote = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
        continue;
      }
      switch (c) {
        case '"', '\'' -> quote = c;
        case '(', '[', '{' -> depth++;
        case ')', ']', '}' -> depth = Math.max(0, depth - 1);
        default -> { }
      }
      if (c == ',' && depth == 0) {
        items++;
        longest = Math.max(longest, words);
        words = 0;
      }
      boolean wordChar = Analyzer.isLetterOrDigit(c);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    longest = Math.max(longest, words);
    return items >= 3 && longest <= 3;
  }

  /** Whether {@code text[at, end)} starts with {@code prefix}. */
  private static boolean startsWith(char[] text, int at, int end, String prefix) {
    if (end - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int identifierLength(char[] text, int from, int end) {
    int i = end;
    while (i > from && (Character.isLetterOrDigit(text[i - 1])
        || text[i - 1] == '_' || text[i - 1] == '.')) {
      i--;
    }
    return end - i;
  }
}
