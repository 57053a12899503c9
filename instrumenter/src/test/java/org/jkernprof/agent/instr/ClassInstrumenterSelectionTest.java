package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jkernprof.agent.instr.fixtures.Fixture;
import org.jkernprof.agent.instr.fixtures.Unmarked;
import org.jkernprof.testsupport.ExpectedHits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Include and exclude patterns in the instrumenter: methods they select behave as if marked
 * {@code @Profile}; everything they do not select stays as it was.
 */
class ClassInstrumenterSelectionTest {
  /**
   * The fixtures moved out of {@code org.jkernprof.agent}, whose classes patterns never select: the
   * fixture class and its nested classes, under their new names.
   */
  private static final String UNMARKED = "com/acme/Unmarked";

  private static final String PACKAGE = "com.acme.";
  private static final String FIXTURES = "org/jkernprof/agent/instr/fixtures/";
  private static final List<String> NESTED = List.of("", "$Shape", "$Inner", "$1");
  private static final Path UNMARKED_SOURCE =
      Path.of("src/test/java/org/jkernprof/agent/instr/fixtures/Unmarked.java");

  private final ClassLoader appLoader = getClass().getClassLoader();
  private final List<String> warnings = new ArrayList<>();
  private RecordingRuntime runtime = new RecordingRuntime(LineTimer.CLOCK);
  private ClassInstrumenter instrumenter;

  private void select(List<String> includes, List<String> excludes) {
    select(includes, excludes, LineTimer.CLOCK);
  }

  private void select(List<String> includes, List<String> excludes, LineTimer timer) {
    runtime = new RecordingRuntime(timer);
    instrumenter =
        new ClassInstrumenter(
            runtime, new ProfiledUnits(), MethodSelection.parse(includes, excludes), warnings::add);
  }

  /** Instruments {@code com/acme/Unmarked} or one of its nested classes: {@code $Shape}... */
  private byte[] instrument(String nested) throws Exception {
    return instrumenter.instrument(appLoader, UNMARKED + nested, relocated(nested));
  }

  /** A loader of the relocated classes as they were, which the verifier loads to check types. */
  private ClassLoader relocatedLoader() throws Exception {
    ClassFiles.DefiningLoader loader = new ClassFiles.DefiningLoader(appLoader);
    for (String nested : NESTED) {
      loader.define(UNMARKED + nested, relocated(nested));
    }
    return loader;
  }

  private static byte[] relocated(String nested) throws Exception {
    Map<String, String> names = new HashMap<>();
    for (String n : NESTED) {
      names.put(FIXTURES + "Unmarked" + n, UNMARKED + n);
    }
    byte[] original =
        ClassFiles.bytesOf(Class.forName((FIXTURES + "Unmarked" + nested).replace('/', '.')));
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(original).accept(new ClassRemapper(writer, new SimpleRemapper(names)), 0);
    return writer.toByteArray();
  }

  @Test
  void aMethodPatternSelectsOnlyTheMethodsItNames() throws Exception {
    select(List.of(PACKAGE + "Unmarked#build*"), List.of());
    byte[] instrumented = instrument("");

    assertEquals(Set.of("buildTotal", "buildNothing"), runtime.registeredMethods());
    assertEquals(
        Set.of("buildTotal", "buildNothing", "lambda$buildTotal$0"), probedMethods(instrumented));
    assertEquals(List.of(), warnings);
    assertEquals("", ClassFiles.verify(instrumented, relocatedLoader()));
  }

  @Test
  void aClassPatternSelectsMethodsAndConstructorsButNotTheStaticInitializerBridgesOrLambdas()
      throws Exception {
    select(List.of(PACKAGE + "Unmarked"), List.of());
    byte[] instrumented = instrument("");

    assertEquals(
        Set.of("<init>", "buildTotal", "buildNothing", "task", "compareTo", "run"),
        runtime.registeredMethods());
    assertEquals(
        List.of("(L" + UNMARKED + ";)I"),
        runtime.descriptorsOf("compareTo"),
        "only the real compareTo, not its bridge");
    assertEquals(List.of(), warnings, "the native method of a selected class is passed over");
    assertEquals("", ClassFiles.verify(instrumented, relocatedLoader()));
  }

  @Test
  void constructorsAreNamedEitherWay() throws Exception {
    for (String name : List.of("<init>", "Unmarked")) {
      select(List.of(PACKAGE + "Unmarked#" + name), List.of());
      runtime.registered.clear();
      assertNotNull(instrument(""));
      assertEquals(Set.of("<init>"), runtime.registeredMethods(), name);
    }
  }

  @Test
  void aStaticInitializerIsSelectedOnlyByItsOwnName() throws Exception {
    select(List.of(PACKAGE + "Unmarked#<clinit>"), List.of());
    byte[] instrumented = instrument("");
    assertEquals(Set.of("<clinit>"), runtime.registeredMethods());
    assertEquals("", ClassFiles.verify(instrumented, relocatedLoader()));
  }

  @Test
  void warnsAboutMethodsWithoutCodeOnlyWhenAPatternNamesThem() throws Exception {
    select(List.of(PACKAGE + "Unmarked$Shape", PACKAGE + "Unmarked"), List.of());
    assertNotNull(instrument("$Shape"));
    assertNotNull(instrument(""));
    assertEquals(List.of(), warnings);

    select(List.of(PACKAGE + "Unmarked$Shape#area", PACKAGE + "Unmarked#native*"), List.of());
    assertNull(instrument("$Shape"));
    assertNull(instrument(""));
    assertEquals(
        List.of(
            "not profiling " + PACKAGE + "Unmarked$Shape.area(): it is abstract and has no code",
            "not profiling " + PACKAGE + "Unmarked.nativeClock(): it is native and has no code"),
        warnings);
  }

  @Test
  void bridgeMethodsAreNeverSelectedNorWarnedAbout() throws Exception {
    select(List.of(PACKAGE + "Unmarked#compareTo"), List.of());
    assertNotNull(instrument(""));
    assertEquals(List.of("(L" + UNMARKED + ";)I"), runtime.descriptorsOf("compareTo"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void excludePatternsWinOverIncludePatterns() throws Exception {
    select(List.of(PACKAGE + "Unmarked"), List.of(PACKAGE + "Unmarked#build*", "**#run"));
    byte[] instrumented = instrument("");
    assertEquals(Set.of("<init>", "task", "compareTo"), runtime.registeredMethods());
    assertEquals(Set.of("<init>", "task", "compareTo"), probedMethods(instrumented));
  }

  @Test
  void excludePatternsWinOverProfileAnnotations() throws Exception {
    select(List.of(), List.of("**.Fixture#sum", "**.Fixture#<init>"));
    byte[] instrumented =
        instrumenter.instrument(appLoader, "x/Fixture", ClassFiles.bytesOf(Fixture.class));
    assertEquals(Set.of("caught", "forEach", "escapes", "waitFor"), probedMethods(instrumented));
  }

  @Test
  void anExcludedClassIsNotEvenParsed() throws Exception {
    select(List.of(PACKAGE + "*"), List.of(PACKAGE + "Unmarked"));
    assertNull(instrument(""));
    assertEquals(Set.of(), runtime.registeredMethods());
  }

  @Test
  void nestedClassesAreSelectedByTheirOwnNames() throws Exception {
    select(List.of(PACKAGE + "Unmarked"), List.of());
    assertNull(instrument("$Inner"), "Unmarked selects that class only");

    select(List.of(PACKAGE + "Unmarked$*"), List.of());
    assertNull(instrument(""), "Unmarked$* selects the nested classes only");
    assertNotNull(instrument("$Inner"));
    assertEquals(Set.of("<init>", "get"), runtime.registeredMethods());
  }

  @Test
  void anonymousClassesReportIntoTheSelectedMethodTheyAreWrittenIn() throws Exception {
    select(List.of(PACKAGE + "Unmarked#task"), List.of());
    assertNotNull(instrument(""));
    byte[] anonymous = instrument("$1");

    assertNotNull(anonymous);
    assertEquals(Set.of("<init>", "run"), probedMethods(anonymous));
    assertEquals(Set.of("task"), runtime.registeredMethods(), "no listing of their own");
  }

  @Test
  void anonymousClassesAreNeverSelectedOnTheirOwn() throws Exception {
    select(List.of(PACKAGE + "Unmarked$*"), List.of());
    assertNull(instrument(""));
    assertNull(instrument("$1"));
    assertEquals(Set.of(), runtime.registeredMethods());
  }

  @Test
  void classesOfTheBootAndPlatformLoadersAreNeverSelectedByPatterns() throws Exception {
    select(List.of("**"), List.of());
    byte[] original = relocated("");
    assertNull(instrumenter.instrument(null, UNMARKED, original));
    assertNull(instrumenter.instrument(ClassLoader.getPlatformClassLoader(), UNMARKED, original));
    assertNotNull(instrumenter.instrument(appLoader, UNMARKED, original));
  }

  @ParameterizedTest
  @EnumSource(LineTimer.class)
  void aSelectedMethodRunsAndItsLambdaReportsIntoIt(LineTimer timer) throws Exception {
    String name = "x/UnmarkedRun" + timer;
    select(List.of("x.UnmarkedRun" + timer + "#build*"), List.of(), timer);
    byte[] renamed =
        ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Unmarked.class), name, Opcodes.V17);
    ClassFiles.DefiningLoader loader = new ClassFiles.DefiningLoader(appLoader);
    byte[] instrumented = instrumenter.instrument(loader, name, renamed);

    assertEquals(3 * 2, loader.define(name, instrumented).getMethod("run").invoke(null));
    Map<Integer, Long> ran =
        new TreeMap<>(ClassInstrumenterTest.hitsByLine("x.UnmarkedRun" + timer));
    ran.values().removeIf(hits -> hits == 0); // buildNothing's line, which did not run
    assertEquals(ExpectedHits.byLine(UNMARKED_SOURCE), ran);
    assertEquals(Set.of("buildTotal", "buildNothing"), runtime.registeredMethods());
  }

  /** The methods of a class file that call the recorder. */
  private Set<String> probedMethods(byte[] classfile) {
    ClassNode cls = new ClassNode();
    new ClassReader(classfile).accept(cls, 0);
    Set<String> probed = new TreeSet<>();
    for (MethodNode m : cls.methods) {
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof MethodInsnNode
            && (((MethodInsnNode) insn).owner.equals(runtime.recorderClass())
                || ((MethodInsnNode) insn).owner.equals(runtime.countersClass()))) {
          probed.add(m.name);
          break;
        }
      }
    }
    return probed;
  }

  /** The test runtime, remembering every method registered as a listing of its own. */
  private static final class RecordingRuntime implements ProbeRuntime {
    private final DirectRuntime direct;
    final List<String[]> registered = new ArrayList<>();

    RecordingRuntime(LineTimer timer) {
      direct = new DirectRuntime(timer);
    }

    @Override
    public LineTimer lineTimer() {
      return direct.lineTimer();
    }

    @Override
    public int registerHitTable(int[] slots) {
      return direct.registerHitTable(slots);
    }

    @Override
    public String recorderClass() {
      return direct.recorderClass();
    }

    @Override
    public String countersClass() {
      return direct.countersClass();
    }

    @Override
    public int registerMethod(
        String className, String methodName, String descriptor, String sourceFile) {
      registered.add(new String[] {methodName, descriptor});
      return direct.registerMethod(className, methodName, descriptor, sourceFile);
    }

    @Override
    public int registerLine(int methodId, int line, boolean nested) {
      return direct.registerLine(methodId, line, nested);
    }

    Set<String> registeredMethods() {
      Set<String> names = new TreeSet<>();
      for (String[] method : registered) {
        names.add(method[0]);
      }
      return names;
    }

    List<String> descriptorsOf(String methodName) {
      List<String> descriptors = new ArrayList<>();
      for (String[] method : registered) {
        if (method[0].equals(methodName)) {
          descriptors.add(method[1]);
        }
      }
      return descriptors;
    }
  }
}
