/**
 * The runtime that instrumented code calls. These classes are put on the bootstrap class path so
 * that probes in classes of any class loader reach one shared recorder; they must therefore use
 * nothing but {@code java.base} and each other.
 */
package org.jkernprof.agent.rt;
