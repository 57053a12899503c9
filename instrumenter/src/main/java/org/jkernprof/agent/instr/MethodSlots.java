package org.jkernprof.agent.instr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The line slots one instrumented method counts into. A method's own lines keep their slot after
 * the probe, so the line's time accrues there. Nested code (a lambda or inner class written inside
 * a profiled method) on a line the enclosing method also has only counts the hit: its time is
 * already part of that line's time in the enclosing frame, and counting it twice would make the
 * line look more expensive than it is.
 */
final class MethodSlots {
  /** The slot the frame is left on when a line's time must not be kept. */
  private static final int DISCARD = 0;

  private final Map<Integer, Integer> slotByLine = new TreeMap<>();
  private final Set<Integer> hitOnlyLines;
  private int capacity = 1;
  private boolean placeholder;

  private MethodSlots(Set<Integer> hitOnlyLines) {
    this.hitOnlyLines = hitOnlyLines;
  }

  /**
   * Registers the slots of {@code lines}.
   *
   * @param unitId the profiled method the lines are reported under
   * @param nested whether this code is nested in that method rather than the method itself
   * @param enclosingOwnLines the method's own lines, whose time nested code must not count again
   */
  static MethodSlots register(
      ProbeRuntime runtime,
      int unitId,
      Iterable<Integer> lines,
      boolean nested,
      Set<Integer> enclosingOwnLines) {
    MethodSlots slots = new MethodSlots(nested ? enclosingOwnLines : Set.of());
    for (int line : lines) {
      int slot = runtime.registerLine(unitId, line, nested);
      slots.slotByLine.put(line, slot);
      slots.capacity = Math.max(slots.capacity, slot + 1);
    }
    return slots;
  }

  /**
   * Slots for a trial rewrite: every line gets the same placeholder, encoded as widely as any real
   * slot, so the trial's code is at least as large as the real one. {@code hitOnlyLines} are those
   * {@link #register} would make hit-only, so that counting probes plan the same code.
   */
  static MethodSlots placeholder(Iterable<Integer> lines, Set<Integer> hitOnlyLines) {
    MethodSlots slots = new MethodSlots(hitOnlyLines);
    for (int line : lines) {
      slots.slotByLine.put(line, (int) Short.MAX_VALUE);
    }
    slots.capacity = Short.MAX_VALUE + 1;
    slots.placeholder = true;
    return slots;
  }

  int slot(int line) {
    Integer slot = slotByLine.get(line);
    if (slot == null) {
      throw new IllegalArgumentException("line " + line + " has no slot");
    }
    return slot;
  }

  /** The slot the frame stays on after the probe of {@code line}. */
  int slotToKeep(int line) {
    return hitOnlyLines.contains(line) ? DISCARD : slot(line);
  }

  /** Whether the frame stays on {@code line}'s slot after its probe, rather than on none. */
  boolean keepsLine(int line) {
    return !hitOnlyLines.contains(line);
  }

  /** The lines, in ascending order: a line's position here is its index in a hit table. */
  List<Integer> lines() {
    return new ArrayList<>(slotByLine.keySet());
  }

  /** The slots of {@link #lines}, in the same order. */
  int[] slotTable() {
    return slotByLine.values().stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether these are a trial rewrite's placeholders, registered nowhere. */
  boolean isPlaceholder() {
    return placeholder;
  }

  /** One more than the highest slot. */
  int capacity() {
    return capacity;
  }
}
