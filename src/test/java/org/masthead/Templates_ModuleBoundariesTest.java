package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * Templates obey the module boundaries as code does. Each template is compiled into the package of
 * the module named by its folder, so the module checks ({@link ModularityTests}) see what a template
 * imports and which templates it calls; this test makes sure that stays so, and that the checks do
 * see them, so a template reaching into another module's internals cannot pass unseen.
 */
class Templates_ModuleBoundariesTest {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private final ApplicationModules modules = ApplicationModules.of(MastheadApplication.class);

    @Test
    void everyTemplate_belongsToTheModuleItsFolderNames() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            String folder = TEMPLATES.relativize(template).getName(0).toString();
            assertThat(TEMPLATES.relativize(template).getNameCount()).as(template + " lies directly in its module's folder")
                    .isEqualTo(2);
            assertThat(modules.getModuleByName(folder)).as("the folder of " + template + " names a module").isPresent();
            String generated = "org.masthead." + folder + ".Jte"
                    + template.getFileName().toString().replace(".jte", "").replace("-", "") + "Generated";
            assertThat(modules.getModuleByType(generated).map(ApplicationModule::getIdentifier).map(Object::toString))
                    .as(template + " is checked as part of " + folder).contains(folder);
        }
    }

    @Test
    void theModuleChecks_seeWhatATemplateUses() {
        // accounts' code never touches the pages module; its templates do (the layout, Chrome, PageHead).
        ApplicationModule accounts = modules.getModuleByName("accounts").orElseThrow();
        List<String> fromTemplates = accounts.getDirectDependencies(modules, DependencyType.values()).stream()
                .filter(d -> d.getSourceType().getSimpleName().startsWith("Jte"))
                .map(d -> d.getSourceType().getSimpleName() + " -> " + d.getTargetType().getName())
                .toList();
        assertThat(fromTemplates).contains("JtepageGenerated -> org.masthead.pages.Chrome",
                "JtepageGenerated -> org.masthead.pages.JtelayoutGenerated");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
    }
}
