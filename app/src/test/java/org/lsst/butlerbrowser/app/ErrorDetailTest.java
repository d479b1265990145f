package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.db.DatabaseException;

class ErrorDetailTest {

    @Test
    void listsEachCauseUnderTheSentence() {
        Throwable problem = new DatabaseException("the SQLite database x is damaged or truncated",
                new SQLException("[SQLITE_CORRUPT] database disk image is malformed"));
        assertEquals("DatabaseException: the SQLite database x is damaged or truncated\n"
                + "caused by SQLException: [SQLITE_CORRUPT] database disk image is malformed", ErrorDetail.of(problem));
    }
}
