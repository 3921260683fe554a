package org.lessontool;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: Spring Modulith verifies each module's declared dependencies, and
 * the declarations must match the module table of docs/architecture.md ("Modules of
 * lti-tool"), which this test reads.
 */
class ModularityTests {

	/** docs/architecture.md, "Modules of lti-tool": which module may use which. */
	static final Map<String, Set<String>> MAY_USE = table();

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

	@Test
	void theTableNamesEveryModuleOnce() {
		assertThat(MAY_USE).containsKeys("catalog", "tool", "admin", "registration", "launch", "platform", "lesson",
				"quiz", "tutor", "grading", "deeplink", "dashboard", "demo", "system", "support");
	}

	@Test
	void onlyTheCatalogLoadsTheLesson() {
		// issue 18: four modules each loaded the lesson, three of them past its settings
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackages("org.lessontool.catalog..", "org.lessontool.content..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.lessontool.content.LessonLoader")
			.check(new com.tngtech.archunit.core.importer.ClassFileImporter()
				.withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.lessontool"));
	}

	/**
	 * The rows of the module table: "| `module` | holds | `a`, `b` |", "—" for none.
	 * {@code content} is a plain library every module may read.
	 */
	static Map<String, Set<String>> table() {
		java.util.List<String> lines;
		try {
			lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "architecture.md"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Map<String, Set<String>> table = new java.util.LinkedHashMap<>();
		boolean inSection = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				inSection = line.startsWith("## Modules of");
			}
			else if (inSection && line.startsWith("| `")) {
				String[] cells = line.split("\\|");
				String module = cells[1].strip().replace("`", "");
				Set<String> uses = new TreeSet<>();
				for (String used : cells[3].split(",")) {
					String name = used.strip().replace("`", "");
					if (!name.isEmpty() && !name.equals("—")) {
						uses.add(name);
					}
				}
				table.put(module, uses);
			}
		}
		table.put("content", Set.of());
		return table;
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
