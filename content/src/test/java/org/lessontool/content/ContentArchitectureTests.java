package org.lessontool.content;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** docs/architecture.md: {@code content} knows nothing of Spring or LTI. */
class ContentArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.lessontool.content");

	@Test
	void contentUsesNoSpring() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(this.classes);
	}

	@Test
	void contentUsesNoOtherPartOfTheTool() {
		noClasses().should()
			.dependOnClassesThat(
					resideInAPackage("org.lessontool..").and(not(resideInAPackage("org.lessontool.content.."))))
			.check(this.classes);
	}

}
