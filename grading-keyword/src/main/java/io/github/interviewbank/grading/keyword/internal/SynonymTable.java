package io.github.interviewbank.grading.keyword.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of terms that mean the same thing ({@code jwt} = {@code json web token}), indexed by the
 * stems of each term's words so that any inflection of a term finds its group. Immutable. Not
 * part of the API.
 */
final class SynonymTable {

  /** The shared table, read from {@code synonyms.txt} beside this class. */
  static final List<List<String>> BUILT_IN = readBuiltIn();

  private static final SynonymTable EMPTY = new SynonymTable(List.of());
  private static final SynonymTable BUILT_IN_TABLE = EMPTY.with(BUILT_IN);

  /** Each group as its terms, each term as its alternatives, each alternative a stem sequence. */
  private final List<List<List<String>>> groups;

  /** Stem sequence (words joined by a space) to the indexes of the groups holding it. */
  private final Map<String, List<Integer>> index;

  private SynonymTable(List<List<List<String>>> groups) {
    this.groups = groups;
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (List<String> sequence : groups.get(g)) {
        List<Integer> holders = byKey.computeIfAbsent(String.join(" ", sequence),
            k -> new ArrayList<>());
        if (!holders.contains(g)) {
          holders.add(g);
        }
      }
    }
    this.index = byKey;
  }

  /**
   * Reads the built-in groups: one per line, terms separated by {@code |}, {@code #} comments.
   * The file ships in this jar, so a missing or malformed file is a packaging bug.
   */
  private static List<List<String>> readBuiltIn() {
    List<List<String>> groups = new ArrayList<>();
    try (InputStream in = SynonymTable.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("synonyms.txt is missing beside " + SynonymTable.class);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> terms = List.of(line.strip().split("\\|"));
        if (terms.size() < 2) {
          throw new IllegalStateException("synonyms.txt: a group needs two terms: " + line);
        }
        groups.add(terms);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading synonyms.txt", e);
    }
    return List.copyOf(groups);
  }

  /** {@return the built-in table} */
  static SynonymTable builtIn() {
    return BUILT_IN_TABLE;
  }

  /** {@return a table holding this table's groups and the given ones} */
  SynonymTable with(List<List<String>> moreGroups) {
    if (moreGroups.isEmpty()) {
      return this;
    }
    List<List<List<String>>> all = new ArrayList<>(groups);
    TokenStream scratch = new TokenStream();
    for (List<String> group : moreGroups) {
      List<List<String>> sequences = new ArrayList<>();
      for (String term : group) {
        sequences.addAll(stemSequences(term, scratch));
      }
      all.add(Collections.unmodifiableList(sequences));
    }
    return new SynonymTable(Collections.unmodifiableList(all));
  }

  /**
   * The stem sequences a term can appear as: its words' stems, plus, for each hyphenated word,
   * the joined word ({@code key-value} gives {@code [key, valu]} and {@code [keyvalu]}).
   */
  static List<List<String>> stemSequences(String term, TokenStream scratch) {
    Analyzer.analyze(term.toLowerCase(Locale.ROOT), scratch);
    List<List<String>> out = new ArrayList<>();
    List<String> split = new ArrayList<>();
    for (int t = 0; t < scratch.count; t++) {
      split.add(scratch.entry[t].stem);
    }
    if (!split.isEmpty()) {
      out.add(List.copyOf(split));
    }
    if (scratch.compounds > 0) {
      List<String> joined = new ArrayList<>();
      int t = 0;
      int c = 0;
      while (t < scratch.count) {
        if (c < scratch.compounds && scratch.compFirst[c] == t) {
          joined.add(scratch.compEntry[c].stem);
          t = scratch.compEnd[c];
          c++;
        } else {
          joined.add(scratch.entry[t].stem);
          t++;
        }
      }
      out.add(List.copyOf(joined));
    }
    return out;
  }

  /**
   * {@return every stem sequence synonymous with {@code sequence}, itself included when it
   * belongs to a group; empty when it belongs to none}
   */
  List<List<String>> synonymsOf(List<String> sequence) {
    List<Integer> holders = index.get(String.join(" ", sequence));
    if (holders == null) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    for (int g : holders) {
      for (List<String> s : groups.get(g)) {
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** {@return the longest number of words of any term, for merging pattern slots} */
  int longestTerm() {
    int longest = 1;
    for (List<List<String>> group : groups) {
      for (List<String> s : group) {
        longest = Math.max(longest, s.size());
      }
    }
    return longest;
  }
}
