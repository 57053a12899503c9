package org.jkernprof.corpus;

/** Why a method of the corpus got no probes. */
enum Skip {
  NO_CODE("abstract or native"),
  BRIDGE("bridge"),
  NO_LINES("no line numbers"),
  TOO_LARGE("over 64 KB with probes"),
  GENERATED("compiler-generated, outside profiled code"),
  NESTED("anonymous/local class outside a profiled method"),
  ANNOTATION("annotation interface"),
  UNEXPLAINED("unexplained");

  final String label;

  Skip(String label) {
    this.label = label;
  }
}
