package io.github.interviewbank.cli;

import io.github.interviewbank.grading.GraderOption;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code interview-bank graders}: every grader the command line can use, where it came from, its
 * options with their defaults, and any problem met while loading the grader path.
 */
@Command(name = "graders", mixinStandardHelpOptions = true,
    description = {"List the graders: built in, and found on the grader path (--grader-path, $"
        + GraderPath.VARIABLE + ", and the graders folder of your configuration directory),"
        + " with their options and defaults."})
final class GradersCommand extends BankCommand {
  @Mixin OutputFormat format = new OutputFormat();

  record OptionJson(String key, String defaultValue, String description) {}

  record GraderJson(String name, String source, String description, List<OptionJson> options) {}

  record GradersJson(List<GraderJson> graders, List<String> problems) {}

  @Override
  public Integer call() {
    GraderCatalog catalog = root().graders(false);  // problems are listed below instead
    PrintWriter out = out();
    List<GraderJson> graders = catalog.entries().stream().map(e -> new GraderJson(e.name(),
        e.source(), e.provider().description(), e.provider().options().stream()
            .map(o -> new OptionJson(o.key(), o.defaultValue(), o.description())).toList()))
        .toList();
    if (format.json()) {
      out.println(Json.pretty(new GradersJson(graders, catalog.problems())));
      return 0;
    }
    Terminal t = terminal();
    for (GraderCatalog.Entry e : catalog.entries()) {
      out.println(t.bold(e.name()) + t.dim("  " + e.source()));
      Text.wrap(e.provider().description(), 86, "  ").forEach(out::println);
      for (GraderOption o : e.provider().options()) {
        out.println("  " + t.bold(o.key()) + t.dim(" (default " + o.defaultValue() + ")"));
        Text.wrap(o.description(), 84, "    ").forEach(out::println);
      }
      out.println();
    }
    if (!catalog.problems().isEmpty()) {
      out.println(t.bold("Problems"));
      catalog.problems().forEach(p -> out.println("  " + p));
    }
    out.println(t.dim("Grader path folder: " + GraderPath.configFolder(session().environment())));
    return 0;
  }
}
