package org.lsst.butlerbrowser.model.registry;

import org.lsst.butlerbrowser.model.testing.TestRepos;

/** The same oracle against the rc2 dump restored into real PostgreSQL 15 with pg_sphere. */
class Rc2PostgresOracleTest extends RegistryOracleTest {
    @Override
    String repo() {
        return TestRepos.RC2_POSTGRES;
    }

    @Override
    Registry openRegistry() {
        TestRepos.assumePostgres();
        return TestRepos.open(repo());
    }
}
