package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The word list and its look-ups, which bisect the list's lines. */
class EnglishDictionaryTest {

  private static List<String> listed() throws IOException {
    try (InputStream in = new GZIPInputStream(
        EnglishDictionary.class.getResourceAsStream("english-words.txt.gz"))) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(text.endsWith("\n"), "the last line ends in a line break");
      return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
  }

  @Test
  void theListIsSortedLowerCaseAsciiOneWordALine() throws IOException {
    List<String> words = listed();
    assertTrue(words.size() > 60_000, "about 65,000 words, was " + words.size());
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        problems.add("line " + (i + 1) + ": '" + w + "'");
      } else if (i > 0 && words.get(i - 1).compareTo(w) >= 0) {
        problems.add("line " + (i + 1) + ": '" + w + "' not after '" + words.get(i - 1) + "'");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyListedWordIsFound() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String w : listed()) {
      if (!EnglishDictionary.contains(w)) {
        missing.add(w);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void wordsNextToListedOnesAreNotFound() throws IOException {
    // A letter more or less, or a listed word's prefix that is not a word, lands between lines.
    List<String> found = new ArrayList<>();
    List<String> words = listed();
    Set<String> listed = new HashSet<>(words);
    for (String w : words) {
      for (String near : List.of(w + "q", w.substring(0, w.length() - 1), "q" + w)) {
        if (!listed.contains(near) && EnglishDictionary.contains(near)) {
          found.add(near);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void findsTheFirstAndLastWords() throws IOException {
    List<String> words = listed();
    assertTrue(EnglishDictionary.contains(words.get(0)));
    assertTrue(EnglishDictionary.contains(words.get(words.size() - 1)));
    assertFalse(EnglishDictionary.contains("zzzzzzzzzz"));
    assertFalse(EnglishDictionary.contains("0"));
  }

  @Test
  void correctSpellingsAreWordsAndTyposAreNot() {
    assertTrue(EnglishDictionary.contains("stale"));
    assertTrue(EnglishDictionary.contains("consistency"));
    assertFalse(EnglishDictionary.contains("consistancy"));
    assertFalse(EnglishDictionary.contains("availibility"));
  }

  @Test
  void aWordInCapitalsIsFoundOnlyWhenLowerCased() {
    assertFalse(EnglishDictionary.contains("Stale"));
    assertTrue(EnglishDictionary.containsLowerCased("Stale reads", 5));
    assertTrue(EnglishDictionary.containsLowerCased("STALE", 5));
    assertFalse(EnglishDictionary.containsLowerCased("Stalex", 6));
  }

  @Test
  void emptyAndNonAsciiWordsAreNotWords() {
    assertFalse(EnglishDictionary.contains(""));
    assertFalse(EnglishDictionary.containsLowerCased("Kafka", 0));
    assertFalse(EnglishDictionary.contains("café"));
    assertFalse(EnglishDictionary.contains("stalé"));
  }
}
