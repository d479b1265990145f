package org.lsst.butlerbrowser.model.tap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * Reads schemas, tables and columns with ADQL on TAP_SCHEMA, for services whose VOSI {@code /tables}
 * is missing or too slow. Asks for TAP 1.1's columns first (arraysize, xtype, column_index) and falls
 * back to TAP 1.0's {@code size} when the service rejects that.
 */
final class TapSchemaReader {

    static final String SOURCE = "TAP_SCHEMA";
    private static final long MAXREC = 10_000_000;

    private static final String SCHEMAS = "SELECT schema_name, description FROM TAP_SCHEMA.schemas";
    private static final String TABLES = "SELECT schema_name, table_name, table_type, description FROM TAP_SCHEMA.tables";
    private static final String COLUMNS_11 = "SELECT table_name, column_name, description, unit, ucd, utype, datatype,"
            + " arraysize, xtype, principal, indexed, std FROM TAP_SCHEMA.columns ORDER BY table_name, column_index";
    private static final String COLUMNS_10 = "SELECT table_name, column_name, description, unit, ucd, utype, datatype,"
            + " size, principal, indexed, std FROM TAP_SCHEMA.columns";

    private TapSchemaReader() {
    }

    static TableSet read(TapService service, Cancellation cancellation) {
        ResultTable schemas = run(service, SCHEMAS, cancellation);
        ResultTable tables = run(service, TABLES, cancellation);
        ResultTable columns;
        boolean tap11 = true;
        try {
            columns = run(service, COLUMNS_11, cancellation);
        } catch (TapException e) {
            if (e.kind() != TapException.Kind.SERVICE_ERROR && e.kind() != TapException.Kind.HTTP_STATUS) {
                throw e;
            }
            columns = run(service, COLUMNS_10, cancellation);
            tap11 = false;
        }
        Map<String, List<TapColumn>> columnsByTable = new LinkedHashMap<>();
        for (int r = 0; r < columns.rowCount(); r++) {
            String arraysize = tap11 ? text(columns, r, "arraysize") : text(columns, r, "size");
            columnsByTable.computeIfAbsent(key(text(columns, r, "table_name")), k -> new ArrayList<>()).add(new TapColumn(
                    text(columns, r, "column_name"), text(columns, r, "description"), text(columns, r, "unit"),
                    text(columns, r, "ucd"), text(columns, r, "utype"), text(columns, r, "datatype"), arraysize,
                    tap11 ? text(columns, r, "xtype") : null, flag(columns, r, "principal"),
                    flag(columns, r, "indexed"), flag(columns, r, "std")));
        }
        Map<String, List<TapTable>> tablesBySchema = new LinkedHashMap<>();
        for (int r = 0; r < tables.rowCount(); r++) {
            String name = text(tables, r, "table_name");
            tablesBySchema.computeIfAbsent(key(text(tables, r, "schema_name")), k -> new ArrayList<>()).add(new TapTable(
                    name, text(tables, r, "table_type"), text(tables, r, "description"),
                    columnsByTable.getOrDefault(key(name), List.of())));
        }
        List<TapSchema> out = new ArrayList<>();
        for (int r = 0; r < schemas.rowCount(); r++) {
            String name = text(schemas, r, "schema_name");
            out.add(new TapSchema(name, text(schemas, r, "description"), tablesBySchema.getOrDefault(key(name), List.of())));
        }
        return new TableSet(out, SOURCE);
    }

    private static ResultTable run(TapService service, String adql, Cancellation cancellation) {
        return service.query(TapQuery.adql(adql).withMaxrec(MAXREC), TapProgress.NONE, cancellation).table();
    }

    /** Table and schema names match ignoring case, as unquoted ADQL names do. */
    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static String text(ResultTable t, int row, String column) {
        int c = t.columnIndex(column);
        Object v = c < 0 ? null : t.value(row, c);
        String s = v == null ? null : v.toString().strip();
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean flag(ResultTable t, int row, String column) {
        int c = t.columnIndex(column);
        Object v = c < 0 ? null : t.value(row, c);
        return v instanceof Number n ? n.intValue() != 0 : v instanceof Boolean b ? b : "1".equals(String.valueOf(v).strip());
    }
}
