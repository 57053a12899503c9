package org.jkernprof.results;

/**
 * Constants of the {@code .lprof} results format, version 1.4. The full layout is documented in
 * {@code docs/lprof-format.md}; in short, all numbers big-endian:
 *
 * <pre>
 * magic       8 bytes  0x89 'J' 'K' 'P' 'R' 'O' 'F' '\n'
 * version     u16 major, u16 minor
 * flags       u32      reserved, 0 in version 1.0
 * timer unit  f64      seconds per stored time unit (1e-9)
 * run         str command, str jvmVersion, i64 startEpochMillis, i64 durationNanos
 * methods     u32 count, then per method:
 *               str className, str methodName, str descriptor, str sourceFile,
 *               i64 totalNanos (time in the method's own frames), u32 lineCount, then per line: u32 line, i64 hits, i64 nanos
 * sections    (1.1) until the checksum: u32 tag, u32 length, body; readers skip unknown tags
 *               'TEST': u32 count, then per test: str name, i64 durationNanos, u8 concurrent,
 *               u32 methodCount, then per method: u32 methodIndex, i64 totalNanos, u32 lineCount,
 *               then per line reached: u32 line, i64 hits, i64 nanos
 *             'ALOC' (1.1, with -m): per method i64 allocated, then per line i64 allocated, i64 heap
 *             'PRBE' (1.2): u32 count, then per calibration u32 points, per point f64 line ns
 *               and f64 ns charged per probe, then f64 spread, f64 entry ns, f64 its spread,
 *               f64 interpreted probe ns; then per method
 *               i64 probe nanos taken out of its total, then per line: i64 probes, i64 entries,
 *               i64 probe nanos, i64 their uncertainty
 *             'SMPL' (1.3, the sampled timer): u32 runs, then per run i64 interval nanos, i64
 *               samples taken; then per method, per line: i64 samples whose stack held the line
 *             'SRCT' (1.4, written where the sources are at hand): u32 count, then per method
 *               that has its text: u32 method index, str file, str name, u32 declaration line,
 *               u32 lines, then per line u32 number, str text
 * checksum    u32      CRC-32 of every byte before it
 * </pre>
 *
 * where {@code str} is a u32 byte length followed by that many bytes of UTF-8.
 */
final class LprofFormat {
  static final byte[] MAGIC = {(byte) 0x89, 'J', 'K', 'P', 'R', 'O', 'F', '\n'};
  static final int MAJOR_VERSION = 1;
  static final int MINOR_VERSION = 4;

  private LprofFormat() {}
}
