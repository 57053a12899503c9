package org.jkernprof.results;

/**
 * Constants of the {@code .prof} function-level results format, version 1.4: the frame every
 * results file shares (see {@code docs/lprof-format.md}), then
 *
 * <pre>
 * functions  u32 count, then per method:
 *              str className, str methodName, str descriptor, str sourceFile, u32 firstLine,
 *              i64 calls, i64 primitiveCalls, i64 totalNanos, i64 cumulativeNanos
 * edges      u32 count, then per edge:
 *              i32 caller (-1: unprofiled code), u32 callee,
 *              i64 calls, i64 primitiveCalls, i64 totalNanos, i64 cumulativeNanos
 * sections   from 1.1: tagged sections; ALOC (memory, 1.1), NEST and PCST (probe cost, 1.2;
 *              see {@link CallCostSections}), STCK (the sampled timer's samplings and stacks,
 *              1.3; see {@link StackSection}), PATH (the clock timer's call paths, 1.4; see
 *              {@link PathSection})
 * </pre>
 */
final class ProfFormat {
  static final byte[] MAGIC = {(byte) 0x89, 'J', 'K', 'F', 'U', 'N', 'C', '\n'};
  static final int MAJOR_VERSION = 1;
  static final int MINOR_VERSION = 4;

  private ProfFormat() {}
}
