package io.github.interviewbank.grading.keyword.internal;

import java.util.Arrays;

/**
 * The analysed form of one text: tokens with their character spans, vocabulary entries,
 * sentence and clause structure, hyphenated compounds, and the statistics the keyword-list
 * heuristic reads. Reused between texts by one thread; not thread-safe. Not part of the API.
 */
final class TokenStream {
  /** The analysed text. */
  String source = "";

  /**
   * The analysed text's characters in {@code [0, source.length())}, copied by {@link #charsOf};
   * the array is reused between texts and may be longer.
   */
  char[] chars = new char[1024];

  int count;
  int[] start = new int[256];
  int[] end = new int[256];
  Vocabulary.Entry[] entry = new Vocabulary.Entry[256];
  int[] sentence = new int[256];
  /** Index of the first token of the token's clause: negation does not reach across clauses. */
  int[] clauseStart = new int[256];
  /**
   * Index of the first token of the token's phrase segment: like a clause, but commas do not end
   * it ("a single, typed endpoint"); phrases do not reach across segments.
   */
  int[] phraseStart = new int[256];
  /** Whether the token negates what follows it in its clause (after cancellations). */
  boolean[] negates = new boolean[256];
  /** For a part of a hyphenated compound, the token index where the compound ends; else 0. */
  int[] compoundEnd = new int[256];

  /** Hyphenated compounds: tokens {@code [compFirst, compEnd)} also read as one joined word. */
  int compounds;
  int[] compFirst = new int[16];
  int[] compEnd = new int[16];
  Vocabulary.Entry[] compEntry = new Vocabulary.Entry[16];

  /** The negating word whose scope holds the token, or -1 ({@link NegationScope}). */
  int[] governor = new int[256];
  /** Whether the speaker does not assert the token: a dismissed or rejected claim. */
  boolean[] denied = new boolean[256];
  /** Whether the token is denied by a dismissal ("X is not needed"), not as a reported claim. */
  boolean[] dismissed = new boolean[256];

  /**
   * Token ranges {@code [from, to)}, as pairs, of what the answer says its speaker's team did
   * before changing course ({@link NegationScope}); {@link #supersededRanges} pairs are in use.
   */
  int[] superseded = new int[8];

  int supersededRanges;

  /** Whether token {@code t} tells of a practice the answer says was replaced. */
  boolean superseded(int t) {
    for (int i = 0; i < supersededRanges; i++) {
      if (superseded[2 * i] <= t && t < superseded[2 * i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code [from, to)} to {@link #superseded}. */
  void supersede(int from, int to) {
    if (from >= to) {
      return;
    }
    if (supersededRanges > 0 && superseded[2 * supersededRanges - 1] == from) {
      superseded[2 * supersededRanges - 1] = to;
      return;
    }
    if (2 * supersededRanges + 2 > superseded.length) {
      superseded = Arrays.copyOf(superseded, superseded.length * 2);
    }
    superseded[2 * supersededRanges] = from;
    superseded[2 * supersededRanges + 1] = to;
    supersededRanges++;
  }

  /** Whether the token stands in a fragment segment: a term between commas, not a statement. */
  boolean[] fragment = new boolean[256];
  /** Whether the token is a part of an identifier written in camel or snake case. */
  boolean[] identifier = new boolean[256];

  /** Whether the token stands in code (not in a comment): it never negates. */
  boolean[] code = new boolean[256];

  /** Whether the token is prose on a line of code: a comment in or beside code. */
  boolean[] codeComment = new boolean[256];

  /**
   * The tokens whose word has one of {@link Vocabulary#SCOPE}'s flags, in order: {@code
   * marked[0, markedCount)}.
   */
  int[] marked = new int[32];

  int markedCount;

  /** Words of prose in total, function words among them, and words in fragment segments. */
  int words;
  int functionWords;
  int fragmentWords;
  /** Words standing in code: not prose, so not counted above. */
  int codeWords;
  int sentences;

  final Porter2Stemmer stemmer = new Porter2Stemmer();
  /** The line-to-line state of telling code from prose, reused for each text. */
  final CodeLines.State codeLines = new CodeLines.State();
  char[] fold = new char[64];
  /** The {@link Vocabulary#key} of the last {@link Analyzer#fold} result. */
  long foldKey;

  /**
   * Starts a new text. The flags that only some tokens set ({@link #compoundEnd}, {@link #code},
   * {@link #codeComment}, {@link #fragment}, {@link #identifier}) are cleared here, for the last
   * text's tokens, in bulk: beyond {@link #count} they are always clear, so adding a token need
   * not clear them one by one. ({@link #trim} may have replaced the arrays with shorter, clear
   * ones.)
   */
  void reset() {
    markedCount = 0;
    int n = Math.min(count, code.length);
    Arrays.fill(compoundEnd, 0, n, 0);
    Arrays.fill(code, 0, n, false);
    Arrays.fill(codeComment, 0, n, false);
    Arrays.fill(fragment, 0, n, false);
    Arrays.fill(identifier, 0, n, false);
    count = 0;
    compounds = 0;
    words = 0;
    functionWords = 0;
    fragmentWords = 0;
    codeWords = 0;
    sentences = 0;
  }

  /** Copies {@code text} into {@link #chars}, growing it if needed; {@return the array} */
  char[] charsOf(String text) {
    if (chars.length < text.length()) {
      chars = new char[Math.max(text.length(), chars.length * 2)];
    }
    text.getChars(0, text.length(), chars, 0);
    return chars;
  }

  /**
   * The first token of each sentence, for the first {@link #sentences} sentences (sentence ids
   * are consecutive from 0 in token order), so that passes over sentences need not find their
   * ends token by token; {@link #sentenceEnd} reads it.
   */
  int[] sentenceStart = new int[32];

  /**
   * Whether a sentence holds a token marked {@link #fragment} during the analysis (before
   * {@link Analyzer} keeps only the fragments of lists), by sentence id.
   */
  boolean[] sentenceHasFragment = new boolean[32];

  /** Records that sentence {@code s} starts with the next token added, {@link #count}. */
  void startSentence(int s) {
    if (s >= sentenceStart.length) {
      sentenceStart = Arrays.copyOf(sentenceStart, s * 2);
      sentenceHasFragment = Arrays.copyOf(sentenceHasFragment, s * 2);
    }
    sentenceStart[s] = count;
    sentenceHasFragment[s] = false;
  }

  /** {@return the token after the last of sentence {@code s}, one of the first {@link #sentences}} */
  int sentenceEnd(int s) {
    return s + 1 < sentences ? sentenceStart[s + 1] : count;
  }

  /**
   * Makes room for one more token. The growing is a method of its own, called only when full:
   * inlined into {@code Analyzer.add}, its twelve copies made the compiled {@code add} too big
   * for the compiler to inline into the analysis loop, which adds every token.
   */
  void ensureToken() {
    if (count == start.length) {
      growTokens();
    }
  }

  private void growTokens() {
    int n = count * 2;
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    entry = Arrays.copyOf(entry, n);
    sentence = Arrays.copyOf(sentence, n);
    clauseStart = Arrays.copyOf(clauseStart, n);
    phraseStart = Arrays.copyOf(phraseStart, n);
    negates = Arrays.copyOf(negates, n);
    compoundEnd = Arrays.copyOf(compoundEnd, n);
    code = Arrays.copyOf(code, n);
    codeComment = Arrays.copyOf(codeComment, n);
    fragment = Arrays.copyOf(fragment, n);
    identifier = Arrays.copyOf(identifier, n);
  }

  /** Adds token {@code t} to {@link #marked}. */
  void mark(int t) {
    if (markedCount == marked.length) {
      marked = Arrays.copyOf(marked, markedCount * 2);
    }
    marked[markedCount++] = t;
  }

  /** Makes the scope arrays as long as the token arrays. */
  void ensureScope() {
    if (governor.length < start.length) {
      governor = new int[start.length];
      denied = new boolean[start.length];
      dismissed = new boolean[start.length];
    }
  }

  void ensureCompound() {
    if (compounds == compFirst.length) {
      int n = compounds * 2;
      compFirst = Arrays.copyOf(compFirst, n);
      compEnd = Arrays.copyOf(compEnd, n);
      compEntry = Arrays.copyOf(compEntry, n);
    }
  }

  /** Drops very large arrays after an unusually long text, so a thread does not keep them. */
  void trim() {
    if (start.length > 1 << 14) {
      start = new int[256];
      end = new int[256];
      entry = new Vocabulary.Entry[256];
      sentence = new int[256];
      clauseStart = new int[256];
      phraseStart = new int[256];
      negates = new boolean[256];
      compoundEnd = new int[256];
      code = new boolean[256];
      codeComment = new boolean[256];
      fragment = new boolean[256];
      identifier = new boolean[256];
      governor = new int[256];
      denied = new boolean[256];
      dismissed = new boolean[256];
    }
    if (marked.length > 1 << 12) {
      marked = new int[32];
    }
    if (superseded.length > 1 << 10) {
      superseded = new int[8];
    }
    if (chars.length > 1 << 16) {
      chars = new char[1024];
    }
    if (sentenceStart.length > 1 << 12) {
      sentenceStart = new int[32];
      sentenceHasFragment = new boolean[32];
    }
    if (compFirst.length > 1 << 12) {
      compFirst = new int[16];
      compEnd = new int[16];
      compEntry = new Vocabulary.Entry[16];
    }
    source = "";
    codeLines.start("");
    // The entries refer to shared, immutable vocabulary; clear them so texts are not retained.
    Arrays.fill(entry, 0, Math.min(count, entry.length), null);
    Arrays.fill(compEntry, 0, Math.min(compounds, compEntry.length), null);
  }

  /** The share of words standing in short fragments without function words, in [0, 1]. */
  double fragmentShare() {
    return words == 0 ? 0 : (double) fragmentWords / words;
  }

  /** The share of function words, in [0, 1]. */
  double functionShare() {
    return words == 0 ? 0 : (double) functionWords / words;
  }
}
