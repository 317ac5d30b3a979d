package io.github.interviewbank.grading.keyword.internal;

import java.util.Arrays;

/**
 * Matches compiled patterns against one analysed answer. Every pattern runs in time linear in
 * the answer's length (no backtracking: the proximity window and slot count bound the work per
 * occurrence). One instance per thread, reused between answers; not thread-safe. Not part of the
 * API.
 */
public final class Matcher {
  final TokenStream tokens = new TokenStream();

  private int proximity;
  private int negationWindow;

  // Occurrences of terms: where a term's form stands in the answer, as token ranges.
  private int occCount;
  private int[] occTerm = new int[512];
  private int[] occStart = new int[512];
  private int[] occEnd = new int[512];
  // The same, grouped by term (counting sort): term t owns [head[t], head[t + 1]).
  private int[] head = new int[256];
  private int[] byTermStart = new int[512];
  private int[] byTermEnd = new int[512];

  // Work areas for sequences and conjunctions.
  private int[] endsA = new int[64];
  private int[] endsB = new int[64];
  private long[] packed = new long[256];
  private int[] matchStart = new int[256];
  private int[] matchEnd = new int[256];
  private int[] osaRows = new int[3 * 64];

  /** Found matches of the last {@link #matches} call, as token ranges. */
  int foundCount;

  int[] foundStart = new int[16];
  int[] foundEnd = new int[16];

  /** Analyses {@code answer} and records the occurrences of the question's terms. */
  public void prepare(String answer, CompiledQuestion q, int proximityWindow,
      int negationScope, boolean fuzzy) {
    this.proximity = proximityWindow;
    this.negationWindow = negationScope;
    Analyzer.analyze(answer, tokens);
    occCount = 0;
    int c = 0;
    for (int t = 0; t < tokens.count; t++) {
      while (c < tokens.compounds && tokens.compFirst[c] == t) {
        // A joined compound was not typed as one word: no misspelling tolerance for it.
        addOccurrences(tokens.compEntry[c], t, tokens.compEnd[c], q, false);
        c++;
      }
      addOccurrences(tokens.entry[t], t, t + 1, q, fuzzy);
    }
    groupByTerm(q.termCount);
  }

  /** Releases large buffers after an unusually long answer. */
  void trim() {
    tokens.trim();
    if (occTerm.length > 1 << 14) {
      occTerm = new int[512];
      occStart = new int[512];
      occEnd = new int[512];
      byTermStart = new int[512];
      byTermEnd = new int[512];
    }
    if (packed.length > 1 << 12) {
      packed = new long[256];
    }
  }

  private void addOccurrences(Vocabulary.Entry e, int start, int end, CompiledQuestion q,
      boolean fuzzy) {
    if (e.surface.isEmpty()) {
      return;
    }
    // A compiled question belongs to one grader, so its settings are fixed for the cache;
    // compounds (looked up without misspelling tolerance) are not cached.
    int[] terms = fuzzy ? q.termCache.get(e) : null;
    if (terms == null) {
      terms = termsOf(e, q, fuzzy);
      if (fuzzy) {
        q.termCache.put(e, terms);
      }
    }
    for (int t : terms) {
      add(t, start, end);
    }
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

  private void add(int term, int start, int end) {
    if (occCount == occTerm.length) {
      int n = occCount * 2;
      occTerm = Arrays.copyOf(occTerm, n);
      occStart = Arrays.copyOf(occStart, n);
      occEnd = Arrays.copyOf(occEnd, n);
    }
    occTerm[occCount] = term;
    occStart[occCount] = start;
    occEnd[occCount] = end;
    occCount++;
  }

  private void groupByTerm(int terms) {
    if (head.length < terms + 2) {
      head = new int[terms + 16];
    }
    Arrays.fill(head, 0, terms + 2, 0);
    for (int i = 0; i < occCount; i++) {
      head[occTerm[i] + 2]++;
    }
    for (int t = 2; t < terms + 2; t++) {
      head[t] += head[t - 1];
    }
    if (byTermStart.length < occCount) {
      byTermStart = new int[occTerm.length];
      byTermEnd = new int[occTerm.length];
    }
    // head[t + 1] is the next free slot of term t while filling; afterwards term t owns
    // [head[t], head[t + 1]). Occurrences arrive in token order, so each term's are sorted.
    for (int i = 0; i < occCount; i++) {
      int slot = head[occTerm[i] + 1]++;
      byTermStart[slot] = occStart[i];
      byTermEnd[slot] = occEnd[i];
    }
  }

  /** {@return the index of the first occurrence of {@code term} starting at {@code start}, or -1} */
  private int firstIndex(int term, int start) {
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

  /**
   * Whether a negating word reaches the match {@code [s, e)}: one standing up to the negation
   * window before it in its clause (unless it belongs to a hyphenated compound that ends before
   * the match: "no-cache" negates only inside itself), or one inside it that is not a word of the
   * pattern itself.
   */
  boolean negated(int s, int e, String[] patternNegators) {
    int from = Math.max(tokens.clauseStart[s], s - negationWindow);
    for (int p = from; p < s; p++) {
      if (tokens.negates[p] && (tokens.compoundEnd[p] == 0 || tokens.compoundEnd[p] > s)) {
        return true;
      }
    }
    for (int p = s; p < e; p++) {
      if (tokens.negates[p] && !isOneOf(tokens.entry[p].surface, patternNegators)) {
        return true;
      }
    }
    return false;
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
    foundCount = 0;
    CompiledQuestion.Sequence[] sequences = pattern.sequences;
    if (sequences.length == 1) {
      int n = collect(sequences[0], pattern.negators, 0, 1);
      if (n == 0) {
        return false;
      }
      found(matchStart[0], matchEnd[0]);
      return true;
    }
    // Conjunction: each sequence's matches, then a sentence where all of them have one.
    int[] offsets = new int[sequences.length + 1];
    int used = 0;
    for (int i = 0; i < sequences.length; i++) {
      offsets[i] = used;
      used += collect(sequences[i], pattern.negators, used, 64);
      if (used == offsets[i]) {
        return false;
      }
    }
    offsets[sequences.length] = used;
    for (int m = offsets[0]; m < offsets[1]; m++) {
      int sentence = tokens.sentence[matchStart[m]];
      boolean all = true;
      for (int i = 1; i < sequences.length && all; i++) {
        all = inSentence(offsets[i], offsets[i + 1], sentence) >= 0;
      }
      if (all) {
        found(matchStart[m], matchEnd[m]);
        for (int i = 1; i < sequences.length; i++) {
          int k = inSentence(offsets[i], offsets[i + 1], sentence);
          found(matchStart[k], matchEnd[k]);
        }
        return true;
      }
    }
    return false;
  }

  private int inSentence(int from, int to, int sentence) {
    for (int k = from; k < to; k++) {
      if (tokens.sentence[matchStart[k]] == sentence) {
        return k;
      }
    }
    return -1;
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
    }
    return seq.anyOrder && seq.slots.length > 1
        ? collectAnyOrder(seq, negators, at, limit)
        : collectOrdered(seq, negators, at, limit);
  }

  private int collectOrdered(CompiledQuestion.Sequence seq, String[] negators, int at,
      int limit) {
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
          if (!negated(s, ends[k], negators)) {
            matchStart[at + found] = s;
            matchEnd[at + found] = ends[k];
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
          if (!negated(s, end, negators)) {
            matchStart[at + found] = s;
            matchEnd[at + found] = end;
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
