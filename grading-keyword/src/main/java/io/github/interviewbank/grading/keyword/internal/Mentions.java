package io.github.interviewbank.grading.keyword.internal;

import java.util.Arrays;

/**
 * Where an answer names the terms of its question's contrasts ("optimistic", "pessimistic"), and
 * which of them a stretch of the answer is said of: its role. One instance per {@link Matcher},
 * reused between answers; not thread-safe. Not part of the API.
 *
 * <p>A mention can be the subject of what follows it, or not: a negated mention ("unlike
 * optimistic locking", "not X", "rather than X") and a mention after a comparison word ("than
 * X", "versus X", "compared to X", "like X", "over X") are not. Mentions joined by {@code and},
 * {@code or} or a slash ("optimistic and pessimistic locking") are said together. The role of the
 * words {@code [s, e)} is, in this order:
 *
 * <ol start="0">
 *   <li>a term named by the words themselves;
 *   <li>a term attached right after them by a preposition ("deadlocks with pessimistic
 *       locking", "the cost of strong consistency"), or a term whose relative clause they stand
 *       in ("unlike processes, which have their own address space");
 *   <li>the nearest subject mention before them in their clause; else, in their sentence, the
 *       nearest subject or term after a copula ("every safe method is idempotent");
 *   <li>the nearest subject mention after them in their clause ("taking the lock first is what
 *       pessimistic locking does"), or a term after a copula ("concurrent access is isolation's
 *       job"), unless a subject before them in the clause says already;
 *   <li>when the sentence opens by pointing back ("This", "It", "So" ...), the last subject
 *       mention of an earlier sentence ("Pessimistic locking is safe. It blocks other
 *       writers.");
 *   <li>a subject mention later in the sentence that opens a phrase segment, a label ("a crash
 *       before the ack brings duplicates: at-least-once");
 *   <li>the last subject mention of an earlier sentence, carried over.
 * </ol>
 */
final class Mentions {
  /** Words after which a mention is compared with, not spoken of. */
  private static final WordSet COMPARED = WordSet.of(
      "than", "vs", "versus", "compared", "comparing", "like", "over", "unlike", "contrast",
      "against", "from");

  /** Prepositions that attach a term to the words before it. */
  private static final WordSet ATTACHING = WordSet.of(
      "of", "with", "in", "for", "under", "by", "using", "on", "via");

  int count;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private int[] contrast = new int[16];
  private int[] term = new int[16];
  /** Whether the mention can be what its clause is about. */
  private boolean[] subject = new boolean[16];
  /** Whether the mention follows a copula: what the words before it are ("... is isolation's job"). */
  private boolean[] predicate = new boolean[16];
  /** The terms (a bit mask) of the coordinated mentions ending with this one. */
  private int[] group = new int[16];

  /** Whether the last {@link #roleOf} came from an earlier sentence. */
  boolean carried;

  /** Which rule (0 to 6, in the order documented above) decided the last {@link #roleOf}. */
  int rule;

  void reset() {
    count = 0;
  }

  /** Drops very large arrays after an unusually long answer, so a thread does not keep them. */
  void trim() {
    if (start.length > 1 << 12) {
      count = 0;
      start = new int[16];
      end = new int[16];
      contrast = new int[16];
      term = new int[16];
      subject = new boolean[16];
      predicate = new boolean[16];
      group = new int[16];
    }
    if (sortKeys.length > 1 << 12) {
      sortKeys = new long[16];
      sortScratch = new int[16];
    }
  }

  void add(int s, int e, int contrastIndex, int termIndex) {
    if (count == start.length) {
      int n = count * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      contrast = Arrays.copyOf(contrast, n);
      term = Arrays.copyOf(term, n);
      subject = Arrays.copyOf(subject, n);
      predicate = Arrays.copyOf(predicate, n);
      group = Arrays.copyOf(group, n);
    }
    start[count] = s;
    end[count] = e;
    contrast[count] = contrastIndex;
    term[count] = termIndex;
    count++;
  }

  /** Orders the mentions and decides which are subjects and which are said together. */
  void finish(TokenStream tokens) {
    sortByStart();
    for (int i = 0; i < count; i++) {
      subject[i] = isSubject(tokens, start[i]);
      predicate[i] = !subject[i] && tokens.governor[start[i]] < 0
          && afterCopula(tokens, start[i]) && !identifies(tokens, i);
      group[i] = 1 << term[i];
      int previous = previousOfContrast(i);
      if (previous >= 0 && joined(tokens, end[previous], start[i])) {
        group[i] |= group[previous];
        if (subject[previous]) {
          // "optimistic and pessimistic locking": said together, so both are the subject.
          subject[i] = true;
        }
      }
    }
  }

  /** Scratch for {@link #sortByStart}, kept from answer to answer. */
  private long[] sortKeys = new long[16];

  private int[] sortScratch = new int[16];

  private void sortByStart() {
    // Mentions come term by term, so a long answer holds many runs out of order: sort keys that
    // break ties of start by the order added, which keeps the sort stable. Mentions already in
    // order (none, one, or a short answer's few) stay as they are.
    boolean sorted = true;
    for (int i = 1; i < count && sorted; i++) {
      sorted = start[i - 1] <= start[i];
    }
    if (sorted) {
      return;
    }
    if (sortKeys.length < count) {
      sortKeys = new long[count * 2];
      sortScratch = new int[count * 2];
    }
    long[] keys = sortKeys;
    for (int i = 0; i < count; i++) {
      keys[i] = (long) start[i] << 32 | i;
    }
    Arrays.sort(keys, 0, count);
    reorder(start, keys);
    reorder(end, keys);
    reorder(contrast, keys);
    reorder(term, keys);
  }

  /** Puts {@code values[0, count)} in the order of {@code keys}' low 32 bits (old positions). */
  private void reorder(int[] values, long[] keys) {
    int[] old = sortScratch;
    System.arraycopy(values, 0, old, 0, count);
    for (int i = 0; i < count; i++) {
      values[i] = old[(int) keys[i]];
    }
  }

  /**
   * Whether the words {@code [s, e)} name a term and, in a later clause among them, another term
   * of the same contrast as a subject: "stubs feed inputs, mocks verify calls" holds no claim that
   * stubs verify calls, as the words after "mocks" are said of mocks.
   */
  boolean turnsToAnotherTerm(TokenStream tokens, int s, int e) {
    for (int i = firstFrom(s); i < count && start[i] < e; i++) {
      for (int j = i + 1; j < count && start[j] < e; j++) {
        if (contrast[j] == contrast[i] && term[j] != term[i]
            && (group[j] & 1 << term[i]) == 0 && subject[j]
            && start[j] >= end[i] && tokens.clauseStart[start[j]] > start[i]) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@return how many mentions start in tokens {@code [from, to)}} */
  int startingWithin(int from, int to) {
    return firstFrom(to) - firstFrom(from);
  }

  /** {@return the index of the first mention that starts at or after token {@code t}} */
  private int firstFrom(int t) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * {@return the index of the first mention in sentence {@code sentence} or after it}: the
   * mentions of a sentence are consecutive, as sentences follow the tokens' order
   */
  private int firstInSentence(TokenStream tokens, int sentence) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.sentence[start[mid]] < sentence) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int previousOfContrast(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (contrast[j] == contrast[i]) {
        return j;
      }
    }
    return -1;
  }

  /** Whether mentions ending at {@code a} and starting at {@code b} are coordinated. */
  private static boolean joined(TokenStream tokens, int a, int b) {
    if (a > b || tokens.sentence[a == tokens.count ? a - 1 : a] != tokens.sentence[b]) {
      return false;
    }
    if (a == b) {
      return true;
    }
    if (b - a > 2) {
      return false;
    }
    for (int t = a; t < b; t++) {
      String w = tokens.entry[t].surface;
      if (!w.equals("and") && !w.equals("or") && !w.equals("nor") && !w.equals("both")
          && !w.equals("vs") && !w.equals("versus")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSubject(TokenStream tokens, int s) {
    // Not a negated mention, and not a word of code or of an identifier (PESSIMISTIC_WRITE,
    // OptimisticLockException): names of things, not statements about them.
    if (tokens.governor[s] >= 0 || tokens.code[s] || tokens.identifier[s]) {
      return false;
    }
    int clause = tokens.clauseStart[s];
    if (passiveAgent(tokens, s, clause)) {
      return true;
    }
    int contentWords = 0;
    for (int t = s - 1; t >= Math.max(clause, s - 3); t--) {
      String w = tokens.entry[t].surface;
      if (COMPARED.contains(w) && !(w.equals("like") && t > 0
          && tokens.entry[t - 1].surface.equals("would"))) {
        return false;
      }
      // What a subject is ("a mock is a fake object"), or the object of a preposition inside a
      // clause ("the pacts of all its consumers"); a preposition opening the clause frames it
      // ("In GraphQL the client ...", "With REST you ...").
      if (COPULAS.contains(w) || (PREPOSITIONS.contains(w) && t != clause)) {
        return false;
      }
      // One adjective may stand between: "in the same process".
      if (!tokens.entry[t].has(Vocabulary.FUNCTION) && ++contentWords > 1) {
        break;
      }
    }
    return true;
  }

  /** Auxiliaries of the passive voice: "the row is locked by ...", "rows get locked by ...". */
  private static final WordSet PASSIVE_AUXILIARIES = WordSet.of(
      "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten");

  /**
   * Whether the mention at {@code s} is the agent of a passive clause ("the row is locked before
   * reading by optimistic locking"): after "by" (and at most an article), with a passive
   * auxiliary earlier in the clause. The agent is who does what the clause says: its subject.
   */
  private static boolean passiveAgent(TokenStream tokens, int s, int clause) {
    int by = s - 1;
    if (by > clause && (tokens.entry[by].surface.equals("the")
        || tokens.entry[by].surface.equals("a") || tokens.entry[by].surface.equals("an"))) {
      by--;
    }
    if (by <= clause || !tokens.entry[by].surface.equals("by")) {
      return false;
    }
    for (int t = by - 2; t >= clause; t--) {
      if (PASSIVE_AUXILIARIES.contains(tokens.entry[t].surface)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that make "the Y one" pick one of the things compared: "NoSQL is the relational one". */
  private static final WordSet PICKS = WordSet.of(
      "one", "ones", "kind", "type", "variant", "side", "option", "choice", "approach", "model",
      "flavor", "flavour", "style", "version");

  /**
   * Whether predicate mention {@code i} names which of the compared things its subject is ("NoSQL
   * databases are the relational ones: strict schemas ..."): "the" before it and a noun that
   * picks one after it. What follows is then said of the subject, not of the term after the
   * copula, as it is after a predicate that states a property ("every safe method is idempotent,
   * so a retry ..." speaks of idempotency).
   */
  private boolean identifies(TokenStream tokens, int i) {
    int s = start[i];
    int e = end[i];
    return s > 0 && tokens.entry[s - 1].surface.equals("the") && e < tokens.count
        && tokens.clauseStart[e] == tokens.clauseStart[s] && PICKS.contains(
            tokens.entry[e].surface);
  }

  private static final WordSet COPULAS = WordSet.of("is", "are", "was", "were", "be", "been",
      "stay", "stays", "remain", "remains", "become", "becomes", "seem", "seems", "appear",
      "appears", "sound", "sounds", "feel", "feels");

  /** Whether a copula stands up to two words before {@code s}, in its clause. */
  private static boolean afterCopula(TokenStream tokens, int s) {
    for (int t = s - 1; t >= Math.max(tokens.clauseStart[s], s - 2); t--) {
      if (COPULAS.contains(tokens.entry[t].surface)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet PREPOSITIONS = WordSet.of(
      "of", "to", "for", "with", "from", "by", "at", "into", "onto", "in", "on", "between",
      "among", "about", "behind", "inside", "within", "across", "through", "via", "under");

  /**
   * Whether another term of contrast {@code c} than the subject mention {@code before} (or -1) is
   * named between it and {@code s} in the sentence of {@code s}, though not as a subject nor
   * compared, and not in the subject's own clause ("processes run inside a thread and share its
   * heap" keeps processes as the subject).
   */
  private boolean namedBetween(TokenStream tokens, int before, int s, int c) {
    int from = before >= 0 ? end[before] : -1;
    int terms = before >= 0 ? group[before] : 0;
    // Only mentions that start by s, back to the start of its sentence, can end by s in it.
    for (int i = firstFrom(s + 1) - 1; i >= 0 && tokens.sentence[start[i]] == tokens.sentence[s];
        i--) {
      if (contrast[i] == c && !subject[i] && start[i] >= from && end[i] <= s
          && (group[i] & ~terms) != 0
          && !compared(tokens, start[i])
          && (before < 0 || tokens.clauseStart[start[i]] != tokens.clauseStart[start[before]])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention at {@code s} is compared with, or negated. */
  private static boolean compared(TokenStream tokens, int s) {
    if (tokens.governor[s] >= 0) {
      return true;
    }
    for (int t = s - 1; t >= Math.max(0, s - 2) && tokens.sentence[t] == tokens.sentence[s];
        t--) {
      if (COMPARED.contains(tokens.entry[t].surface)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet RELATIVES = WordSet.of("which", "who", "whose", "that", "where");

  /** Whether the mention at {@code m} opens its phrase segment (after a dash, colon ...). */
  private static boolean opensPhrase(TokenStream tokens, int m) {
    int p = tokens.phraseStart[m];
    // Not after a contrast word: "moves only K/N keys, whereas mod N remaps nearly all" names
    // the other side, not what the words before were about.
    return p == m || (p == m - 1 && tokens.entry[p].has(Vocabulary.FUNCTION)
        && !tokens.entry[p].has(Vocabulary.CONTRAST));
  }

  private static final WordSet ANAPHORS = WordSet.of(
      "this", "that", "it", "it's", "its", "they", "these", "those", "which", "such", "so",
      "thus", "hence", "therefore", "then", "also", "but", "and");

  /** Whether the sentence of token {@code s} opens with a word that points back. */
  private static boolean startsWithAnaphor(TokenStream tokens, int s) {
    int t = s;
    while (t > 0 && tokens.sentence[t - 1] == tokens.sentence[s]) {
      t--;
    }
    return ANAPHORS.contains(tokens.entry[t].surface);
  }

  /**
   * Whether a mention at {@code m} can say whose role the words at {@code s} are: always, unless
   * either stands in a fragment (a list of terms) and they are in different clauses.
   */
  private static boolean related(TokenStream tokens, int s, int m) {
    return !(tokens.fragment[s] || tokens.fragment[m])
        || tokens.clauseStart[s] == tokens.clauseStart[m];
  }

  /**
   * {@return the one term of contrast {@code c} named as a subject, or -1 for none or several};
   * with {@code within} above 0, the first subject mention must also start before that token
   * (the subject position of a sentence)
   */
  int onlySubjectTerm(int c, int within) {
    int found = -1;
    for (int i = 0; i < count; i++) {
      if (found < 0 && within > 0 && contrast[i] == c && subject[i] && start[i] >= within) {
        return -1;
      }
      if (contrast[i] == c && subject[i]) {
        if (found >= 0 && found != term[i]) {
          return -1;
        }
        found = term[i];
      }
    }
    return found;
  }

  /** {@return the terms of contrast {@code c} mentioned at all, as a bit mask} */
  int termsNamed(int c) {
    int named = 0;
    for (int i = 0; i < count; i++) {
      if (contrast[i] == c) {
        named |= 1 << term[i];
      }
    }
    return named;
  }

  /**
   * {@return the terms of contrast {@code c} (a bit mask) that sentence {@code sentence} names as
   * prose the speaker asserts: not negated (unless by {@code claimNegator}, the negating word of
   * the claim itself, or -1), not denied, not in code}
   */
  int termsAsserted(TokenStream tokens, int c, int sentence, int claimNegator) {
    return termsIn(tokens, c, sentence, true, claimNegator);
  }

  /**
   * {@return the terms of contrast {@code c} (a bit mask) that sentence {@code sentence} names as
   * prose, asserted or not}
   */
  int termsNamed(TokenStream tokens, int c, int sentence) {
    return termsIn(tokens, c, sentence, false, -1);
  }

  private int termsIn(TokenStream tokens, int c, int sentence, boolean asserted,
      int claimNegator) {
    int named = 0;
    for (int i = firstInSentence(tokens, sentence);
        i < count && tokens.sentence[start[i]] == sentence; i++) {
      int s = start[i];
      boolean unasserted = tokens.denied[s]
          || (tokens.governor[s] >= 0 && tokens.governor[s] != claimNegator);
      if (contrast[i] == c && !tokens.code[s]
          && !(asserted && unasserted)) {
        named |= 1 << term[i];
      }
    }
    return named;
  }

  /** {@return whether sentence {@code sentence} mentions a term of any contrast} */
  boolean namesAny(TokenStream tokens, int sentence) {
    int i = firstInSentence(tokens, sentence);
    return i < count && tokens.sentence[start[i]] == sentence;
  }

  /** {@return whether a term of contrast {@code c} is mentioned at all} */
  boolean mentions(int c) {
    for (int i = 0; i < count; i++) {
      if (contrast[i] == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the terms of contrast {@code c} (a bit mask) that the words {@code [s, e)} are said
   * of, or 0 when the answer does not say}
   */
  int roleOf(TokenStream tokens, int s, int e, int c) {
    carried = false;
    rule = 0;
    int sentence = tokens.sentence[s];
    // The mentions are in the order they start, so each rule looks only where its mention can
    // be: a long answer has many.
    int lastBy = firstFrom(s + 1) - 1;
    // 0. The words name a term themselves ("serial*" matching "SERIALIZABLE").
    for (int i = firstFrom(s); i < count && start[i] <= e; i++) {
      if (contrast[i] == c && end[i] <= e) {
        return group[i];
      }
    }
    rule = 1;
    // 1. A term attached right after by a preposition.
    for (int i = firstFrom(e); i < count && start[i] - e <= 2; i++) {
      if (contrast[i] != c) {
        continue;
      }
      if (start[i] - e <= 2 && tokens.sentence[start[i]] == sentence
          && ATTACHING.contains(tokens.entry[start[i] - 1].surface)
          && tokens.clauseStart[start[i]] == tokens.clauseStart[e - 1]) {
        return group[i];
      }
      break;
    }
    // 1b. A relative clause after a mention is said of it: "unlike processes, which have
    // their own address space".
    for (int i = lastBy; i >= 0 && tokens.sentence[start[i]] == sentence; i--) {
      if (contrast[i] != c || end[i] > s) {
        continue;
      }
      int r = end[i];
      if (r < s && RELATIVES.contains(tokens.entry[r].surface)
          && tokens.clauseStart[s] == tokens.clauseStart[r]) {
        return group[i];
      }
      break;
    }
    // The last subject mention ending by s, and the last one or predicate mention; in a
    // fragment only those of its clause are related.
    int before = -1;
    int beforeAny = -1;
    for (int i = lastBy; i >= 0 && before < 0; i--) {
      if (tokens.fragment[s] && start[i] < tokens.clauseStart[s]) {
        break;
      }
      if (contrast[i] == c && (subject[i] || predicate[i]) && end[i] <= s
          && related(tokens, s, start[i])) {
        beforeAny = beforeAny < 0 ? i : beforeAny;
        before = subject[i] ? i : -1;
      }
    }
    // The first subject or predicate mention after the words: it counts only in their sentence.
    int after = -1;
    for (int i = firstFrom(e); i < count && tokens.sentence[start[i]] == sentence; i++) {
      if (contrast[i] == c && (subject[i] || predicate[i]) && related(tokens, s, start[i])) {
        after = i;
        break;
      }
    }
    boolean beforeInSentence = before >= 0 && tokens.sentence[start[before]] == sentence;
    boolean afterInSentence = after >= 0 && tokens.sentence[start[after]] == sentence;
    // A term named in between, though not as a subject ("because verifying every call with
    // mocks ties the test ...", "the cost of strong is coordination"), leaves it open whose role
    // the words are: none.
    if (namedBetween(tokens, before, s, c)) {
      rule = 7;
      return 0;
    }
    int clause = tokens.clauseStart[s];
    rule = 2;
    // 2. The nearest subject before, in the clause.
    if (beforeInSentence && tokens.clauseStart[start[before]] == clause) {
      return group[before];
    }
    // 3. The nearest subject after, in the clause ("taking the lock first is what pessimistic
    // locking does"), or a term after a copula ("concurrent access is isolation's job").
    rule = 3;
    if (afterInSentence && tokens.clauseStart[start[after]] == clause) {
      return group[after];
    }
    // 2, again. The nearest subject before in the sentence, or a term after a copula ("every
    // safe method is idempotent, ... even though a second DELETE answers 404").
    rule = 2;
    if (beforeAny >= 0 && tokens.sentence[start[beforeAny]] == sentence) {
      return group[beforeAny];
    }
    // 4. A sentence that opens by pointing back ("This avoids ...", "It suits ...") goes on with
    // the subject of the sentences before.
    rule = 4;
    if (before >= 0 && startsWithAnaphor(tokens, s)) {
      carried = true;
      return group[before];
    }
    // 5. The nearest subject after, in the sentence: a label at the end ("... so you get
    // duplicates: at-least-once").
    rule = 5;
    if (afterInSentence && opensPhrase(tokens, start[after])) {
      return group[after];
    }
    rule = 6;
    // 6. Carried over from an earlier sentence.
    if (before >= 0) {
      carried = true;
      return group[before];
    }
    return 0;
  }
}
