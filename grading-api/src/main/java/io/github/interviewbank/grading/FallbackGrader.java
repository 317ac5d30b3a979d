package io.github.interviewbank.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Tries graders in order and returns the first grade produced: a grader that cannot grade (throws
 * {@link GradingException}) or exceeds its timeout hands over to the next one. The shape that
 * puts a remote grader in front of a local one:
 *
 * <pre>{@code
 * AnswerGrader grader = FallbackGrader.builder()
 *     .then(remoteLlmGrader, Duration.ofSeconds(3))
 *     .then(AnswerGraders.create("keyword"))
 *     .onFailure((id, error) -> log.warn("grader {} failed: {}", id, error.toString()))
 *     .build();
 * }</pre>
 *
 * <p>The returned grade keeps the {@linkplain Grade#graderId() id} of the grader that produced
 * it, so callers can see when the fallback was used. A grader with a timeout runs on the
 * builder's executor (by default a shared pool of daemon threads) and is cancelled, with an
 * interrupt, when its time is up; a grader without one runs on the calling thread. Each failure
 * that hands over is reported to the {@linkplain Builder#onFailure listener}, by default a
 * warning on the {@link System.Logger} named {@code io.github.interviewbank.grading}. When every
 * grader fails, {@link #grade(GradingRequest)} throws a {@link GradingException} with each
 * failure attached as a suppressed exception.
 *
 * <p>Only failures to grade hand over. Anything else a grader throws (a {@link
 * NullPointerException}, an {@link IllegalArgumentException} for a bad request, an {@link Error})
 * is a bug or a bad argument, and propagates at once with the earlier failures attached as
 * suppressed exceptions: a fallback must not hide it behind another grader's grade.
 *
 * <p>Immutable and thread-safe when its graders are.
 *
 * @since 1.0.0
 */
public final class FallbackGrader implements AnswerGrader {
  private final List<AnswerGrader> graders;
  private final List<@Nullable Duration> timeouts;
  private final Executor executor;
  private final BiConsumer<String, Throwable> onFailure;
  private final String id;

  private FallbackGrader(Builder b) {
    this.graders = List.copyOf(b.graders);
    this.timeouts = new ArrayList<>(b.timeouts);
    this.executor = b.executor != null ? b.executor : SharedPool.EXECUTOR;
    this.onFailure = b.onFailure;
    StringBuilder sb = new StringBuilder("fallback(");
    for (int i = 0; i < graders.size(); i++) {
      sb.append(i > 0 ? "," : "").append(graders.get(i).id());
    }
    String given = b.id;
    this.id = given != null ? given : sb.append(')').toString();
  }

  private static void logFailure(String graderId, Throwable error) {
    System.getLogger("io.github.interviewbank.grading").log(System.Logger.Level.WARNING,
        "grader " + graderId + " failed, trying the next one: " + error);
  }

  /** A lazily created pool of daemon threads for timed graders. */
  private static final class SharedPool {
    static final ExecutorService EXECUTOR =
        Executors.newCachedThreadPool(
            new java.util.concurrent.ThreadFactory() {
              private final AtomicInteger count = new AtomicInteger();

              @Override
              public Thread newThread(Runnable task) {
                Thread t = new Thread(task, "interview-bank-fallback-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              }
            });
  }

  /**
   * {@return a new builder, never {@code null}}
   *
   * @since 1.0.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Grade grade(GradingRequest request) {
    Objects.requireNonNull(request, "request");
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < graders.size(); i++) {
      AnswerGrader grader = graders.get(i);
      Duration timeout = timeouts.get(i);
      try {
        return timeout == null ? grader.grade(request) : gradeWithin(grader, request, timeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        GradingException interrupted = new GradingException("interrupted while grading", e);
        failures.forEach(interrupted::addSuppressed);
        throw interrupted;
      } catch (GradingException | TimeoutException e) {
        failures.add(e);
        onFailure.accept(grader.id(), e);
      } catch (RuntimeException | Error e) {
        // A bug or a bad argument (an Error too): propagate with the earlier failures attached.
        failures.forEach(e::addSuppressed);
        throw e;
      }
    }
    GradingException all = new GradingException(
        "all " + graders.size() + " graders of " + id + " failed; the last: " + failures
            .get(failures.size() - 1));
    failures.forEach(all::addSuppressed);
    throw all;
  }

  private Grade gradeWithin(AnswerGrader grader, GradingRequest request, Duration timeout)
      throws InterruptedException, TimeoutException {
    // FutureTask, unlike CompletableFuture, interrupts the worker when cancelled.
    FutureTask<Grade> task = new FutureTask<>(() -> grader.grade(request));
    executor.execute(task);
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new TimeoutException(
          "grader " + grader.id() + " did not answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      // What the grader threw, rethrown on this thread: a GradingException hands over, the rest
      // propagates. grade(...) declares no checked exception, so the cause is unchecked.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("grader " + grader.id() + " failed", cause);
    }
  }

  @Override
  public String id() {
    return id;
  }

  /** {@return whether every grader is deterministic and none can time out} */
  @Override
  public boolean isDeterministic() {
    return timeouts.stream().allMatch(Objects::isNull)
        && graders.stream().allMatch(AnswerGrader::isDeterministic);
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds a {@link FallbackGrader}. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private final List<AnswerGrader> graders = new ArrayList<>();
    private final List<@Nullable Duration> timeouts = new ArrayList<>();
    private @Nullable Executor executor;
    private BiConsumer<String, Throwable> onFailure = FallbackGrader::logFailure;
    private @Nullable String id;

    private Builder() {}

    /**
     * Adds a grader that runs on the calling thread, without a timeout.
     *
     * @param grader the grader; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder then(AnswerGrader grader) {
      graders.add(Objects.requireNonNull(grader, "grader"));
      timeouts.add(null);
      return this;
    }

    /**
     * Adds a grader that must answer within a timeout.
     *
     * @param grader the grader; never {@code null}
     * @param timeout the longest wait, positive; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     * @since 1.0.0
     */
    public Builder then(AnswerGrader grader, Duration timeout) {
      Objects.requireNonNull(grader, "grader");
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      graders.add(grader);
      timeouts.add(timeout);
      return this;
    }

    /**
     * Sets where graders with a timeout run (by default a shared pool of daemon threads).
     *
     * @param workers the executor; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder executor(Executor workers) {
      this.executor = Objects.requireNonNull(workers, "workers");
      return this;
    }

    /**
     * Sets a callback told of each failure before the next grader is tried: the failed grader's
     * id and what it threw (a {@link GradingException}, or a {@link TimeoutException} for a
     * timeout). By default each failure is logged as a warning on the {@link System.Logger} named
     * {@code io.github.interviewbank.grading}; a listener replaces that.
     *
     * @param listener the callback; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder onFailure(BiConsumer<String, Throwable> listener) {
      this.onFailure = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets this grader's own id (by default {@code fallback(a,b)}).
     *
     * @param graderId the id; never {@code null} or blank
     * @return this builder
     * @since 1.0.0
     */
    public Builder id(String graderId) {
      this.id = Grade.checkGraderId(graderId);
      return this;
    }

    /**
     * {@return the fallback chain, never {@code null}}
     *
     * @throws IllegalStateException if no grader was added
     * @since 1.0.0
     */
    public FallbackGrader build() {
      if (graders.isEmpty()) {
        throw new IllegalStateException("add at least one grader");
      }
      return new FallbackGrader(this);
    }
  }
}
