package io.github.interviewbank.grading.testkit;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Graders that each break one rule, wrapped in contract classes. Surefire does not run these
 * (the name matches no test pattern); {@link ContractCatchesBrokenGradersTest} runs each through
 * the jqwik engine and checks that the contract fails it.
 */
final class BrokenGraders {
  private BrokenGraders() {}

  /** Throws on a character outside the Basic Multilingual Plane, such as an emoji. */
  static final class ThrowsOnEmoji implements AnswerGraderContract {
    @Override
    public AnswerGrader grader() {
      OverlapGrader inner = new OverlapGrader();
      return request -> {
        if (request.answer().codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
          throw new IllegalStateException("cannot handle " + request.answer());
        }
        return inner.grade(request);
      };
    }
  }

  /** Gives a blank answer half marks. */
  static final class GradesBlankAnswers implements AnswerGraderContract {
    @Override
    public AnswerGrader grader() {
      OverlapGrader inner = new OverlapGrader();
      return request -> request.isBlank()
          ? new Grade(request.question().id(), "lenient", 0.5, Band.ACCEPTABLE, List.of(), "Fine.")
          : inner.grade(request);
    }
  }

  /** Prefers answers that share nothing with the reference answer. */
  static final class Inverted implements AnswerGraderContract {
    @Override
    public AnswerGrader grader() {
      OverlapGrader inner = new OverlapGrader();
      return request -> {
        if (request.isBlank()) {
          return Grade.noAnswer(request.question(), "inverted");
        }
        Grade g = inner.grade(request);
        double score = 1 - g.score();
        return new Grade(g.questionId(), "inverted", score, Band.WEAK, g.keyPoints(), g.feedback());
      };
    }
  }

  /** Claims to be deterministic but is not: every call scores differently. */
  static final class Drifting implements DeterministicGraderContract {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public AnswerGrader grader() {
      return new AnswerGrader() {
        @Override
        public Grade grade(GradingRequest request) {
          if (request.isBlank()) {
            return Grade.noAnswer(request.question(), "drifting");
          }
          double score = (calls.incrementAndGet() % 100) / 100.0;
          return new Grade(request.question().id(), "drifting", score, Band.WEAK, List.of(), "?");
        }

        @Override
        public boolean isDeterministic() {
          return true;
        }
      };
    }
  }

  /** Covers more but scores less: longer answers are punished. */
  static final class PunishesCoverage implements MonotonicGraderContract {
    @Override
    public AnswerGrader grader() {
      OverlapGrader inner = new OverlapGrader();
      return request -> {
        Grade g = inner.grade(request);
        double score = Math.max(0, 1 - g.coveredIds().size() * 0.2);
        return request.isBlank() ? g
            : new Grade(g.questionId(), "punishing", score, Band.WEAK, g.keyPoints(), g.feedback());
      };
    }
  }
}
