package io.github.interviewbank.grading.keyword.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits technical English into tokens in one linear pass, keeping technical terms whole ({@code
 * N+1}, {@code 2PC}, {@code HTTP/2}, {@code O(1)}, {@code C++}, {@code key-value}), folding case
 * and accents, and marking sentences, clauses and negations. Not part of the API.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A token is a run of letters, digits and combining marks. Inside a token: an apostrophe
 *       between letters ({@code isn't}), a hyphen before a letter or digit ({@code key-value},
 *       read both as its parts and as one joined word), a dot between digits ({@code 1.1}), a
 *       slash before a digit ({@code HTTP/2}), a plus before a digit ({@code N+1}) or trailing
 *       plus signs and a trailing {@code #} ({@code C++}, {@code C#}), an underscore between
 *       word characters. {@code O(...)} with a short argument is one token ({@code O(log n)}
 *       becomes {@code o(logn)}).
 *   <li>Folding: lower case; accents and compatibility forms removed (NFKD, marks dropped); the
 *       plural {@code s} of an upper-case acronym dropped ({@code TTLs} is {@code ttl}).
 *   <li>Sentences end at {@code . ! ?} followed by a space (not after one-letter abbreviations
 *       such as {@code e.g.}) and at line breaks. Clauses also end at {@code , ; : ( ) [ ] | /}
 *       and dashes, and a contrast word ({@code but, whereas, while, although, however,
 *       unlike, instead, rather} ...) starts a new clause.
 *   <li>Negation: the words of {@link WordLists#NEGATORS}, except {@code not only/just/merely},
 *       {@code no matter} and {@code or not}; {@code instead} negates only in {@code instead
 *       of}, {@code rather} only in {@code rather than}, {@code opposed} in {@code as opposed
 *       to}.
 * </ul>
 */
final class Analyzer {
  /** Tokens longer than this are noise (hashes, base64, a keyboard held down): not analysed. */
  static final int MAX_TOKEN = 48;

  private static final Vocabulary.Entry NOISE =
      new Vocabulary.Entry("", "", Vocabulary.TECHNICAL);

  private static final WordSet ABBREVIATIONS =
      WordSet.of("eg", "ie", "vs", "etc", "approx", "incl", "esp", "cf", "al", "mr", "dr");

  private Analyzer() {}

  /** Analyses {@code text} into {@code out}, which is reset first. */
  static void analyze(String source, TokenStream out) {
    out.reset();
    out.source = source;
    int n = source.length();
    // The scans below read most characters several times: from an array, not through charAt.
    char[] text = out.charsOf(source);
    int sentence = 0;
    out.startSentence(0);
    int clauseStart = 0;
    int phraseStart = 0;
    int segmentWords = 0;
    int segmentFirst = 0;
    boolean segmentHasFunction = false;
    int segmentCommentWords = 0;
    int i = 0;
    CodeLines.State fence = out.codeLines.start(source);
    int codeUntil = 0;
    boolean codeLine = false;
    int lineStart = 0;
    int feed = -1;
    int carriage = -1;
    while (i < n) {
      if (i == lineStart) {
        // The next line feed and carriage return, found with String.indexOf (many characters at
        // a time) and searched for again only once passed: linear in the text.
        if (feed < i) {
          feed = source.indexOf('\n', i);
          feed = feed < 0 ? n : feed;
        }
        if (carriage < i) {
          carriage = source.indexOf('\r', i);
          carriage = carriage < 0 ? n : carriage;
        }
        int lineEnd = Math.min(feed, carriage);
        boolean fenced = fence.inFence;
        codeUntil = CodeLines.codeEnd(text, i, lineEnd, fence);
        codeLine = fenced || fence.inFence || codeUntil > i;
        lineStart = lineEnd + 1;
      }
      // Every character passes here. A space, the commonest character between words, neither
      // starts a word nor ends anything: skip the checks and the switch below.
      char c = text[i];
      if (c == ' ') {
        i++;
        continue;
      }
      // Decode a code point only where a surrogate pair may start.
      int cp = Character.isHighSurrogate(c) ? Character.codePointAt(text, i, n) : c;
      if (isWordChar(cp)) {
        int first = out.count;
        boolean inCode = i < codeUntil;
        int consumed = plainWord(text, i, n, out);
        // A plain word already remembered, nearly every word, takes the vocabulary's probe
        // alone, which is small enough to inline here. Any other token, and a plain word seen
        // for the first time, takes the general path (emit), which analyses and remembers it.
        Vocabulary.Entry entry = consumed < 0 ? null
            : Vocabulary.find(out.fold, consumed - i, out.foldKey);
        if (entry != null) {
          add(i, consumed, out, sentence, clauseStart, entry);
        } else {
          consumed = emit(text, i, consumed < 0 ? scanToken(text, i, n) : consumed, out,
              sentence, clauseStart, inCode);
        }
        if (inCode) {
          // Code is read for its words, but says nothing about prose style, and its keywords
          // ("while", "not") are neither contrasts nor negations.
          out.codeWords += out.count > first ? 1 : 0;
          for (int t = first; t < out.count; t++) {
            out.phraseStart[t] = phraseStart;
            out.code[t] = true;
          }
          i = consumed;
          continue;
        }
        // A contrast word opens a new clause and phrase segment that start with it.
        boolean function = false;
        for (int t = first; t < out.count; t++) {
          out.codeComment[t] = codeLine;
          if (out.entry[t].has(Vocabulary.CONTRAST) && !exceptive(out, t)) {
            clauseStart = t;
            // "store events instead (of state)", "X rather than Y" can still be one phrase.
            String w = out.entry[t].surface;
            if (!w.equals("instead") && !w.equals("rather")) {
              phraseStart = t;
            }
            for (int u = t; u < out.count; u++) {
              out.clauseStart[u] = t;
            }
          }
          out.phraseStart[t] = phraseStart;
          function |= out.entry[t].has(Vocabulary.FUNCTION);
        }
        // A hyphenated compound (at-least-once) counts as one word.
        if (out.count > first) {
          out.words++;
          segmentWords++;
          segmentCommentWords += codeLine ? 1 : 0;
          if (function) {
            out.functionWords++;
            segmentHasFunction = true;
          }
        }
        i = consumed;
        continue;
      }
      int width = Character.charCount(cp);
      boolean sentenceEnd = false;
      boolean clauseEnd = false;
      boolean phraseEnd = false;
      switch (cp) {
        case '.', '!', '?', '\u3002' -> {
          int next = i + 1 < n ? text[i + 1] : ' ';
          int prev = i > 0 ? text[i - 1] : ' ';
          // Not an ellipsis ("SELECT ... FOR UPDATE"), not a placeholder ("id = ?").
          boolean ellipsis = prev == '.' || next == '.';
          boolean afterWord = Character.isLetterOrDigit(prev) || prev == ')' || prev == '"'
              || prev == '\'' || prev == '\u201D';
          if (!ellipsis && afterWord && (Character.isWhitespace(next) || next == '"'
              || next == ')' || next == '\'' || next == '\u201D')) {
            sentenceEnd = cp != '.' || !afterAbbreviation(out);
          }
          clauseEnd = sentenceEnd;
        }
        case '\n', '\r', '\u2028', '\u2029', '\u0085' -> sentenceEnd = true;
        case ';', ':', '|', '\u2014', '\u2013', '\u2022', '\u00B7' -> phraseEnd = true;
        case ',', '(', ')', '[', ']', '{', '}', '/', '\\', '"', '\u201C', '\u201D', '\u2026',
            '<', '>', '=', '*', '\t', '\u2192' -> clauseEnd = true;
        case '-' -> {
          // A hyphen outside a word is a dash or a list bullet; in an arrow (->) it is not.
          boolean arrow = i + 1 < n && text[i + 1] == '>';
          phraseEnd = !arrow;
          clauseEnd = arrow;
        }
        default -> {
          // other punctuation and spaces neither end clauses nor sentences
        }
      }
      if (sentenceEnd || phraseEnd) {
        phraseStart = out.count;
        clauseEnd = true;
      }
      if (sentenceEnd || clauseEnd) {
        if (sentenceEnd && out.count > 0 && lastSentence(out) == sentence) {
          sentence++;
          out.startSentence(sentence);
        }
        clauseStart = out.count;
        if (segmentWords > 0) {
          if (isFragment(segmentWords, segmentHasFunction)) {
            // A comment on a line of code is terse by custom ("// pin alg, never accept none"):
            // it is a fragment, but does not make the answer read as a list of terms.
            out.fragmentWords += segmentWords - segmentCommentWords;
            markFragment(out, segmentFirst);
          }
          segmentWords = 0;
          segmentCommentWords = 0;
          segmentHasFunction = false;
        }
        segmentFirst = out.count;
      }
      i += width;
    }
    if (segmentWords > 0 && isFragment(segmentWords, segmentHasFunction)) {
      out.fragmentWords += segmentWords - segmentCommentWords;
      markFragment(out, segmentFirst);
    }
    out.sentences = out.count == 0 ? 0 : out.sentence[out.count - 1] + 1;
    keepFragmentsOfLists(out);
    markNegations(out);
  }

  /**
   * A fragment is a segment (between commas, semicolons, line breaks, bullets ...) of at most two
   * words, or of three without a function word: a term, not a statement.
   */
  private static boolean isFragment(int words, boolean hasFunctionWord) {
    return words <= 2 || (words == 3 && !hasFunctionWord);
  }

  /**
   * Keeps the fragment mark only in sentences that are mostly fragments, two or more: a list of
   * terms. A lone fragment ("Monolith = one deployable unit"), or a parenthesis in prose ("HTTP/2
   * (2015) switched to ..."), is part of a statement.
   */
  private static void keepFragmentsOfLists(TokenStream out) {
    // A sentence without fragments has nothing to keep or clear.
    for (int s = 0; s < out.sentences; s++) {
      if (!out.sentenceHasFragment[s]) {
        continue;
      }
      int t = out.sentenceStart[s];
      int end = t;
      int fragments = 0;
      int fragmentTokens = 0;
      int prose = 0;
      int lastClause = -1;
      while (end < out.count && out.sentence[end] == out.sentence[t]) {
        if (out.fragment[end]) {
          fragmentTokens++;
          if (out.clauseStart[end] != lastClause) {
            fragments++;
            lastClause = out.clauseStart[end];
          }
        }
        prose += out.code[end] ? 0 : 1;
        end++;
      }
      if (fragments < 2 || fragmentTokens * 2 < prose) {
        for (int q = t; q < end; q++) {
          out.fragment[q] = false;
        }
      }
    }
  }

  /** Marks the prose tokens from {@code first} to the last one as standing in a fragment. */
  private static void markFragment(TokenStream out, int first) {
    for (int t = first; t < out.count; t++) {
      out.fragment[t] = !out.code[t];
      out.sentenceHasFragment[out.sentence[t]] |= out.fragment[t];
    }
  }

  /** "nothing but", "all but", "anything but": an exception, not a contrast. */
  private static boolean exceptive(TokenStream out, int t) {
    if (t == 0 || !out.entry[t].surface.equals("but")) {
      return false;
    }
    String prev = out.entry[t - 1].surface;
    return prev.equals("nothing") || prev.equals("all") || prev.equals("anything")
        || prev.equals("everything");
  }

  private static int lastSentence(TokenStream out) {
    return out.sentence[out.count - 1];
  }

  private static boolean afterAbbreviation(TokenStream out) {
    if (out.count == 0) {
      return false;
    }
    String last = out.entry[out.count - 1].surface;
    int span = out.end[out.count - 1] - out.start[out.count - 1];
    return span == 1 || ABBREVIATIONS.contains(last);
  }

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * Reads, folds and keys a plain word in one pass: ASCII letters and digits, lower case after
   * the first character, ended by a character that ends every token ({@link #endsEveryToken}).
   * Most words of most answers are such words, and spare the separate scan for the token's end.
   * {@return the word's end, where {@link #scanToken} would end it, its folded form and key left
   * in {@code out.fold} and {@code out.foldKey}; or -1 for any other token, which {@link
   * #scanToken} and {@link #emit} then read}
   */
  private static int plainWord(char[] text, int from, int n, TokenStream out) {
    int end = foldPlainRun(text, from, Math.min(n, from + MAX_TOKEN), out);
    if (end < 0 || (end < n && !endsEveryToken(text[end], text[end - 1]))) {
      return -1;
    }
    // "O(1)": big-O notation is one token (scanToken).
    if (end == from + 1 && out.fold[0] == 'o' && end < n && text[end] == '(') {
      return -1;
    }
    return end;
  }

  /**
   * Whether {@link #scanToken} ends any token at {@code c}, the character after a lower-case
   * letter or digit {@code prev}, whatever follows: not a letter, digit or non-ASCII character,
   * nor one of the signs that can join a word to what follows (an apostrophe, a hyphen, an
   * underscore, a slash, {@code +} and {@code #}, and a point after a digit).
   */
  private static boolean endsEveryToken(char c, char prev) {
    if (c >= 128 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return false;
    }
    return switch (c) {
      case '\'', '-', '_', '/', '+', '#' -> false;
      case '.' -> prev < '0' || prev > '9';
      default -> true;
    };
  }

  /** Returns the end (exclusive) of the token starting at {@code from}. */
  private static int scanToken(char[] text, int from, int n) {
    int i = from;
    // O(1), O(n), O(log n), O(n^2): big-O notation is one technical token.
    if ((text[i] == 'O' || text[i] == 'o') && i + 1 < n && text[i + 1] == '('
        && (i == 0 || !isWordChar(Character.codePointBefore(text, i)))) {
      int limit = Math.min(n, i + 17);
      for (int k = i + 2; k < limit; k++) {
        char c = text[k];
        if (c == ')') {
          if (k > i + 2) {
            return k + 1;
          }
          break;
        }
        if (c == '(' || c == '\n' || c == '\r') {
          break;
        }
      }
    }
    while (i < n) {
      char ch = text[i];
      // ASCII letters and digits first: by far the common case.
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
        i++;
        continue;
      }
      int cp = ch < 128 ? ch : Character.codePointAt(text, i, n);
      if (cp >= 128 && isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      char prev = text[i - 1];
      int next = i + 1 < n ? Character.codePointAt(text, i + 1, n) : -1;
      boolean nextWord = next >= 0 && isWordChar(next);
      if (isApostrophe(cp) && nextWord && Character.isLetter(next) && Character.isLetter(prev)) {
        i++;
      } else if (isHyphen(cp) && nextWord) {
        i++;
      } else if (cp == '.' && nextWord && Character.isDigit(prev) && Character.isDigit(next)) {
        i++;
      } else if (cp == '/' && nextWord && Character.isDigit(next) && Character.isLetter(prev)) {
        i++;
      } else if (cp == '+' && nextWord && Character.isDigit(next)) {
        i++;
      } else if ((cp == '+' || cp == '#') && !nextWord && Character.isLetter(prev)) {
        // C++, C#, F#, count++: trailing signs stay with the word
        i++;
        while (cp == '+' && i < n && text[i] == '+') {
          i++;
        }
        break;
      } else if (cp == '_' && nextWord) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Emits the token {@code text[from, to)}: one token, or the parts of a compound plus the
   * compound itself read as one joined word. Compounds are hyphenated words ({@code key-value}),
   * snake case ({@code base62_encode}) and camel case ({@code findAllByIdIn}, {@code
   * jwtVerify}); see {@link #camelBoundary}. Returns {@code to}.
   */
  private static int emit(char[] text, int from, int to, TokenStream out, int sentence,
      int clauseStart, boolean inCode) {
    if (to - from > MAX_TOKEN) {
      add(from, to, out, sentence, clauseStart, NOISE);
      return to;
    }
    int plain = foldPlainWord(text, from, to, out);
    if (plain > 0) {
      add(from, to, out, sentence, clauseStart,
          Vocabulary.lookup(out.fold, plain, out.foldKey, out.stemmer));
      return to;
    }
    // foldPlainWord turned the word down at its first character only if that is not ASCII (a
    // token starts with a letter or digit); at a later one, the word is not plain either.
    if (text[from] > 127 && isPlainWord(text, from, to)) {
      add(from, to, out, sentence, clauseStart, entryOf(text, from, to, out, false));
      return to;
    }
    int firstPart = out.count;
    int partStart = from;
    boolean camel = splitsCamelCase(text, from, to, inCode);
    for (int i = from; i <= to; i++) {
      boolean separator = i < to && (isHyphen(text[i]) || text[i] == '_');
      if (i == to || separator || (camel && i > partStart && camelBoundary(text, i, to))) {
        if (i > partStart) {
          add(partStart, i, out, sentence, clauseStart,
              entryOf(text, partStart, i, out, false));
        }
        partStart = separator ? i + 1 : i;
      }
    }
    if (out.count - firstPart >= 2) {
      boolean identifier = !hasHyphen(text, from, to);
      for (int t = firstPart; t < out.count; t++) {
        out.compoundEnd[t] = out.count;
        out.identifier[t] = identifier;
      }
      out.ensureCompound();
      int k = out.compounds++;
      out.compFirst[k] = firstPart;
      out.compEnd[k] = out.count;
      out.compEntry[k] = entryOf(text, from, to, out, true);
    }
    return to;
  }

  /**
   * Whether the token is one part whatever the rules below say: lower-case ASCII letters and
   * digits after its first character, so no separator and no camel-case boundary. Most words
   * are ({@link #foldPlainWord} takes those that start with an ASCII letter or digit), and this
   * one pass spares them the scans for parts.
   */
  private static boolean isPlainWord(char[] text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds a word of ASCII letters and digits, lower case after its first character (most
   * words), into {@code out.fold} in one pass, leaving its key in {@code out.foldKey} as {@link
   * #fold} would. {@return the folded length, or -1 when the word is not such a word}
   */
  private static int foldPlainWord(char[] text, int from, int to, TokenStream out) {
    return foldPlainRun(text, from, to, out) == to ? to - from : -1;
  }

  /**
   * Folds the longest run of {@code text[from, to)} that reads as the start of a plain word (an
   * ASCII letter or digit, then lower-case ASCII letters and digits) into {@code out.fold}, and
   * leaves the run's {@link Vocabulary#key} in {@code out.foldKey}. {@return where the run
   * ends, or -1 when {@code text[from]} cannot start one}
   */
  private static int foldPlainRun(char[] text, int from, int to, TokenStream out) {
    char first = text[from];
    if (first >= 'A' && first <= 'Z') {
      first = (char) (first + 32);
    } else if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))) {
      return -1;
    }
    if (out.fold.length < to - from) {
      out.fold = new char[(to - from) * 2 + 16];
    }
    char[] buf = out.fold;
    buf[0] = first;
    long key = first;
    int i = from + 1;
    while (i < to) {
      char c = text[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        break;
      }
      buf[i - from] = c;
      key = key << 7 | c;
      i++;
    }
    // ASCII letters and digits only: the key is whole if the run is short enough.
    out.foldKey = i - from <= Vocabulary.KEY_CHARS ? key : key | Long.MIN_VALUE;
    return i;
  }

  private static boolean hasHyphen(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isHyphen(text[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether camel case splits this token. In prose only identifiers that cannot be names do:
   * lower camel case ({@code findAll}, {@code jwtVerify}), names of three parts or more ({@code
   * OptimisticLockException}) and two words of twelve letters or more ({@code PreparedStatement});
   * in code every two-part name ({@code HashMap}). Names such as {@code NoSQL}, {@code GraphQL},
   * {@code MongoDB}, {@code iPhone} or {@code ETag} stay whole: a part shorter than two letters,
   * or a leading part of two letters before capitals, stops the split.
   */
  private static boolean splitsCamelCase(char[] text, int from, int to, boolean inCode) {
    int parts = 1;
    int partStart = from;
    for (int i = from + 1; i < to; i++) {
      char c = text[i];
      if (isHyphen(c) || c == '_' || !isLetterOrDigit(c)) {
        return false;
      }
      if (camelBoundary(text, i, to)) {
        boolean shortName = partStart == from && i - from == 2
            && isUpperCase(text[from]);
        if (i - partStart < 2 || shortName) {
          return false;
        }
        parts++;
        partStart = i;
      }
    }
    if (parts == 1 || to - partStart < 2) {
      return false;
    }
    boolean lowerFirst = isLowerCase(text[from]);
    // Two long words are a class name, not a product: PreparedStatement, AtomicInteger (not
    // GraphQL, MongoDB, GitHub, HashMap, JavaScript, WebSocket).
    boolean twoWords = to - from >= 12 && partStart - from >= 4 && to - partStart >= 4
        && isLowerCase(text[to - 1]);
    return lowerFirst || parts >= 3 || inCode || twoWords;
  }

  /**
   * A camel-case boundary before {@code i}: lower case then upper case ({@code find|All}), or an
   * acronym then a capitalised word of two or more letters ({@code HTTP|Server}).
   */
  private static boolean camelBoundary(char[] text, int i, int to) {
    char prev = text[i - 1];
    char c = text[i];
    if (!isUpperCase(c)) {
      return false;
    }
    if (isLowerCase(prev)) {
      return true;
    }
    return isUpperCase(prev) && i + 2 < to && isLowerCase(text[i + 1])
        && isLowerCase(text[i + 2]);
  }

  // The Character methods with the ASCII answer first: they run on every token or character.

  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isLowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  static boolean isLetterOrDigit(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  private static void add(int from, int to, TokenStream out, int sentence, int clauseStart,
      Vocabulary.Entry entry) {
    out.ensureToken();
    int t = out.count++;
    out.start[t] = from;
    out.end[t] = to;
    out.sentence[t] = sentence;
    out.clauseStart[t] = clauseStart;
    // The flags are clear (TokenStream.reset), and markNegations decides negates for every token.
    out.entry[t] = entry;
    if ((entry.flags & Vocabulary.SCOPE) != 0) {
      out.mark(t);
    }
  }

  /** Folds {@code text[from, to)} (without hyphens when {@code join}) and looks it up. */
  private static Vocabulary.Entry entryOf(
      char[] text, int from, int to, TokenStream out, boolean join) {
    if (to - from > MAX_TOKEN) {
      return NOISE;
    }
    int length = fold(text, from, to, out, join);
    if (length == 0 || length > MAX_TOKEN) {
      return NOISE;
    }
    return Vocabulary.lookup(out.fold, length, out.foldKey, out.stemmer);
  }

  /**
   * Folds into {@code out.fold} and leaves the folded form's {@link Vocabulary#key} in {@code
   * out.foldKey}; returns the folded length. ASCII text, the common case, takes one pass.
   */
  static int fold(char[] text, int from, int to, TokenStream out, boolean join) {
    if (out.fold.length < (to - from) * 2 + 4) {
      out.fold = new char[(to - from) * 2 + 16];
    }
    char[] buf = out.fold;
    int n = 0;
    int upper = 0;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c > 127) {
        ascii = false;
        break;
      }
      if ((join && c == '-') || c == ' ' || c == '\t') {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        upper++;
        c = (char) (c + 32);
      }
      buf[n++] = c;
    }
    if (ascii) {
      // The plural s of an upper-case acronym: TTLs, APIs, DBs, JWTs.
      if (n >= 3 && upper >= 2 && upper == n - 1 - digits(buf, n) && text[to - 1] == 's') {
        n--;
      }
      out.foldKey = Vocabulary.key(buf, n);
      return n;
    }
    n = 0;
    String folded = foldUnicode(new String(text, from, to - from));
    for (int i = 0; i < folded.length() && n < buf.length; i++) {
      char c = folded.charAt(i);
      if ((join && (c == '-' || c == '\u2010' || c == '\u2011')) || Character.isWhitespace(c)) {
        continue;
      }
      buf[n++] = c;
    }
    out.foldKey = Vocabulary.key(buf, n);
    return n;
  }

  private static int digits(char[] buf, int n) {
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (buf[i] >= '0' && buf[i] <= '9') {
        d++;
      }
    }
    return d;
  }

  /** Lower case, compatibility forms and accents removed, sharp s expanded. */
  static String foldUnicode(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp)) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString().toLowerCase(Locale.ROOT).replace("\u00DF", "ss").replace('\u2019', '\'');
  }

  /**
   * Whether token {@code t} is written with a capital and then lower case (Not, None) and does not
   * start a sentence or line: such a word is part of a name. All capitals (NOT) still negate.
   */
  private static boolean isTitleCaseInsideSentence(TokenStream out, int t) {
    int at = out.start[t];
    char[] text = out.chars;
    if (t == 0 || out.sentence[t - 1] != out.sentence[t] || out.end[t] - at < 2) {
      return false;
    }
    return Character.isUpperCase(text[at]) && Character.isLowerCase(text[at + 1]);
  }

  /**
   * Decides which negating words negate, after the cancellations described above. Only the
   * words that can negate are looked at ({@link TokenStream#marked}); no other token negates.
   */
  private static void markNegations(TokenStream out) {
    Arrays.fill(out.negates, 0, out.count, false);
    for (int k = 0; k < out.markedCount; k++) {
      int t = out.marked[k];
      if (!out.entry[t].has(Vocabulary.NEGATION_CANDIDATE) || out.code[t]) {
        continue;
      }
      if (isTitleCaseInsideSentence(out, t)) {
        // "304 Not Modified", "404 Not Found", "If-None-Match": a name, not a negation.
        continue;
      }
      String w = out.entry[t].surface;
      String next = t + 1 < out.count ? out.entry[t + 1].surface : "";
      String prev = t > 0 ? out.entry[t - 1].surface : "";
      boolean negates;
      switch (w) {
        case "not" -> negates = !WordLists.NOT_CANCELLERS.contains(next) && !prev.equals("or");
        case "no" -> negates = !next.equals("matter");
        case "nothing" -> negates = !prev.equals("or") && !next.equals("but"); // all or nothing
        case "instead" -> negates = next.equals("of");
        case "rather" -> negates = next.equals("than");
        case "opposed" -> negates = prev.equals("as") && next.equals("to");
        case "skip" -> negates = !next.equals("locked");
        default -> negates = out.entry[t].has(Vocabulary.NEGATOR);
      }
      out.negates[t] = negates;
    }
  }
}
