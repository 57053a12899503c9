package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out line slots: a slot is the index of one (profiled method, line, own or nested) counter
 * pair in every thread's {@link LineCounters}. Slots are assigned when classes are instrumented,
 * never on the hot path. Slot 0 is the place where time goes before a frame's first line.
 */
final class SlotRegistry {
  static final int NO_SLOT = 0;

  private final List<String[]> methods = new ArrayList<>();
  private final Map<String, Integer> methodIds = new HashMap<>();
  private final Map<Long, Integer> slotIds = new HashMap<>();
  private int[] slotMethod = new int[64];
  private int[] slotLine = new int[64];
  private boolean[] slotNested = new boolean[64];
  private int slotCount = 1;

  /** Per hit table of counting probes, the slot each of its entries counts hits of. */
  private final List<int[]> hitTables = new ArrayList<>();

  synchronized int method(String className, String methodName, String descriptor, String source) {
    String key = className + '.' + methodName + descriptor;
    Integer id = methodIds.get(key);
    if (id == null) {
      id = methods.size();
      methods.add(new String[] {className, methodName, descriptor, source});
      methodIds.put(key, id);
    }
    return id;
  }

  synchronized int slot(int methodId, int line, boolean nested) {
    long key = ((long) methodId << 33) | ((long) line << 1) | (nested ? 1 : 0);
    Integer slot = slotIds.get(key);
    if (slot == null) {
      slot = slotCount++;
      if (slot == slotMethod.length) {
        slotMethod = Arrays.copyOf(slotMethod, slot * 2);
        slotLine = Arrays.copyOf(slotLine, slot * 2);
        slotNested = Arrays.copyOf(slotNested, slot * 2);
      }
      slotMethod[slot] = methodId;
      slotLine[slot] = line;
      slotNested[slot] = nested;
      slotIds.put(key, slot);
    }
    return slot;
  }

  /** Registers a table of slots for counting probes and returns its id. */
  synchronized int hitTable(int[] slots) {
    hitTables.add(slots.clone());
    return hitTables.size() - 1;
  }

  /** The slots of hit table {@code table}. */
  synchronized int[] hitTableSlots(int table) {
    return hitTables.get(table);
  }

  /**
   * For each of {@code slots}, its method's class and name and its line: {@code {String[]
   * className, String[] methodName, int[] line}}.
   */
  synchronized Object[] describe(int[] slots) {
    String[] classes = new String[slots.length];
    String[] names = new String[slots.length];
    int[] lines = new int[slots.length];
    for (int i = 0; i < slots.length; i++) {
      String[] method = methods.get(slotMethod[slots[i]]);
      classes[i] = method[0];
      names[i] = method[1];
      lines[i] = slotLine[slots[i]];
    }
    return new Object[] {classes, names, lines};
  }

  synchronized int slotCount() {
    return slotCount;
  }

  /**
   * The slot table for the first {@code totals.length / LineCounters.SLOT_LONGS} slots, with their
   * summed counts.
   */
  synchronized void snapshot(long[] totals, Object[] snapshot) {
    int slots = Math.min(slotCount, totals.length / LineCounters.SLOT_LONGS);
    snapshot[LineSnapshot.METHODS] = methods.toArray(new String[0][]);
    snapshot[LineSnapshot.SLOT_METHOD] = Arrays.copyOf(slotMethod, slots);
    snapshot[LineSnapshot.SLOT_LINE] = Arrays.copyOf(slotLine, slots);
    snapshot[LineSnapshot.SLOT_NESTED] = Arrays.copyOf(slotNested, slots);
    snapshot[LineSnapshot.COUNTS] = totals;
  }
}
