package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Porter2Stemmer stemmer = new Porter2Stemmer();

  private static long key(String word) {
    return Vocabulary.key(word.toCharArray(), word.length());
  }

  @Test
  void shortAsciiWordsAreTheirKeysAndOthersAreMarked() {
    assertTrue(key("partition") >= 0, "nine ASCII characters fit a key whole");
    assertTrue(key("partitions") < 0, "ten do not");
    assertTrue(key("naïve") < 0, "nor does a character beyond ASCII");
    assertNotEquals(key("ab"), key("ba"));
    assertNotEquals(key("a"), key("\u0000a"));
    // The same last nine characters: the same key, told apart by the characters.
    assertEquals(key("xpartitions"), key("ypartitions"));
    assertNotEquals(Vocabulary.lookup("xpartitions", stemmer),
        Vocabulary.lookup("ypartitions", stemmer));
  }

  /**
   * Words of a small alphabet with a letter beyond ASCII, 7 to 12 characters long: many share
   * their last nine characters, many are whole keys. A look-up always finds the entry of the word
   * itself, the same entry each time.
   */
  @Property(tries = 2000)
  void lookupFindsTheWordItself(
      @ForAll @Chars({'a', 'b', 'é'}) @StringLength(min = 7, max = 12) String first,
      @ForAll @Chars({'a', 'b', 'é'}) @StringLength(min = 7, max = 12) String second) {
    Vocabulary.Entry a = Vocabulary.lookup(first, stemmer);
    Vocabulary.Entry b = Vocabulary.lookup(second, stemmer);
    assertEquals(first, a.surface);
    assertEquals(second, b.surface);
    assertSame(a, Vocabulary.lookup(first, stemmer));
    char[] chars = first.toCharArray();
    assertSame(a, Vocabulary.find(chars, chars.length, key(first)));
    assertEquals(first.equals(second), a == b);
    if (key(first) >= 0 && key(first) == key(second)) {
      assertEquals(first, second, "a whole key is the word");
    }
  }
}
