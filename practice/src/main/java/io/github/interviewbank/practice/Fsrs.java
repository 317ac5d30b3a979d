package io.github.interviewbank.practice;

import java.util.Objects;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, version 6, by Jarrett Ye and the
 * open-spaced-repetition project), as specified by its reference implementations py-fsrs 6 and
 * fsrs-rs 6. Immutable and thread-safe.
 *
 * <p>With weights {@code w0..w20}, a rating {@code G} (1 again, 2 hard, 3 good, 4 easy), a
 * stability {@code S} in days, a difficulty {@code D} in [1, 10], {@code t} whole days since the
 * last review and the desired retention {@code r}:
 *
 * <ul>
 *   <li>decay {@code DECAY = -w20}; {@code FACTOR = 0.9^(1/DECAY) - 1}
 *   <li>retrievability (forgetting curve): {@code R(t, S) = (1 + FACTOR * t / S)^DECAY}
 *   <li>interval: {@code I(r, S) = S / FACTOR * (r^(1/DECAY) - 1)}, rounded to whole days, at
 *       least 1 and at most the maximum interval (with {@code r = 0.9}, {@code I = S})
 *   <li>initial stability: {@code S0(G) = w[G-1]}
 *   <li>initial difficulty: {@code D0(G) = w4 - e^(w5 * (G - 1)) + 1}, clamped to [1, 10]
 *   <li>next difficulty: {@code D' = w7 * D0(4) + (1 - w7) * (D + (10 - D) * (-w6 * (G - 3)) /
 *       9)}, clamped to [1, 10] ({@code D0(4)} unclamped here); linear damping, then mean
 *       reversion towards {@code D0(4)}
 *   <li>stability after a recall ({@code G >= 2}): {@code S'r = S * (1 + e^w8 * (11 - D) *
 *       S^(-w9) * (e^(w10 * (1 - R)) - 1) * (w15 if G = 2) * (w16 if G = 4))}
 *   <li>stability after a lapse ({@code G = 1}): {@code S'f = min(w11 * D^(-w12) * ((S + 1)^w13 -
 *       1) * e^(w14 * (1 - R)), S / e^(w17 * w18))}
 *   <li>same-day review ({@code t < 1}): {@code S's = S * e^(w17 * (G - 3 + w18)) * S^(-w19)},
 *       where the factor is at least 1 for {@code G >= 3}
 *   <li>every stability is at least 0.001
 * </ul>
 *
 * <p>This model has no learning steps: every review, the first included, schedules the next one
 * in whole days, as FSRS does for a deck whose learning and relearning steps are empty. Interview
 * questions are few and answered in sessions, not drilled minutes apart. Intervals are not
 * fuzzed, so schedules are repeatable.
 *
 * @since 1.0.0
 */
public final class Fsrs {
  private static final double STABILITY_MIN = 0.001;

  private static final Fsrs DEFAULTS = new Fsrs(FsrsParameters.DEFAULT);

  private final FsrsParameters p;
  private final double decay;
  private final double factor;

  private Fsrs(FsrsParameters parameters) {
    this.p = parameters;
    this.decay = -parameters.w(20);
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  /**
   * {@return the model with FSRS-6's published defaults ({@link FsrsParameters#DEFAULT}), never
   * {@code null}}
   *
   * @since 1.0.0
   */
  public static Fsrs defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the model with these parameters, never {@code null}}
   *
   * @param parameters the weights, retention and maximum interval; never {@code null}
   * @since 1.0.0
   */
  public static Fsrs of(FsrsParameters parameters) {
    return new Fsrs(Objects.requireNonNull(parameters, "parameters"));
  }

  /**
   * {@return the parameters, never {@code null}}
   *
   * @since 1.0.0
   */
  public FsrsParameters parameters() {
    return p;
  }

  /**
   * {@return the memory after a first review with this rating: {@code S0(G)}, {@code D0(G)};
   * never {@code null}}
   *
   * @param rating the rating; never {@code null}
   * @since 1.0.0
   */
  public MemoryState initial(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    return new MemoryState(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
  }

  /**
   * Updates the memory for a review. On the day of the last review ({@code elapsedDays} 0) the
   * same-day formula applies; later, the recall or lapse formula with the retrievability at
   * {@code elapsedDays}. The difficulty is updated from the rating either way.
   *
   * @param memory the memory before the review; never {@code null}
   * @param elapsedDays whole days since the last review, 0 or more
   * @param rating the rating of this review; never {@code null}
   * @return the memory after the review, never {@code null}
   * @throws IllegalArgumentException if {@code elapsedDays} is negative
   * @since 1.0.0
   */
  public MemoryState next(MemoryState memory, long elapsedDays, Rating rating) {
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(rating, "rating");
    if (elapsedDays < 0) {
      throw new IllegalArgumentException("elapsed days must not be negative, was " + elapsedDays);
    }
    double s = memory.stability();
    double d = memory.difficulty();
    double stability;
    if (elapsedDays < 1) {
      stability = shortTermStability(s, rating);
    } else {
      double r = retrievability((double) elapsedDays, s);
      stability = rating == Rating.AGAIN ? forgetStability(d, s, r)
          : recallStability(d, s, r, rating);
    }
    return new MemoryState(Math.max(stability, STABILITY_MIN), nextDifficulty(d, rating));
  }

  /**
   * {@return the probability of recall {@code R(t, S)} after {@code elapsedDays} days, in (0, 1]}
   *
   * @param elapsedDays days since the last review, 0 or more (fractions allowed)
   * @param stability the stability, greater than 0
   * @throws IllegalArgumentException if {@code elapsedDays} is negative or NaN, or the stability
   *     is not positive
   * @since 1.0.0
   */
  public double retrievability(double elapsedDays, double stability) {
    if (!(elapsedDays >= 0)) {
      throw new IllegalArgumentException("elapsed days must not be negative, was " + elapsedDays);
    }
    if (!(stability > 0)) {
      throw new IllegalArgumentException("stability must be positive, was " + stability);
    }
    return Math.pow(1 + factor * elapsedDays / stability, decay);
  }

  /**
   * {@return the next interval {@code I(r, S)} in whole days, from 1 to the maximum interval}
   *
   * @param stability the stability after the review, greater than 0
   * @throws IllegalArgumentException if the stability is not positive
   * @since 1.0.0
   */
  public int interval(double stability) {
    if (!(stability > 0)) {
      throw new IllegalArgumentException("stability must be positive, was " + stability);
    }
    double days = stability / factor * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
    long rounded = Math.round(days);
    return (int) Math.max(1, Math.min(rounded, p.maximumInterval()));
  }

  double initialStability(Rating rating) {
    return Math.max(p.w(rating.grade() - 1), STABILITY_MIN);
  }

  double initialDifficulty(Rating rating) {
    return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
  }

  double nextDifficulty(double d, Rating rating) {
    double delta = -p.w(6) * (rating.grade() - 3);
    double damped = d + (10 - d) * delta / 9;
    return clampDifficulty(p.w(7) * initialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
  }

  double recallStability(double d, double s, double r, Rating rating) {
    double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
    double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
    return s * (1 + Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9))
        * (Math.exp(p.w(10) * (1 - r)) - 1) * hardPenalty * easyBonus);
  }

  double forgetStability(double d, double s, double r) {
    double longTerm = p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1)
        * Math.exp(p.w(14) * (1 - r));
    double shortTerm = s / Math.exp(p.w(17) * p.w(18));
    return Math.min(longTerm, shortTerm);
  }

  double shortTermStability(double s, Rating rating) {
    double increase = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
    if (rating.grade() >= Rating.GOOD.grade()) {
      increase = Math.max(increase, 1);
    }
    return s * increase;
  }

  private static double clampDifficulty(double d) {
    return Math.min(Math.max(d, 1), 10);
  }
}
