package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the reference Snowball implementation. {@code porter2-vectors.tsv} holds 38,974
 * distinct English words (every second word of Debian's wamerican and wbritish lists, one in
 * twenty possessives, and the algorithm's special cases) with the stems printed by {@code
 * stemwords -l english} from Debian's libstemmer-tools 2.2.0.
 */
class Porter2StemmerTest {

  @Test
  void agreesWithTheReferenceImplementationOnEveryVector() throws IOException {
    Porter2Stemmer stemmer = new Porter2Stemmer();
    Set<String> words = new HashSet<>();
    List<String> mismatches = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("porter2-vectors.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        String word = line.substring(0, tab);
        String expected = line.substring(tab + 1);
        words.add(word);
        String actual = stemmer.stem(word);
        if (!actual.equals(expected)) {
          mismatches.add(word + ": expected " + expected + ", got " + actual);
        }
      }
    }
    assertTrue(words.size() >= 20_000, "at least 20,000 distinct words, had " + words.size());
    assertEquals(List.of(), mismatches, "100% agreement");
  }

  @Test
  void stemsInPlaceLikeTheStringForm() {
    Porter2Stemmer stemmer = new Porter2Stemmer();
    char[] buffer = new char[32];
    for (String word : List.of("generously", "hopping", "consistency", "caresses", "agreed")) {
      word.getChars(0, word.length(), buffer, 0);
      int n = stemmer.stemInPlace(buffer, word.length());
      assertEquals(stemmer.stem(word), new String(buffer, 0, n), word);
    }
  }

  @Test
  void handlesTheAlgorithmsSpecialCases() {
    Porter2Stemmer s = new Porter2Stemmer();
    assertEquals("sky", s.stem("skies"));
    assertEquals("news", s.stem("news"));
    assertEquals("generous", s.stem("generously"));
    assertEquals("inning", s.stem("innings"));
    assertEquals("be", s.stem("be"));
    assertEquals("consist", s.stem("consistency"));
    assertEquals("idempot", s.stem("idempotent"));
  }
}
