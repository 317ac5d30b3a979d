package io.github.interviewbank.cli;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A grader whose service is down: for the exit code of a failed grader. Test-only. With {@code
 * after=N} it grades the first N answers as the keyword grader does and fails from then on; with
 * {@code how=} it fails the other ways a grader can: {@code runtime} (a bug: an {@link
 * IllegalStateException}), {@code null} (no grade) or {@code overflow} (endless recursion).
 */
public final class FailingGraderProvider implements GraderProvider {
  @Override
  public String name() {
    return "failing";
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    int after = options.getInt("after", 0, 0, 1000);
    String how = options.get("how").orElse("grading");
    AnswerGrader keyword = KeywordGrader.create();
    AtomicInteger graded = new AtomicInteger();
    return new AnswerGrader() {
      @Override
      @SuppressWarnings("NullAway") // returning null is the failure under test
      public Grade grade(GradingRequest request) {
        if (graded.getAndIncrement() < after) {
          return keyword.grade(request);
        }
        return switch (how) {
          case "runtime" -> throw new IllegalStateException("the rubric cache is corrupt");
          case "null" -> null;
          case "overflow" -> recurse(request, 0);
          default -> throw new GradingException("the grading service is down");
        };
      }

      private Grade recurse(GradingRequest request, int depth) {
        return depth < Integer.MAX_VALUE ? recurse(request, depth + 1) : keyword.grade(request);
      }

      @Override
      public String id() {
        return "failing";
      }
    };
  }
}
