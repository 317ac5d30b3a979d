package io.github.interviewbank.cli;

import io.github.interviewbank.grading.GraderProvider;
import io.github.interviewbank.grading.GraderRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.LayerInstantiationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Every grader the command line can use: the providers in its own jar, then those on the grader
 * path, each with where it came from, and one line per problem (a jar without a provider, a
 * provider that fails to load, two providers with one name). A problem never stops the other
 * graders from loading.
 *
 * <p>Grader path entries are jars or class folders. When the command line runs as a named module
 * (on the module path), entries that carry a module descriptor are resolved as modules in a child
 * layer; all other entries, and every entry when the command line runs from the class path (its
 * usual way, a single jar), share one child class loader, and each entry's providers are looked up
 * through {@link ServiceLoader} on a view of that loader that sees only this entry's {@code
 * META-INF/services} file, so that a failure names its jar. A modular jar on the class path whose
 * provider is declared only in its {@code module-info} ({@code provides}) is honoured too.
 */
final class GraderCatalog {
  static final String SERVICES = "META-INF/services/" + GraderProvider.class.getName();

  /** A provider and where it came from: "built in", or a grader path entry and its origin. */
  record Entry(GraderProvider provider, String name, String source) {}

  private final Map<String, Entry> entries;
  private final List<String> problems;

  private GraderCatalog(Map<String, Entry> entries, List<String> problems) {
    this.entries = entries;
    this.problems = problems;
  }

  /** Loads the built-in providers, then the grader path's. */
  static GraderCatalog load(GraderPath path) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    ClassLoader own = GraderCatalog.class.getClassLoader();
    Iterator<GraderProvider> builtIn = ServiceLoader.load(GraderProvider.class, own).iterator();
    collect(builtIn, "built in", "built in", entries, problems);
    List<GraderPath.Element> elements = new ArrayList<>();
    for (GraderPath.Element e : path.elements()) {
      if (!Files.exists(e.path())) {
        problems.add(e.path() + ": no such file or folder (from " + e.origin() + ")");
      } else if (!Files.isDirectory(e.path()) && !e.path().toString().endsWith(".jar")) {
        problems.add(e.path() + ": not a jar or a class folder (from " + e.origin() + ")");
      } else if (!Files.isDirectory(e.path()) && !isZip(e.path())) {
        problems.add(e.path() + ": not a jar: it cannot be read as a zip file (from "
            + e.origin() + ")");
      } else {
        elements.add(e);
      }
    }
    if (elements.isEmpty()) {
      return new GraderCatalog(entries, problems);
    }
    Module self = GraderCatalog.class.getModule();
    List<GraderPath.Element> classPath = new ArrayList<>();
    List<GraderPath.Element> modulePath = new ArrayList<>();
    for (GraderPath.Element e : elements) {
      (self.isNamed() && descriptor(e.path()).isPresent() ? modulePath : classPath).add(e);
    }
    if (!modulePath.isEmpty()) {
      loadModules(self, modulePath, entries, problems);
    }
    if (!classPath.isEmpty()) {
      loadClassPath(classPath, entries, problems);
    }
    return new GraderCatalog(entries, problems);
  }

  private static void loadClassPath(List<GraderPath.Element> elements, Map<String, Entry> entries,
      List<String> problems) {
    URL[] urls = new URL[elements.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = url(elements.get(i).path());
    }
    // Never closed: the graders it defines are used until the process ends.
    URLClassLoader shared = new URLClassLoader("grader-path", urls,
        GraderCatalog.class.getClassLoader());
    for (GraderPath.Element e : elements) {
      String source = e.path() + " (" + e.origin() + ")";
      int before = entries.size();
      int problemsBefore = problems.size();
      URL services = servicesFile(e.path());
      if (services != null) {
        ClassLoader view = new OneEntryServices(shared, services);
        collect(ServiceLoader.load(GraderProvider.class, view).iterator(), e.path().toString(),
            source, entries, problems);
      }
      Optional<ModuleDescriptor> descriptor = descriptor(e.path());
      if (services == null && descriptor.isPresent()) {
        for (ModuleDescriptor.Provides p : descriptor.get().provides()) {
          if (p.service().equals(GraderProvider.class.getName())) {
            for (String type : p.providers()) {
              instantiate(shared, type, e.path(), problems).ifPresent(
                  provider -> add(provider, e.path().toString(), source, entries, problems));
            }
          }
        }
      }
      if (entries.size() == before && problems.size() == problemsBefore) {
        problems.add(e.path() + ": provides no grader (no " + SERVICES
            + " file and no 'provides' in a module descriptor)");
      }
    }
  }

  private static void loadModules(Module self, List<GraderPath.Element> elements,
      Map<String, Entry> entries, List<String> problems) {
    ModuleLayer parent = Optional.ofNullable(self.getLayer()).orElse(ModuleLayer.boot());
    Path[] paths = elements.stream().map(GraderPath.Element::path).toArray(Path[]::new);
    Map<String, GraderPath.Element> byModule = new LinkedHashMap<>();
    ModuleLayer layer;
    try {
      ModuleFinder finder = ModuleFinder.of(paths);
      for (ModuleReference ref : finder.findAll()) {
        ref.location().ifPresent(uri -> {
          for (GraderPath.Element e : elements) {
            if (Path.of(uri).equals(e.path().toAbsolutePath())) {
              byModule.put(ref.descriptor().name(), e);
            }
          }
        });
      }
      Configuration cf = parent.configuration().resolveAndBind(finder, ModuleFinder.of(),
          byModule.keySet());
      layer = parent.defineModulesWithOneLoader(cf, GraderCatalog.class.getClassLoader());
    } catch (FindException | ResolutionException | LayerInstantiationException e) {
      problems.add(String.join(", ", List.of(paths).stream().map(Path::toString).toList())
          + ": cannot be loaded as modules: " + oneLine(e));
      return;
    }
    Iterator<GraderProvider> it = ServiceLoader.load(layer, GraderProvider.class).stream()
        .filter(p -> p.type().getModule().getLayer() == layer)
        .map(ServiceLoader.Provider::get).iterator();
    List<Entry> found = new ArrayList<>();
    Map<String, Entry> scratch = new LinkedHashMap<>();
    collect(it, "module path", "module path", scratch, problems);
    for (Entry entry : scratch.values()) {
      GraderPath.Element from = byModule.get(entry.provider().getClass().getModule().getName());
      String where = from == null ? "module path" : from.path().toString();
      String source = from == null ? where : where + " (" + from.origin() + ", module "
          + entry.provider().getClass().getModule().getName() + ")";
      found.add(new Entry(entry.provider(), entry.name(), source));
    }
    for (Entry entry : found) {
      add(entry.provider(), entry.source(), entry.source(), entries, problems);
    }
    for (Map.Entry<String, GraderPath.Element> m : byModule.entrySet()) {
      boolean provides = found.stream()
          .anyMatch(f -> f.provider().getClass().getModule().getName().equals(m.getKey()));
      if (!provides) {
        problems.add(m.getValue().path() + ": module " + m.getKey() + " provides no grader");
      }
    }
  }

  /** Iterates providers, each failure one problem line; {@code where} names the entry. */
  private static void collect(Iterator<GraderProvider> it, String where, String source,
      Map<String, Entry> entries, List<String> problems) {
    int errors = 0;
    while (errors < 64) {
      GraderProvider provider;
      try {
        if (!it.hasNext()) {
          return;
        }
        provider = it.next();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        errors++;
        problems.add(where + ": a grader provider failed to load: " + oneLine(e));
        continue;
      }
      add(provider, where, source, entries, problems);
    }
  }

  private static void add(GraderProvider provider, String where, String source,
      Map<String, Entry> entries, List<String> problems) {
    String name;
    try {
      name = provider.name();
    } catch (RuntimeException e) {
      problems.add(where + ": grader provider " + provider.getClass().getName()
          + " failed in name(): " + oneLine(e));
      return;
    }
    Entry first = entries.get(name);
    if (first != null) {
      problems.add(where + ": grader provider " + provider.getClass().getName()
          + " claims the name '" + name + "', already taken by " + first.source()
          + "; ignored");
      return;
    }
    entries.put(name, new Entry(provider, name, source));
  }

  private static Optional<GraderProvider> instantiate(ClassLoader loader, String type, Path from,
      List<String> problems) {
    try {
      Class<?> c = Class.forName(type, true, loader);
      // As ServiceLoader does for modules: a public static provider() method, else a public
      // no-argument constructor.
      Method factory = null;
      try {
        factory = c.getMethod("provider");
      } catch (NoSuchMethodException e) {
        // none: use the constructor
      }
      Object made = factory != null && Modifier.isStatic(factory.getModifiers())
          ? factory.invoke(null) : c.getConstructor().newInstance();
      return Optional.of((GraderProvider) made);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      Throwable cause = e instanceof InvocationTargetException && e.getCause() != null
          ? e.getCause() : e;
      problems.add(from + ": grader provider " + type + " could not be created: "
          + oneLine(cause));
      return Optional.empty();
    }
  }

  /** {@return the module descriptor of a modular jar or exploded module, if it has one} */
  static Optional<ModuleDescriptor> descriptor(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        Path info = entry.resolve("module-info.class");
        if (!Files.isRegularFile(info)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(info)) {
          return Optional.of(ModuleDescriptor.read(in));
        }
      }
      try (ZipFile zip = new ZipFile(entry.toFile())) {
        var info = zip.getEntry("module-info.class");
        if (info == null) {
          return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(info)) {
          return Optional.of(ModuleDescriptor.read(in));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a file opens as a zip file, as a jar must. */
  private static boolean isZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.size() >= 0;
    } catch (java.util.zip.ZipException e) {
      return false;
    } catch (IOException e) {
      return true; // a zip file or not, it cannot be read: said where it is read
    }
  }

  private static @Nullable URL servicesFile(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        Path f = entry.resolve(SERVICES);
        return Files.isRegularFile(f) ? f.toUri().toURL() : null;
      }
      try (ZipFile zip = new ZipFile(entry.toFile())) {
        return zip.getEntry(SERVICES) == null ? null
            : new URL("jar:" + entry.toUri() + "!/" + SERVICES);
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    String text = message == null ? e.getClass().getSimpleName() : message;
    if (cause != null && cause != e && (message == null || !message.contains(
        String.valueOf(cause.getMessage())))) {
      text += ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
          : cause.getMessage());
    }
    return text.replaceAll("\\s+", " ").strip();
  }

  /** {@return the registry of every loaded grader, in load order} */
  GraderRegistry registry() {
    return GraderRegistry.of(entries.values().stream().map(Entry::provider).toList());
  }

  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  List<String> problems() {
    return Collections.unmodifiableList(problems);
  }
}
