package io.github.interviewbank.grading;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link FollowUpProposer#fromBank()}: the bank's follow-up aimed at the weakest point. */
final class BankFollowUps implements FollowUpProposer {
  static final BankFollowUps INSTANCE = new BankFollowUps();

  private BankFollowUps() {}

  @Override
  public Optional<ProposedFollowUp> propose(FollowUpRequest request) {
    Objects.requireNonNull(request, "request");
    Question q = request.question();
    Grade grade = request.grade();
    List<FollowUp> followUps = q.followUps();
    if (followUps.isEmpty()) {
      return Optional.empty();
    }
    Optional<KeyPoint> weakest = weakestPoint(q, grade);
    if (weakest.isPresent()) {
      String id = weakest.get().id();
      for (FollowUp f : followUps) {
        if (f.keyPointIds().contains(id)) {
          return Optional.of(ProposedFollowUp.fromBank(f));
        }
      }
      List<String> missed = grade.missedIds();
      for (FollowUp f : followUps) {
        if (f.keyPointIds().stream().anyMatch(missed::contains)) {
          return Optional.of(ProposedFollowUp.fromBank(f));
        }
      }
    }
    return Optional.of(ProposedFollowUp.fromBank(followUps.get(0)));
  }

  /** The point not covered that matters most: contradicted, then required, heaviest, earliest. */
  static Optional<KeyPoint> weakestPoint(Question q, Grade grade) {
    List<KeyPoint> points = q.keyPoints();
    return points.stream()
        .filter(k -> verdict(grade, k).map(v -> v != Verdict.COVERED).orElse(false))
        .max(Comparator
            .comparing((KeyPoint k) -> verdict(grade, k).map(v -> v == Verdict.CONTRADICTED)
                .orElse(false))
            .thenComparing(KeyPoint::required)
            .thenComparingDouble(KeyPoint::weight)
            .thenComparing(k -> -points.indexOf(k)));
  }

  private static Optional<Verdict> verdict(Grade grade, KeyPoint k) {
    return grade.keyPoint(k.id()).map(KeyPointResult::verdict);
  }

  @Override
  public String id() {
    return "bank";
  }

  @Override
  public String toString() {
    return "FollowUpProposer.fromBank()";
  }
}
