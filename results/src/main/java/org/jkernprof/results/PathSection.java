package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .prof} section of the clock timer's calling-context tree (format 1.4): u32 the paths,
 * and per path i64 calls, i64 own nanoseconds as measured, i64 child calls (the profiled calls its
 * frames made), u32 depth and per frame, root first, i32 method index; the other path is the one
 * frame {@link CallPath#OTHER}. Files without it keep no paths.
 */
final class PathSection {
  /** The section's tag: {@code 'PATH'}. */
  static final int TAG = 0x50415448;

  /** The fewest bytes a path takes: calls, nanoseconds, child calls, depth and one frame. */
  private static final int MIN_PATH_BYTES = 8 + 8 + 8 + 4 + 4;

  private PathSection() {}

  static void write(List<CallPath> paths, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    out.writeInt(paths.size());
    for (CallPath path : paths) {
      out.writeLong(path.calls());
      out.writeLong(path.ownNanos());
      out.writeLong(path.probes().childCalls());
      out.writeInt(path.depth());
      for (int i = 0; i < path.depth(); i++) {
        out.writeInt(path.method(i));
      }
    }
  }

  /** The paths, whose frames name methods below {@code methods}. */
  static List<CallPath> read(ResultsFileReader reader, int methods) throws ResultsFormatException {
    int count = reader.count(MIN_PATH_BYTES);
    List<CallPath> paths = new ArrayList<>(count);
    ByteBuffer in = reader.in();
    for (int p = 0; p < count; p++) {
      long calls = reader.nonNegative("path calls");
      long nanos = reader.nonNegative("path time");
      long childCalls = reader.nonNegative("path child calls");
      int depth = reader.count(4);
      if (depth == 0) {
        throw reader.corrupt("an empty call path");
      }
      int[] frames = new int[depth];
      for (int i = 0; i < depth; i++) {
        frames[i] = in.getInt();
        if (frames[i] >= methods
            || (frames[i] < 0 && !(frames[i] == CallPath.OTHER && depth == 1))) {
          throw reader.corrupt("a call path names no method");
        }
      }
      paths.add(new CallPath(frames, calls, nanos, childCalls));
    }
    return paths;
  }
}
