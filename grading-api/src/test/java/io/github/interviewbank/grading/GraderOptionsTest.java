package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraderOptionsTest {
  private final GraderOptions options =
      GraderOptions.of("keyword", Map.of("proximity", " 4 ", "strong", "0.75", "strict", "TRUE",
          "bad", "lots"));

  @Test
  void typedReadsParseValuesAndFallBackToDefaults() {
    assertEquals(4, options.getInt("proximity", 3, 0, 10));
    assertEquals(0.75, options.getDouble("strong", 0.8, 0, 1));
    assertTrue(options.getBoolean("strict", false));
    assertEquals(7, options.getInt("absent", 7, 0, 10));
    assertFalse(options.getBoolean("absent", false));
    assertEquals(Optional.of("lots"), options.get("bad"));
    assertEquals("keyword", options.graderName());
  }

  @Test
  void badValuesNameTheGraderKeyAndValue() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> options.getInt("bad", 3, 0, 10));
    assertEquals("option 'bad' of grader 'keyword' must be an integer from 0 to 10, was 'lots'",
        e.getMessage());
    e = assertThrows(GraderConfigurationException.class, () -> options.getInt("proximity", 3, 0, 2));
    assertTrue(e.getMessage().contains("was ' 4 '"), e.getMessage());
    assertThrows(GraderConfigurationException.class, () -> options.getDouble("bad", 1, 0, 1));
    assertThrows(GraderConfigurationException.class, () -> options.getDouble("proximity", 1, 0, 1));
    assertThrows(GraderConfigurationException.class, () -> options.getBoolean("bad", true));
  }

  @Test
  void unknownKeysAreNamedWithTheKnownOnes() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> options.requireKnownKeys(List.of("proximity", "strong", "strict")));
    assertEquals("grader 'keyword' has no option 'bad'; its options are proximity, strict, strong",
        e.getMessage());
    e = assertThrows(GraderConfigurationException.class, () -> options.requireKnownKeys(List.of()));
    assertTrue(e.getMessage().endsWith("(it takes no options)"), e.getMessage());
  }

  @Test
  void optionsAreSortedAndUnmodifiable() {
    assertEquals(List.of("bad", "proximity", "strict", "strong"), List.copyOf(options.asMap().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> options.asMap().put("x", "y"));
    assertTrue(GraderOptions.empty().asMap().isEmpty());
  }
}
