package org.lsst.butlerbrowser.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the new rows must fit around, read from the copied rc2 registry: free id ranges, the
 * existing detectors, filters and visit system (foreign keys), and the dataset types' tag tables.
 */
record FixtureFacts(long firstVisitId, LocalDate firstNight, List<Long> detectors, List<String> filters,
                    long visitSystem, long firstCollectionId, Map<String, TypeRow> types) {

    static final String INSTRUMENT = "HSC";
    static final DateTimeFormatter DAY_OBS = DateTimeFormatter.BASIC_ISO_DATE;

    /** A dataset type's id and its tags table, as dataset_type stores them. */
    record TypeRow(long id, String tagTable) {
    }

    static FixtureFacts read(Connection c, int detectorCount) throws SQLException {
        // Visits and exposures share ids here (one exposure per visit), so start above both.
        long maxId = Math.max(single(c, "SELECT MAX(id) FROM visit WHERE instrument = 'HSC'"),
                single(c, "SELECT MAX(id) FROM exposure WHERE instrument = 'HSC'"));
        long firstVisit = (maxId / 1_000_000 + 1) * 1_000_000;
        LocalDate lastNight = LocalDate.parse(Long.toString(single(c, "SELECT MAX(id) FROM day_obs")), DAY_OBS);
        List<Long> detectors = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id FROM detector WHERE instrument = 'HSC' AND purpose = 'SCIENCE' ORDER BY id LIMIT ?")) {
            st.setInt(1, detectorCount);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    detectors.add(rs.getLong(1));
                }
            }
        }
        if (detectors.size() < detectorCount) {
            throw new IllegalStateException("the fixture has only " + detectors.size() + " HSC science detectors");
        }
        List<String> filters = new ArrayList<>();
        Map<String, TypeRow> types = new HashMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM physical_filter WHERE instrument = 'HSC' ORDER BY name")) {
                while (rs.next()) {
                    filters.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name, id, tag_association_table FROM dataset_type")) {
                while (rs.next()) {
                    types.put(rs.getString(1), new TypeRow(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        long visitSystem = single(c, "SELECT MIN(id) FROM visit_system WHERE instrument = 'HSC'");
        long firstCollection = single(c, "SELECT MAX(collection_id) FROM collection") + 1;
        return new FixtureFacts(firstVisit, lastNight.plusDays(1), detectors, filters, visitSystem, firstCollection, types);
    }

    TypeRow type(String name) {
        TypeRow t = types.get(name);
        if (t == null) {
            throw new IllegalStateException("the fixture has no dataset type " + name);
        }
        return t;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
