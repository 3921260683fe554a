/**
 * Load benchmarks (Gatling) against a tool started in its own JVM with a loopback test
 * platform that signs real RS256 id_tokens; run with the {@code bench} Maven profile.
 */
package org.lessontool.bench;
