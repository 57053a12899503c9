/**
 * The runtime that instrumented code calls. At start-up the agent defines copies of these classes
 * in {@code java.lang}, in the bootstrap class loader, so that probes in classes of any class
 * loader reach one shared recorder. They must therefore use nothing but {@code java.base} and each
 * other, and exchange only {@code java.base} types with the agent.
 */
package org.jkernprof.agent.rt;
