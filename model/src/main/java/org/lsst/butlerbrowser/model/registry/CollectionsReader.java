package org.lsst.butlerbrowser.model.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the collection and collection_chain tables (SynthIntKeyCollectionManager layout). */
final class CollectionsReader {

    private CollectionsReader() {
    }

    static CollectionGraph read(Connection c) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Object[]> rows = new java.util.LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT collection_id, name, type, doc FROM collection")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                names.put(id, rs.getString(2));
                rows.put(id, new Object[] {rs.getString(2), CollectionType.fromCode(rs.getInt(3)), rs.getString(4)});
            }
        }
        Map<Long, List<String>> children = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT parent, child FROM collection_chain ORDER BY parent, \"position\"")) {
            while (rs.next()) {
                String child = names.get(rs.getLong(2));
                if (child == null) {
                    continue; // a dangling child id: reported by the staff view, not a reason to fail
                }
                children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(child);
            }
        }
        List<Collection> collections = new ArrayList<>();
        rows.forEach((id, r) -> {
            String doc = (String) r[2];
            collections.add(new Collection(id, (String) r[0], (CollectionType) r[1],
                    doc == null || doc.isEmpty() ? null : doc, children.getOrDefault(id, List.of())));
        });
        return new CollectionGraph(collections);
    }
}
