import org.jspecify.annotations.NullMarked;

/**
 * The core of Interview Bank: the question model, reading, writing and querying banks, and the
 * bundled backend bank, all in {@link io.github.interviewbank.core}.
 *
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.core {
  requires static transitive org.jspecify;
  requires tools.jackson.core;

  exports io.github.interviewbank.core;
}
