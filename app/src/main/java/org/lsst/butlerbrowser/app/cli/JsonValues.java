package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;

/** Writes model values as JSON the way the expected files spell them. */
final class JsonValues {

    private JsonValues() {
    }

    static void field(JsonGenerator g, String name, Object value) throws IOException {
        g.writeFieldName(name);
        value(g, value);
    }

    static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Timespan t) {
            g.writeStartObject();
            g.writeStringField("begin_tai", t.beginTaiIso());
            g.writeStringField("end_tai", t.endTaiIso());
            g.writeEndObject();
        } else if (value instanceof Region r) {
            region(g, r);
        } else {
            g.writeString(value.toString());
        }
    }

    /** A TAP column's VOTable metadata: name, datatype, arraysize, xtype, unit and UCD. */
    static void tapColumnFields(JsonGenerator g, org.lsst.butlerbrowser.model.tap.TapColumn c) throws IOException {
        g.writeStringField("name", c.name());
        field(g, "datatype", c.datatype());
        field(g, "arraysize", c.arraysize());
        field(g, "xtype", c.xtype());
        field(g, "unit", c.unit());
        field(g, "ucd", c.ucd());
    }

    /** {@code {"type": ..., "vertices_deg": [[ra, dec], ...]}}; non-polygons give their drawn outline. */
    private static void region(JsonGenerator g, Region r) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", r.typeName());
        g.writeArrayFieldStart("vertices_deg");
        for (var ring : r.outlines()) {
            for (var v : ring) {
                g.writeStartArray();
                g.writeNumber(v.raDeg());
                g.writeNumber(v.decDeg());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
