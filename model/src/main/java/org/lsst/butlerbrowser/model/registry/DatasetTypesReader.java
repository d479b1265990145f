package org.lsst.butlerbrowser.model.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.UnknownNameException;

/** Reads dataset_type with the required dimensions of each type's dimension group. */
final class DatasetTypesReader {

    private DatasetTypesReader() {
    }

    static List<DatasetType> read(Connection c, DimensionUniverse universe) throws SQLException {
        Map<Long, Set<String>> groups = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT dimension_graph_id, dimension_name FROM dimension_graph_definition")) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        List<DatasetType> types = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, storage_class, dimensions_key, tag_association_table, "
                     + "calibration_association_table FROM dataset_type ORDER BY name")) {
            while (rs.next()) {
                // Key 0 is the empty group and has no rows of its own.
                Set<String> required = groups.getOrDefault(rs.getLong(4), Set.of());
                List<String> ordered;
                try {
                    ordered = universe.sorted(required);
                } catch (UnknownNameException e) {
                    // A (custom or edited) universe that does not define what the registry's data uses.
                    throw new RegistryException("the dataset type " + rs.getString(2) + " has dimensions the stored"
                            + " universe does not define: " + e.getMessage(), e);
                }
                types.add(new DatasetType(rs.getLong(1), rs.getString(2), ordered, universe.withImplied(ordered),
                        rs.getString(3), rs.getString(5), rs.getString(6)));
            }
        }
        return types;
    }

    /** Which dataset types each RUN/TAGGED/CALIBRATION collection may hold (the registry's summaries). */
    static Map<Long, Set<Long>> summaries(Connection c) throws SQLException {
        Map<Long, Set<Long>> result = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT collection_id, dataset_type_id FROM collection_summary_dataset_type")) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
        }
        return result;
    }
}
