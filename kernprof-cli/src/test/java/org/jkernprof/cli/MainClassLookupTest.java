package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main classes are found where the java launcher would find them, before any JVM starts. */
class MainClassLookupTest {
  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void findsAClassInAFolder() {
    assertTrue(ClassPath.parse(sample.classes().toString(), dir).contains("sample.Sample"));
    assertFalse(ClassPath.parse(sample.classes().toString(), dir).contains("sample.Other"));
  }

  @Test
  void resolvesRelativeEntriesAgainstTheWorkingFolder() throws IOException {
    Files.copy(sample.jar(), dir.resolve("app.jar"));
    assertTrue(ClassPath.parse("app.jar", dir).contains("sample.Sample"));
    assertFalse(ClassPath.parse("app.jar", build).contains("sample.Sample"));
  }

  @Test
  void findsAClassInAJarAmongOtherEntries() {
    String classPath = "missing-folder" + File.pathSeparator + sample.jar();
    assertTrue(ClassPath.parse(classPath, dir).contains("sample.Sample"));
  }

  @Test
  void findsAClassInAJarOfAWildcardFolder() throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.write(lib.resolve("readme.txt"), Collections.singletonList("not a jar"));
    Files.copy(sample.jar(), lib.resolve("sample.jar"));
    assertTrue(ClassPath.parse("lib/*", dir).contains("sample.Sample"));
    assertFalse(ClassPath.parse("lib", dir).contains("sample.Sample"), "a folder is not lib/*");
  }

  @Test
  void followsTheManifestClassPathOfJars() throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib dir"));
    Files.copy(sample.jar(), lib.resolve("sample.jar"));
    Path launcher = dir.resolve("launcher.jar");
    writeManifestOnlyJar(launcher, "sample.Sample", "lib%20dir/sample.jar");
    assertTrue(ClassPath.parse("launcher.jar", dir).contains("sample.Sample"));
    // java -jar launcher.jar would find its Main-Class the same way.
    JarTarget target = JarTarget.check("launcher.jar", dir);
    assertEquals(Arrays.asList("-jar", "launcher.jar"), target.javaArguments());
  }

  @Test
  void survivesAManifestClassPathLoop() throws IOException {
    writeManifestOnlyJar(dir.resolve("a.jar"), null, "b.jar");
    writeManifestOnlyJar(dir.resolve("b.jar"), null, "a.jar");
    assertFalse(ClassPath.parse("a.jar", dir).contains("sample.Sample"));
  }

  @Test
  void acceptsTheSlashFormOfAClassNameAsJavaDoes() {
    MainClassTarget target =
        MainClassTarget.check("sample/Sample", sample.classes().toString(), dir);
    assertEquals(
        Arrays.asList("-cp", sample.classes().toString(), "sample.Sample"), target.javaArguments());
    assertEquals("sample.Sample.lprof", target.defaultResultsFileName(".lprof"));
    assertEquals("sample.Sample.prof", target.defaultResultsFileName(".prof"));
  }

  @Test
  void findsMainClassesOfTheJdk() {
    MainClassTarget.check("com.sun.tools.javac.Main", "empty", dir);
    assertThrows(
        CliException.class, () -> MainClassTarget.check("com.sun.tools.javac.Nope", "empty", dir));
  }

  @Test
  void recognisesJarsByTheirZipSignature() throws IOException {
    assertTrue(JarFiles.hasZipSignature(sample.jar()));
    Path text = Files.write(dir.resolve("fake.jar"), Collections.singletonList("PK but no"));
    assertFalse(JarFiles.hasZipSignature(text));
    Path empty = Files.write(dir.resolve("empty.jar"), new byte[0]);
    assertFalse(JarFiles.hasZipSignature(empty));
  }

  private static void writeManifestOnlyJar(Path jar, String mainClass, String classPath)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.put(Attributes.Name.CLASS_PATH, classPath);
    if (mainClass != null) {
      attributes.put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      // The manifest is the whole jar.
    }
  }
}
