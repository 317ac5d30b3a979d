package io.github.interviewbank.core.internal;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, 2014), written out here so that seeded sampling
 * gives the same sequence on every JVM and in every release. Not thread-safe. Not part of the
 * API: do not use.
 */
public final class SplitMix64 {
  private long state;

  /** Creates a generator from a seed. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** {@return the next 64 random bits} */
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * {@return a uniformly distributed int in {@code [0, bound)}}, by rejection sampling so that no
   * value is favoured.
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    // 2^64 = q * bound + m; values at or above 2^64 - m would favour small remainders.
    long lastRemainder = Long.remainderUnsigned(-1L, bound);
    boolean exact = lastRemainder == bound - 1L;
    long highestAccepted = -2L - lastRemainder;
    while (true) {
      long bits = nextLong();
      if (exact || Long.compareUnsigned(bits, highestAccepted) <= 0) {
        return (int) Long.remainderUnsigned(bits, bound);
      }
    }
  }
}
