package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private final TokenStream tokens = new TokenStream();

  private List<String> surfaces(String text) {
    Analyzer.analyze(text, tokens);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.count; t++) {
      out.add(tokens.entry[t].surface);
    }
    return out;
  }

  private List<String> stems(String text) {
    Analyzer.analyze(text, tokens);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.count; t++) {
      out.add(tokens.entry[t].stem);
    }
    return out;
  }

  @Test
  void keepsTechnicalTermsWhole() {
    assertEquals(List.of("the", "n+1", "problem"), surfaces("The N+1 problem"));
    assertEquals(List.of("2pc", "3nf", "http/2", "http/1.1", "429", "base62"),
        surfaces("2PC, 3NF, HTTP/2 and HTTP/1.1; 429 Base62").stream()
            .filter(s -> !s.equals("and")).toList());
    assertEquals(List.of("o(1)", "o(logn)", "o(n^2)"), surfaces("O(1) O(log n) O(n^2)").stream()
        .filter(s -> s.startsWith("o(")).toList());
    assertEquals(List.of("c++", "c#", "count++"), surfaces("C++ C# count++"));
  }

  @Test
  void readsSnakeCaseAndCamelCaseIdentifiersAsPartsAndAsOneWord() {
    assertEquals(List.of("base62", "encode"), surfaces("base62_encode"));
    assertEquals("base62_encode", tokens.compEntry[0].surface);
    assertEquals(List.of("find", "all", "by", "id", "in"), surfaces("findAllByIdIn"));
    assertEquals("findallbyidin", tokens.compEntry[0].surface);
    assertEquals(List.of("jwt", "verify", "token"), surfaces("jwt.verify(token)"));
    assertEquals(List.of("optimistic", "lock", "exception"), surfaces("OptimisticLockException"));
    assertEquals(List.of("http", "server", "timeout"), surfaces("HTTPServerTimeout"));
  }

  @Test
  void keepsNamesWholeInProseButSplitsShortTwoPartClassNamesInCode() {
    assertEquals(List.of("nosql", "graphql", "mongodb", "iphone", "etag", "hashmap", "prepared",
        "statement"), surfaces("NoSQL GraphQL MongoDB iPhone ETag HashMap PreparedStatement"));
    assertEquals(List.of("var", "m", "new", "hash", "map"), surfaces("var m = new HashMap();"));
  }

  @Test
  void readsFencedAndCodeLikeLinesAsCodeNotAsTermLists() {
    Analyzer.analyze("```python\nposts = Post.objects.select_related(\"author\")\n"
        + "if not cached:\n    load()\n```\nThat is the fix.", tokens);
    assertEquals(4, tokens.words, "only the prose line counts as prose");
    assertTrue(tokens.codeWords > 5);
    String code = "if not cached: load()\nx = load(); // not cached";
    assertFalse(tokens.negates[surfaces(code).indexOf("not")], "a keyword of code does not negate");
    assertTrue(tokens.negates[surfaces(code).lastIndexOf("not")], "a comment is prose");
  }

  @Test
  void aListOfTermsOrASentenceWithSymbolsIsNotCode() {
    Analyzer.analyze("SELECT FOR UPDATE, version column, @Version, deadlock", tokens);
    assertEquals(0, tokens.codeWords);
    Analyzer.analyze("Vertical scaling = a bigger machine.", tokens);
    assertEquals(0, tokens.codeWords);
  }

  @Test
  void keepsSelectForUpdateAsItsWords() {
    assertEquals(List.of("select", "for", "update"), surfaces("SELECT ... FOR UPDATE"));
  }

  @Test
  void readsHyphenatedWordsAsPartsAndAsOneWord() {
    assertEquals(List.of("key", "value", "store"), surfaces("key-value store"));
    assertEquals(1, tokens.compounds);
    assertEquals("keyvalue", tokens.compEntry[0].surface);
    assertEquals(0, tokens.compFirst[0]);
    assertEquals(2, tokens.compEnd[0]);
  }

  @Test
  void keepsTheCharacterSpansOfTheOriginalText() {
    String text = "Caf\u00e9 uses JWTs";
    Analyzer.analyze(text, tokens);
    assertEquals("Caf\u00e9", text.substring(tokens.start[0], tokens.end[0]));
    assertEquals("JWTs", text.substring(tokens.start[2], tokens.end[2]));
  }

  @Test
  void foldsCaseAccentsCompatibilityFormsAndAcronymPlurals() {
    assertEquals(List.of("cafe", "file", "strasse", "abc", "ttl", "api", "db"),
        surfaces("Caf\u00e9 \uFB01le Stra\u00DFe \uFF41\uFF42\uFF43 TTLs APIs DBs"));
    assertEquals(List.of("isn't"), surfaces("isn\u2019t"));
  }

  @Test
  void stemsWordsButNotTechnicalTokens() {
    assertEquals(List.of("cach", "invalid", "n+1", "2pc"),
        stems("caching invalidation N+1 2PC"));
  }

  @Test
  void splitsSentencesAtEndPunctuationAndLineBreaksButNotAbbreviations() {
    Analyzer.analyze("Use an index, e.g. a B-tree. It is fast!\nNext line", tokens);
    assertEquals(0, tokens.sentence[0]);
    int eg = surfaces("Use an index, e.g. a B-tree. It is fast!\nNext line").indexOf("a");
    assertEquals(0, tokens.sentence[eg], "e.g. does not end the sentence");
    assertEquals(3, tokens.sentences);
  }

  @Test
  void clausesEndAtCommasAndContrastWords() {
    List<String> words = surfaces("REST is stateless, but sessions are stateful");
    int but = words.indexOf("but");
    assertEquals(0, tokens.clauseStart[1]);
    assertEquals(but, tokens.clauseStart[but], "the contrast word opens a clause");
    assertEquals(but, tokens.clauseStart[words.indexOf("stateful")]);
  }

  @Test
  void marksNegationsExceptEmphasisAndIdioms() {
    List<String> words = surfaces("not only fast but not cheap, no matter what; whether or not");
    assertFalse(tokens.negates[0], "not only");
    assertEquals(List.of("not", "only", "fast", "but", "not", "cheap"), words.subList(0, 6));
    assertTrue(tokens.negates[4], "not cheap");
    assertFalse(tokens.negates[words.indexOf("no")], "no matter");
    assertFalse(tokens.negates[words.lastIndexOf("not")], "or not");
  }

  @Test
  void insteadAndRatherNegateOnlyWithOfAndThan() {
    List<String> words = surfaces("GraphQL instead uses one endpoint");
    assertFalse(tokens.negates[words.indexOf("instead")]);
    words = surfaces("use tokens instead of sessions rather than cookies");
    assertTrue(tokens.negates[words.indexOf("instead")]);
    assertTrue(tokens.negates[words.indexOf("rather")]);
  }

  @Test
  void countsFragmentsForTheKeywordListHeuristic() {
    Analyzer.analyze("cache-aside, write-through, TTL, Redis, invalidation", tokens);
    assertEquals(5, tokens.words, "a compound counts as one word");
    assertEquals(1.0, tokens.fragmentShare());
    Analyzer.analyze("The app reads the cache first and, on a miss, loads from the database.", tokens);
    assertTrue(tokens.fragmentShare() < 0.3, "prose: " + tokens.fragmentShare());
  }

  @Test
  void commentsBesideCodeAreFragmentsThatDoNotMakeAList() {
    Analyzer.analyze("""
        ```js
        const claims = jwt.verify(raw, key, {
          algorithms: ["RS256"],  // pin alg, never accept none
        });                       // checks signature + exp
        ```""", tokens);
    assertTrue(tokens.words >= 6, "comments are prose: " + tokens.words);
    assertEquals(0.0, tokens.fragmentShare());
    int signature = surfaces("x = verify(t); // pin alg, checks signature").indexOf("signature");
    assertTrue(tokens.fragment[signature], "still a fragment, so no subject of what follows");
    assertTrue(tokens.codeComment[signature]);
  }

  @Test
  void noiseTokensAreNotAnalysed() {
    Analyzer.analyze("a".repeat(10_000), tokens);
    assertEquals(1, tokens.count);
    assertEquals("", tokens.entry[0].surface);
  }
}
