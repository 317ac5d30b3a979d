import org.jspecify.annotations.NullMarked;

@NullMarked
module io.github.interviewbank.core {
  requires static transitive org.jspecify;
  requires tools.jackson.core;

  exports io.github.interviewbank.core;
}
