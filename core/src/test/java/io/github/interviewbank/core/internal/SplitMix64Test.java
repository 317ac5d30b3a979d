package io.github.interviewbank.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void matchesTheReferenceSequence() {
    // First outputs of the reference C implementation for seed 0.
    SplitMix64 random = new SplitMix64(0);
    assertEquals(0xe220a8397b1dcdafL, random.nextLong());
    assertEquals(0x6e789e6aa1b965f4L, random.nextLong());
  }

  @Test
  void nextIntStaysWithinItsBoundAndReachesEveryValue() {
    SplitMix64 random = new SplitMix64(7);
    int[] seen = new int[5];
    for (int i = 0; i < 1000; i++) {
      seen[random.nextInt(5)]++;
    }
    for (int count : seen) {
      assertTrue(count > 150, "roughly uniform: " + count);
    }
    assertThrows(IllegalArgumentException.class, () -> random.nextInt(0));
  }
}
