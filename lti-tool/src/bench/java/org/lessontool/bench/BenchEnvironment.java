package org.lessontool.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lessontool.test.PostgresSchema;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolProcess;

/**
 * What a benchmark runs against: the tool in its own JVM on PostgreSQL (the production
 * database), and a loopback test platform that signs a fresh RS256 id_token for every
 * login. The tool's start-up time, CPU time and resident memory are read from its
 * process, so they do not depend on the load generator.
 *
 * <p>
 * System properties: {@code bench.java} (the Java that runs the tool, default this one),
 * {@code bench.heap} (its {@code -Xmx}, default 256m), {@code bench.jfr} (record a Java
 * Flight Recording of the tool into {@code target/bench}), {@code bench.toolArgs} (more
 * arguments for the tool, separated by semicolons, which survive the Maven wrapper's
 * quoting: {@code --lti.tutor.semantic=false;--lti.grading.per-platform=1}),
 * {@code bench.jvmArgs} (more JVM options for the tool, separated by semicolons),
 * {@code bench.jar} (run the packaged or extracted jar, as production does, instead of
 * the test class path, which also holds the load generator, browsers' drivers and mocks)
 * and {@code bench.cds} (a class data sharing archive for that jar, README "Start-up").
 */
final class BenchEnvironment implements AutoCloseable {

	final TestPlatform platform = new TestPlatform();

	final String schema = PostgresSchema.create();

	final ToolProcess tool;

	final Duration startup;

	final long idleRssKb;

	BenchEnvironment(String name) {
		int port = ToolProcess.freePort();
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
				"--lti.tool.url=http://localhost:" + port, "--spring.datasource.hikari.maximum-pool-size=10",
				"--lti.grading.send-interval=200ms", "--lti.platforms[0].issuer=" + this.platform.issuer(),
				"--lti.platforms[0].client-id=" + TestPlatform.CLIENT_ID,
				"--lti.platforms[0].authorization-endpoint=" + this.platform.authorizationEndpoint(),
				"--lti.platforms[0].token-endpoint=" + this.platform.tokenEndpoint(),
				"--lti.platforms[0].jwks-url=" + this.platform.jwksUrl(),
				"--lti.platforms[0].deployment-ids[0]=" + TestPlatform.DEPLOYMENT_ID));
		arguments.addAll(PostgresSchema.arguments(this.schema));
		String extra = System.getProperty("bench.toolArgs", "").strip();
		if (!extra.isEmpty()) {
			arguments.addAll(List.of(extra.split(";")));
		}
		String java = System.getProperty("bench.java", ProcessHandle.current().info().command().orElse("java"));
		long start = System.nanoTime();
		List<String> jvm = new ArrayList<>(
				List.of("-Xmx" + System.getProperty("bench.heap", "256m"), "-XX:+UseSerialGC"));
		if (Boolean.getBoolean("bench.jfr")) {
			// a CPU profile of the tool for the whole run, for `jfr print` or JDK Mission
			// Control
			jvm.add("-XX:StartFlightRecording=filename=target/bench/" + name + ".jfr,settings=profile");
		}
		String jvmArgs = System.getProperty("bench.jvmArgs", "").strip();
		if (!jvmArgs.isEmpty()) {
			jvm.addAll(List.of(jvmArgs.split(";")));
		}
		String jar = System.getProperty("bench.jar", "");
		List<String> program = List.of("-cp", System.getProperty("java.class.path"),
				"org.lessontool.LessonToolApplication");
		if (!jar.isEmpty()) {
			program = List.of("-jar", jar);
			// the jar has no test profile of its own: the bench's limits come from the
			// test resources
			URL testProfile = BenchEnvironment.class.getResource("/application-test.yaml");
			arguments.add("--spring.config.additional-location=file:"
					+ Path.of(URI.create(String.valueOf(testProfile))).getParent() + "/");
		}
		String cds = System.getProperty("bench.cds", "");
		if (!cds.isEmpty()) {
			jvm.add("-XX:SharedArchiveFile=" + cds);
		}
		this.tool = ToolProcess.start(name, port, java, jvm, program, arguments);
		this.tool.awaitReady(Duration.ofSeconds(120));
		this.startup = Duration.ofNanos(System.nanoTime() - start);
		sleep(Duration.ofSeconds(3));
		this.idleRssKb = this.tool.residentKb();
	}

	String toolUrl() {
		return "http://localhost:" + this.tool.port();
	}

	/** Writes figures as a small JSON file under target/bench. */
	static void report(String name, Map<String, Object> figures) {
		StringBuilder json = new StringBuilder("{\n");
		List<Map.Entry<String, Object>> entries = new ArrayList<>(figures.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			Object value = entries.get(i).getValue();
			json.append("  \"")
				.append(entries.get(i).getKey())
				.append("\": ")
				.append((value instanceof Number) ? value.toString() : "\"" + value + "\"")
				.append((i < entries.size() - 1) ? ",\n" : "\n");
		}
		json.append("}\n");
		try {
			Path folder = Files.createDirectories(Path.of("target", "bench"));
			Files.writeString(folder.resolve(name + ".json"), json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("Benchmark " + name + ": " + json);
	}

	Map<String, Object> basics() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("java", System.getProperty("bench.java", "this JVM"));
		figures.put("startupMs", this.startup.toMillis());
		figures.put("idleRssMb", this.idleRssKb / 1024);
		return figures;
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.tool.stop();
		this.platform.close();
		PostgresSchema.drop(this.schema);
	}

}
