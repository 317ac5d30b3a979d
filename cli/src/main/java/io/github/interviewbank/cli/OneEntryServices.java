package io.github.interviewbank.cli;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * A view of the grader path's class loader through which {@link java.util.ServiceLoader} sees one
 * entry's provider list only: classes (and every other resource) come from the shared loader, so a
 * grader may use classes from other entries, while a provider that fails is known to come from
 * this entry.
 */
final class OneEntryServices extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final ClassLoader shared;
  private final URL services;

  OneEntryServices(ClassLoader shared, URL services) {
    super("grader-path-entry", null);
    this.shared = shared;
    this.services = services;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    return shared.loadClass(name);
  }

  @Override
  public @Nullable URL getResource(String name) {
    return name.equals(GraderCatalog.SERVICES) ? services : shared.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(GraderCatalog.SERVICES) ? Collections.enumeration(java.util.List.of(services))
        : shared.getResources(name);
  }
}
