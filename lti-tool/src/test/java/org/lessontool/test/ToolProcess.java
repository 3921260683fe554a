package org.lessontool.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The tool in a JVM of its own, started from the test classpath, so a test can run
 * several replicas and kill one with SIGKILL. Its output goes to
 * {@code target/replicas/<name>.log}.
 */
public final class ToolProcess implements AutoCloseable {

	private final String name;

	private final int port;

	private final Process process;

	private ToolProcess(String name, int port, Process process) {
		this.name = name;
		this.port = port;
		this.process = process;
	}

	public static ToolProcess start(String name, int port, List<String> arguments) {
		return start(name, port, ProcessHandle.current().info().command().orElse("java"), List.of("-Xmx512m"),
				arguments);
	}

	/** Starts the tool on a given Java with given JVM options, as the benchmarks do. */
	public static ToolProcess start(String name, int port, String java, List<String> jvmOptions,
			List<String> arguments) {
		return start(name, port, java, jvmOptions,
				List.of("-cp", System.getProperty("java.class.path"), "org.lessontool.LessonToolApplication"),
				arguments);
	}

	/**
	 * Starts the tool from a given program: the test class path and main class, or
	 * {@code -jar} and the packaged jar.
	 */
	public static ToolProcess start(String name, int port, String java, List<String> jvmOptions, List<String> program,
			List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(program);
		command.add("--server.port=" + port);
		command.addAll(arguments);
		try {
			Path logs = Files.createDirectories(Path.of("target", "replicas"));
			File log = logs.resolve(name + ".log").toFile();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log))
				.start();
			return new ToolProcess(name, port, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** CPU time the replica's process has used so far. */
	public Duration cpuTime() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Resident memory of the replica's process in kB, from /proc (Linux). */
	public long residentKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Waits until the replica says it is ready to take traffic. */
	public ToolProcess awaitReady(Duration timeout) {
		await().atMost(timeout).untilAsserted(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "; see "
						+ Path.of("target", "replicas", this.name + ".log").toAbsolutePath());
			}
			int status;
			try {
				status = ToolHttp.get(this.port, "/actuator/health/readiness").statusCode();
			}
			catch (RuntimeException ex) {
				status = -1;
			}
			if (status != 200) {
				throw new AssertionError(this.name + " is not ready yet (" + status + ")");
			}
		});
		return this;
	}

	/** SIGTERM, as Kubernetes stops a pod: the tool shuts down gracefully. */
	public void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGKILL: no shutdown hook, no graceful stop, as when a node dies. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
