/**
 * Target programs for the end-to-end validation of the agent's line semantics. Each is a small
 * {@code main} program with {@code @Profile} methods; a line's expected hit count is written as a
 * comment beside it, and the test named after the target checks every such comment:
 *
 * <ul>
 *   <li>{@code // hits(N)}: the line's hits, summed over every listing of the file's classes, are
 *       exactly N ({@code hits(0)}: zero or no entry at all);
 *   <li>{@code // hits(N) in(NAME)}: the same, and all of them are reported in the listing of the
 *       method NAME ({@code <init>} for a constructor), as lambdas and inner classes must be.
 * </ul>
 *
 * <p>Lines without a comment are not checked. Text after the comment says why the number is what
 * it is, where javac's line table makes it surprising. This is the grammar of every module's test
 * programs, read by {@code org.jkernprof.testsupport.ExpectedHits} (module {@code test-support}).
 */
package org.jkernprof.e2e.targets;
