package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.grading.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What one answer shows of each key point of a question, and the weights of each kind. Not part of
 * the API.
 *
 * <ul>
 *   <li><b>Contradicted</b>: a contradiction pattern matches, asserted.
 *   <li><b>Covered</b>: a phrasing matches, asserted, of the right term of every contrast.
 *   <li><b>Swapped</b>: a phrasing matches, asserted, but of another term of a contrast, and its
 *       words do not overlap the one-phrase evidence of another covered point (where they would
 *       be explained by that point: "OS carrier threads" shows how virtual threads run, not that
 *       they are OS threads). A swapped point is a contradiction. A point covered only by a
 *       phrasing that is not bound (one that names the term, "thread & share memory") while a
 *       bound phrasing of it is swapped counts as swapped: naming the term is weaker evidence
 *       than saying its property of the counterpart.
 *   <li><b>Denied</b>: a phrasing matches only negated, dismissed or reported and rejected. A
 *       denied point is missed; the weight denied counts against the answer as a whole.
 *   <li><b>Missed</b>: nothing matches.
 * </ul>
 */
final class RubricEvidence {
  enum Kind { COVERED, CONTRADICTED, SWAPPED, DENIED, MISSED }

  final Kind[] kinds;
  /** Per key point, the spans that showed its kind (none for missed and denied points). */
  final List<List<Span>> spans;
  double total;
  double covered;
  double swapped;
  double denied;
  int contradictedCount;
  int swappedCount;
  int deniedCount;
  /**
   * Per key point, how many of its first phrasings the reading with the roles the key points'
   * texts name found matching nowhere: {@link #unexplainedWords} need not try them again.
   */
  private final int[] leadingMisses;

  private RubricEvidence(int points) {
    kinds = new Kind[points];
    spans = new ArrayList<>(points);
    leadingMisses = new int[points];
  }

  /**
   * Reads the answer prepared in {@code m}: with the roles the key points' texts name, and, when
   * that shows a swapped role, again with the roles inferred from the reference answer too.
   */
  static RubricEvidence of(CompiledQuestion q, Matcher m) {
    RubricEvidence firm = read(q, m);
    RubricEvidence r = firm;
    if (firm.swappedCount > 0) {
      m.inferredRoles = true;
      try {
        r = read(q, m);
      } finally {
        m.inferredRoles = false;
      }
      System.arraycopy(firm.leadingMisses, 0, r.leadingMisses, 0, r.leadingMisses.length);
    }
    r.contradictSameness(q, m);
    return r;
  }

  /**
   * Counts the prose words in sentences that show nothing of the rubric: no phrasing of any point
   * matches there, asserted (with the roles the key points' texts name), and no contradiction or
   * swapped role stands there. Every phrasing is tried, not only the first that matches, so that
   * appending a sentence never unexplains another. Computed on request: the grade needs it only
   * for an answer that covers little, and it matches phrasings again (all but those the reading
   * found matching nowhere). {@code m} must hold the answer this evidence was read from.
   */
  int unexplainedWords(CompiledQuestion q, Matcher m) {
    TokenStream tokens = m.tokens;
    boolean[] explained = new boolean[Math.max(1, tokens.sentences)];
    m.evidence = Matcher.Evidence.ASSERTED;
    for (int i = 0; i < q.points.length; i++) {
      CompiledQuestion.Pattern[] phrasings = q.points[i].phrasings;
      for (int k = leadingMisses[i]; k < phrasings.length; k++) {
        m.markMatchingSentences(phrasings[k], explained);
      }
    }
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == Kind.CONTRADICTED || kinds[i] == Kind.SWAPPED) {
        for (Span span : spans.get(i)) {
          explained[tokens.sentence[tokenAt(tokens, span.start())]] = true;
        }
      }
    }
    int words = 0;
    for (int t = 0; t < tokens.count; t++) {
      boolean firstOfWord = tokens.compoundEnd[t] == 0 || t == 0
          || tokens.compoundEnd[t - 1] != tokens.compoundEnd[t];
      if (!tokens.code[t] && !tokens.codeComment[t] && firstOfWord
          && !explained[tokens.sentence[t]]) {
        words++;
      }
    }
    return words;
  }

  /** {@return the token starting at character {@code offset}} */
  private static int tokenAt(TokenStream tokens, int offset) {
    for (int t = 0; t < tokens.count; t++) {
      if (tokens.start[t] >= offset) {
        return t;
      }
    }
    return tokens.count - 1;
  }

  /**
   * A claim that the things compared are the same ({@link SamenessClaims}) contradicts the
   * question: it is recorded against the first required point that speaks of one of them (else
   * the first such point, else the first required point, else the first point).
   */
  private void contradictSameness(CompiledQuestion q, Matcher m) {
    if (!q.asksForDifference) {
      return;
    }
    int claim = SamenessClaims.find(m.tokens, m.mentions, q.contrasts.length);
    if (claim < 0) {
      return;
    }
    int point = -1;
    for (int pass = 0; pass < 4 && point < 0; pass++) {
      for (int i = 0; i < q.points.length && point < 0; i++) {
        boolean required = q.points[i].keyPoint.required();
        boolean bound = isBound(q.points[i]);
        if ((pass == 0 && required && bound) || (pass == 1 && bound)
            || (pass == 2 && required) || pass == 3) {
          point = i;
        }
      }
    }
    if (kinds[point] == Kind.CONTRADICTED) {
      return;
    }
    double weight = q.points[point].keyPoint.weight();
    switch (kinds[point]) {
      case COVERED -> covered -= weight;
      case SWAPPED -> {
        swapped -= weight;
        swappedCount--;
      }
      case DENIED -> {
        denied -= weight;
        deniedCount--;
      }
      default -> { }
    }
    kinds[point] = Kind.CONTRADICTED;
    spans.set(point, List.of(Span.of(m.charStart(claim), m.tokens.end[claim])));
    contradictedCount++;
  }

  /** Reads the answer prepared in {@code m}. */
  private static RubricEvidence read(CompiledQuestion q, Matcher m) {
    CompiledQuestion.Point[] points = q.points;
    RubricEvidence r = new RubricEvidence(points.length);
    List<List<Span>> coveredSpans = new ArrayList<>(points.length);
    boolean[] weak = new boolean[points.length];
    for (int i = 0; i < points.length; i++) {
      r.total += points[i].keyPoint.weight();
      List<Span> against = contradiction(points[i], m);
      if (!against.isEmpty()) {
        r.kinds[i] = Kind.CONTRADICTED;
        r.spans.add(against);
        coveredSpans.add(List.of());
        r.contradictedCount++;
        continue;
      }
      int phrasing = firstMatch(points[i].phrasings, m);
      r.leadingMisses[i] = phrasing < 0 ? points[i].phrasings.length : phrasing;
      List<Span> evidence = phrasing < 0 ? List.of() : spans(m);
      r.kinds[i] = evidence.isEmpty() ? Kind.MISSED : Kind.COVERED;
      r.spans.add(evidence);
      coveredSpans.add(evidence);
      if (!evidence.isEmpty()) {
        r.covered += points[i].keyPoint.weight();
        weak[i] = isBound(points[i]) && !isBound(points[i].phrasings[phrasing]);
      }
    }
    for (int i = 0; i < points.length; i++) {
      if (r.kinds[i] != Kind.MISSED && !weak[i]) {
        continue;
      }
      double weight = points[i].keyPoint.weight();
      m.evidence = Matcher.Evidence.SWAPPED;
      List<Span> swap = spansOfFirstMatch(points[i].phrasings, m);
      if (!swap.isEmpty() && !overlapsOthers(swap, coveredSpans, i)) {
        if (weak[i]) {
          r.covered -= weight;
        }
        r.kinds[i] = Kind.SWAPPED;
        r.spans.set(i, swap);
        r.swapped += weight;
        r.swappedCount++;
      } else if (swap.isEmpty() && !weak[i]) {
        m.evidence = Matcher.Evidence.DENIED;
        if (!spansOfFirstMatch(points[i].phrasings, m).isEmpty()) {
          r.kinds[i] = Kind.DENIED;
          r.denied += weight;
          r.deniedCount++;
        }
      }
      m.evidence = Matcher.Evidence.ASSERTED;
    }
    return r;
  }

  /** Whether one of the point's phrasings is bound to a term. */
  private static boolean isBound(CompiledQuestion.Point point) {
    for (CompiledQuestion.Pattern phrasing : point.phrasings) {
      if (isBound(phrasing)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBound(CompiledQuestion.Pattern phrasing) {
    int[][] roles = phrasing.roles;
    if (roles != null) {
      for (int[] perSequence : roles) {
        for (int term : perSequence) {
          if (term >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the spans overlap the evidence of another covered point that is one phrase (a
   * conjunction's scattered context words, such as "database" in "write-behind & database",
   * explain nothing).
   */
  private static boolean overlapsOthers(List<Span> spans, List<List<Span>> covered, int self) {
    for (int j = 0; j < covered.size(); j++) {
      if (j != self && covered.get(j).size() == 1 && overlaps(spans, covered.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<Span> spans, List<Span> others) {
    for (Span a : spans) {
      for (Span b : others) {
        if (a.start() < b.end() && b.start() < a.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The spans of the point's first contradiction that stands, or none. One found only in what the
   * answer says its speaker's team replaced ("the first version polled every two seconds ... we
   * moved to WebSockets") stands only when no phrasing of the point matches outside it: a story
   * that ends by affirming the point does not claim what it tells was replaced.
   */
  private static List<Span> contradiction(CompiledQuestion.Point point, Matcher m) {
    if (m.tokens.supersededRanges == 0) {
      return contradictions(point, m);
    }
    List<Span> outside;
    boolean affirmed;
    m.skipSuperseded = true;
    try {
      outside = contradictions(point, m);
      affirmed = outside.isEmpty() && firstMatch(point.phrasings, m) >= 0;
    } finally {
      m.skipSuperseded = false;
    }
    return !outside.isEmpty() || affirmed ? outside : contradictions(point, m);
  }

  /** The spans of the point's first contradiction that matches, or none. */
  private static List<Span> contradictions(CompiledQuestion.Point point, Matcher m) {
    m.contradicting = true;
    try {
      return spansOfFirstMatch(point.contradictions, m);
    } finally {
      m.contradicting = false;
    }
  }

  /** The character spans of the first matching pattern's match, or none. */
  static List<Span> spansOfFirstMatch(CompiledQuestion.Pattern[] patterns, Matcher m) {
    return firstMatch(patterns, m) < 0 ? List.of() : spans(m);
  }

  /** {@return the index of the first pattern that matches, or -1} */
  private static int firstMatch(CompiledQuestion.Pattern[] patterns, Matcher m) {
    for (int i = 0; i < patterns.length; i++) {
      if (m.matches(patterns[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The character spans of the last match. */
  private static List<Span> spans(Matcher m) {
    if (m.foundCount == 1) {
      return List.of(Span.of(m.charStart(m.foundStart[0]), m.charEndBefore(m.foundEnd[0])));
    }
    Span[] spans = new Span[m.foundCount];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = Span.of(m.charStart(m.foundStart[i]), m.charEndBefore(m.foundEnd[i]));
    }
    return List.of(spans);
  }
}
