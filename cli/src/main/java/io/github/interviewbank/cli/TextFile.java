package io.github.interviewbank.cli;

import io.github.interviewbank.core.AtomicFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a text file as core's {@link AtomicFile} does (whole or not at all, keeping what it
 * replaces); a failure is an {@link OutputException}, exit code 4, naming the file.
 */
final class TextFile {
  private TextFile() {}

  static void write(Path file, String text) {
    try {
      AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (UncheckedIOException e) {
      throw new OutputException(String.valueOf(e.getMessage()), e);
    }
  }
}
