package org.lessontool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files in {@code deploy/} state facts the tool depends on: the image runs as a
 * non-root user on the tool's port with a real health check; the rendered Kubernetes
 * overlay probes endpoints the running tool serves, sets only variables the tool reads,
 * and takes every secret from a Secret, never inline.
 */
@ToolTest
@TestPropertySource(properties = "management.server.port=0")
class DeployFilesTests {

	static final Path DEPLOY = Path.of("..", "deploy");

	static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|KEY|USERNAME|DATASOURCE_URL).*");

	static List<JsonNode> rendered;

	@Value("${local.management.port}")
	int managementPort;

	@BeforeAll
	static void render() throws Exception {
		Process kubectl = new ProcessBuilder("kubectl", "kustomize",
				DEPLOY.resolve("kubernetes/overlays/production").toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(kubectl.exitValue()).as(output).isZero();
		rendered = new ArrayList<>();
		new YAMLMapper().readValues(new YAMLMapper().createParser(output), JsonNode.class)
			.forEachRemaining(rendered::add);
	}

	@Test
	void imageRunsAsANonRootUserOnTheToolsPortWithAHealthCheck() throws IOException {
		String dockerfile = Files.readString(DEPLOY.resolve("container/Dockerfile"));
		String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
		assertThat(runtime).startsWith("\nFROM eclipse-temurin:25-jre");
		Matcher user = Pattern.compile("\nUSER (\\S+)").matcher(runtime);
		assertThat(user.find()).isTrue();
		assertThat(user.group(1)).doesNotStartWith("0").isNotEqualTo("root");
		assertThat(runtime).contains("\nEXPOSE 8080", "HEALTHCHECK", "/actuator/health/liveness", "MaxRAMPercentage");
		assertThat(dockerfile).contains("FROM eclipse-temurin:25-jdk AS build");
	}

	@Test
	void overlayHasEveryPieceOfAProductionInstall() {
		assertThat(rendered).extracting((doc) -> doc.path("kind").asString())
			.contains("Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap")
			.doesNotContain("Secret");
		JsonNode deployment = kind("Deployment");
		assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(kind("HorizontalPodAutoscaler").path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(kind("Ingress").path("spec").path("tls")).isNotEmpty();
		JsonNode container = container();
		assertThat(container.path("resources").path("requests").has("cpu")).isTrue();
		assertThat(container.path("resources").path("limits").has("memory")).isTrue();
		JsonNode security = container.path("securityContext");
		assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
		assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(deployment.path("spec")
			.path("template")
			.path("spec")
			.path("securityContext")
			.path("runAsNonRoot")
			.asBoolean()).isTrue();
	}

	@Test
	void probesPointAtEndpointsTheToolServes() throws IOException {
		JsonNode container = container();
		int managementContainerPort = -1;
		for (JsonNode port : container.path("ports")) {
			if (port.path("name").asString().equals("management")) {
				managementContainerPort = port.path("containerPort").asInt();
			}
		}
		String prod = Files.readString(Path.of("src/main/resources/application-prod.yaml"));
		assertThat(prod).contains("port: ${MANAGEMENT_PORT:" + managementContainerPort + "}");
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			JsonNode get = container.path(probe).path("httpGet");
			assertThat(get.path("port").asString()).as(probe).isEqualTo("management");
			assertThat(ToolHttp.get(this.managementPort, get.path("path").asString()).statusCode()).as(probe)
				.isEqualTo(200);
		}
	}

	@Test
	void everyVariableItSetsIsOneTheToolReads() throws IOException {
		Set<String> read = readVariables();
		for (String name : variables()) {
			assertThat(read).as("%s is set by the overlay; the tool must read it", name).contains(name);
		}
	}

	@Test
	void noSecretValueIsInline() {
		for (JsonNode variable : container().path("env")) {
			String name = variable.path("name").asString();
			if (SECRET_NAME.matcher(name).matches()) {
				assertThat(variable.has("value")).as(name).isFalse();
				assertThat(variable.path("valueFrom").has("secretKeyRef")).as(name).isTrue();
			}
		}
		kind("ConfigMap").path("data")
			.propertyNames()
			.forEach((name) -> assertThat(SECRET_NAME.matcher(name).matches()).as(name).isFalse());
	}

	@Test
	void composeInstallHasTheToolPostgresAndATlsProxy() throws IOException {
		JsonNode compose = new YAMLMapper().readTree(DEPLOY.resolve("compose/compose.yaml").toFile());
		JsonNode services = compose.path("services");
		assertThat(services.path("db").path("image").asString()).isEqualTo("postgres:16");
		assertThat(services.path("proxy").path("image").asString()).startsWith("caddy:");
		assertThat(services.path("tool").path("read_only").asBoolean()).isTrue();
		Set<String> read = readVariables();
		services.path("tool").path("environment").propertyNames().forEach((name) -> assertThat(read).contains(name));
		String text = Files.readString(DEPLOY.resolve("compose/compose.yaml"));
		String example = Files.readString(DEPLOY.resolve("compose/.env.example"));
		Matcher used = Pattern.compile("\\$\\{([A-Z_]+)").matcher(text);
		while (used.find()) {
			if (!used.group(1).equals("LESSON_TOOL_IMAGE")) {
				assertThat(example).as(used.group(1)).contains(used.group(1) + "=");
			}
		}
		assertThat(Files.readString(DEPLOY.resolve("compose/Caddyfile"))).contains("reverse_proxy tool:8080");
	}

	/**
	 * Variables named in the tool's configuration, and those the JVM and Spring read
	 * themselves.
	 */
	static Set<String> readVariables() throws IOException {
		Set<String> names = new HashSet<>(Set.of("JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE"));
		for (String file : List.of("application.yaml", "application-prod.yaml")) {
			Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)")
				.matcher(Files.readString(Path.of("src/main/resources", file)));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	static List<String> variables() {
		List<String> names = new ArrayList<>();
		container().path("env").forEach((variable) -> names.add(variable.path("name").asString()));
		kind("ConfigMap").path("data").propertyNames().forEach(names::add);
		return names;
	}

	static JsonNode container() {
		return kind("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
	}

	static JsonNode kind(String kind) {
		return rendered.stream()
			.filter((doc) -> doc.path("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " in the rendered overlay"));
	}

}
