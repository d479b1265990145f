package org.lsst.butlerbrowser.model.registry;

import org.lsst.butlerbrowser.model.testing.TestRepos;

class SqliteSpatialJoinTest extends SpatialJoinTest {
    @Override
    String repo() {
        return TestRepos.RC2_SQLITE;
    }
}
