package org.lsst.butlerbrowser.model.tap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An ADQL query to run on a TAP service.
 *
 * @param adql   the query text
 * @param maxrec the most rows wanted, or -1 for the service's default limit
 * @param format the serialization to ask for
 */
public record TapQuery(String adql, long maxrec, ResultFormat format) {

    public TapQuery {
        Objects.requireNonNull(adql, "adql");
        Objects.requireNonNull(format, "format");
        if (adql.isBlank()) {
            throw new IllegalArgumentException("the ADQL query is empty");
        }
        if (maxrec < -1) {
            throw new IllegalArgumentException("MAXREC must be 0 or more (or -1 for the service's default)");
        }
    }

    /** A query with the service's default limit and VOTable serialization. */
    public static TapQuery adql(String adql) {
        return new TapQuery(adql, -1, ResultFormat.VOTABLE);
    }

    public TapQuery withMaxrec(long rows) {
        return new TapQuery(adql, rows, format);
    }

    public TapQuery withFormat(ResultFormat f) {
        return new TapQuery(adql, maxrec, f);
    }

    /**
     * The TAP 1.1 request parameters; REQUEST=doQuery is still sent because TAP 1.0 services need it.
     *
     * @param responseFormat the RESPONSEFORMAT value to send (the service's own name for the format), or null
     */
    Map<String, String> parameters(String responseFormat) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("REQUEST", "doQuery");
        p.put("LANG", "ADQL");
        p.put("QUERY", adql);
        if (maxrec >= 0) {
            p.put("MAXREC", Long.toString(maxrec));
        }
        if (responseFormat != null) {
            p.put("RESPONSEFORMAT", responseFormat);
        }
        return p;
    }
}
