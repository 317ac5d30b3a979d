package io.github.interviewbank.core;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes a file so that readers see either its old content or the whole new content, never a
 * part, and so that the replaced file keeps what made it what it was. {@link
 * QuestionBank#write(Path)} writes this way; so can tools that export banks in other formats.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("bank.md"), out -> out.write(markdown.getBytes(UTF_8)));
 * }</pre>
 *
 * <p>The content goes to a temporary file beside the target ({@code .NAME.PID-N.tmp}), which is
 * flushed to the disk and then renamed over the target; the directory is flushed after the
 * rename. Beyond that:
 *
 * <ul>
 *   <li>A symbolic link is written through: its final target gets the content and the link stays
 *       a link.
 *   <li>A replaced file's permissions carry over (and its owner and group, where the user may set
 *       them); a new file gets the permissions the process's umask gives.
 *   <li>Anything other than a regular file or a link to one (a directory, a device, a pipe) is
 *       refused, and left as it was.
 *   <li>On failure the temporary file is removed and the target is untouched; temporary files left
 *       by a process that was killed while writing the same target are removed by the next write.
 *   <li>Errors are {@link UncheckedIOException}s whose message names the target as given, never
 *       the temporary file: {@code cannot write bank.json: permission denied}.
 * </ul>
 *
 * <p>A file with other hard links is replaced, not rewritten in place: its other names keep the
 * old content.
 *
 * @since 1.0.0
 */
public final class AtomicFile {
  /** Longer names are cut in the temporary file's name, which must stay a legal name. */
  private static final int NAME_IN_TEMP = 100;

  /** How many symbolic links are followed before giving up, as Linux does. */
  private static final int MAX_LINKS = 40;

  private AtomicFile() {}

  /**
   * What to write: the content, written to the stream it is given.
   *
   * @since 1.0.0
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content. The stream is buffered; closing it is not needed.
     *
     * @param out the stream; never {@code null}
     * @throws IOException if writing fails
     * @since 1.0.0
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces the content of {@code file} with what {@code content} writes, or creates the file.
   * An exception thrown by {@code content} leaves the target untouched and propagates (an {@link
   * IOException} wrapped as below).
   *
   * @param file the file; never {@code null}. Its directory must exist.
   * @param content writes the new content; never {@code null}
   * @throws UncheckedIOException if the file cannot be written or is not a regular file; the
   *     message names {@code file} and says why
   * @since 1.0.0
   */
  public static void write(Path file, Content content) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Path target;
    @Nullable BasicFileAttributes existing;
    try {
      target = followLinks(file);
      existing = attributes(target);
    } catch (IOException e) {
      throw failure(file, e);
    }
    if (existing != null && !existing.isRegularFile()) {
      throw refusal(file, existing.isDirectory() ? "it is a directory, not a regular file"
          : "it is not a regular file (a device, pipe or socket)");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw refusal(file, "no such directory " + (dir == null ? "/" : dir));
    }
    String prefix = "." + shortName(target) + ".";
    removeAbandoned(dir, prefix);
    Path temp = null;
    try {
      temp = create(dir, prefix);
      if (existing != null) {
        keepAttributes(target, temp);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            out.flush(); // the channel closes once the content is on the disk
          }
        });
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } catch (IOException e) {
      throw failure(file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The write's own outcome matters more; an abandoned file is removed next time.
        }
      }
    }
  }

  /** The path a chain of symbolic links ends at; {@code file} itself when it is no link. */
  private static Path followLinks(Path file) throws IOException {
    Path path = file.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(path); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
      }
      path = path.resolveSibling(Files.readSymbolicLink(path));
    }
    return path;
  }

  private static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static String shortName(Path target) {
    String name = String.valueOf(target.getFileName());
    return name.length() <= NAME_IN_TEMP ? name : name.substring(0, NAME_IN_TEMP);
  }

  private static Path create(Path dir, String prefix) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      Path temp = dir.resolve(prefix + pid + "-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        // No permissions given: the process's umask applies, as for any new file.
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /**
   * Gives the temporary file the replaced file's permissions, before any content is written, and
   * its owner and group where this user may set them.
   */
  private static void keepAttributes(Path target, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
    view.setPermissions(old.permissions());
    PosixFileAttributes fresh = view.readAttributes();
    try {
      if (!fresh.group().equals(old.group())) {
        view.setGroup(old.group());
      }
      if (!fresh.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
    } catch (IOException e) {
      // Only a privileged user may give a file away; the content and permissions still carry.
    }
  }

  /**
   * Removes temporary files of this target whose writing process no longer runs: what a write
   * killed halfway leaves behind. A live writer's file, in this JVM or another, is left alone.
   */
  private static void removeAbandoned(Path dir, String prefix) {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir,
        p -> {
          String name = String.valueOf(p.getFileName());
          return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
      for (Path p : stream) {
        String name = String.valueOf(p.getFileName());
        int dash = name.indexOf('-', prefix.length());
        if (dash < 0) {
          continue;
        }
        try {
          long pid = Long.parseLong(name.substring(prefix.length(), dash));
          if (ProcessHandle.of(pid).isEmpty()) {
            Files.deleteIfExists(p);
          }
        } catch (NumberFormatException | IOException e) {
          // not one of ours, or not ours to remove
        }
      }
    } catch (IOException e) {
      // Listing failed: the write itself will say what is wrong with the directory.
    }
  }

  /** Makes the rename durable. Some platforms cannot open a directory: there the rename stands. */
  private static void syncDirectory(Path dir) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }

  private static UncheckedIOException refusal(Path file, String reason) {
    String message = "cannot write " + file + ": " + reason;
    return new UncheckedIOException(message, new IOException(message));
  }

  private static UncheckedIOException failure(Path file, IOException e) {
    return new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
  }

  /** Why an operation failed, without the temporary file's name that its message holds. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
