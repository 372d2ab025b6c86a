package org.masthead;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature modules honest: no cycles, and no module reaching into another's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MastheadApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
