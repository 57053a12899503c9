package org.jkernprof.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jkernprof.agent.inject.RuntimeInjector;

/**
 * The recorder runtime's class files under the names probes call them by ({@code
 * java/lang/$jkernprof_1$LineCounters}), read from the runtime as built ({@code
 * org/jkernprof/agent/rt/LineCounters}), so a verifier can resolve what the probes name.
 */
final class RuntimeClassFiles implements ClassFileSource {
  private final String injectedPrefix = RuntimeInjector.injectedName("");

  @Override
  public byte[] read(String internalName) {
    if (!internalName.startsWith(injectedPrefix)) {
      return null;
    }
    String built =
        RuntimeInjector.SOURCE_PACKAGE + internalName.substring(injectedPrefix.length()) + ".class";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(built)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
