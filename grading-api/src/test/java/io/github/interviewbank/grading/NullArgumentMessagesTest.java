package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null argument, or a null element of a list argument, throws an NPE naming the parameter. */
class NullArgumentMessagesTest {
  @SuppressWarnings("NullAway") // nulls on purpose
  static Stream<Arguments> nulls() {
    List<KeyPointResult> nullResult = Arrays.asList(KeyPointResult.missed("a"), null);
    List<Span> nullSpan = Arrays.asList(Span.of(0, 1), null);
    List<String> nullId = Collections.singletonList(null);
    GraderOptions options = GraderOptions.of("g", Map.of());
    return Stream.of(
        Arguments.of("keyPoints", (Executable) () -> new Grade("q", "g", 0.5, Band.WEAK, null, "f")),
        Arguments.of("keyPoints[1]",
            (Executable) () -> new Grade("q", "g", 0.5, Band.WEAK, nullResult, "f")),
        Arguments.of("evidence",
            (Executable) () -> new KeyPointResult("k", Verdict.COVERED, null)),
        Arguments.of("evidence[1]",
            (Executable) () -> new KeyPointResult("k", Verdict.COVERED, nullSpan)),
        Arguments.of("evidence", (Executable) () -> KeyPointResult.covered("k", null)),
        Arguments.of("evidence[1]", (Executable) () -> KeyPointResult.contradicted("k", nullSpan)),
        Arguments.of("known", (Executable) () -> options.requireKnownKeys(null)),
        Arguments.of("known[0]", (Executable) () -> options.requireKnownKeys(nullId)),
        Arguments.of("keyPointIds", (Executable) () -> ProposedFollowUp.of("p", null)),
        Arguments.of("keyPointIds[0]", (Executable) () -> ProposedFollowUp.of("p", nullId)),
        Arguments.of("question",
            (Executable) () -> RubricScoring.DEFAULT.capped(0.5, null, List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void theMessageNamesTheParameter(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, e.getMessage());
  }
}
