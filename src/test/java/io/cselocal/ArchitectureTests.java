package io.cselocal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The structure the code keeps: features without cycles, thin controllers, stores at the bottom, one clock. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cselocal");

	@Test
	void featurePackagesShouldNotDependOnEachOtherInCycles() {
		slices().matching("io.cselocal.(*)..")
			.should()
			.beFreeOfCycles()
			.because("each feature package builds on lower ones only")
			.check(CLASSES);
	}

	@Test
	void controllersShouldNotReachIntoStores() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.because("controllers only translate HTTP; the rules and the reads live in services")
			.check(CLASSES);
	}

	@Test
	void storesShouldNotDependOnServicesOrControllers() {
		noClasses().that()
			.areAnnotatedWith(Repository.class)
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Service")
			.orShould()
			.dependOnClassesThat()
			.areAnnotatedWith(RestController.class)
			.because("a store keeps rows; it knows nothing of the rules above it")
			.check(CLASSES);
	}

	@Test
	void timeShouldComeFromTheEmulatorsClockOnly() {
		noClasses().that()
			.resideOutsideOfPackage("io.cselocal.clock..")
			.should()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.Clock.class, "systemUTC")
			.because("jobs, tokens and lockouts age by the emulator's clock, which tests move forward")
			.check(CLASSES);
	}

}
