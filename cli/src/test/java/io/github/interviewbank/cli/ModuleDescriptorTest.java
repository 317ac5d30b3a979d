package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's descriptor as compiled: what it exports is its API, and anything else that appears
 * there would be a promise to keep. Read from the class file, so the check holds however the
 * tests run.
 */
class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(InterviewBankCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsNothing() throws Exception {
    ModuleDescriptor d = descriptor();
    assertEquals("io.github.interviewbank.cli", d.name());
    assertEquals(Set.of(),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertEquals(Set.of(), d.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()), "qualified exports");
  }

  @Test
  void requiresOnlyWhatItNeeds() throws Exception {
    assertEquals(Set.of("org.jspecify", "io.github.interviewbank.core",
            "io.github.interviewbank.grading", "io.github.interviewbank.grading.keyword",
            "io.github.interviewbank.evaluation",
            "io.github.interviewbank.practice", "info.picocli", "tools.jackson.databind",
            "org.xerial.sqlitejdbc", "org.jline.reader", "org.jline.terminal"),
        descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
            .filter(n -> !n.startsWith("java.")).collect(Collectors.toSet()));
  }
}
