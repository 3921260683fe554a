package org.lessontool;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: Spring Modulith verifies each module's declared dependencies, and
 * the declarations must match the module table of architecture.md ("Modules of
 * lti-tool").
 */
class ModularityTests {

	/** architecture.md, "Modules of lti-tool": which module may use which. */
	static final Map<String, Set<String>> MAY_USE = Map.ofEntries(entry("keys", Set.of()),
			entry("registration", Set.of("keys", "support")), entry("launch", Set.of("registration", "support")),
			entry("platform", Set.of("registration", "keys", "support")),
			entry("lesson", Set.of("launch", "content", "support")),
			entry("quiz", Set.of("launch", "content", "support")),
			entry("tutor", Set.of("launch", "content", "support")),
			entry("grading", Set.of("launch", "quiz", "platform", "support")),
			entry("deeplink", Set.of("launch", "keys", "content", "support")),
			entry("dashboard", Set.of("launch", "lesson", "quiz", "grading", "platform", "support")),
			entry("demo", Set.of()), entry("system", Set.of("support")), entry("support", Set.of()),
			entry("content", Set.of()));

	static final ApplicationModules modules = ApplicationModules.of(LessonToolApplication.class);

	@Test
	void modulesKeepTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleIsInTheArchitectureTable() {
		assertThat(moduleNames()).isSubsetOf(MAY_USE.keySet());
	}

	@Test
	void declaredDependenciesMatchTheArchitectureTable() {
		Set<String> present = moduleNames();
		for (String module : present) {
			if (module.equals("content")) {
				continue; // plain Java, no Spring annotations; ContentArchitectureTests
							// keeps it free of the tool
			}
			Set<String> expected = MAY_USE.get(module)
				.stream()
				.filter(present::contains)
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(declared(module)).as("allowedDependencies of %s", module).isEqualTo(expected);
		}
	}

	private static Set<String> moduleNames() {
		return modules.stream()
			.map((module) -> module.getBasePackage().getName().substring("org.lessontool.".length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> declared(String module) {
		try {
			ApplicationModule annotation = Class.forName("org.lessontool." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(annotation).as("@ApplicationModule on %s's package-info", module).isNotNull();
			return Arrays.stream(annotation.allowedDependencies()).collect(Collectors.toCollection(TreeSet::new));
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("module " + module + " has no package-info.java", ex);
		}
	}

}
