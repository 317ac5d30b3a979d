package io.github.interviewbank.fuzz;

/** How the fuzz targets report a broken expectation: an error the fuzzer records as a finding. */
final class Findings {
  private Findings() {}

  /** Fails with {@code what} and the evidence unless {@code holds}. */
  static void check(boolean holds, String what, Object evidence) {
    if (!holds) {
      String shown = String.valueOf(evidence);
      throw new AssertionError("expected: " + what + "; got: "
          + (shown.length() > 500 ? shown.substring(0, 500) + "..." : shown));
    }
  }
}
