package org.factdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void feature_modules_depend_only_on_what_they_declare() {
        ApplicationModules.of(FactdeskApplication.class).verify();
    }
}
