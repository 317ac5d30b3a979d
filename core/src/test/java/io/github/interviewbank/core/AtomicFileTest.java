package io.github.interviewbank.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a file replaces its content whole and keeps what made the file what it was. */
class AtomicFileTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "permissions and links are checked on POSIX file systems");
  }

  private static void write(Path file, String text) {
    AtomicFile.write(file, out -> out.write(text.getBytes(UTF_8)));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> String.valueOf(p.getFileName())).sorted().toList();
    }
  }

  @Test
  void replacesTheContentWhole() throws IOException {
    Path file = dir.resolve("bank.json");
    write(file, "old");
    write(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("bank.json"), names(), "no temporary file is left");
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    for (String mode : List.of("rw-r--r--", "rw-------", "rw-r-----", "rwxr-xr-x")) {
      Path file = dir.resolve("bank-" + mode.replace('-', '_') + ".json");
      Files.writeString(file, "old");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
      write(file, "new");
      assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void givesNewFilesThePermissionsTheUmaskGives() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("written.txt");
    write(written, "new");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }

  @Test
  void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
    Path linkToLink = Files.createSymbolicLink(dir.resolve("again.json"), link);
    write(linkToLink, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.isSymbolicLink(linkToLink));
    assertEquals("new", Files.readString(real));
    assertEquals(List.of("again.json", "link.json", "real.json"), names());
  }

  @Test
  void createsTheTargetOfADanglingLink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("absent.json"));
    write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(dir.resolve("absent.json")));
  }

  @Test
  void refusesADirectoryAndLeavesItAlone() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> write(sub, "x"));
    assertEquals("cannot write " + sub + ": it is a directory, not a regular file",
        e.getMessage());
    assertTrue(Files.isDirectory(sub));
  }

  @Test
  void refusesADeviceEvenThroughALink() throws IOException {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), device);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> write(link, "x"));
    assertEquals("cannot write " + link + ": it is not a regular file (a device, pipe or socket)",
        e.getMessage());
    assertFalse(Files.isRegularFile(device));
    assertEquals(List.of("out.json"), names());
  }

  @Test
  void refusesAMissingDirectory() {
    Path file = dir.resolve("absent/bank.json");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> write(file, "x"));
    assertEquals("cannot write " + file + ": no such directory " + dir.resolve("absent"),
        e.getMessage());
  }

  @Test
  void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "old");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> AtomicFile.write(file, out -> {
          out.write("half of the new".getBytes(UTF_8));
          throw new FileSystemException(dir.resolve(".bank.json.1-x.tmp").toString(), null,
              "No space left on device");
        }));
    assertEquals("cannot write " + file + ": No space left on device", e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of("bank.json"), names());
  }

  @Test
  void anUncheckedFailureOfTheContentPropagatesAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("bank.json");
    IllegalStateException thrown = new IllegalStateException("renderer broke");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AtomicFile.write(file, out -> {
          throw thrown;
        }));
    assertSame(thrown, e);
    assertEquals(List.of(), names());
  }

  @Test
  void removesTemporaryFilesThatAKilledWriterLeft() throws IOException, InterruptedException {
    Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-version").start();
    gone.getInputStream().readAllBytes();
    gone.getErrorStream().readAllBytes();
    gone.waitFor();
    Path abandoned = Files.writeString(dir.resolve(".bank.json." + gone.pid() + "-dead.tmp"), "x");
    Path live = Files.writeString(
        dir.resolve(".bank.json." + ProcessHandle.current().pid() + "-live.tmp"), "x");
    write(dir.resolve("bank.json"), "new");
    assertFalse(Files.exists(abandoned), "the dead writer's file is removed");
    assertTrue(Files.exists(live), "a live writer's file is left alone");
  }

  @Test
  void aContentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
    Path file = dir.resolve("bank.json");
    AtomicFile.write(file, out -> {
      out.write("new".getBytes(UTF_8));
      out.close();
    });
    assertEquals("new", Files.readString(file));
  }
}
