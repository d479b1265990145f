package org.lsst.butlerbrowser.app;

import java.util.List;

/**
 * Classic SQL injection texts, as a user (or a pasted string) might put them in any field that
 * reaches a query: quote breaking, statement stacking, comment tricks, backslash escapes, a NUL,
 * typographic and full-width quotes, and LIKE wildcards where names are matched.
 */
public final class Injections {

    public static final List<String> TEXTS = List.of(
            "'; DROP TABLE dataset; --",
            "x' OR '1'='1",
            "x\" OR \"1\"=\"1",
            "x'); DELETE FROM collection; --",
            "x' /* comment */ OR 1=1 --",
            "x\\' OR 1=1 --",
            "x\u0000'; DROP TABLE visit; --",
            "x\u2019 OR \u20181\u2019=\u20181\u2019",
            "x\uFF07 OR 1=1",
            "%",
            "_",
            "HSC/runs/%",
            "HSC/runs/RC_",
            "Robert'); DROP TABLE students;--");

    private Injections() {
    }
}
