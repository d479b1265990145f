package org.lsst.butlerbrowser.app.detail;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * Dimension records as flat cells for TSV and export, with the command line's CSV columns: the
 * timespan split into {@code timespan_begin_tai} and {@code timespan_end_tai}, a polygon as STC-S
 * (any other region as its stored base64).
 */
public final class RecordCells {

    public static final String BEGIN = "timespan_begin_tai";
    public static final String END = "timespan_end_tai";

    private RecordCells() {
    }

    public static List<String> headers(List<String> fields) {
        List<String> headers = new ArrayList<>();
        for (String f : fields) {
            if (f.equals(DimensionElement.TIMESPAN)) {
                headers.add(BEGIN);
                headers.add(END);
            } else {
                headers.add(f);
            }
        }
        return headers;
    }

    /** One cell per header; null where the value is missing or a timespan side is unbounded. */
    public static List<Object> values(DimensionRecord record, List<String> fields) {
        List<Object> cells = new ArrayList<>();
        for (String f : fields) {
            Object v = record.get(f);
            if (f.equals(DimensionElement.TIMESPAN)) {
                Timespan t = (Timespan) v;
                cells.add(t == null ? null : t.beginTaiIso());
                cells.add(t == null ? null : t.endTaiIso());
            } else if (v instanceof Region region) {
                cells.add(region instanceof ConvexPolygon p ? StcsFormatter.polygon(p) : RegionCodec.encodeBase64(region));
            } else {
                cells.add(v);
            }
        }
        return cells;
    }

    /** The records as TSV: a header line, then one line per record. */
    public static String tsv(List<String> fields, List<DimensionRecord> records) {
        List<List<Object>> rows = records.stream().map(r -> values(r, fields)).toList();
        return Tsv.of(headers(fields), rows);
    }
}
