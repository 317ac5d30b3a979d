package io.github.interviewbank.cli;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.GradingRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The grader a command uses, with every way it can fail to grade made a {@link
 * GradingException} (exit code 3, one line): one it throws itself, any other runtime exception
 * (a bug in the grader), no grade at all ({@code null}, or a batch of the wrong size), and a
 * {@link StackOverflowError}, a grader that recursed without end. The overflow is the one error
 * caught: when it reaches this frame the stack has unwound to here, and the grader's other
 * errors (out of memory, a missing class) stay errors.
 */
final class GuardedGrader implements AnswerGrader {
  private final AnswerGrader grader;

  private GuardedGrader(AnswerGrader grader) {
    this.grader = grader;
  }

  /** {@return {@code grader} guarded, or itself when it already is} */
  static AnswerGrader of(AnswerGrader grader) {
    Objects.requireNonNull(grader, "grader");
    return grader instanceof GuardedGrader ? grader : new GuardedGrader(grader);
  }

  @Override
  public Grade grade(GradingRequest request) {
    Grade grade = guarded(() -> grader.grade(request));
    if (grade == null) {
      throw new GradingException("the grader " + id() + " returned no grade");
    }
    return grade;
  }

  @Override
  public List<Grade> gradeAll(List<GradingRequest> requests) {
    List<Grade> grades = guarded(() -> grader.gradeAll(requests));
    if (grades == null || grades.size() != requests.size()
        || grades.stream().anyMatch(Objects::isNull)) {
      throw new GradingException("the grader " + id() + " returned no grade for some answers");
    }
    return grades;
  }

  /** {@return what {@code call} returns} Its failures as {@link GradingException}s, as above. */
  private <T> @Nullable T guarded(Supplier<@Nullable T> call) {
    try {
      return call.get();
    } catch (GradingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failed(e);
    } catch (StackOverflowError e) {
      throw overflowed(e);
    }
  }

  private GradingException failed(RuntimeException e) {
    return new GradingException("the grader " + id() + " failed: " + GraderCatalog.oneLine(e), e);
  }

  private GradingException overflowed(StackOverflowError e) {
    return new GradingException("the grader " + id() + " overflowed its stack", e);
  }

  @Override
  public String id() {
    return grader.id();
  }

  @Override
  public boolean isDeterministic() {
    return grader.isDeterministic();
  }
}
