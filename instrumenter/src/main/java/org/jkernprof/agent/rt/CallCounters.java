package org.jkernprof.agent.rt;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * One thread's function-level counters: per caller-callee pair the calls, primitive (non-recursive)
 * calls, the callee's own time and its cumulative time, and the profiled calls its frames made
 * (directly, and anywhere below the frames its cumulative time counts: what the report needs to
 * take the probes' own cost out of those times), plus the stack of active profiled frames. A
 * method's totals are the sums over the pairs it is the callee of, taken when a snapshot is made,
 * so a call updates one pair's counters only. Probes call {@link #push} at method entry and {@link
 * #exit} when the frame ends; only the owning thread writes here, so the hot path takes no lock and
 * allocates nothing (the caller-callee table is an open-addressing table of primitives that grows
 * rarely).
 *
 * <p>Beside the pairs it keeps the thread's calling-context tree: a node per distinct path of
 * profiled methods from the thread's outermost profiled frame, with the calls that took that path,
 * their own time (as the pair's) and the profiled calls they made. Recursion makes deeper paths, as
 * it should. The tree is bounded (see {@link #NODE_LIMIT}): past the bound, a frame that needs a
 * new node, and every frame under it, goes to one "other" node under the root.
 */
public final class CallCounters {
  /**
   * Frames and caller-callee pairs there is room for at first. Small, since a program may run a
   * million threads, each with counters of its own (the live ones at once); the tables double when
   * full, which costs a thread that goes deeper a few copies once.
   */
  private static final int INITIAL_SIZE = 8;

  /**
   * Tree nodes a thread keeps at most, besides its root and its other node (the results name the
   * same bound, {@code CallPath.NODES_PER_THREAD}: the runtime, defined in java.base, refers to no
   * other module's class). A node costs about 50 bytes, so a thread's tree stays under 3 MB, and a
   * snapshot writes every node's whole path: enough for the distinct paths of a large program's
   * thread, while a recursion over many methods cannot grow it without end.
   */
  static final int NODE_LIMIT = 50_000;

  /**
   * Longest path a node may have; deeper frames go to the other node ({@code CallPath.MAX_DEPTH}).
   * A snapshot writes each node's whole path, so a recursion a million frames deep would otherwise
   * write paths of a million frames each.
   */
  static final int DEPTH_LIMIT = 1_000;

  /** The tree's root: the sentinel frame's node, the caller of frames outside profiled code. */
  private static final int ROOT = 0;

  /** Longs per node in {@link #nodeStats}, as {@link CallSnapshot#PATH_LONGS} lays them out. */
  static final int NODE = CallSnapshot.PATH_LONGS;

  /** Per method id: how many of its frames are active on this thread. */
  private int[] active;

  /** Longs per frame in {@link #frames}. */
  private static final int FRAME = 7;

  /** Longs per edge in {@link #edgeStats}. */
  private static final int EDGE = 6;

  /**
   * Seven longs per active frame (1 up to depth): method id, caller-callee edge, start, time in
   * children, profiled calls it made itself, {@link #pushes} when it started, and its tree node.
   * Frame 0 is a sentinel whose method is -1 and node the root: the caller of calls from code that
   * is not profiled. One array, so a call touches one or two cache lines of it.
   */
  private long[] frames = new long[FRAME * INITIAL_SIZE];

  private int depth;

  /** Frames this thread has opened: a frame's nested calls are the difference over its life. */
  private long pushes;

  /**
   * Per edge: calls, primitive calls, callee's own nanoseconds, callee's cumulative nanoseconds,
   * profiled calls the callee's frames made themselves ("child calls"), and profiled calls made
   * anywhere inside the frames whose time went to the cumulative time ("nested calls").
   */
  private long[] edgeStats = new long[EDGE * INITIAL_SIZE];

  private int[] edgeCaller = new int[INITIAL_SIZE];
  private int[] edgeCallee = new int[INITIAL_SIZE];
  private int edgeCount;

  /** Open addressing: edge index + 1 per bucket, 0 for empty; keys packed caller and callee. */
  private int[] edgeBuckets = new int[2 * INITIAL_SIZE];

  private long[] edgeKeys = new long[INITIAL_SIZE];

  /**
   * Per method id: the parent node of its last frame (high half) and that frame's node (low half),
   * so the usual call from the usual path skips the node table with one load; -1 before any.
   */
  private long[] lastNode;

  /** Per node: its parent node (the root's: -1), its method (the other node's: -1), its depth. */
  private int[] nodeParent = new int[INITIAL_SIZE];

  private int[] nodeMethod = new int[INITIAL_SIZE];
  private int[] nodeDepth = new int[INITIAL_SIZE];

  /** Per node of a path: its caller-callee pair's edge, found once when the node is made. */
  private int[] nodeEdge = new int[INITIAL_SIZE];

  /**
   * {@link #NODE} longs per node: calls (counted as frames close; a snapshot adds the open ones),
   * own nanoseconds, profiled calls its frames made.
   */
  private long[] nodeStats = new long[NODE * INITIAL_SIZE];

  private int nodeCount;

  /** Nodes of paths, the root and the other node left out: what {@link #nodeLimit} bounds. */
  private int pathNodes;

  private final int nodeLimit;

  /** The other node, once the bound made it; -1 before. */
  private int otherNode = -1;

  /** Open addressing: node + 1 per bucket, 0 for empty; keys packed parent node and method. */
  private int[] nodeBuckets = new int[2 * INITIAL_SIZE];

  private long[] nodeKeys = new long[INITIAL_SIZE];

  /** This thread's counters for frames started while recording is off; never summed. */
  private CallCounters discarded;

  /** With memory counting, the thread's allocated-bytes counter; else null. */
  private final LongSupplier allocatedBytes;

  /**
   * With memory counting, per active frame: allocated-bytes counter at entry, bytes in children.
   */
  private long[] frameAllocs;

  /** With memory counting, per edge: the callee's own bytes, its cumulative bytes. */
  private long[] edgeAllocs;

  CallCounters(int methodCapacity, LongSupplier allocatedBytes) {
    this(methodCapacity, allocatedBytes, NODE_LIMIT);
  }

  /** Counters whose tree keeps at most {@code nodeLimit} nodes of paths: tests use a small one. */
  CallCounters(int methodCapacity, LongSupplier allocatedBytes, int nodeLimit) {
    this.nodeLimit = nodeLimit;
    this.allocatedBytes = allocatedBytes;
    if (allocatedBytes != null) {
      frameAllocs = new long[2 * INITIAL_SIZE];
      edgeAllocs = new long[2 * INITIAL_SIZE];
    }
    active = new int[methodCapacity];
    lastNode = new long[methodCapacity];
    Arrays.fill(lastNode, -1L);
    frames[0] = -1;
    frames[6] = ROOT;
    nodeParent[ROOT] = -1;
    nodeMethod[ROOT] = -1;
    nodeCount = 1;
  }

  /** The counters frames use while recording is off: like these, but never in a snapshot. */
  CallCounters discarding() {
    CallCounters d = discarded;
    if (d == null) {
      d = new CallCounters(active.length, allocatedBytes, nodeLimit);
      discarded = d;
    }
    return d;
  }

  /** Makes room for method ids below {@code capacity}; called at frame entry. */
  void ensureCapacity(int capacity) {
    if (active.length < capacity) {
      int old = active.length;
      int size = Math.max(capacity, old * 2);
      active = Arrays.copyOf(active, size);
      lastNode = Arrays.copyOf(lastNode, size);
      Arrays.fill(lastNode, old, size, -1L);
    }
  }

  /**
   * Opens a frame of method {@code id}, called from the innermost active frame (or from code that
   * is not profiled), and returns its index for {@link #exit}.
   */
  public int push(int id) {
    int frame = depth + 1;
    long[] f = frames;
    int at = FRAME * frame;
    if (at + FRAME > f.length) {
      f = growFrames();
    }
    long parent = f[at - FRAME + 6];
    long last = lastNode[id];
    // The node's calls are counted when the frame closes, beside its time: one cache line.
    int node = (last >>> 32) == parent ? (int) last : node((int) parent, id);
    // A path's node names its caller-callee pair; the other node stands for many pairs.
    int edge = node != otherNode ? nodeEdge[node] : lookUpEdge((int) f[at - FRAME], id);
    long[] e = edgeStats;
    e[EDGE * edge]++;
    if (active[id]++ == 0) {
      e[EDGE * edge + 1]++;
    }
    // The caller's child calls; frame 0's are never read.
    f[at - FRAME + 4]++;
    f[at] = id;
    f[at + 1] = edge;
    f[at + 3] = 0;
    f[at + 4] = 0;
    f[at + 5] = ++pushes;
    f[at + 6] = node;
    depth = frame;
    f[at + 2] = System.nanoTime();
    return frame;
  }

  /** {@link #push} when memory is counted: also notes the thread's allocated bytes. */
  public int pushWithMemory(int id) {
    int frame = push(id);
    long[] fa = frameAllocs;
    if (2 * frame + 1 >= fa.length) {
      fa = Arrays.copyOf(fa, Math.max(2 * frame + 2, fa.length * 2));
      frameAllocs = fa;
    }
    fa[2 * frame + 1] = 0;
    fa[2 * frame] = allocatedBytes.getAsLong();
    return frame;
  }

  /**
   * {@link #exit} when memory is counted: the bytes allocated in the frame go to its edge, its own
   * (without its profiled callees') and cumulative, as its time does.
   */
  public void exitWithMemory(int frame) {
    long allocated = allocatedBytes.getAsLong();
    long now = System.nanoTime();
    while (depth > frame) {
      closeAllocation(depth, allocated);
      close(depth, now);
    }
    closeAllocation(frame, allocated);
    close(frame, now);
  }

  private void closeAllocation(int frame, long allocated) {
    long[] fa = frameAllocs;
    int id = (int) frames[FRAME * frame];
    int edge = (int) frames[FRAME * frame + 1];
    long total = allocated - fa[2 * frame];
    long[] ea = edgeAllocs;
    ea[2 * edge] += total - fa[2 * frame + 1];
    if (active[id] == 1) {
      ea[2 * edge + 1] += total;
    }
    // The caller's bytes in children; frame 0's are never read.
    fa[2 * frame - 1] += total;
  }

  /** Closes frame {@code frame}, and any frame above it an exception left without closing. */
  public void exit(int frame) {
    long now = System.nanoTime();
    while (depth > frame) {
      close(depth, now);
    }
    close(frame, now);
  }

  private void close(int frame, long now) {
    long[] f = frames;
    int at = FRAME * frame;
    int id = (int) f[at];
    int edge = (int) f[at + 1];
    long elapsed = now - f[at + 2];
    long own = elapsed - f[at + 3];
    long[] e = edgeStats;
    int stats = EDGE * edge;
    e[stats + 2] += own;
    e[stats + 4] += f[at + 4];
    if (--active[id] == 0) {
      e[stats + 3] += elapsed;
      e[stats + 5] += pushes - f[at + 5];
    }
    long[] n = nodeStats;
    int node = NODE * (int) f[at + 6];
    n[node]++;
    n[node + 1] += own;
    n[node + 2] += f[at + 4];
    depth = frame - 1;
    // Frame 0's children are time outside any profiled frame: kept, never read.
    f[at - FRAME + 3] += elapsed;
  }

  private int lookUpEdge(int caller, int callee) {
    long key = ((long) (caller + 1) << 32) | callee;
    int[] buckets = edgeBuckets;
    int mask = buckets.length - 1;
    int bucket = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (true) {
      int entry = buckets[bucket];
      if (entry == 0) {
        return addEdge(key, caller, callee);
      }
      if (edgeKeys[entry - 1] == key) {
        return entry - 1;
      }
      bucket = (bucket + 1) & mask;
    }
  }

  private int addEdge(long key, int caller, int callee) {
    int edge = edgeCount++;
    if (edge == edgeCaller.length) {
      int size = edge * 2;
      edgeCaller = Arrays.copyOf(edgeCaller, size);
      edgeCallee = Arrays.copyOf(edgeCallee, size);
      edgeKeys = Arrays.copyOf(edgeKeys, size);
      edgeStats = Arrays.copyOf(edgeStats, EDGE * size);
      if (edgeAllocs != null) {
        edgeAllocs = Arrays.copyOf(edgeAllocs, 2 * size);
      }
    }
    edgeCaller[edge] = caller;
    edgeCallee[edge] = callee;
    edgeKeys[edge] = key;
    if (2 * edgeCount > edgeBuckets.length) {
      rehash(edgeBuckets.length * 2);
    } else {
      insertBucket(edgeBuckets, key, edge);
    }
    return edge;
  }

  private void rehash(int size) {
    int[] buckets = new int[size];
    for (int edge = 0; edge < edgeCount; edge++) {
      insertBucket(buckets, edgeKeys[edge], edge);
    }
    edgeBuckets = buckets;
  }

  private static void insertBucket(int[] buckets, long key, int edge) {
    int mask = buckets.length - 1;
    int bucket = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (buckets[bucket] != 0) {
      bucket = (bucket + 1) & mask;
    }
    buckets[bucket] = edge + 1;
  }

  /** The node of a frame of {@code method} under {@code parent}: found, made, or the other node. */
  private int node(int parent, int method) {
    int node = parent == otherNode ? parent : lookUpNode(parent, method);
    lastNode[method] = ((long) parent << 32) | node;
    return node;
  }

  private int lookUpNode(int parent, int method) {
    long key = ((long) parent << 32) | method;
    int[] buckets = nodeBuckets;
    int mask = buckets.length - 1;
    int bucket = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (true) {
      int entry = buckets[bucket];
      if (entry == 0) {
        return addNode(key, parent, method);
      }
      if (nodeKeys[entry - 1] == key) {
        return entry - 1;
      }
      bucket = (bucket + 1) & mask;
    }
  }

  /** A new node, or the other node when the tree is full or the path too deep. */
  private int addNode(long key, int parent, int method) {
    if (pathNodes >= nodeLimit || nodeDepth[parent] >= DEPTH_LIMIT) {
      return otherNode >= 0 ? otherNode : (otherNode = appendNode(ROOT, CallSnapshot.OTHER_PATHS));
    }
    pathNodes++;
    int node = appendNode(parent, method);
    nodeKeys[node] = key;
    // The parent's method is the caller's: the root's, -1, stands for code that is not profiled.
    nodeEdge[node] = lookUpEdge(nodeMethod[parent], method);
    if (2 * nodeCount > nodeBuckets.length) {
      int[] buckets = new int[nodeBuckets.length * 2];
      for (int n = 0; n < nodeCount; n++) {
        if (n != ROOT && n != otherNode) {
          insertBucket(buckets, nodeKeys[n], n);
        }
      }
      nodeBuckets = buckets;
    } else {
      insertBucket(nodeBuckets, key, node);
    }
    return node;
  }

  private int appendNode(int parent, int method) {
    int node = nodeCount;
    if (node == nodeParent.length) {
      int size = node * 2;
      nodeParent = Arrays.copyOf(nodeParent, size);
      nodeMethod = Arrays.copyOf(nodeMethod, size);
      nodeDepth = Arrays.copyOf(nodeDepth, size);
      nodeEdge = Arrays.copyOf(nodeEdge, size);
      nodeKeys = Arrays.copyOf(nodeKeys, size);
      nodeStats = Arrays.copyOf(nodeStats, NODE * size);
    }
    nodeParent[node] = parent;
    nodeMethod[node] = method;
    nodeDepth[node] = nodeDepth[parent] + 1;
    nodeCount = node + 1;
    return node;
  }

  private long[] growFrames() {
    frames = Arrays.copyOf(frames, frames.length * 2);
    return frames;
  }

  /**
   * Adds this thread's memory counts to {@code perMethod}, two longs per method id: own bytes,
   * cumulative bytes. Calls still running are not counted. Nothing without memory counting.
   */
  void addAllocsTo(long[] perMethod) {
    long[] ea = edgeAllocs;
    if (ea == null) {
      return;
    }
    int[] callees = edgeCallee;
    int seen = Math.min(edgeCount, Math.min(callees.length, ea.length / 2));
    for (int edge = 0; edge < seen; edge++) {
      int callee = callees[edge];
      if (2 * callee + 1 < perMethod.length) {
        perMethod[2 * callee] += ea[2 * edge];
        perMethod[2 * callee + 1] += ea[2 * edge + 1];
      }
    }
  }

  /**
   * Adds this thread's counts to the totals, as if its active frames closed {@code now}: a program
   * stopped mid-call still shows the time of the calls it was in, and the calls they made so far.
   *
   * @param edges receives every caller-callee pair with its six counts
   */
  void addTo(EdgeTotals edges, long now) {
    long[] e = edgeStats.clone();
    int[] running = active.clone();
    long inner = 0;
    long[] f = frames;
    long started = pushes;
    for (int frame = Math.min(depth, f.length / FRAME - 1); frame >= 1; frame--) {
      int at = FRAME * frame;
      int id = (int) f[at];
      int edge = (int) f[at + 1];
      if (id < 0 || id >= running.length || edge < 0 || EDGE * edge + EDGE > e.length) {
        continue;
      }
      long elapsed = Math.max(0, now - f[at + 2]);
      long own = Math.max(0, elapsed - f[at + 3] - inner);
      e[EDGE * edge + 2] += own;
      // The frame above this one is still open: it counts as one of its child calls already.
      e[EDGE * edge + 4] += f[at + 4];
      if (--running[id] == 0) {
        e[EDGE * edge + 3] += elapsed;
        e[EDGE * edge + 5] += Math.max(0, started - f[at + 5]);
      }
      inner = elapsed;
    }
    int[] callers = edgeCaller;
    int[] callees = edgeCallee;
    int seen =
        Math.min(edgeCount, Math.min(Math.min(callers.length, callees.length), e.length / EDGE));
    for (int edge = 0; edge < seen; edge++) {
      edges.add(callers[edge], callees[edge], e, EDGE * edge);
    }
  }

  /**
   * Adds this thread's tree to {@code paths}, as if its active frames closed {@code now}, as {@link
   * #addTo} counts them.
   */
  void addPathsTo(PathTotals paths, long now) {
    int count = nodeCount;
    int[] parents = nodeParent;
    int[] methods = nodeMethod;
    long[] n = nodeStats;
    count = Math.min(count, Math.min(Math.min(parents.length, methods.length), n.length / NODE));
    n = Arrays.copyOf(n, NODE * count);
    long inner = 0;
    long[] f = frames;
    for (int frame = Math.min(depth, f.length / FRAME - 1); frame >= 1; frame--) {
      int at = FRAME * frame;
      int node = (int) f[at + 6];
      if (node <= ROOT || node >= count) {
        continue;
      }
      long elapsed = Math.max(0, now - f[at + 2]);
      n[NODE * node]++;
      n[NODE * node + 1] += Math.max(0, elapsed - f[at + 3] - inner);
      n[NODE * node + 2] += f[at + 4];
      inner = elapsed;
    }
    paths.addTree(parents, methods, n, count);
  }

  /** How many nodes the tree holds, its root included: for tests. */
  int nodeCount() {
    return nodeCount;
  }

  /**
   * Adds the six counts of every edge into {@code id} (see {@link #edgeStats}) to {@code into}, for
   * the calibration, which reads its own thread's counts between rounds: frames still open are not
   * counted.
   */
  void addCalleeCounts(int id, long[] into) {
    int[] callees = edgeCallee;
    long[] e = edgeStats;
    for (int edge = 0; edge < edgeCount; edge++) {
      if (callees[edge] == id) {
        for (int i = 0; i < EDGE; i++) {
          into[i] += e[EDGE * edge + i];
        }
      }
    }
  }
}
