package versions;

/** Java 17: sealed interfaces and classes, with final, sealed and non-sealed subtypes. */
public class Features17 {
  sealed interface Expr permits Num, Add, Neg {}

  static final class Num implements Expr {
    final int value;

    Num(int value) {
      this.value = value;
    }
  }

  static sealed class Add implements Expr permits Add3 {
    final Expr left;
    final Expr right;

    Add(Expr left, Expr right) {
      this.left = left;
      this.right = right;
    }
  }

  static final class Add3 extends Add {
    Add3(Expr a, Expr b, Expr c) {
      super(a, new Add(b, c));
    }
  }

  static non-sealed class Neg implements Expr {
    final Expr inner;

    Neg(Expr inner) {
      this.inner = inner;
    }
  }

  static int eval(Expr e) {
    if (e instanceof Num n) {
      return n.value;
    } else if (e instanceof Add a) {
      return eval(a.left) + eval(a.right);
    } else if (e instanceof Neg n) {
      return -eval(n.inner);
    }
    throw new IllegalStateException();
  }

  public static String run() {
    return "eval=" + eval(new Add3(new Num(1), new Neg(new Num(2)), new Num(10)));
  }
}
