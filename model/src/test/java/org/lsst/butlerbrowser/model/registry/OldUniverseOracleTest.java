package org.lsst.butlerbrowser.model.registry;

import org.lsst.butlerbrowser.model.testing.TestRepos;

class OldUniverseOracleTest extends RegistryOracleTest {
    @Override
    String repo() {
        return TestRepos.OLD_UNIVERSE;
    }

    @Override
    Registry openRegistry() {
        return TestRepos.open(repo());
    }
}
