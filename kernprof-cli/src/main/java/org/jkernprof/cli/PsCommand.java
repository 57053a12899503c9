package org.jkernprof.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof ps}: the JVMs {@code jkernprof attach} can profile, as {@code attach --list}.
 */
@Command(
    name = "ps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the running JVMs that 'jkernprof attach PID' can profile, one 'PID MAIN' line each"
          + " (as jps -l): MAIN is the main class or jar the JVM reports.",
    })
final class PsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return AttachCommand.JvmList.print(spec.commandLine().getOut());
  }
}
