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
 *       words do not overlap the evidence of a covered point (where they would be explained by
 *       that point: "OS carrier threads" shows how virtual threads run, not that they are OS
 *       threads). A swapped point is a contradiction.
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

  private RubricEvidence(int points) {
    kinds = new Kind[points];
    spans = new ArrayList<>(points);
  }

  /**
   * Reads the answer prepared in {@code m}: with the roles the key points' texts name, and, when
   * that shows a swapped role, again with the roles inferred from the reference answer too.
   */
  static RubricEvidence of(CompiledQuestion q, Matcher m) {
    RubricEvidence firm = read(q, m);
    if (firm.swappedCount == 0) {
      return firm;
    }
    m.inferredRoles = true;
    try {
      return read(q, m);
    } finally {
      m.inferredRoles = false;
    }
  }

  private static RubricEvidence read(CompiledQuestion q, Matcher m) {
    CompiledQuestion.Point[] points = q.points;
    RubricEvidence r = new RubricEvidence(points.length);
    List<Span> coveredSpans = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      r.total += points[i].keyPoint.weight();
      List<Span> against = spansOfFirstMatch(points[i].contradictions, m);
      if (!against.isEmpty()) {
        r.kinds[i] = Kind.CONTRADICTED;
        r.spans.add(against);
        r.contradictedCount++;
        continue;
      }
      List<Span> evidence = spansOfFirstMatch(points[i].phrasings, m);
      r.kinds[i] = evidence.isEmpty() ? Kind.MISSED : Kind.COVERED;
      r.spans.add(evidence);
      if (!evidence.isEmpty()) {
        r.covered += points[i].keyPoint.weight();
        coveredSpans.addAll(evidence);
      }
    }
    for (int i = 0; i < points.length; i++) {
      if (r.kinds[i] != Kind.MISSED) {
        continue;
      }
      double weight = points[i].keyPoint.weight();
      m.evidence = Matcher.Evidence.SWAPPED;
      List<Span> swap = spansOfFirstMatch(points[i].phrasings, m);
      if (!swap.isEmpty() && !overlaps(swap, coveredSpans)) {
        r.kinds[i] = Kind.SWAPPED;
        r.spans.set(i, swap);
        r.swapped += weight;
        r.swappedCount++;
      } else if (swap.isEmpty()) {
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

  /** The character spans of the first matching pattern's match, or none. */
  static List<Span> spansOfFirstMatch(CompiledQuestion.Pattern[] patterns, Matcher m) {
    for (CompiledQuestion.Pattern p : patterns) {
      if (m.matches(p)) {
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
    return List.of();
  }
}
