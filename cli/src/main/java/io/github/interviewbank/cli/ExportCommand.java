package io.github.interviewbank.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interview-bank export}: the bank for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the bank: json (the bank format), markdown (for reading), gift"
        + " (Moodle: essay questions named by id, categories by topic, the reference answer as"
        + " general feedback) or anki (tab-separated notes: front, back, tags)."})
final class ExportCommand extends BankCommand {
  enum Format {
    json,
    markdown,
    gift,
    anki
  }

  @Option(names = "--format", required = true, paramLabel = "json|markdown|gift|anki",
      description = "The format to write.")
  Format format = Format.json;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to this file instead of standard output: replaced whole, keeping its"
          + " permissions; a link is written through; anything but a regular file is refused.")
  @Nullable Path outFile;

  @Override
  public Integer call() {
    Path file = outFile;
    if (file == null) {
      out().print(text());
      out().flush();
      return 0;
    }
    if (format == Format.json) {
      try {
        bank().write(file);
      } catch (UncheckedIOException e) {
        throw new OutputException(String.valueOf(e.getMessage()), e);
      }
    } else {
      TextFile.write(file, text());
    }
    session().err().println("wrote " + Text.count(bank().size(), "question") + " as " + format
        + " to " + file);
    return 0;
  }

  private String text() {
    return switch (format) {
      case json -> bank().toJson();
      case markdown -> Exporters.markdown(bank());
      case gift -> Exporters.gift(bank());
      case anki -> Exporters.anki(bank());
    };
  }
}
