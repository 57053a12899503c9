package org.jkernprof.corpus;

import java.util.SortedMap;

/**
 * A body of real class files to instrument: its name in the tally, its classes by internal name,
 * and where the verifier finds every type they refer to.
 *
 * @param id a short name for folders and logs: {@code guava}
 */
record Corpus(
    String id, String name, SortedMap<String, byte[]> classes, ClassHierarchy hierarchy) {}
