package io.github.interviewbank.grading;

import java.util.List;

/** Gives every non-blank answer the same score and covers the listed key points. */
record FixedGrader(String id, double score, List<String> covering) implements AnswerGrader {

  @Override
  public Grade grade(GradingRequest request) {
    if (request.isBlank()) {
      return Grade.noAnswer(request.question(), id);
    }
    List<KeyPointResult> results = request.question().keyPoints().stream()
        .map(k -> covering.contains(k.id())
            ? KeyPointResult.covered(k.id(), List.of(Span.of(0, 1)))
            : KeyPointResult.missed(k.id()))
        .toList();
    return new Grade(request.question().id(), id, score, BandThresholds.DEFAULT.bandOf(score),
        results, "feedback of " + id);
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }
}
