package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.core.MatchPattern;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Matches compiled patterns against one analysed answer. Every pattern runs in time linear in
 * the answer's length (no backtracking: the proximity window and slot count bound the work per
 * occurrence). One instance per thread, reused between answers; not thread-safe. Not part of the
 * API.
 */
final class Matcher {
  final TokenStream tokens = new TokenStream();

  private int proximity;

  // Occurrences of terms: where a term's form stands in the answer, as token ranges.
  private int occCount;
  private int[] occTerm = new int[512];
  private int[] occStart = new int[512];
  private int[] occEnd = new int[512];
  // The same, grouped by term (counting sort): term t owns [head[t], head[t + 1]).
  private int[] head = new int[256];
  private int[] byTermStart = new int[512];
  private int[] byTermEnd = new int[512];
  // For terms that occur often (a long answer): where occurrence i went in the by-term arrays,
  // and the occurrences by token, those starting at token p being [atToken[p], atToken[p + 1])
  // of the occurrence arrays (which are in token order). Asking whether such a term stands at a
  // position then looks at the few occurrences there instead of searching all of the term's.
  private static final int FEW = 16;
  /** Whether the occurrences are indexed by token: some term occurs more than {@link #FEW} times. */
  boolean byToken;
  private int[] slotOf = new int[512];
  private int[] atToken = new int[257];

  // Work areas for sequences and conjunctions.
  private int[] endsA = new int[64];
  private int[] endsB = new int[64];
  private long[] packed = new long[256];
  // A conjunction's matches: sequence i's are [offsets[i], offsets[i + 1]); one chosen of each.
  private int[] offsets = new int[8];
  private int[] chosen = new int[8];
  private int[] matchStart = new int[256];
  private int[] matchEnd = new int[256];
  private int[] osaRows = new int[3 * 64];

  /** Which matches {@link #matches} looks for. */
  enum Evidence {
    /** Asserted by the speaker, of the right term of every contrast: the point is shown. */
    ASSERTED,
    /** Asserted, but of another term of a contrast than the point's: a swapped role. */
    SWAPPED,
    /** Of the right term, but negated, dismissed or reported and rejected: a denial. */
    DENIED
  }

  /** Which matches {@link #matches} looks for; {@link Evidence#ASSERTED} after {@link #prepare}. */
  Evidence evidence = Evidence.ASSERTED;

  /**
   * Whether roles inferred from the reference answer count too ({@link RoleBinding}): for an
   * answer already seen to swap roles. False after {@link #prepare}.
   */
  boolean inferredRoles;

  /**
   * Whether matches starting in what the answer says was replaced ({@link
   * TokenStream#superseded}) are turned down. False after {@link #prepare}.
   */
  boolean skipSuperseded;

  /**
   * Whether contradictions are being matched: then a phrase that runs from outside a bracket into
   * it ("the same state as one (responses may differ") is no claim. False after {@link #prepare}.
   */
  boolean contradicting;

  /** Where the answer names the terms of the question's contrasts. */
  final Mentions mentions = new Mentions();

  /** The roles of the sequence being matched, or null. */
  private int @Nullable [] roles;

  /** Found matches of the last {@link #matches} call, as token ranges. */
  int foundCount;

  int[] foundStart = new int[16];
  int[] foundEnd = new int[16];

  /** Analyses {@code answer} and records the occurrences of the question's terms. */
  void prepare(String answer, CompiledQuestion q, int proximityWindow,
      int negationScope, boolean fuzzy) {
    this.proximity = proximityWindow;
    this.evidence = Evidence.ASSERTED;
    this.skipSuperseded = false;
    this.contradicting = false;
    this.inferredRoles = false;
    Analyzer.analyze(answer, tokens);
    NegationScope.mark(tokens, negationScope);
    collectOccurrences(q, fuzzy);
    groupByTerm(q.termCount);
    if (mayOccur.length < q.patternCount) {
      mayOccur = new byte[q.patternCount + 16];
    }
    Arrays.fill(mayOccur, 0, q.patternCount, UNKNOWN);
    findMentions(q);
  }

  /**
   * Records the occurrences of the question's terms, token by token. A method of its own, so
   * that the compiler, which inlines the analysis and the negation passes into {@link #prepare},
   * still has room to inline the per-token cache look-up and {@link #add} here.
   */
  private void collectOccurrences(CompiledQuestion q, boolean fuzzy) {
    occCount = 0;
    int c = 0;
    for (int t = 0; t < tokens.count; t++) {
      while (c < tokens.compounds && tokens.compFirst[c] == t) {
        // A joined compound was not typed as one word: no misspelling tolerance for it.
        addCompound(tokens.compEntry[c], t, tokens.compEnd[c], q);
        c++;
      }
      // The cache's answer inline, the rest (termsOf) only on a miss: a call per token that
      // holds all of it would be too big for the compiler to inline here.
      Vocabulary.Entry e = tokens.entry[t];
      int[] terms = fuzzy ? q.termCache.get(e) : null;
      if (terms == null) {
        terms = uncachedTerms(e, q, fuzzy, fuzzy ? q.termCache : null);
      }
      for (int id : terms) {
        add(id, t, t + 1);
      }
    }
  }

  /** Records where the answer names each term of the question's contrasts, word for word. */
  private void findMentions(CompiledQuestion q) {
    mentions.reset();
    for (int c = 0; c < q.contrasts.length; c++) {
      for (int t = 0; t < q.contrasts[c].length; t++) {
        CompiledQuestion.Slot[] slots = q.contrasts[c][t].sequences[0].slots;
        for (int[] alternative : slots[0].alternatives) {
          int first = alternative[0];
          for (int idx = head[first]; idx < head[first + 1]; idx++) {
            int s = byTermStart[idx];
            int e = alternative.length == 1 ? byTermEnd[idx] : runEnd(alternative, s);
            for (int i = 1; i < slots.length && e >= 0; i++) {
              e = adjacentRunEnd(slots[i], e);
            }
            if (e >= 0) {
              mentions.add(s, e, c, t);
            }
          }
        }
      }
    }
    mentions.finish(tokens);
  }

  /** {@return where one of the slot's alternatives ends when it starts at {@code p}, or -1} */
  private int adjacentRunEnd(CompiledQuestion.Slot slot, int p) {
    if (p >= tokens.count) {
      return -1;
    }
    for (int[] alternative : slot.alternatives) {
      int e = runEnd(alternative, p);
      if (e >= 0) {
        return e;
      }
    }
    return -1;
  }

  /** Releases large buffers after an unusually long answer. */
  void trim() {
    tokens.trim();
    mentions.trim();
    if (occTerm.length > 1 << 14) {
      occTerm = new int[512];
      occStart = new int[512];
      occEnd = new int[512];
      byTermStart = new int[512];
      byTermEnd = new int[512];
      slotOf = new int[512];
    }
    if (atToken.length > 1 << 14) {
      atToken = new int[257];
    }
    if (packed.length > 1 << 12) {
      packed = new long[256];
    }
  }

  /**
   * Records where a joined compound stands, as the terms it reads as one word: without
   * misspelling tolerance, so cached apart from the words' terms.
   */
  private void addCompound(Vocabulary.Entry e, int start, int end, CompiledQuestion q) {
    int[] terms = q.compoundTermCache.get(e);
    if (terms == null) {
      terms = uncachedTerms(e, q, false, q.compoundTermCache);
    }
    for (int t : terms) {
      add(t, start, end);
    }
  }

  /**
   * The terms of a word that its cache does not hold: none for noise (an empty surface), else
   * {@link #termsOf}, remembered in {@code cache} unless it is null. A compiled question belongs
   * to one grader, so its settings are fixed for its caches: words' terms are cached when {@code
   * fuzzy} (the grader's look-up), compounds' (always looked up without misspelling tolerance) in
   * a cache of their own ({@link #addCompound}).
   */
  private int[] uncachedTerms(Vocabulary.Entry e, CompiledQuestion q, boolean fuzzy,
      @Nullable TermCache cache) {
    int[] terms = e.surface.isEmpty() ? NO_TERMS : termsOf(e, q, fuzzy);
    if (cache != null) {
      cache.put(e, terms);
    }
    return terms;
  }

  private static final int[] NO_TERMS = new int[0];

  /** Every term of the question that the word stands for. */
  private int[] termsOf(Vocabulary.Entry e, CompiledQuestion q, boolean fuzzy) {
    int before = occCount;
    int[] ids = q.byStem.get(e.stem);
    boolean stemHit = ids != null;
    if (ids != null) {
      for (int id : ids) {
        add(id, 0, 0);
      }
    }
    ids = q.bySurface.get(e.surface);
    if (ids != null) {
      for (int id : ids) {
        add(id, 0, 0);
      }
    }
    for (int k = 0; k < q.prefixes.length; k++) {
      if (e.surface.startsWith(q.prefixes[k])) {
        add(q.prefixTerms[k], 0, 0);
      }
    }
    if (fuzzy && !stemHit && !e.has(Vocabulary.TECHNICAL) && e.surface.length() >= 5) {
      addFuzzy(e, 0, 0, q);
    }
    // The scratch occurrences after 'before' hold the terms; take them back out.
    int n = occCount - before;
    occCount = before;
    if (n == 0) {
      return NO_TERMS;
    }
    int[] terms = new int[n];
    System.arraycopy(occTerm, before, terms, 0, n);
    return terms;
  }

  /**
   * Misspelling tolerance: one edit (insertion, deletion, substitution or transposition) for
   * words of 5 to 8 letters, two from 9; the first letter must agree, and a correctly spelled
   * English word is never taken for a misspelling of another.
   */
  private void addFuzzy(Vocabulary.Entry e, int start, int end, CompiledQuestion q) {
    int answerAllowed = e.surface.length() >= 9 ? 2 : 1;
    String stem = e.stem;
    if (stem.isEmpty()) {
      return;
    }
    boolean checkedDictionary = false;
    for (int k = 0; k < q.fuzzyForms.length; k++) {
      String candidate = q.fuzzyForms[k];
      String form = q.fuzzySurface[k] ? e.surface : stem;
      // Both words must be long enough for the edits: "provid" is no typo of "profil".
      int allowed = Math.min(answerAllowed, candidate.length() >= 9 ? 2
          : candidate.length() >= 5 ? 1 : 0);
      if (allowed == 0) {
        continue;
      }
      if (candidate.charAt(0) != form.charAt(0)
          || Math.abs(candidate.length() - form.length()) > allowed
          || candidate.equals(form)) {
        continue;
      }
      if (!checkedDictionary) {
        if (e.isDictionaryWord()) {
          return;
        }
        checkedDictionary = true;
      }
      if (distanceAtMost(form, candidate, allowed)) {
        add(q.fuzzyTerms[k], start, end);
      }
    }
  }

  /** Optimal string alignment distance of {@code a} and {@code b} is at most {@code limit}. */
  private boolean distanceAtMost(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int width = m + 1;
    if (osaRows.length < 3 * width) {
      osaRows = new int[3 * width + 16];
    }
    int[] r = osaRows;
    int prev2 = 0;
    int prev = width;
    int cur = 2 * width;
    for (int j = 0; j <= m; j++) {
      r[prev + j] = j;
    }
    for (int i = 1; i <= n; i++) {
      r[cur] = i;
      int rowMin = i;
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int v = Math.min(Math.min(r[prev + j] + 1, r[cur + j - 1] + 1), r[prev + j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          v = Math.min(v, r[prev2 + j - 2] + 1);
        }
        r[cur + j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return false;
      }
      int t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return r[prev + m] <= limit;
  }

  /**
   * Records an occurrence of {@code term} over tokens {@code [start, end)}. Growing is a method
   * of its own, called only when full, so that this one stays small enough to inline into the
   * per-token loop of {@link #collectOccurrences}.
   */
  private void add(int term, int start, int end) {
    if (occCount == occTerm.length) {
      growOccurrences();
    }
    occTerm[occCount] = term;
    occStart[occCount] = start;
    occEnd[occCount] = end;
    occCount++;
  }

  private void growOccurrences() {
    int n = occCount * 2;
    occTerm = Arrays.copyOf(occTerm, n);
    occStart = Arrays.copyOf(occStart, n);
    occEnd = Arrays.copyOf(occEnd, n);
  }

  private void groupByTerm(int terms) {
    if (head.length < terms + 2) {
      head = new int[terms + 16];
    }
    Arrays.fill(head, 0, terms + 2, 0);
    for (int i = 0; i < occCount; i++) {
      head[occTerm[i] + 2]++;
    }
    int most = 0;
    for (int t = 2; t < terms + 2; t++) {
      most = Math.max(most, head[t]);
      head[t] += head[t - 1];
    }
    if (byTermStart.length < occCount) {
      byTermStart = new int[occTerm.length];
      byTermEnd = new int[occTerm.length];
      slotOf = new int[occTerm.length];
    }
    byToken = most > FEW;
    // head[t + 1] is the next free slot of term t while filling; afterwards term t owns
    // [head[t], head[t + 1]). Occurrences arrive in token order, so each term's are sorted.
    for (int i = 0; i < occCount; i++) {
      int slot = head[occTerm[i] + 1]++;
      byTermStart[slot] = occStart[i];
      byTermEnd[slot] = occEnd[i];
      if (byToken) {
        slotOf[i] = slot;
      }
    }
    if (byToken) {
      if (atToken.length < tokens.count + 1) {
        atToken = new int[tokens.count + 16];
      }
      int i = 0;
      for (int p = 0; p <= tokens.count; p++) {
        while (i < occCount && occStart[i] < p) {
          i++;
        }
        atToken[p] = i;
      }
    }
  }

  /**
   * {@return the index, in the by-term arrays, of the first occurrence of {@code term} starting
   * at {@code start}, or -1}
   */
  private int firstIndex(int term, int start) {
    return byToken && head[term + 1] - head[term] > FEW
        ? firstIndexByToken(term, start) : firstIndexInGroup(term, start);
  }

  /** {@link #firstIndex} by a binary search of the term's occurrences. */
  int firstIndexInGroup(int term, int start) {
    int lo = head[term];
    int hi = head[term + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = byTermStart[mid];
      if (s < start) {
        lo = mid + 1;
      } else if (s > start) {
        hi = mid - 1;
      } else {
        while (mid > head[term] && byTermStart[mid - 1] == start) {
          mid--;
        }
        return mid;
      }
    }
    return -1;
  }

  /**
   * {@link #firstIndex} among the occurrences at {@code start}, once {@link #byToken} holds: the
   * first of the term's occurrences there in token order is the first of them in the term's
   * group, which was filled in that order.
   */
  int firstIndexByToken(int term, int start) {
    if (start >= tokens.count) {
      return -1;
    }
    for (int i = atToken[start]; i < atToken[start + 1]; i++) {
      if (occTerm[i] == term) {
        return slotOf[i];
      }
    }
    return -1;
  }

  /**
   * {@return the end of the consecutive run of terms {@code run} from {@code start}, or -1}. A
   * term standing at a position both as a word and as a hyphenated compound yields the shortest
   * run.
   */
  private int runEnd(int[] run, int start) {
    int p = start;
    for (int term : run) {
      if (p >= tokens.count) {
        return -1;
      }
      int idx = firstIndex(term, p);
      if (idx < 0) {
        return -1;
      }
      int end = byTermEnd[idx];
      for (int k = idx + 1; k < head[term + 1] && byTermStart[k] == p; k++) {
        end = Math.min(end, byTermEnd[k]);
      }
      p = end;
    }
    return p;
  }

  /** Adds every end of {@code run} from {@code start} to {@code ends}; returns the new count. */
  private int addRunEnds(int[] run, int start, int[] ends, int count) {
    if (run.length == 1) {
      int idx = firstIndex(run[0], start);
      if (idx < 0) {
        return count;
      }
      for (int k = idx; k < head[run[0] + 1] && byTermStart[k] == start; k++) {
        count = addEnd(ends, count, byTermEnd[k]);
      }
      return count;
    }
    int e = runEnd(run, start);
    return e < 0 ? count : addEnd(ends, count, e);
  }

  private int addEnd(int[] ends, int count, int e) {
    if (contains(ends, count, e)) {
      return count;
    }
    if (count == ends.length) {
      throw new IllegalStateException("ends overflow");
    }
    ends[count] = e;
    return count + 1;
  }

  private static final String[] NO_NEGATORS = new String[0];

  /** Not negated. */
  private static final int ASSERTED = 0;
  /** In the scope of a negation that stands before it, and nothing more. */
  private static final int IN_SCOPE = 1;
  /** Negated from inside, dismissed, or part of a rejected claim. */
  private static final int VOID = 2;

  /**
   * Whether the speaker does not assert the match {@code [s, e)}: a negating word before it
   * governs its first word ({@link NegationScope}), a word of it is denied (dismissed, or part of
   * a rejected claim), or a negating word stands inside it that is not one of the pattern's own
   * ({@code without session store}). A dismissal does not void a pattern that states a dismissal
   * itself; in a conjunction, a negating word inside one sub-pattern's match does not void
   * another's ({@code response* & not same}).
   */
  boolean negated(int s, int e, String[] patternNegators) {
    return negation(s, e, patternNegators, false) != ASSERTED;
  }

  private int negation(int s, int e, String[] patternNegators, boolean dismisses) {
    for (int p = s; p < e; p++) {
      if ((tokens.denied[p] && !(dismisses && tokens.dismissed[p]))
          || (tokens.negates[p] && !isOneOf(tokens.entry[p].surface, patternNegators))) {
        return VOID;
      }
    }
    int governor = tokens.governor[s];
    if (governor < 0 || governor >= s) {
      return ASSERTED;
    }
    // A match that reaches into a correction ("never in the database, only metadata") is said
    // of what the correction asserts.
    for (int p = s + 1; p < e; p++) {
      if (correctsAfter(s, p)) {
        return ASSERTED;
      }
    }
    return IN_SCOPE;
  }

  /** How {@link #accepts} treats roles while collecting one sequence's matches. */
  private enum RoleCheck {
    /** The role must hold. */
    HOLD,
    /** The role must not hold: a swapped role. */
    VIOLATED,
    /** Any role; whether it held is recorded in {@link #matchSwapped}. */
    RECORD
  }

  private RoleCheck roleCheck = RoleCheck.HOLD;
  private boolean lastSwapped;
  private boolean[] matchSwapped = new boolean[256];

  /**
   * Whether the sequence being collected is part of a conjunction looking for asserted matches:
   * then a match merely in a negation's scope is kept, marked in {@link #matchInScope}, to be
   * accepted only when that negation stands in another sub-pattern's match.
   */
  private boolean keepInScope;
  private boolean lastInScope;
  private boolean[] matchInScope = new boolean[256];
  private boolean patternDismisses;

  /** Whether a match {@code [s, e)} is the kind of {@link #evidence} looked for. */
  private boolean accepts(int s, int e, String[] patternNegators) {
    if ((skipSuperseded && tokens.superseded(s))
        || (contradicting && (entersBracket(s, e) || (!patternAverts && averted(s))))) {
      return false;
    }
    int negation = negation(s, e, patternNegators, patternDismisses);
    lastInScope = negation == IN_SCOPE && keepInScope;
    if ((negation != ASSERTED && !lastInScope) != (evidence == Evidence.DENIED)) {
      return false;
    }
    if (mentions.count > 1 && mentions.turnsToAnotherTerm(tokens, s, e)) {
      return false;
    }
    return switch (roleCheck) {
      case HOLD -> roleHolds(s, e);
      case VIOLATED -> !roleHolds(s, e);
      case RECORD -> {
        lastSwapped = !roleHolds(s, e);
        yield true;
      }
    };
  }

  /** Verbs that keep what follows from happening: a contradiction after them is no claim. */
  private static final WordSet AVERTS = WordSet.of(
      "avoid", "avoids", "avoiding", "prevent", "prevents", "preventing", "beware");

  /** Whether the pattern being matched says an averting verb itself ("prevent* n+1"). */
  private boolean patternAverts;

  /** {@return whether a word of the pattern is, or starts, an averting verb} */
  static boolean averts(MatchPattern pattern) {
    for (MatchPattern.Sequence sequence : pattern.sequences()) {
      for (MatchPattern.Slot slot : sequence.slots()) {
        for (MatchPattern.Word word : slot.alternatives()) {
          String w = word.text();
          if (AVERTS.contains(w) || w.startsWith("avoid") || w.startsWith("prevent")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many words before a match an averting verb may stand ("avoid blindly assuming X"). */
  private static final int AVERT_REACH = 3;

  /**
   * Whether a verb that averts what follows stands shortly before token {@code s} in its clause:
   * "avoid assuming quorums give linearizability" claims nothing about quorums.
   */
  private boolean averted(int s) {
    int clause = tokens.clauseStart[s];
    for (int q = s - 1; q >= clause && s - q <= AVERT_REACH; q--) {
      if (AVERTS.contains(tokens.entry[q].surface)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words {@code [s, e)} run into a bracket opened between them and not closed before
   * their last word: the aside is not part of the phrase before it.
   */
  private boolean entersBracket(int s, int e) {
    int open = 0;
    char[] text = tokens.chars;
    for (int i = tokens.end[s]; i < tokens.start[e - 1]; i++) {
      char c = text[i];
      if (c == '(' || c == '[') {
        open++;
      } else if ((c == ')' || c == ']') && open > 0) {
        open--;
      }
    }
    return open > 0;
  }

  /**
   * Whether the words {@code [s, e)} are said of the sequence's term in each contrast that binds
   * it, or of no term at all.
   */
  private boolean roleHolds(int s, int e) {
    int[] bound = roles;
    if (bound == null) {
      return true;
    }
    for (int c = 0; c < bound.length; c++) {
      if (bound[c] < 0) {
        continue;
      }
      int said = mentions.roleOf(tokens, s, e, c);
      // Words that name a term themselves were put there by the pattern ("faster than & redis").
      // A subject carried from an earlier sentence without a word pointing back is a guess that
      // counts only for an answer already seen to swap roles.
      if (said != 0 && (said & (1 << bound[c])) == 0 && mentions.rule != 0
          && (mentions.rule != 6 || inferredRoles)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOneOf(String word, String[] words) {
    for (String w : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds whether {@code pattern} matches, leaving the first match's token ranges (one per
   * sequence) in {@link #foundStart}/{@link #foundEnd}.
   */
  boolean matches(CompiledQuestion.Pattern pattern) {
    return match(pattern, null);
  }

  /**
   * Marks in {@code sentences} (indexed by sentence) every sentence where {@code pattern}
   * matches, not only the first; {@return whether it matches anywhere}
   */
  boolean markMatchingSentences(CompiledQuestion.Pattern pattern, boolean[] sentences) {
    return match(pattern, sentences);
  }

  /** How many matches of one sequence {@link #markMatchingSentences} looks at, at most. */
  private static final int ALL_MATCHES = 256;

  private boolean match(CompiledQuestion.Pattern pattern, boolean @Nullable [] sentences) {
    foundCount = 0;
    if (!mayOccur(pattern)) {
      // Most patterns of a question: one of their slots has no word in the answer.
      return false;
    }
    CompiledQuestion.Sequence[] sequences = pattern.sequences;
    boolean swaps = evidence == Evidence.SWAPPED;
    if (swaps && !bindsRole(pattern)) {
      // Only a role can be swapped: the collection below would turn down every match.
      return false;
    }
    patternDismisses = pattern.dismisses;
    patternAverts = pattern.averts;
    keepInScope = false;
    lastInScope = false;
    if (sequences.length == 1) {
      roles = rolesOf(pattern, 0);
      roleCheck = swaps ? RoleCheck.VIOLATED : RoleCheck.HOLD;
      int n = collect(sequences[0], pattern.negators, 0, sentences == null ? 1 : ALL_MATCHES);
      if (n == 0) {
        return false;
      }
      found(matchStart[0], matchEnd[0]);
      if (sentences != null) {
        for (int k = 0; k < n; k++) {
          sentences[tokens.sentence[matchStart[k]]] = true;
        }
      }
      return true;
    }
    // Conjunction: each sequence's matches, then a sentence where all of them have one (and,
    // looking for a swapped role, where one of them has it).
    keepInScope = evidence != Evidence.DENIED;
    int count = sequences.length;
    if (offsets.length < count + 1) {
      offsets = new int[count + 1];
      chosen = new int[count + 1];
    }
    int used = 0;
    for (int i = 0; i < sequences.length; i++) {
      offsets[i] = used;
      roles = rolesOf(pattern, i);
      roleCheck = swaps ? RoleCheck.RECORD : RoleCheck.HOLD;
      used += collect(sequences[i], pattern.negators, used, 64);
      if (used == offsets[i]) {
        keepInScope = false;
        return false;
      }
    }
    keepInScope = false;
    offsets[sequences.length] = used;
    boolean any = false;
    for (int m = offsets[0]; m < offsets[1]; m++) {
      int sentence = tokens.sentence[matchStart[m]];
      chosen[0] = m;
      boolean all = true;
      boolean swapped = swaps && matchSwapped[m];
      for (int i = 1; i < sequences.length && all; i++) {
        int k = inSentence(offsets[i], offsets[i + 1], sentence, swaps);
        all = k >= 0;
        chosen[i] = k;
        swapped |= all && swaps && matchSwapped[k];
      }
      if (all && swapped == swaps && scopesAllow(count)) {
        if (!any) {
          for (int i = 0; i < count; i++) {
            found(matchStart[chosen[i]], matchEnd[chosen[i]]);
          }
        }
        any = true;
        if (sentences == null) {
          return true;
        }
        sentences[sentence] = true;
      }
    }
    return any;
  }

  /**
   * Whether chosen conjunction matches hold together. One in a negation's scope is accepted only
   * when that negating word stands inside another chosen match ({@code response* & not same}),
   * or when another chosen match stands in a correction after it ("we never store image bytes
   * in the database, only metadata" shows {@code metadata & database}).
   */
  private boolean scopesAllow(int count) {
    for (int a = 0; a < count; a++) {
      int k = chosen[a];
      if (!matchInScope[k]) {
        continue;
      }
      int governor = tokens.governor[matchStart[k]];
      boolean allowed = false;
      for (int b = 0; b < count; b++) {
        int j = chosen[b];
        if (j == k || matchInScope[j]) {
          continue;
        }
        boolean negationInside = matchStart[j] <= governor && governor < matchEnd[j]
            && !(matchStart[j] <= matchStart[k] && matchStart[k] < matchEnd[j]);
        allowed |= negationInside || correctsAfter(matchStart[k], matchStart[j]);
      }
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code j} stands in a correction ("..., only Y") of the clause of {@code k}. */
  private boolean correctsAfter(int k, int j) {
    int clause = tokens.clauseStart[j];
    return clause > tokens.clauseStart[k]
        && NegationScope.CORRECTIONS.contains(tokens.entry[clause].surface);
  }

  /** Whether a sequence of {@code pattern} is bound to a term of a contrast, as roles stand. */
  private boolean bindsRole(CompiledQuestion.Pattern pattern) {
    for (int i = 0; i < pattern.sequences.length; i++) {
      int[] bound = rolesOf(pattern, i);
      if (bound != null) {
        for (int term : bound) {
          if (term >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int @Nullable [] rolesOf(CompiledQuestion.Pattern pattern, int sequence) {
    int[][] bound = inferredRoles ? pattern.inferredRoles : pattern.roles;
    return bound == null ? null : bound[sequence];
  }

  /**
   * {@return the first match in {@code [from, to)} in the sentence, preferring a swapped one when
   * {@code preferSwapped} and else an asserted one, or -1}
   */
  private int inSentence(int from, int to, int sentence, boolean preferSwapped) {
    int first = -1;
    for (int k = from; k < to; k++) {
      if (tokens.sentence[matchStart[k]] == sentence) {
        if (preferSwapped ? matchSwapped[k] && !matchInScope[k] : !matchInScope[k]) {
          return k;
        }
        first = first < 0 ? k : first;
      }
    }
    return first;
  }

  private void found(int s, int e) {
    if (foundCount == foundStart.length) {
      foundStart = Arrays.copyOf(foundStart, foundCount * 2);
      foundEnd = Arrays.copyOf(foundEnd, foundCount * 2);
    }
    foundStart[foundCount] = s;
    foundEnd[foundCount] = e;
    foundCount++;
  }

  /** Writes up to {@code limit} non-negated matches of {@code seq} from index {@code at}. */
  private int collect(CompiledQuestion.Sequence seq, String[] negators, int at, int limit) {
    if (matchStart.length < at + limit) {
      matchStart = Arrays.copyOf(matchStart, at + limit + 64);
      matchEnd = Arrays.copyOf(matchEnd, at + limit + 64);
      matchSwapped = Arrays.copyOf(matchSwapped, at + limit + 64);
      matchInScope = Arrays.copyOf(matchInScope, at + limit + 64);
    }
    return seq.anyOrder && seq.slots.length > 1
        ? collectAnyOrder(seq, negators, at, limit)
        : collectOrdered(seq, negators, at, limit);
  }

  private int collectOrdered(CompiledQuestion.Sequence seq, String[] negators, int at,
      int limit) {
    // Every slot has a word in the answer: match checked that first (allSlotsMayOccur).
    CompiledQuestion.Slot[] slots = seq.slots;
    int found = 0;
    for (int[] alternative : slots[0].alternatives) {
      int first = alternative[0];
      for (int idx = head[first]; idx < head[first + 1]; idx++) {
        int s = byTermStart[idx];
        int e = alternative.length == 1 ? byTermEnd[idx] : runEnd(alternative, s);
        if (e < 0) {
          continue;
        }
        int phrase = tokens.phraseStart[s];
        int[] ends = endsA;
        int endCount = 1;
        ends[0] = e;
        for (int i = 1; i < slots.length && endCount > 0; i++) {
          int[] next = ends == endsA ? endsB : endsA;
          int nextCount = 0;
          for (int k = 0; k < endCount; k++) {
            int limitPos = Math.min(tokens.count - 1, ends[k] + proximity);
            for (int p = ends[k]; p <= limitPos; p++) {
              if (tokens.phraseStart[p] != phrase) {
                break;
              }
              for (int[] alt : slots[i].alternatives) {
                if (nextCount + 4 > next.length) {
                  next = grow(next);
                }
                nextCount = addRunEnds(alt, p, next, nextCount);
              }
            }
          }
          ends = next;
          endCount = nextCount;
        }
        for (int k = 0; k < endCount; k++) {
          if (accepts(s, ends[k], negators)) {
            matchStart[at + found] = s;
            matchEnd[at + found] = ends[k];
            matchSwapped[at + found] = lastSwapped;
            matchInScope[at + found] = lastInScope;
            found++;
            if (found == limit) {
              return found;
            }
            break;
          }
        }
      }
    }
    return found;
  }

  private static final byte UNKNOWN = 0;
  private static final byte MAY = 1;
  private static final byte CANNOT = 2;

  /**
   * Per pattern of the prepared question ({@link CompiledQuestion.Pattern#index}): whether {@link
   * #allSlotsMayOccur}, {@link #UNKNOWN} until asked. A point's phrasings are tried up to three
   * times (asserted, swapped, denied) and again for the unexplained words; the answer is the same.
   */
  private byte[] mayOccur = new byte[64];

  private boolean mayOccur(CompiledQuestion.Pattern pattern) {
    byte known = mayOccur[pattern.index];
    if (known == UNKNOWN) {
      known = allSlotsMayOccur(pattern) ? MAY : CANNOT;
      mayOccur[pattern.index] = known;
    }
    return known == MAY;
  }

  /**
   * Whether every slot of the pattern has an alternative whose first term stands in the answer:
   * no match is possible otherwise.
   */
  private boolean allSlotsMayOccur(CompiledQuestion.Pattern pattern) {
    for (int[] firsts : pattern.leadTerms) {
      boolean any = false;
      for (int term : firsts) {
        if (head[term] < head[term + 1]) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private int[] grow(int[] a) {
    int[] bigger = Arrays.copyOf(a, a.length * 2 + 8);
    if (a == endsA) {
      endsA = bigger;
    } else {
      endsB = bigger;
    }
    return bigger;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * Any order: every slot's words within a window of {@code slots + proximity * (slots - 1)}
   * tokens, in one sentence.
   */
  private int collectAnyOrder(CompiledQuestion.Sequence seq, String[] negators, int at,
      int limit) {
    CompiledQuestion.Slot[] slots = seq.slots;
    int m = 0;
    for (int si = 0; si < slots.length; si++) {
      for (int[] alternative : slots[si].alternatives) {
        int first = alternative[0];
        for (int idx = head[first]; idx < head[first + 1]; idx++) {
          int s = byTermStart[idx];
          int e = alternative.length == 1 ? byTermEnd[idx] : runEnd(alternative, s);
          if (e < 0) {
            continue;
          }
          if (m == packed.length) {
            packed = Arrays.copyOf(packed, m * 2);
          }
          // start (high bits), length, slot: sorting orders by start.
          packed[m++] = ((long) s << 32) | ((long) Math.min(e - s, 0xFFFF) << 16) | si;
        }
      }
    }
    if (m < slots.length) {
      return 0;
    }
    Arrays.sort(packed, 0, m);
    int window = slots.length + proximity * (slots.length - 1);
    int found = 0;
    long seen;
    for (int i = 0; i < m; i++) {
      int s = (int) (packed[i] >>> 32);
      int phrase = tokens.phraseStart[s];
      seen = 0;
      int end = s;
      // A multi-word form ("service level agreement") widens the window by its extra words.
      int reach = s + window + (int) ((packed[i] >>> 16) & 0xFFFF) - 1;
      for (int j = i; j < m; j++) {
        int sj = (int) (packed[j] >>> 32);
        if (sj >= reach || tokens.phraseStart[sj] != phrase) {
          break;
        }
        int slot = (int) (packed[j] & 0xFFFF);
        if ((seen & (1L << slot)) == 0) {
          seen |= 1L << slot;
          end = Math.max(end, sj + (int) ((packed[j] >>> 16) & 0xFFFF));
        }
        if (Long.bitCount(seen) == Math.min(slots.length, 64)) {
          if (accepts(s, end, negators)) {
            matchStart[at + found] = s;
            matchEnd[at + found] = end;
            matchSwapped[at + found] = lastSwapped;
            matchInScope[at + found] = lastInScope;
            found++;
            if (found == limit) {
              return found;
            }
          }
          break;
        }
      }
    }
    return found;
  }

  /**
   * {@return whether one of the reference term's forms stands in the answer with the polarity it
   * has in the reference answer (negated or not)}
   */
  boolean referenceTermPresent(int[][] alternatives, boolean negatedInReference) {
    foundCount = 0;
    for (int[] alternative : alternatives) {
      int first = alternative[0];
      for (int idx = head[first]; idx < head[first + 1]; idx++) {
        int s = byTermStart[idx];
        int e = alternative.length == 1 ? byTermEnd[idx] : runEnd(alternative, s);
        if (e >= 0 && negated(s, e, NO_NEGATORS) == negatedInReference) {
          found(s, e);
          return true;
        }
      }
    }
    return false;
  }

  /** {@return the character offset where token {@code t} starts} */
  int charStart(int t) {
    return tokens.start[t];
  }

  /** {@return the character offset where token {@code t - 1} ends} */
  int charEndBefore(int t) {
    return tokens.end[t - 1];
  }
}
