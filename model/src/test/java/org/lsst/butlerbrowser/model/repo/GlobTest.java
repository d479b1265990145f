package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations are what Python's fnmatch.fnmatch returns on POSIX. */
class GlobTest {

    @ParameterizedTest(name = "fnmatch({0}, {1}) = {2}")
    @CsvSource({
        "host.example.com, *.example.com, true",
        "example.com, *.example.com, false",
        "a.b.example.com, *.example.com, true",
        "host.example.com, *, true",
        "'', *, true",
        "my_database, my_*, true",
        "my_database, MY_*, false",
        "db1, db?, true",
        "db12, db?, false",
        "db7, db[0-9], true",
        "dbx, db[0-9], false",
        "dbx, db[!0-9], true",
        "db7, db[!0-9], false",
        "db], db[]], true",
        "db[, db[, true",
        "a.b, a.b, true",
        "axb, a.b, false",
        "a+b, a+b, true",
        "db-, db[a-], true",
        "db(x), db(x), true",
        "a\\b, a\\b, true",
    })
    void matchesLikePythonFnmatch(String text, String pattern, boolean expected) {
        assertEquals(expected, Glob.matches(text, pattern));
    }
}
