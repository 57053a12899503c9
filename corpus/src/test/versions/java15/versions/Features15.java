package versions;

/** Java 15: text blocks. */
public class Features15 {
  public static String run() {
    String block =
        """
        line one
          line "two"
        end\
        """;
    return block.lines().count() + ":" + block.strip().length();
  }
}
