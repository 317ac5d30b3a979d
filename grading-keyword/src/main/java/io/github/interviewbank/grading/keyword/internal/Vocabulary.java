package io.github.interviewbank.grading.keyword.internal;

import org.jspecify.annotations.Nullable;

/**
 * A process-wide memo from a token's folded surface form to its analysis (stem and word-class
 * flags), so that repeated words cost one hash probe and no allocation. Lookups are lock-free;
 * insertions take a lock. It holds at most {@value #MAX_ENTRIES} entries; beyond that, new words
 * are analysed on every use instead of being remembered. Not part of the API.
 */
final class Vocabulary {
  /** The most words remembered: about 5 MB at most. */
  static final int MAX_ENTRIES = 1 << 15;

  /** Word-class flags of an {@link Entry}. */
  static final int FUNCTION = 1;

  static final int STOP = 1 << 1;
  static final int NEGATOR = 1 << 2;
  static final int CONTRAST = 1 << 3;
  /** Holds a digit or a symbol: not stemmed, never matched with misspelling tolerance. */
  static final int TECHNICAL = 1 << 4;
  /** A negating word, or one that negates in context (instead of, rather than, as opposed to). */
  static final int NEGATION_CANDIDATE = 1 << 5;
  /**
   * The word classes below are looked up on every token of every answer, so they are flags
   * decided once per word: a copula and a dismissive word ({@link NegationScope}), a sameness
   * word and a difference word ({@link SamenessClaims}).
   */
  static final int COPULA = 1 << 6;

  static final int DISMISSIVE = 1 << 7;
  static final int SAMENESS = 1 << 8;
  static final int DIFFERENCE = 1 << 9;
  /**
   * Any word a sameness claim can hinge on: a sameness word, a difference word, "same" or "name"
   * ({@link SamenessClaims#CUES}). The claim search tests it first on every token.
   */
  static final int CUE = 1 << 10;

  /**
   * A word that can name a practice as the wrong way ("mistake", "anti-pattern"'s "pattern"; see
   * {@link NegationScope}): tested first at every copula.
   */
  static final int WRONG = 1 << 11;

  /**
   * A verb in the past tense that tells of changing course ("switched", "migrated", "replaced";
   * see {@link NegationScope}): the pass that looks for such a story visits these words alone.
   */
  static final int CHANGE = 1 << 12;

  /**
   * A word that can open a sentence reporting a claim or labelling it wrong ("some say", "a common
   * belief is that", "Myth:"; see {@link NegationScope#opensReport}): the pass that looks for
   * such sentences reads on only from these words.
   */
  static final int OPENER = 1 << 13;

  /**
   * The flags of the words that the negation passes ({@link Analyzer}'s and {@link
   * NegationScope}'s) start from: a word that can negate, a copula, a dismissive word, a verb of
   * change. The
   * analysis lists its tokens with any of them ({@link TokenStream#marked}), so those passes
   * visit them alone instead of every token.
   */
  static final int SCOPE = NEGATION_CANDIDATE | COPULA | DISMISSIVE | CHANGE;

  /** The analysis of one folded surface form. Immutable. */
  static final class Entry {
    final String surface;
    /** The surface's characters, for comparing against a token without decoding a String. */
    final char[] chars;
    final String stem;
    final int flags;
    /** The surface's {@link Vocabulary#key}. */
    final long key;
    /** The surface's {@link Vocabulary#hash}. */
    final int hash;
    /**
     * The order in which the vocabulary remembered this word, from 0: a dense key for per-question
     * caches ({@link TermCache}); -1 for a word not remembered.
     */
    final int id;
    /** 0 unknown, 1 a dictionary word, 2 not: computed on first need (a benign race). */
    private int dictionary;

    Entry(String surface, String stem, int flags) {
      this.surface = surface;
      this.chars = surface.toCharArray();
      this.stem = stem;
      this.flags = flags;
      this.key = Vocabulary.key(chars, chars.length);
      this.hash = Vocabulary.hash(key, chars.length);
      this.id = -1;
    }

    private Entry(Entry word, int id) {
      this.surface = word.surface;
      this.chars = word.chars;
      this.stem = word.stem;
      this.flags = word.flags;
      this.key = word.key;
      this.hash = word.hash;
      this.id = id;
    }

    /** {@return this entry, remembered as the {@code id}th word} */
    Entry remembered(int id) {
      return new Entry(this, id);
    }

    boolean has(int flag) {
      return (flags & flag) != 0;
    }

    /**
     * Whether this is a correctly spelled English word, which misspelling tolerance must never
     * take for a typo of another word ("stale" is not a typo of "scale").
     */
    boolean isDictionaryWord() {
      int known = dictionary;
      if (known == 0) {
        String word = surface.endsWith("'s") ? surface.substring(0, surface.length() - 2)
            : surface.endsWith("'") ? surface.substring(0, surface.length() - 1) : surface;
        known = EnglishDictionary.contains(word) ? 1 : 2;
        dictionary = known;
      }
      return known == 1;
    }
  }

  private static final Object LOCK = new Object();
  private static volatile Entry[] table = new Entry[1 << 12];
  private static int size;

  private Vocabulary() {}

  /** The most characters a key holds whole: {@value} of 7 bits, in the low 63 bits of a long. */
  static final int KEY_CHARS = 9;

  /**
   * The key of the folded word {@code chars[0, length)}: its characters' low 7 bits, shifted in
   * one after the other. A word of at most {@value #KEY_CHARS} characters, all ASCII and none 0,
   * is its key (a key of 0 or more): two such words are the same exactly when their keys are.
   * Any other word's key has the sign bit set and holds only its last characters, so equal keys
   * are then only a hint, which the characters confirm. {@link Analyzer} computes it as it folds.
   */
  static long key(char[] chars, int length) {
    long k = 0;
    boolean whole = length <= KEY_CHARS;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      whole &= c != 0 && c < 128;
      k = k << 7 | (c & 0x7F);
    }
    return whole ? k : k | Long.MIN_VALUE;
  }

  /** {@return the table hash of a word of {@code length} characters whose key is {@code key}} */
  static int hash(long key, int length) {
    return (int) (((key ^ length) * 0x9E3779B97F4A7C15L) >>> 32);
  }

  /**
   * Returns the entry of the folded word {@code chars[0, length)}, whose {@link #key} is {@code
   * key}, analysing and remembering it on first sight. {@code stemmer} is the caller's own
   * (stemmers are not thread-safe).
   */
  static Entry lookup(char[] chars, int length, long key, Porter2Stemmer stemmer) {
    Entry e = find(chars, length, key);
    return e != null ? e : remember(chars, length, key, stemmer);
  }

  /**
   * {@return the remembered entry of the folded word {@code chars[0, length)}, whose {@link #key}
   * is {@code key}, or null} Only the probe, so that the compiler inlines it where a loop calls it
   * once per word; {@link #remember} does the rest. A word of at most {@link #KEY_CHARS}
   * characters is compared by its key alone, without reading the entry's characters.
   */
  static @Nullable Entry find(char[] chars, int length, long key) {
    Entry[] t = table;
    int mask = t.length - 1;
    for (int i = hash(key, length) & mask; ; i = (i + 1) & mask) {
      Entry e = t[i];
      if (e == null || (e.key == key && (key >= 0 || sameChars(e.chars, chars, length)))) {
        return e;
      }
    }
  }

  /** Analyses a word that {@link #find} did not find, and remembers it if there is room. */
  private static Entry remember(char[] chars, int length, long key, Porter2Stemmer stemmer) {
    Entry fresh = analyse(chars, length, stemmer);
    synchronized (LOCK) {
      if (size >= MAX_ENTRIES) {
        return fresh;
      }
      Entry[] current = table;
      if ((size + 1) * 2 > current.length) {
        current = grow(current);
        table = current;
      }
      int m = current.length - 1;
      for (int i = fresh.hash & m; ; i = (i + 1) & m) {
        Entry e = current[i];
        if (e == null) {
          Entry remembered = fresh.remembered(size++);
          current[i] = remembered;
          return remembered;
        }
        if (e.key == key && sameChars(e.chars, chars, length)) {
          return e;
        }
      }
    }
  }

  private static Entry[] grow(Entry[] old) {
    Entry[] bigger = new Entry[old.length * 2];
    int m = bigger.length - 1;
    for (Entry e : old) {
      if (e != null) {
        int i = e.hash & m;
        while (bigger[i] != null) {
          i = (i + 1) & m;
        }
        bigger[i] = e;
      }
    }
    return bigger;
  }

  private static boolean sameChars(char[] surface, char[] chars, int length) {
    if (surface.length != length) {
      return false;
    }
    // A plain loop: words are short, and Arrays.equals on ranges costs more in checks and set-up
    // than it saves on them.
    for (int i = 0; i < length; i++) {
      if (surface[i] != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /** Analyses a word that is not (or cannot be) remembered. */
  static Entry analyse(char[] chars, int length, Porter2Stemmer stemmer) {
    String surface = new String(chars, 0, length);
    boolean letters = true;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (!((c >= 'a' && c <= 'z') || c == '\'' || (c > 127 && Character.isLetter(c)))) {
        letters = false;
        break;
      }
    }
    int flags = 0;
    String stem;
    if (letters) {
      stem = stemmer.stem(surface);
    } else {
      stem = surface;
      flags |= TECHNICAL;
    }
    if (WordLists.FUNCTION.contains(surface)) {
      flags |= FUNCTION;
    }
    if (WordLists.isStopWord(surface)) {
      flags |= STOP;
    }
    if (WordLists.NEGATORS.contains(surface)) {
      flags |= NEGATOR | NEGATION_CANDIDATE;
    }
    if (WordLists.CONTEXT_NEGATORS.contains(surface)) {
      flags |= NEGATION_CANDIDATE;
    }
    if (WordLists.CONTRAST.contains(surface)) {
      flags |= CONTRAST;
    }
    if (NegationScope.COPULAS.contains(surface)) {
      flags |= COPULA;
    }
    if (NegationScope.DISMISSIVE.contains(surface)) {
      flags |= DISMISSIVE;
    }
    if (SamenessClaims.SAME.contains(surface)) {
      flags |= SAMENESS;
    }
    if (SamenessClaims.DIFFERENCE.contains(surface)) {
      flags |= DIFFERENCE;
    }
    if ((flags & (SAMENESS | DIFFERENCE)) != 0 || SamenessClaims.CUES.contains(surface)) {
      flags |= CUE;
    }
    if (NegationScope.WRONG_CUES.contains(surface)) {
      flags |= WRONG;
    }
    if (NegationScope.CHANGES.contains(surface)) {
      flags |= CHANGE;
    }
    if (NegationScope.opensReport(surface)) {
      flags |= OPENER;
    }
    return new Entry(surface, stem, flags);
  }

  /** The entry of a word given as a string: for compiling patterns. */
  static Entry lookup(String folded, Porter2Stemmer stemmer) {
    char[] chars = folded.toCharArray();
    return lookup(chars, chars.length, key(chars, chars.length), stemmer);
  }
}
