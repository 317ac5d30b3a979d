package io.github.interviewbank.grading;

import java.util.List;

/** Providers for discovery tests; listed in META-INF/services files the tests write. */
final class TestProviders {
  private TestProviders() {}

  /** A working provider with one documented option. */
  public static final class Echo implements GraderProvider {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public List<GraderOption> options() {
      return List.of(GraderOption.of("score", "the score given to every answer", "0.5"));
    }

    @Override
    public AnswerGrader create(GraderOptions options) {
      return new FixedGrader("echo", options.getDouble("score", 0.5, 0, 1), List.of());
    }
  }

  /** Claims the same name as {@link Echo}. */
  public static final class EchoImpostor implements GraderProvider {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public AnswerGrader create(GraderOptions options) {
      throw new AssertionError("the first provider of a name must win");
    }
  }

  /** Cannot be instantiated: ServiceLoader reports a ServiceConfigurationError. */
  public static final class Broken implements GraderProvider {
    public Broken() {
      throw new IllegalStateException("broken on purpose");
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public AnswerGrader create(GraderOptions options) {
      throw new AssertionError();
    }
  }

  /** Fails when asked its name. */
  public static final class Nameless implements GraderProvider {
    @Override
    public String name() {
      throw new IllegalStateException("no name");
    }

    @Override
    public AnswerGrader create(GraderOptions options) {
      throw new AssertionError();
    }
  }

  /** Takes no declared options and checks them itself. */
  public static final class Strict implements GraderProvider {
    @Override
    public String name() {
      return "strict";
    }

    @Override
    public AnswerGrader create(GraderOptions options) {
      options.requireKnownKeys(List.of("level"));
      return new FixedGrader("strict", 1.0, List.of());
    }
  }
}
