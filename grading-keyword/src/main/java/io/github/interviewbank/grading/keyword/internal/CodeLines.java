package io.github.interviewbank.grading.keyword.internal;

import java.util.Arrays;

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

  /** Code punctuation, as the masks of {@link #in}: what {@link #dense} weighs. */
  private static final String CODE_PUNCTUATION = "(){};=<>[]";
  private static final long CODE_PUNCTUATION_LOW = mask(CODE_PUNCTUATION, 0);
  private static final long CODE_PUNCTUATION_HIGH = mask(CODE_PUNCTUATION, 64);

  /** What {@link #readsAsCode} can take a line for code by, but for a keyword first. */
  private static final String CODE_SIGNS = ";{}@(=";
  private static final int PARENTHESIS = CODE_SIGNS.indexOf('(');
  private static final int EQUALS = CODE_SIGNS.indexOf('=');

  /**
   * The characters {@link #commentAndSymbols} stops at: code punctuation, quotes and what starts
   * a comment.
   */
  private static final String SCANNED = CODE_PUNCTUATION + "\"`/#-";
  private static final long SCANNED_LOW = mask(SCANNED, 0);
  private static final long SCANNED_HIGH = mask(SCANNED, 64);

  /** The bits of the ASCII characters of {@code chars} from {@code base} to {@code base + 63}. */
  private static long mask(String chars, int base) {
    long mask = 0;
    for (int i = 0; i < chars.length(); i++) {
      int c = chars.charAt(i);
      if (c >= base && c < base + 64) {
        mask |= 1L << (c - base);
      }
    }
    return mask;
  }

  /**
   * Whether {@code c} is one of a set of ASCII characters given as two masks, of characters 0 to
   * 63 and 64 to 127: one test per character where a switch takes several.
   */
  private static boolean in(char c, long low, long high) {
    return c < 128 && (((c < 64 ? low : high) >>> c) & 1) != 0;
  }

  /**
   * The state carried from line to line of one text: whether a fence is open; and where the next
   * of each character or pair that {@link #commentAndSymbols} looks for stands, found with
   * {@link String#indexOf} (many characters at a time) and searched for again only once a line
   * starts past it, so that the searches read the text about once. Reused from text to text
   * ({@link #start}), so that a text allocates nothing for it.
   */
  static final class State {
    boolean inFence;
    private String source = "";
    /** The next of each of {@link #CODE_PUNCTUATION}'s characters, or -1 before any search. */
    private final int[] punctuation = new int[CODE_PUNCTUATION.length()];
    /** The next comment start of each of {@link #COMMENT_STARTS}, or -1 before any search. */
    private final int[] commentStarts = new int[COMMENT_STARTS.length()];
    /** The next of each of {@link #CODE_SIGNS}' characters, or -1 before any search. */
    private final int[] codeSigns = new int[CODE_SIGNS.length()];

    /** {@return this state, set for the start of {@code text}} */
    State start(String text) {
      inFence = false;
      source = text;
      Arrays.fill(punctuation, -1);
      Arrays.fill(commentStarts, -1);
      Arrays.fill(codeSigns, -1);
      return this;
    }

    /** Whether {@code [from, to)} holds none of {@link #CODE_SIGNS}' characters. */
    boolean noCodeSign(int from, int to) {
      for (int k = 0; k < codeSigns.length; k++) {
        if (nextCodeSign(k, from) < to) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@return where the next of {@link #CODE_SIGNS}' {@code k}th character stands from {@code
     * from}, or the text's length} Calls with {@code from} rising search the text once.
     */
    int nextCodeSign(int k, int from) {
      int at = codeSigns[k];
      if (at < from) {
        at = source.indexOf(CODE_SIGNS.charAt(k), from);
        at = at < 0 ? source.length() : at;
        codeSigns[k] = at;
      }
      return at;
    }

    /**
     * Whether nothing in {@code [from, to)} can start a comment: no {@code //}, {@code /*},
     * {@code --} and no {@code #}.
     */
    boolean noCommentStart(int from, int to) {
      for (int k = 0; k < COMMENT_STARTS.length(); k++) {
        int at = commentStarts[k];
        if (at < from) {
          at = nextCommentStart(k, from);
          commentStarts[k] = at;
        }
        if (at < to) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@return the next of {@link #COMMENT_STARTS}' {@code k}th character from {@code from} that
     * its {@link #COMMENT_SECONDS} can follow, or the text's length} A search for the character
     * (many characters at a time: a search for a string of two is several times slower), checked
     * where it stands.
     */
    private int nextCommentStart(int k, int from) {
      char first = COMMENT_STARTS.charAt(k);
      String seconds = COMMENT_SECONDS[k];
      int at = source.indexOf(first, from);
      while (at >= 0 && !seconds.isEmpty()
          && (at + 1 == source.length() || seconds.indexOf(source.charAt(at + 1)) < 0)) {
        at = source.indexOf(first, at + 1);
      }
      return at < 0 ? source.length() : at;
    }

    /** {@return how many characters of code punctuation {@code [from, to)} holds} */
    int punctuationIn(int from, int to) {
      int count = 0;
      for (int k = 0; k < punctuation.length; k++) {
        char c = CODE_PUNCTUATION.charAt(k);
        int at = punctuation[k];
        if (at < from) {
          at = source.indexOf(c, from);
          at = at < 0 ? source.length() : at;
        }
        while (at < to) {
          count++;
          at = source.indexOf(c, at + 1);
          at = at < 0 ? source.length() : at;
        }
        punctuation[k] = at;
      }
      return count;
    }
  }

  /**
   * What can start a comment, as {@link #commentAndSymbols} reads one: each of these characters,
   * followed by one of its {@link #COMMENT_SECONDS} ({@code //}, {@code /*}, {@code --}, {@code #}).
   */
  private static final String COMMENT_STARTS = "/-#";

  /** The characters that can follow each of {@link #COMMENT_STARTS}' in a comment's start. */
  private static final String[] COMMENT_SECONDS = {"/*", "-", ""};

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
    if (!state.inFence && cannotReadAsCode(text, start, lineEnd, state)) {
      // Most lines of most answers: one cheap pass instead of the scan and checks below.
      return from;
    }
    // A line where nothing can start a comment (most lines of prose) has its code punctuation
    // counted by the searches of the state, not character by character, and only if
    // readsAsCode needs the count (-1 until then).
    int comment = lineEnd;
    int symbols = -1;
    if (!state.noCommentStart(start, lineEnd)) {
      long scan = commentAndSymbols(text, start, lineEnd);
      comment = (int) (scan >>> 32);
      symbols = (int) scan;
    }
    if (state.inFence) {
      return isTermList(text, start, lineEnd) ? from : comment;
    }
    if (comment == start) {
      // A line that is only a comment, outside a fence: prose that happens to start with '#'.
      return from;
    }
    return readsAsCode(text, start, comment, symbols, state) ? comment : from;
  }

  /**
   * Whether a line outside a fence holds none of what {@link #readsAsCode} looks for: no {@code
   * ; { } @ ( =} and no statement keyword first. Such a line is prose, wherever a comment starts.
   * The signs are found by the state's searches, many characters at a time: the analysis reads
   * every character of the line anyway, and this check would otherwise read them all again.
   */
  private static boolean cannotReadAsCode(char[] text, int from, int to, State state) {
    return state.noCodeSign(from, to) && !startsWithKeyword(text, from, to);
  }

  /** Whether the text from {@code from} starts with a statement keyword and a space. */
  static boolean startsWithKeyword(char[] text, int from, int end) {
    int wordEnd = from;
    while (wordEnd < end && Character.isLetter(text[wordEnd])) {
      wordEnd++;
    }
    if (wordEnd == from || wordEnd == end || text[wordEnd] != ' ') {
      return false;
    }
    return STATEMENT_STARTS.contains(text, from, wordEnd)
        || SQL_STARTS.contains(text, from, wordEnd);
  }

  /**
   * Whether a line outside a fence is dense enough in code punctuation to be code: a paragraph of
   * prose that mentions {@code x = 1} once stays prose (its negations still count). {@code
   * symbols} is the count of code punctuation in {@code text[from, to)}.
   */
  static boolean dense(char[] text, int from, int to, int symbols) {
    // Dense means fewer than 12 words, or at most four words per symbol. The words are counted
    // only as far as the first that settles it: in prose, a few dozen characters into the line.
    int enough = Math.max(12, symbols * 4 + 1);
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      boolean space = c == ' ' || c == '\t';
      if (!space && !inWord && ++words == enough) {
        return false;
      }
      inWord = !space;
    }
    return true;
  }

  static int skipSpaces(char[] text, int from, int to) {
    int i = from;
    while (i < to && (text[i] == ' ' || text[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Where a comment starts on the line, or {@code lineEnd}, not inside a string literal; and how
   * many characters of code punctuation stand before it, for {@link #dense}. One pass: {@return
   * the comment's start in the high 32 bits, the count in the low 32}
   */
  static long commentAndSymbols(char[] text, int from, int lineEnd) {
    int symbols = 0;
    char quote = 0;
    for (int i = from; i < lineEnd; i++) {
      char c = text[i];
      // Most characters are neither punctuation nor quotes nor what starts a comment.
      if (!in(c, SCANNED_LOW, SCANNED_HIGH)) {
        continue;
      }
      if (in(c, CODE_PUNCTUATION_LOW, CODE_PUNCTUATION_HIGH)) {
        symbols++;
        continue;
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '`') {
        quote = c;
        continue;
      }
      char next = i + 1 < lineEnd ? text[i + 1] : ' ';
      boolean atWordStart = i == from || text[i - 1] == ' ' || text[i - 1] == '\t';
      if ((c == '/' && (next == '/' || next == '*'))
          || (c == '#' && atWordStart && (next == ' ' || next == '\t'))
          || (c == '-' && next == '-' && atWordStart && i + 2 < lineEnd
              && text[i + 2] == ' ')) {
        return (long) i << 32 | symbols;
      }
    }
    return (long) lineEnd << 32 | symbols;
  }

  /**
   * Whether a line outside a fence, without its comment, reads as code and is {@link #dense}.
   * {@code symbols} is the count of code punctuation in {@code text[from, to)}, or -1 for the
   * state to count it.
   */
  private static boolean readsAsCode(char[] text, int from, int to, int symbols, State state) {
    int end = withoutTrailingSpace(text, from, to);
    if (end == from) {
      return false;
    }
    char last = text[end - 1];
    // A sentence ("Vertical scaling = a bigger machine.") or a list of terms ("SELECT FOR
    // UPDATE, version column, deadlock") is prose, whatever symbols it holds. The tests run
    // cheapest first: most lines of prose end a sentence, most others show no sign of a
    // statement (found by the state's searches), and the rest are seldom dense.
    if (last == '.' || last == '!' || last == '?') {
      return false;
    }
    boolean statementEnd = last == ';' || last == '{' || last == '}';
    char first = text[from];
    boolean statement = statementEnd
        || (first == '@' && from + 1 < end && Character.isLetter(text[from + 1]))
        || startsWithKeyword(text, from, end) || callOrAssignment(text, from, end, state);
    if (!statement
        || !dense(text, from, to, symbols >= 0 ? symbols : state.punctuationIn(from, to))) {
      return false;
    }
    return statementEnd || !isTermList(text, from, end);
  }

  /** {@return where {@code text[from, to)} ends without its trailing white space} */
  static int withoutTrailingSpace(char[] text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    return end;
  }

  /**
   * Whether {@code text[from, end)} holds a call or an assignment after its first character,
   * visiting only its {@code (} and {@code =}, found by the state's searches.
   */
  private static boolean callOrAssignment(char[] text, int from, int end, State state) {
    for (int i = state.nextCodeSign(PARENTHESIS, from + 1); i < end;
        i = state.nextCodeSign(PARENTHESIS, i + 1)) {
      // A call: an identifier of two or more characters directly followed by '(' ("O(1)" is
      // notation, not a call).
      char prev = text[i - 1];
      if ((Character.isLetterOrDigit(prev) || prev == '_')
          && identifierLength(text, from, i) >= 2 && !startsWith(text, i, end, "(s)")) {
        return true;
      }
    }
    for (int i = state.nextCodeSign(EQUALS, from + 1); i < end;
        i = state.nextCodeSign(EQUALS, i + 1)) {
      // An assignment or a comparison: "x = 1", "a == b", "a != b", "x += 1".
      char prev = text[i - 1];
      char next = i + 1 < end ? text[i + 1] : ' ';
      if (next == '=' || "!+-*<>".indexOf(prev) >= 0 || (prev == ' ' && next == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Three or more items of at most three words each, separated by commas outside brackets and
   * quotes.
   */
  static boolean isTermList(char[] text, int from, int to) {
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
  static boolean startsWith(char[] text, int at, int end, String prefix) {
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

  static int identifierLength(char[] text, int from, int end) {
    int i = end;
    while (i > from && (Character.isLetterOrDigit(text[i - 1])
        || text[i - 1] == '_' || text[i - 1] == '.')) {
      i--;
    }
    return end - i;
  }
}
