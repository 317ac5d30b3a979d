package io.github.interviewbank.grading.keyword.internal;

import org.jspecify.annotations.Nullable;

/**
 * The Porter2 (Snowball English) stemming algorithm, written for this module from the published
 * description (snowballstem.org/algorithms/english/stemmer.html) and checked against the
 * reference implementation on the word list in the tests.
 *
 * <p>Input is one lower-case word of letters and apostrophes. An instance reuses one buffer: it
 * is not thread-safe, and {@link #stem(CharSequence)} returns a new string. Not part of the API.
 */
final class Porter2Stemmer {
  private char[] b = new char[32];
  private int len;
  private int p1;
  private int p2;
  private boolean yFound;

  /** {@return the stem of a lower-case word} */
  String stem(CharSequence word) {
    load(word);
    run();
    return new String(b, 0, len);
  }

  /**
   * Stems the word in place in {@code buffer[0, length)} and returns the new length; the buffer
   * must have room for one more character than {@code length} (Porter2 may append an {@code e}).
   */
  int stemInPlace(char[] buffer, int length) {
    char[] saved = b;
    b = buffer;
    len = length;
    try {
      run();
      return len;
    } finally {
      b = saved;
    }
  }

  private void load(CharSequence word) {
    int n = word.length();
    if (b.length < n + 2) {
      b = new char[n + 8];
    }
    for (int i = 0; i < n; i++) {
      b[i] = word.charAt(i);
    }
    len = n;
  }

  private void run() {
    if (exception1()) {
      return;
    }
    if (len < 3) {
      return;
    }
    prelude();
    markRegions();
    step1a();
    if (!exception2()) {
      step1b();
      step1c();
      step2();
      step3();
      step4();
      step5();
    }
    if (yFound) {
      for (int i = 0; i < len; i++) {
        if (b[i] == 'Y') {
          b[i] = 'y';
        }
      }
    }
  }

  // --- character classes --------------------------------------------------------------------

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private boolean vowelAt(int i) {
    return isVowel(b[i]);
  }

  private static boolean isDouble(char c) {
    return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm' || c == 'n' || c == 'p'
        || c == 'r' || c == 't';
  }

  private static boolean isValidLiEnding(char c) {
    return c == 'c' || c == 'd' || c == 'e' || c == 'g' || c == 'h' || c == 'k' || c == 'm'
        || c == 'n' || c == 'r' || c == 't';
  }

  /**
   * Whether the word up to {@code end} (exclusive) ends in a short syllable: a non-vowel other
   * than w, x or Y preceded by a vowel preceded by a non-vowel; or a vowel at the start followed
   * by a non-vowel.
   */
  private boolean endsShortSyllable(int end) {
    if (end >= 3) {
      char last = b[end - 1];
      if (!vowelAt(end - 1) && last != 'w' && last != 'x' && last != 'Y'
          && vowelAt(end - 2) && !vowelAt(end - 3)) {
        return true;
      }
    }
    return end == 2 && vowelAt(0) && !vowelAt(1);
  }

  // --- suffix helpers -----------------------------------------------------------------------

  private boolean endsWith(String suffix) {
    int n = suffix.length();
    if (n > len) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[len - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsWord(String word) {
    return len == word.length() && endsWith(word);
  }

  /** Replaces the last {@code suffixLength} characters by {@code replacement}. */
  private void replaceEnd(int suffixLength, String replacement) {
    int start = len - suffixLength;
    if (b.length < start + replacement.length() + 1) {
      char[] bigger = new char[start + replacement.length() + 8];
      System.arraycopy(b, 0, bigger, 0, len);
      b = bigger;
    }
    for (int i = 0; i < replacement.length(); i++) {
      b[start + i] = replacement.charAt(i);
    }
    len = start + replacement.length();
  }

  private void append(char c) {
    if (b.length < len + 1) {
      char[] bigger = new char[len + 8];
      System.arraycopy(b, 0, bigger, 0, len);
      b = bigger;
    }
    b[len++] = c;
  }

  /** The longest of {@code suffixes} that the word ends with, or null. Lists are longest-first. */
  private @Nullable String longest(String... suffixes) {
    @Nullable String best = null;
    for (String s : suffixes) {
      if ((best == null || s.length() > best.length()) && endsWith(s)) {
        best = s;
      }
    }
    return best;
  }

  // --- the algorithm ------------------------------------------------------------------------

  private static final String[][] EXCEPTION1 = {
    {"skis", "ski"}, {"skies", "sky"}, {"dying", "die"}, {"lying", "lie"}, {"tying", "tie"},
    {"idly", "idl"}, {"gently", "gentl"}, {"ugly", "ugli"}, {"early", "earli"}, {"only", "onli"},
    {"singly", "singl"}, {"sky", "sky"}, {"news", "news"}, {"howe", "howe"}, {"atlas", "atlas"},
    {"cosmos", "cosmos"}, {"bias", "bias"}, {"andes", "andes"}
  };

  private boolean exception1() {
    for (String[] e : EXCEPTION1) {
      if (equalsWord(e[0])) {
        replaceEnd(len, e[1]);
        return true;
      }
    }
    return false;
  }

  private static final String[] EXCEPTION2 = {
    "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"
  };

  private boolean exception2() {
    for (String e : EXCEPTION2) {
      if (equalsWord(e)) {
        return true;
      }
    }
    return false;
  }

  private void prelude() {
    yFound = false;
    if (len > 0 && b[0] == '\'') {
      System.arraycopy(b, 1, b, 0, len - 1);
      len--;
    }
    if (len > 0 && b[0] == 'y') {
      b[0] = 'Y';
      yFound = true;
    }
    for (int i = 1; i < len; i++) {
      if (b[i] == 'y' && vowelAt(i - 1)) {
        b[i] = 'Y';
        yFound = true;
      }
    }
  }

  private void markRegions() {
    p1 = len;
    p2 = len;
    int start;
    if (startsWith("gener") || startsWith("arsen")) {
      start = 5;
    } else if (startsWith("commun")) {
      start = 6;
    } else {
      start = afterVowelThenNonVowel(0);
    }
    p1 = start;
    p2 = afterVowelThenNonVowel(p1);
  }

  private boolean startsWith(String prefix) {
    if (prefix.length() > len) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The position after the first non-vowel that follows a vowel, searching from {@code from}. */
  private int afterVowelThenNonVowel(int from) {
    int i = from;
    while (i < len && !vowelAt(i)) {
      i++;
    }
    while (i < len && vowelAt(i)) {
      i++;
    }
    return i < len ? i + 1 : len;
  }

  private void step1a() {
    String apostrophe = longest("'s'", "'s", "'");
    if (apostrophe != null) {
      replaceEnd(apostrophe.length(), "");
    }
    String s = longest("sses", "ied", "ies", "us", "ss", "s");
    if (s == null) {
      return;
    }
    switch (s) {
      case "sses" -> replaceEnd(4, "ss");
      case "ied", "ies" -> replaceEnd(3, len - 3 > 1 ? "i" : "ie");
      case "s" -> {
        // Delete if the part before the letter preceding the s holds a vowel.
        for (int i = 0; i < len - 2; i++) {
          if (vowelAt(i)) {
            replaceEnd(1, "");
            return;
          }
        }
      }
      default -> {
        // "us" and "ss" stay.
      }
    }
  }

  private boolean hasVowelBefore(int end) {
    for (int i = 0; i < end; i++) {
      if (vowelAt(i)) {
        return true;
      }
    }
    return false;
  }

  private void step1b() {
    String s = longest("eedly", "ingly", "edly", "eed", "ing", "ed");
    if (s == null) {
      return;
    }
    if (s.equals("eed") || s.equals("eedly")) {
      if (len - s.length() >= p1) {
        replaceEnd(s.length(), "ee");
      }
      return;
    }
    int stemEnd = len - s.length();
    if (!hasVowelBefore(stemEnd)) {
      return;
    }
    len = stemEnd;
    if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
      append('e');
    } else if (len >= 2 && b[len - 1] == b[len - 2] && isDouble(b[len - 1])) {
      len--;
    } else if (p1 >= len && endsShortSyllable(len)) {
      append('e');
    }
  }

  private void step1c() {
    if (len > 2) {
      char last = b[len - 1];
      if ((last == 'y' || last == 'Y') && !vowelAt(len - 2)) {
        b[len - 1] = 'i';
      }
    }
  }

  private boolean inR1(String suffix) {
    return len - suffix.length() >= p1;
  }

  private boolean inR2(String suffix) {
    return len - suffix.length() >= p2;
  }

  private void step2() {
    String s = longest("ational", "tional", "enci", "anci", "abli", "entli", "izer", "ization",
        "ation", "ator", "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness",
        "iviti", "biliti", "bli", "ogi", "fulli", "lessli", "li");
    if (s == null || !inR1(s)) {
      return;
    }
    switch (s) {
      case "tional" -> replaceEnd(6, "tion");
      case "enci" -> replaceEnd(4, "ence");
      case "anci" -> replaceEnd(4, "ance");
      case "abli" -> replaceEnd(4, "able");
      case "entli" -> replaceEnd(5, "ent");
      case "izer", "ization" -> replaceEnd(s.length(), "ize");
      case "ational", "ation", "ator" -> replaceEnd(s.length(), "ate");
      case "alism", "aliti", "alli" -> replaceEnd(s.length(), "al");
      case "fulness" -> replaceEnd(7, "ful");
      case "ousli", "ousness" -> replaceEnd(s.length(), "ous");
      case "iveness", "iviti" -> replaceEnd(s.length(), "ive");
      case "biliti", "bli" -> replaceEnd(s.length(), "ble");
      case "ogi" -> {
        if (len - 3 >= 1 && b[len - 4] == 'l') {
          replaceEnd(3, "og");
        }
      }
      case "fulli" -> replaceEnd(5, "ful");
      case "lessli" -> replaceEnd(6, "less");
      case "li" -> {
        if (len >= 3 && isValidLiEnding(b[len - 3])) {
          replaceEnd(2, "");
        }
      }
      default -> throw new IllegalStateException(s);
    }
  }

  private void step3() {
    String s = longest("ational", "tional", "alize", "icate", "iciti", "ical", "ful", "ness",
        "ative");
    if (s == null || !inR1(s)) {
      return;
    }
    switch (s) {
      case "tional" -> replaceEnd(6, "tion");
      case "ational" -> replaceEnd(7, "ate");
      case "alize" -> replaceEnd(5, "al");
      case "icate", "iciti", "ical" -> replaceEnd(s.length(), "ic");
      case "ful", "ness" -> replaceEnd(s.length(), "");
      case "ative" -> {
        if (inR2(s)) {
          replaceEnd(5, "");
        }
      }
      default -> throw new IllegalStateException(s);
    }
  }

  private void step4() {
    String s = longest("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
        "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion");
    if (s == null || !inR2(s)) {
      return;
    }
    if (s.equals("ion")) {
      if (len >= 4 && (b[len - 4] == 's' || b[len - 4] == 't')) {
        replaceEnd(3, "");
      }
      return;
    }
    replaceEnd(s.length(), "");
  }

  private void step5() {
    if (len == 0) {
      return;
    }
    char last = b[len - 1];
    if (last == 'e') {
      if (inR2("e") || (inR1("e") && !endsShortSyllable(len - 1))) {
        len--;
      }
    } else if (last == 'l') {
      if (inR2("l") && len >= 2 && b[len - 2] == 'l') {
        len--;
      }
    }
  }
}
