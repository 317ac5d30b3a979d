package io.github.interviewbank.cli;

import io.github.interviewbank.core.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /**
   * Fails, as {@link #write} would and with its message, when {@code file} plainly cannot be
   * written: a folder or another file that is not a regular one, a missing folder, or a folder
   * this process may not write in. For output written only at the end of a long run, so that the
   * run does not start for nothing. Writing may still fail later (a full disk).
   */
  static void check(Path file) {
    Path target = file.toAbsolutePath();
    try {
      // As AtomicFile does: a link is written through, to the file it ends at.
      for (int hops = 0; Files.isSymbolicLink(target) && hops < 40; hops++) {
        target = target.resolveSibling(Files.readSymbolicLink(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      return; // write() says what is wrong, with its reasons
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw refusal(file, "it is a directory, not a regular file");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw refusal(file, "it is not a regular file (a device, pipe or socket)");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw refusal(file, "no such directory " + (dir == null ? "/" : dir));
    }
    if (!Files.isWritable(dir)) {
      throw refusal(file, "permission denied");
    }
  }

  private static OutputException refusal(Path file, String reason) {
    String message = "cannot write " + file + ": " + reason;
    return new OutputException(message, new IOException(message));
  }
}
