package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * What a child JVM said about a list of classes it loaded: how many linked (so passed the JVM's
 * verifier), the verification and format errors (failures), and the classes that could not be
 * linked for other reasons, such as an optional dependency that is absent.
 */
record LinkResult(int classes, int linked, List<String> failures, List<String> unlinkable) {

  static LinkResult sum(LinkResult a, LinkResult b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    List<String> failures = new ArrayList<>(a.failures);
    failures.addAll(b.failures);
    List<String> unlinkable = new ArrayList<>(a.unlinkable);
    unlinkable.addAll(b.unlinkable);
    return new LinkResult(a.classes + b.classes, a.linked + b.linked, failures, unlinkable);
  }
}
