package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceResolverTest {
  @TempDir Path cwd;

  @Test
  void searchPathPutsUserFoldersFirstThenWorkingDirectoryThenAroundTheMavenJar() {
    Path project = cwd.resolve("shop");
    List<Path> path =
        SourceResolver.searchPath(
            List.of(Path.of("/opt/lib/src"), Path.of("extra")),
            cwd,
            Optional.of(Path.of("shop/target/shop-1.0.jar")));
    assertEquals(
        List.of(
            Path.of("/opt/lib/src"),
            Path.of("extra"),
            cwd.resolve("src/main/java"),
            cwd.resolve("src/test/java"),
            project.resolve("src/main/java"),
            project.resolve("src/test/java"),
            project.resolve("target/shop-1.0-sources.jar"),
            cwd),
        path);
  }

  @Test
  void searchPathListsEachPlaceOnceWhenTheJarIsInTheWorkingDirectorysTarget() {
    List<Path> path =
        SourceResolver.searchPath(List.of(), cwd, Optional.of(Path.of("target/app.jar")));
    assertEquals(
        List.of(
            cwd.resolve("src/main/java"),
            cwd.resolve("src/test/java"),
            cwd.resolve("target/app-sources.jar"),
            cwd),
        path);
  }

  @Test
  void searchPathUnderstandsGradlesBuildLibs() {
    List<Path> path =
        SourceResolver.searchPath(List.of(), cwd, Optional.of(cwd.resolve("p/build/libs/p.jar")));
    assertTrue(path.contains(cwd.resolve("p/src/main/java")), path.toString());
    assertTrue(path.contains(cwd.resolve("p/build/libs/p-sources.jar")), path.toString());
  }

  @Test
  void searchPathWithoutAJarLooksOnlyInTheWorkingDirectory() {
    assertEquals(
        List.of(cwd.resolve("src/main/java"), cwd.resolve("src/test/java"), cwd),
        SourceResolver.searchPath(List.of(), cwd, Optional.empty()));
  }

  @Test
  void sourcesJarSitsBesideTheJarWithItsVersion() {
    assertEquals("app-sources.jar", SourceResolver.sourcesJarName("app.jar"));
    assertEquals("app-1.0-sources.jar", SourceResolver.sourcesJarName("app-1.0.jar"));
  }

  @Test
  void applicationJarIsTheCommandsFirstTokenWhenItIsAJar() {
    assertEquals(
        Optional.of(Path.of("target/app.jar")),
        SourceResolver.applicationJar("target/app.jar --size 10", cwd));
    assertEquals(Optional.of(Path.of("app.jar")), SourceResolver.applicationJar("app.jar", cwd));
    assertEquals(Optional.empty(), SourceResolver.applicationJar("com.acme.Main app.jar", cwd));
    assertEquals(Optional.empty(), SourceResolver.applicationJar("", cwd));
    assertEquals(Optional.empty(), SourceResolver.applicationJar(null, cwd));
  }

  @Test
  void applicationJarMayHaveBlanksInItsPathWhenThatFileExists() throws IOException {
    write(cwd.resolve("my app/target/app.jar"), "jar");
    assertEquals(
        Optional.of(Path.of("my app/target/app.jar")),
        SourceResolver.applicationJar("my app/target/app.jar 0 a.jar b", cwd));
  }

  @Test
  void findsTheFileInTheFirstRootThatHasIt() throws IOException {
    write(cwd.resolve("a/com/acme/Foo.java"), "class Foo { /* a */ }");
    write(cwd.resolve("b/com/acme/Foo.java"), "class Foo { /* b */ }");
    write(cwd.resolve("b/com/acme/Bar.java"), "class Bar {}");
    SourceResolver resolver =
        new SourceResolver(List.of(Path.of("missing"), Path.of("a"), Path.of("b")), cwd);

    FoundSource foo = resolver.find("com/acme/Foo.java").orElseThrow();
    assertEquals(Path.of("a/com/acme/Foo.java").toString(), foo.displayPath());
    assertEquals("class Foo { /* a */ }", foo.text().orElseThrow());
    assertEquals(
        Path.of("b/com/acme/Bar.java").toString(),
        resolver.find("com/acme/Bar.java").orElseThrow().displayPath());
    assertFalse(resolver.find("com/acme/Baz.java").isPresent());
  }

  @Test
  void findsTheFileInASourcesJarAndNamesTheEntry() throws IOException {
    Path jar = cwd.resolve("libs/app-sources.jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/acme/Foo.java"));
      out.write("class Foo {}".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    SourceResolver resolver = new SourceResolver(List.of(jar), cwd);

    FoundSource foo = resolver.find("com/acme/Foo.java").orElseThrow();
    assertEquals(Path.of("libs/app-sources.jar") + "!/com/acme/Foo.java", foo.displayPath());
    assertEquals("class Foo {}", foo.text().orElseThrow());
    assertFalse(resolver.find("com/acme/Bar.java").isPresent());
  }

  @Test
  void skipsARootThatIsNotAnArchive() throws IOException {
    write(cwd.resolve("not-a.jar"), "plain text");
    write(cwd.resolve("src/com/acme/Foo.java"), "class Foo {}");
    SourceResolver resolver =
        new SourceResolver(List.of(Path.of("not-a.jar"), Path.of("src")), cwd);
    assertEquals(
        Path.of("src/com/acme/Foo.java").toString(),
        resolver.find("com/acme/Foo.java").orElseThrow().displayPath());
  }

  @Test
  void showsFilesOutsideTheWorkingDirectoryByTheirAbsolutePath(@TempDir Path elsewhere)
      throws IOException {
    Path file = write(elsewhere.resolve("com/acme/Foo.java"), "class Foo {}");
    SourceResolver resolver = new SourceResolver(List.of(elsewhere), cwd);
    assertEquals(
        file.toAbsolutePath().normalize().toString(),
        resolver.find("com/acme/Foo.java").orElseThrow().displayPath());
  }

  @Test
  void decodesUtf8AndDropsAByteOrderMark() throws IOException {
    write(cwd.resolve("com/acme/Foo.java"), "\uFEFFclass Foo { String s = \"h\u00e9\"; }");
    SourceResolver resolver = new SourceResolver(List.of(cwd), cwd);
    assertEquals(
        "class Foo { String s = \"h\u00e9\"; }",
        resolver.find("com/acme/Foo.java").orElseThrow().text().orElseThrow());
  }

  @Test
  void describesTheRootsItSearched() {
    SourceResolver resolver =
        new SourceResolver(
            SourceResolver.searchPath(List.of(Path.of("lib/src")), cwd, Optional.empty()), cwd);
    assertEquals(
        String.join(
            ", ",
            Path.of("lib/src").toString(),
            Path.of("src/main/java").toString(),
            Path.of("src/test/java").toString(),
            "."),
        resolver.describeRoots());
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
