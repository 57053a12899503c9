package org.jkernprof.e2e.targets;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jkernprof.Profile;

/**
 * Lambdas report their lines into the profiled method they are written in. On a line the method
 * has too, the method's own hit and the lambda's hits add up.
 */
public class Lambdas {
  @Profile
  static int blockLambda(List<Integer> xs) {
    int[] total = {0}; // hits(1)
    xs.forEach(x -> { // hits(1) in(blockLambda)
      int doubled = x * 2; // hits(10) in(blockLambda)
      total[0] += doubled; // hits(10) in(blockLambda)
    }); // hits(10): the lambda's implicit return is on its closing brace
    return total[0]; // hits(1)
  }

  @Profile
  static List<Integer> expressionLambda(List<Integer> xs) {
    // javac puts the return instruction of a return that spans lines back on its first line, so
    // execution enters that line twice.
    return xs.stream() // hits(2)
        .map(x -> x + 1) // hits(11) in(expressionLambda)
        .collect(Collectors.toList()); // hits(1)
  }

  @Profile
  static int nestedLambdas(int n) {
    Supplier<IntUnaryOperator> factory = () -> { // hits(1)
      int offset = 100; // hits(1)
      return x -> { // hits(1)
        int y = x + offset; // hits(5) in(nestedLambdas)
        return y * 2; // hits(5)
      };
    };
    IntUnaryOperator op = factory.get(); // hits(1)
    int acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(6)
      acc += op.applyAsInt(i); // hits(5)
    }
    return acc; // hits(1)
  }

  /** 1 own hit, 3 of the outer lambda and 3 x 4 of the inner one, all on one line. */
  @Profile
  static int lambdasOnOneLine(List<Integer> xs, List<Integer> ys) {
    return xs.stream().mapToInt(x -> ys.stream().mapToInt(y -> x * y).sum()).sum(); // hits(16)
  }

  static int notProfiled(List<Integer> xs) {
    int[] total = {0};
    xs.forEach(x -> {
      total[0] += x; // hits(0): a lambda in a method that is not profiled
    });
    return total[0];
  }

  public static void main(String[] args) {
    List<Integer> ten = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    System.out.println("block " + blockLambda(ten));
    System.out.println("expression " + expressionLambda(ten));
    System.out.println("nested " + nestedLambdas(5));
    System.out.println("one line " + lambdasOnOneLine(List.of(1, 2, 3), List.of(1, 2, 3, 4)));
    System.out.println("not profiled " + notProfiled(ten));
  }
}
