package io.github.interviewbank.cli;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.ProposedFollowUp;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The grader and follow-up proposer of a practice session whose grader comes with a proposer of
 * its own (a model behind an endpoint), with a local grader and the bank's follow-ups behind
 * both.
 *
 * <p>The first {@link GradingException} from either (the LLM grader's timeouts are {@code
 * GradingException}s too) switches both to the fallbacks for the rest of the session: the answer
 * or follow-up at hand is served by the fallback at once, the notice is given once, and the model
 * is not asked again, so that the session does not wait for the endpoint's timeout on every
 * answer. Other exceptions are bugs and propagate. Thread-safe.
 */
final class FallbackInterviewer {
  private final AnswerGrader model;
  private final FollowUpProposer modelFollowUps;
  private final AnswerGrader fallback;
  private final FollowUpProposer fallbackFollowUps = FollowUpProposer.fromBank();
  private final Consumer<String> notice;
  private final AtomicBoolean down = new AtomicBoolean();

  /**
   * @param model the grader chosen
   * @param modelFollowUps its provider's follow-up proposer
   * @param fallback the grader that takes over (the keyword grader)
   * @param notice told once, with one line, when the fallbacks take over
   */
  FallbackInterviewer(AnswerGrader model, FollowUpProposer modelFollowUps,
      AnswerGrader fallback, Consumer<String> notice) {
    this.model = Objects.requireNonNull(model, "model");
    this.modelFollowUps = Objects.requireNonNull(modelFollowUps, "modelFollowUps");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  /** {@return the grader: the model's until it fails, then the fallback; its id is the model's} */
  AnswerGrader grader() {
    return new AnswerGrader() {
      @Override
      public Grade grade(GradingRequest request) {
        return firstWorking("grader", () -> model.grade(request), () -> fallback.grade(request));
      }

      @Override
      public String id() {
        return model.id();
      }

      @Override
      public boolean isDeterministic() {
        return false;
      }
    };
  }

  /** {@return the proposer: the model's until it or the grader fails, then the bank's} */
  FollowUpProposer followUps() {
    return new FollowUpProposer() {
      @Override
      public Optional<ProposedFollowUp> propose(FollowUpRequest request) {
        return firstWorking("follow-up proposer", () -> modelFollowUps.propose(request),
            () -> fallbackFollowUps.propose(request));
      }

      @Override
      public String id() {
        return modelFollowUps.id();
      }
    };
  }

  /** {@return the id of the grader that takes over} */
  String fallbackId() {
    return fallback.id();
  }

  /** The model's result while it works; from its first failure on, the fallback's. */
  private <T> T firstWorking(String what, Supplier<T> fromModel, Supplier<T> fromFallback) {
    if (!down.get()) {
      try {
        return fromModel.get();
      } catch (GradingException e) {
        failed(what, e);
      }
    }
    return fromFallback.get();
  }

  private void failed(String what, GradingException e) {
    if (down.compareAndSet(false, true)) {
      notice.accept("the " + model.id() + " " + what + " failed (" + GraderCatalog.oneLine(e)
          + "); the rest of this session uses the " + fallback.id()
          + " grader and the bank's follow-ups");
    }
  }
}
