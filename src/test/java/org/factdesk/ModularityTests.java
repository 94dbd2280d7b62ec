package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(FactdeskApplication.class);

    @Test
    void feature_modules_depend_only_on_what_they_declare() {
        MODULES.verify();
    }

    /**
     * The module graph and a canvas per module (beans, events, published API) for a newcomer, in
     * target/spring-modulith-docs: {@code components.puml} is the whole application, {@code module-*.puml} each module.
     */
    @Test
    void every_build_writes_the_module_documentation() {
        new Documenter(MODULES).writeDocumentation().writeAggregatingDocument();

        // Documenter's default folder under Maven's target/
        var docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(Files.exists(docs.resolve("module-" + module.getIdentifier() + ".puml")))
                .as(module.getIdentifier().toString()).isTrue());
    }
}
