package versions;

import module java.base;

/** Java 25: statements before super(...) in constructors, and module imports. */
public class Features25 {
  static class Named {
    final String name;

    Named(String name) {
      this.name = name;
    }
  }

  static final class Checked extends Named {
    private final int length;

    Checked(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("blank");
      }
      String trimmed = name.strip();
      length = trimmed.length(); // a field assigned before super(...)
      super(trimmed.toUpperCase());
    }
  }

  public static String run() {
    List<String> names = new ArrayList<>();
    for (String raw : List.of("  ada ", "grace")) {
      Checked c = new Checked(raw);
      names.add(c.name + c.length);
    }
    try {
      new Checked(" ");
    } catch (IllegalArgumentException e) {
      names.add(e.getMessage());
    }
    return String.join(",", names);
  }
}
