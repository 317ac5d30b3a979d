package io.github.interviewbank.benchmarks;

import io.github.interviewbank.grading.GradingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JMH results and start-up timings that {@code run.sh} wrote and prints the figures
 * against their targets, as a Markdown table (also saved as {@code results.md}); merges the JMH
 * results into {@code jmh-result.json}.
 */
public final class Report {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String runs = args.length > 1 ? args[1] : "?";
    List<JsonNode> results = new ArrayList<>();
    for (String file : List.of("jmh-main.json", "jmh-queries.json", "jmh-analysis.json",
        "jmh-load-warm.json", "jmh-load-cold.json")) {
      Path p = dir.resolve(file);
      if (Files.exists(p)) {
        JSON.readTree(p.toFile()).forEach(results::add);
      }
    }
    Files.writeString(dir.resolve("jmh-result.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    Map<String, String> startup = new LinkedHashMap<>();
    Path tsv = dir.resolve("startup.tsv");
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv)) {
        String[] f = line.split("\t", -1);
        if (f.length == 2 && !f[1].isBlank()) {
          startup.put(f[0], f[1]);
        }
      }
    }

    // AnalysisAlternating's lines: name, median ratio, first and third quartiles, rounds.
    List<String[]> alternating = new ArrayList<>();
    Path turns = dir.resolve("analysis-alternating.tsv");
    if (Files.exists(turns)) {
      for (String line : Files.readAllLines(turns)) {
        String[] f = line.split("\t", -1);
        if (f.length == 5) {
          alternating.add(f);
        }
      }
    }

    double grade20 = score(results, "GradeBenchmark.keyword", "20");
    double grade100 = score(results, "GradeBenchmark.keyword", "100");
    double grade500 = score(results, "GradeBenchmark.keyword", "500");
    double naive100 = score(results, "GradeBenchmark.naive", "100");
    double alloc100 = secondary(results, "GradeBenchmark.keyword", "100", "gc.alloc.rate.norm");
    double megabyteMs = score(results, "MegabyteBenchmark.keyword", null);
    double[] ours = forkMeans(results, "AnalysisBenchmark.interviewBank");
    double[] lucene = forkMeans(results, "AnalysisBenchmark.luceneEnglishAnalyzer");
    double loadWarmUs = score(results, "BankBenchmark.load", null, "avgt");
    double loadColdUs = score(results, "BankBenchmark.load", null, "ss");
    double findUs = score(results, "BankBenchmark.findById", null);
    double selectUs = score(results, "BankBenchmark.selectFiltered", null);
    double sampleUs = score(results, "BankBenchmark.sampleFive", null);

    double chars100 = averageChars(Texts.requests(100));
    double perKb100Us = 1e6 / grade100 / (chars100 / 1024);
    double perKbMegabyteUs = megabyteMs * 1000 / 1024;
    double helloMs = ms(startup, "hello");
    double jacksonMs = ms(startup, "jackson-only");
    double loadGradeMs = ms(startup, "load-and-grade");
    double withCds = ms(startup, "show-with-cds");
    double withoutCds = ms(startup, "show-without-cds");

    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Measured %s on %s, %d cores, %s.%n%n",
        java.time.LocalDate.now(java.time.ZoneOffset.UTC), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"));
    md.append("| target | measured | verdict |\n|---|---|---|\n");
    row(md, "keyword grading, ~100-word answer: >= 250,000 grades/s on one core",
        fmt("%,.0f grades/s", grade100), grade100 >= 250_000);
    row(md, "allocation per ~100-word grade: <= 2 KB", fmt("%,.0f B", alloc100),
        alloc100 <= 2048);
    analysisRow(md, ours, lucene);
    row(md, "time per KB, 1 MB answer: within 1.5x of the ~100-word answer's",
        fmt("%.2f us/KB vs %.2f us/KB: %.2fx", perKbMegabyteUs, perKb100Us,
            perKbMegabyteUs / perKb100Us), perKbMegabyteUs <= 1.5 * perKb100Us);
    row(md, "load-and-grade process: within 60 ms of the Jackson-only process",
        fmt("%.1f ms vs %.1f ms: %+.1f ms", loadGradeMs, jacksonMs, loadGradeMs - jacksonMs),
        loadGradeMs - jacksonMs <= 60);
    // Each command against the one-line JVM runs paired with it (median of each side).
    for (String jdk : List.of("jdk17", "jdk25")) {
      double limit = jdk.equals("jdk17") ? 1.6 : 1.4;
      String version = startup.getOrDefault(jdk + "-version", "not measured");
      for (String[] command : new String[][] {{"show", "show ID"}, {"list", "list"},
          {"grade", "grade -q ID --answer ..."}}) {
        double cli = ms(startup, jdk + "-" + command[0]);
        double hello = ms(startup, jdk + "-" + command[0] + "-hello");
        row(md, fmt("`interview-bank %s` on Java %s: within %.1fx of a one-line JVM", command[1],
            version, limit), fmt("%.1f ms vs %.1f ms: %.2fx", cli, hello, cli / hello),
            cli <= limit * hello);
      }
    }
    md.append("\n| other figure | value |\n|---|---|\n");
    StringBuilder turnsMeasured = new StringBuilder();
    for (String[] f : alternating) {
      turnsMeasured.append(turnsMeasured.length() == 0 ? "" : "; ")
          .append(fmt("%.2fx (%.2fx to %.2fx)", Double.parseDouble(f[1]),
              Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
    other(md, "analysis vs Lucene taking turns in one JVM: median ratio of "
        + (alternating.isEmpty() ? "its" : alternating.get(0)[4]) + " rounds (quartiles), in "
        + "each of " + alternating.size() + " JVMs",
        alternating.isEmpty() ? "not measured" : turnsMeasured.toString());
    other(md, "keyword grading, ~20 / ~100 / ~500 words",
        fmt("%,.0f / %,.0f / %,.0f grades/s", grade20, grade100, grade500));
    other(md, "naive grader (split + HashSet overlap), ~100 words", fmt("%,.0f grades/s", naive100));
    other(md, "keyword grading, 1 MB answer", fmt("%.1f ms (%.2f us/KB)", megabyteMs, perKbMegabyteUs));
    other(md, "load bundled bank: warm / cold (first load in a fresh JVM)",
        fmt("%,.0f us / %.1f ms", loadWarmUs, loadColdUs / 1000));
    other(md, "find by id / filtered select / sample of 5",
        fmt("%.3f us / %.2f us / %.2f us", findUs, selectUs, sampleUs));
    other(md, "whole process: hello / Jackson only / load and grade (median of " + runs + ")",
        fmt("%.1f ms / %.1f ms / %.1f ms", helloMs, jacksonMs, loadGradeMs));
    other(md, "`interview-bank show ID` with / without the launcher's start-up record",
        fmt("%.1f ms / %.1f ms: %.0f%% faster", withCds, withoutCds,
            100 * (1 - withCds / withoutCds)));
    Files.writeString(dir.resolve("results.md"), md);
    System.out.print(md);
  }

  /**
   * The analysis row: each of the consecutive runs (JMH forks, paired by their order) gives a
   * ratio, and the target holds only when every run meets it.
   */
  private static void analysisRow(StringBuilder md, double[] ours, double[] lucene) {
    int runs = Math.min(ours.length, lucene.length);
    StringBuilder measured = new StringBuilder();
    boolean met = runs > 0;
    for (int i = 0; i < runs; i++) {
      measured.append(i == 0 ? "" : "; ").append(fmt("%,.0f vs %,.0f words/s: %.2fx", ours[i],
          lucene[i], ours[i] / lucene[i]));
      met &= ours[i] >= 2 * lucene[i];
    }
    row(md, fmt("analysis (Porter2) vs Lucene EnglishAnalyzer: >= 2x words/s in each of %d "
        + "consecutive runs", runs), runs == 0 ? "not measured" : measured.toString(), met);
  }

  /** {@return the mean score of each fork of a benchmark, in fork order; empty if not run} */
  private static double[] forkMeans(List<JsonNode> results, String benchmark) {
    JsonNode r = find(results, benchmark, null, null);
    if (r == null) {
      return new double[0];
    }
    JsonNode forks = r.get("primaryMetric").get("rawData");
    double[] means = new double[forks.size()];
    for (int f = 0; f < means.length; f++) {
      double sum = 0;
      for (JsonNode iteration : forks.get(f)) {
        sum += iteration.asDouble();
      }
      means[f] = sum / forks.get(f).size();
    }
    return means;
  }

  /** {@return the start-up figure of this name in milliseconds, NaN when it was not measured} */
  private static double ms(Map<String, String> startup, String name) {
    String value = startup.get(name);
    return value == null ? Double.NaN : Double.parseDouble(value);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static void row(StringBuilder md, String target, String measured, boolean met) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ")
        .append(met ? "met" : "**missed**").append(" |\n");
  }

  private static void other(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static double averageChars(GradingRequest[] requests) {
    double total = 0;
    for (GradingRequest r : requests) {
      total += r.answer().length();
    }
    return total / requests.length;
  }

  private static double score(List<JsonNode> results, String benchmark, String words) {
    return score(results, benchmark, words, null);
  }

  private static double score(List<JsonNode> results, String benchmark, String words,
      String mode) {
    JsonNode r = find(results, benchmark, words, mode);
    return r == null ? Double.NaN : r.get("primaryMetric").get("score").asDouble();
  }

  private static double secondary(List<JsonNode> results, String benchmark, String words,
      String metric) {
    JsonNode r = find(results, benchmark, words, null);
    if (r == null || !r.get("secondaryMetrics").has(metric)) {
      return Double.NaN;
    }
    return r.get("secondaryMetrics").get(metric).get("score").asDouble();
  }

  private static JsonNode find(List<JsonNode> results, String benchmark, String words,
      String mode) {
    for (JsonNode r : results) {
      String name = r.get("benchmark").asString();
      if (!name.endsWith(benchmark)) {
        continue;
      }
      if (mode != null && !r.get("mode").asString().equals(mode)) {
        continue;
      }
      if (words != null && (r.get("params") == null || !words.equals(
          r.get("params").get("words").asString()))) {
        continue;
      }
      return r;
    }
    return null;
  }
}
