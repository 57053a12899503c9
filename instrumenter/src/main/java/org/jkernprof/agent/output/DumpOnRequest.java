package org.jkernprof.agent.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.function.Consumer;

/**
 * What {@code JKernprof.dump(Path)} runs, through the recorder runtime: writes the results so far
 * to the file it is given. A {@link Consumer} of the file name because the runtime, in the
 * bootstrap class loader, can see no agent class; a failure crosses back as {@link
 * UncheckedIOException}, a {@code java.base} type too.
 */
public final class DumpOnRequest implements Consumer<String> {
  private final ResultsSaver saver;

  public DumpOnRequest(ResultsSaver saver) {
    this.saver = saver;
  }

  @Override
  public void accept(String file) {
    try {
      saver.save(Paths.get(file).toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
