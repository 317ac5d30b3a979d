package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.core.MatchPattern;
import java.util.Arrays;

/**
 * Binds the phrasings of a question's key points to the terms of its contrasts, so that a phrase
 * shows a point only when the answer says it of the right term. Runs once per compiled question.
 * Not part of the API.
 *
 * <ul>
 *   <li><b>The point's term.</b> A key point is about a term of a contrast when its text names
 *       that term, and no other term of the contrast, as a subject, within its first five words
 *       ("Pessimistic locking locks the row first ..."). A text that names several terms ("Optimistic suits low contention;
 *       pessimistic suits high contention") leaves the point unbound.
 *   <li><b>Inferred roles.</b> When its text names no term ("The gains are independent
 *       deployment, independent scaling and team ownership"), the reference answer suggests
 *       one: the term that every phrasing matching the reference answer is said of there, by a
 *       rule of {@link Mentions} other than a label later in the sentence. An inferred role is
 *       weaker (a benefit may be one term's gain and the other's lack: "REST over-fetches" and
 *       "GraphQL avoids over-fetching" both show the point), so it counts only for an answer
 *       already seen to swap a role that a point's text names.
 *   <li><b>Phrasings that name a term.</b> A phrasing with a sub-pattern that always names a
 *       term ({@code pessimistic} in {@code pessimistic & lock* row*}) says whose role it is,
 *       and is not bound.
 *   <li><b>Shared phrasings.</b> A phrasing that the reference answer, or its key point's text,
 *       says of another term, in its own word order or any other ("a per-node counter" for
 *       {@code counter per node}), is not one term's own, and is not bound.
 * </ul>
 */
final class RoleBinding {
  private RoleBinding() {}

  /**
   * How far into a key point's text the term it is about may first be named: its subject
   * ("Under read committed a row ...", "Fields omitted from a PUT body ..."), not an object
   * further on ("The server verifies the signature ...").
   */
  private static final int SUBJECT_POSITION = 5;

  /** A pattern word that matches nothing: stands for a slot of several alternatives. */
  private static final String NOTHING = "\u00B6";

  /**
   * Fills the roles of {@code q}'s phrasings, reading the key points and the reference answer
   * with the grader's negation window; runs once, while compiling.
   */
  static void bind(CompiledQuestion q, int negationWindow) {
    int contrasts = q.contrasts.length;
    if (contrasts == 0) {
      return;
    }
    Matcher m = new Matcher();
    int[][] pointTerm = new int[q.points.length][contrasts];
    boolean[][] textNames = new boolean[q.points.length][contrasts];
    for (int p = 0; p < q.points.length; p++) {
      m.prepare(q.points[p].keyPoint.text(), q, 3, negationWindow, false);
      for (int c = 0; c < contrasts; c++) {
        pointTerm[p][c] = m.mentions.onlySubjectTerm(c, SUBJECT_POSITION);
        textNames[p][c] = m.mentions.mentions(c);
      }
    }
    int[][] inferredTerm = new int[q.points.length][contrasts];
    m.prepare(q.referenceAnswer, q, 3, negationWindow, false);
    for (int p = 0; p < q.points.length; p++) {
      for (int c = 0; c < contrasts; c++) {
        inferredTerm[p][c] = textNames[p][c] ? pointTerm[p][c]
            : termInReference(q.points[p], c, m);
      }
    }
    for (int p = 0; p < q.points.length; p++) {
      for (CompiledQuestion.Pattern phrasing : q.points[p].phrasings) {
        if (phrasing.roles != null && phrasing.inferredRoles != null) {
          bindPhrasing(q, phrasing, phrasing.roles, pointTerm[p], m);
          bindPhrasing(q, phrasing, phrasing.inferredRoles, inferredTerm[p], m);
        }
      }
    }
    unbindSharedPhrasings(q, m, negationWindow);
  }

  /**
   * {@return the one term of contrast {@code c} that the point's phrasings matching the reference
   * answer (analysed in {@code m}) are said of, or -1}
   */
  private static int termInReference(CompiledQuestion.Point point, int c, Matcher m) {
    int agreed = 0;
    for (CompiledQuestion.Pattern phrasing : point.phrasings) {
      if (!m.matches(phrasing)) {
        continue;
      }
      int said = m.mentions.roleOf(m.tokens, m.foundStart[0], m.foundEnd[0], c);
      // Not a label later in the sentence: in a reference answer it may open another topic
      // ("..., so retry serialization failures; PostgreSQL defaults to read committed").
      if (said == 0 || m.mentions.rule == 5 || Integer.bitCount(said) > 1
          || (agreed != 0 && agreed != said)) {
        return -1;
      }
      agreed = said;
    }
    return agreed == 0 ? -1 : Integer.numberOfTrailingZeros(agreed);
  }

  private static void bindPhrasing(CompiledQuestion q, CompiledQuestion.Pattern phrasing,
      int[][] roles, int[] pointTerm, Matcher m) {
    MatchPattern parsed = phrasing.parsed;
    for (int c = 0; c < pointTerm.length; c++) {
      int namedTerms = 0;
      for (int s = 0; s < roles.length; s++) {
        namedTerms |= termsNamed(q, parsed.sequences().get(s), c, m);
      }
      // A phrasing that names a term says whose role it is; its other sub-patterns are context
      // words ("write-back & database") that may well stand in a clause about another term.
      int term = namedTerms == 0 ? pointTerm[c] : -1;
      for (int s = 0; s < roles.length; s++) {
        roles[s][c] = term;
      }
    }
  }

  /**
   * {@return the terms of contrast {@code c} (a bit mask) that a sub-pattern always names: its
   * fixed words spell a term, or every alternative of one of its positions does}
   */
  private static int termsNamed(CompiledQuestion q, MatchPattern.Sequence sequence, int c,
      Matcher m) {
    StringBuilder fixed = new StringBuilder();
    int named = 0;
    for (MatchPattern.Slot slot : sequence.slots()) {
      if (slot.alternatives().size() == 1) {
        fixed.append(slot.alternatives().get(0).text()).append(' ');
        continue;
      }
      fixed.append(NOTHING).append(' ');
      int all = -1;
      for (MatchPattern.Word w : slot.alternatives()) {
        m.prepare(w.text(), q, 0, 0, false);
        all &= m.mentions.termsNamed(c);
      }
      named |= all;
    }
    m.prepare(fixed.toString(), q, 0, 0, false);
    return named | m.mentions.termsNamed(c);
  }

  /**
   * Unbinds the phrasings that the reference answer, or their key point's own text ("HTTP/2
   * compresses headers with HPACK (QPACK in HTTP/3)"), says of another term, in any word order:
   * such a phrase is not one term's own.
   */
  private static void unbindSharedPhrasings(CompiledQuestion q, Matcher m, int negationWindow) {
    m.prepare(q.referenceAnswer, q, 3, negationWindow, false);
    for (CompiledQuestion.Point point : q.points) {
      unbindSaidOfAnother(point, m);
    }
    for (CompiledQuestion.Point point : q.points) {
      m.prepare(point.keyPoint.text(), q, 3, negationWindow, false);
      unbindSaidOfAnother(point, m);
    }
  }

  /**
   * {@return the phrasing with the words of each sub-pattern in any order}: "a per-node counter"
   * says what "counter per node" does.
   */
  private static CompiledQuestion.Pattern inAnyOrder(CompiledQuestion.Pattern p) {
    CompiledQuestion.Sequence[] sequences = new CompiledQuestion.Sequence[p.sequences.length];
    for (int s = 0; s < sequences.length; s++) {
      sequences[s] = new CompiledQuestion.Sequence(p.sequences[s].slots, true);
    }
    return new CompiledQuestion.Pattern(p.parsed, sequences, p.negators, p.roles,
        p.inferredRoles, p.dismisses, p.index);
  }

  /** Unbinds the point's phrasings that the text prepared in {@code m} says of another term. */
  private static void unbindSaidOfAnother(CompiledQuestion.Point point, Matcher m) {
    m.evidence = Matcher.Evidence.SWAPPED;
    m.inferredRoles = true;
    for (CompiledQuestion.Pattern phrasing : point.phrasings) {
      int[][] roles = phrasing.roles;
      int[][] inferred = phrasing.inferredRoles;
      if (roles != null && inferred != null
          && (m.matches(phrasing) || m.matches(inAnyOrder(phrasing)))) {
        for (int s = 0; s < roles.length; s++) {
          Arrays.fill(roles[s], -1);
          Arrays.fill(inferred[s], -1);
        }
      }
    }
    m.inferredRoles = false;
    m.evidence = Matcher.Evidence.ASSERTED;
  }
}
