package org.tandem;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code org.tandem} is a feature module; this verifies the module graph has no
 * cycles and that every module only uses what its {@code package-info.java} allows, then writes the
 * module documentation (PlantUML and a canvas per module) to {@code target/spring-modulith-docs}.
 * The jOOQ classes generated from the migrations ({@code org.tandem.db}) are infrastructure, not a module.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class, resideInAPackage("org.tandem.db.."));

    @Test
    void modulesRespectTheirAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
