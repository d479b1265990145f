package org.lsst.butlerbrowser.model.registry;

import org.lsst.butlerbrowser.model.testing.TestRepos;

class Rc2SqliteOracleTest extends RegistryOracleTest {
    @Override
    String repo() {
        return TestRepos.RC2_SQLITE;
    }

    @Override
    Registry openRegistry() {
        return TestRepos.open(repo());
    }
}
