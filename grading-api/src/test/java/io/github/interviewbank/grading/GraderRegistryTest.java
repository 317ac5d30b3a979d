package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderRegistryTest {

  private static GraderRegistry discoverFrom(Path dir, String... providerClasses) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(GraderProvider.class.getName()), List.of(providerClasses));
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        GraderRegistryTest.class.getClassLoader());
    return GraderRegistry.discover(loader);
  }

  @Test
  void aBrokenProviderIsReportedAndSkippedWhileTheOthersLoad(@TempDir Path dir) throws IOException {
    GraderRegistry registry = discoverFrom(dir,
        TestProviders.Broken.class.getName(),
        "com.example.DoesNotExist",
        TestProviders.Echo.class.getName(),
        TestProviders.Nameless.class.getName(),
        TestProviders.EchoImpostor.class.getName());
    assertEquals(List.of("echo"), registry.names());
    List<String> problems = registry.problems();
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("TestProviders$Broken"), problems.get(0));
    assertTrue(problems.get(1).contains("com.example.DoesNotExist"), problems.get(1));
    assertTrue(problems.get(2).contains("name() threw"), problems.get(2));
    assertTrue(problems.get(3).contains("grader name 'echo' is claimed by"), problems.get(3));
    assertEquals(0.25, registry.create("echo", Map.of("score", "0.25"))
        .grade(TestQuestions.CACHE, "x").score());
  }

  @Test
  void unknownNamesListTheAvailableGraders() {
    GraderRegistry registry = GraderRegistry.of(List.of(new TestProviders.Echo(), new TestProviders.Strict()));
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> registry.create("llm", Map.of()));
    assertEquals("no grader named 'llm'; available: echo, strict", e.getMessage());
    e = assertThrows(GraderConfigurationException.class,
        () -> GraderRegistry.of(List.of()).create("llm", Map.of()));
    assertEquals("no grader named 'llm'; available: none", e.getMessage());
  }

  @Test
  void declaredOptionsAreEnforcedBeforeCreation() {
    GraderRegistry registry = GraderRegistry.of(List.of(new TestProviders.Echo()));
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> registry.create("echo", Map.of("scor", "0.3")));
    assertEquals("grader 'echo' has no option 'scor'; its options are score", e.getMessage());
    e = assertThrows(GraderConfigurationException.class,
        () -> registry.create("echo", Map.of("score", "high")));
    assertEquals("option 'score' of grader 'echo' must be a number from 0.0 to 1.0, was 'high'",
        e.getMessage());
  }

  @Test
  void providersWithoutDeclaredOptionsCheckTheirOwn() {
    GraderRegistry registry = GraderRegistry.of(List.of(new TestProviders.Strict()));
    assertEquals("strict", registry.create("strict", Map.of("level", "3")).id());
    assertThrows(GraderConfigurationException.class, () -> registry.create("strict", Map.of("x", "1")));
  }

  @Test
  void theDefaultIsTheOnlyProviderOrFailsClearly() {
    assertEquals("echo", GraderRegistry.of(List.of(new TestProviders.Echo())).createDefault().id());
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> GraderRegistry.of(List.of(new TestProviders.Echo(), new TestProviders.Strict()))
            .createDefault());
    assertTrue(e.getMessage().contains("several others were found: echo, strict"), e.getMessage());
    e = assertThrows(GraderConfigurationException.class, () -> GraderRegistry.of(List.of()).createDefault());
    assertTrue(e.getMessage().contains("no other provider was found"), e.getMessage());
  }

  @Test
  void theSystemPropertyChoosesTheDefault() {
    GraderRegistry registry = GraderRegistry.of(List.of(new TestProviders.Echo(), new TestProviders.Strict()));
    System.setProperty(AnswerGraders.GRADER_PROPERTY, "strict");
    try {
      assertEquals("strict", registry.createDefault().id());
    } finally {
      System.clearProperty(AnswerGraders.GRADER_PROPERTY);
    }
  }

  @Test
  void explicitRegistriesRejectDuplicateNames() {
    assertThrows(IllegalArgumentException.class,
        () -> GraderRegistry.of(List.of(new TestProviders.Echo(), new TestProviders.EchoImpostor())));
  }

  @Test
  void findAndProvidersExposeWhatWasFound() {
    GraderRegistry registry = GraderRegistry.of(List.of(new TestProviders.Echo()));
    assertTrue(registry.find("echo").isPresent());
    assertTrue(registry.find("none").isEmpty());
    assertEquals(1, registry.providers().size());
    assertEquals(List.of(), registry.problems());
    assertEquals("GraderRegistry[echo]", registry.toString());
  }

  @Test
  void aProviderOffersNoFollowUpProposerUnlessItHasOne() {
    assertEquals(Optional.empty(), new TestProviders.Echo().createFollowUpProposer(
        GraderOptions.of("echo", Map.of("score", "0.5"))));
  }
}
