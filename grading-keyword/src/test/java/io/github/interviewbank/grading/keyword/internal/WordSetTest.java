package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class WordSetTest {
  private final WordSet set = WordSet.of("a", "ab", "ba", "abc", "return", "SELECT", "select");

  /** A word in a text is in the set exactly when the same word as a string is. */
  @Property(tries = 2000)
  void aWordInATextIsFoundAsTheStringIs(
      @ForAll @Chars({'a', 'b', 'c', 'r', 'e', 't', 'u', 'n', 'S', 'E', 'L', 'C', 'T', ' '})
      @StringLength(max = 12) String text) {
    char[] chars = text.toCharArray();
    for (int from = 0; from <= chars.length; from++) {
      for (int to = from; to <= chars.length; to++) {
        assertEquals(set.contains(text.substring(from, to)), set.contains(chars, from, to),
            text + " [" + from + ", " + to + ")");
      }
    }
  }
}
