package org.lsst.butlerbrowser.app.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.db.Uuids;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.FieldSpec;

/**
 * State of the detail panel: every field of the session's selected row (a dimension record or a
 * dataset), the values as the registry stores them, and the row as TSV, as a {@code butler}
 * command and as Python.
 */
public final class DetailViewModel {

    private final RegistrySession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<DetailField> stored = FXCollections.observableArrayList();
    private final ObservableList<DetailField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<DetailField> readOnlyStored = FXCollections.unmodifiableObservableList(stored);
    private final BooleanProperty showStored = new SimpleBooleanProperty(this, "showStored", false);
    private final ReadOnlyStringWrapper butlerCommand = new ReadOnlyStringWrapper(this, "butlerCommand", "");
    private final ReadOnlyStringWrapper pythonCode = new ReadOnlyStringWrapper(this, "pythonCode", "");
    private final ReadOnlyStringWrapper tsv = new ReadOnlyStringWrapper(this, "tsv", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    public DetailViewModel(RegistrySession session) {
        this.session = session;
        session.detailProperty().addListener((obs, was, now) -> show(now));
        show(session.detailProperty().get());
    }

    private void show(Object row) {
        fields.clear();
        stored.clear();
        butlerCommand.set("");
        pythonCode.set("");
        tsv.set("");
        empty.set(row == null);
        if (row instanceof DimensionRecord record) {
            showRecord(record);
        } else if (row instanceof DatasetRef ref) {
            showDataset(ref);
        } else if (row != null) {
            title.set(row.getClass().getSimpleName());
            subtitle.set("");
            fields.add(DetailField.of("value", row.toString()));
        } else {
            title.set("");
            subtitle.set("");
        }
    }

    private void showRecord(DimensionRecord record) {
        DimensionElement element = session.registry().universe().element(record.element());
        List<String> names = List.copyOf(record.fields().keySet());
        title.set(record.element());
        subtitle.set(DataIdWhere.key(element, record).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · ")));
        for (String name : names) {
            Object v = record.get(name);
            boolean isHash = element.field(name).map(FieldSpec::type).filter("hash"::equals).isPresent();
            if (v instanceof Region region) {
                fields.add(new DetailField(name, regionText(region), region, false));
            } else if (v instanceof Timespan t) {
                fields.add(DetailField.of(name, bothScales(t)));
            } else if (isHash && v != null) {
                fields.add(DetailField.of(name, FieldText.hash((String) v)));
            } else {
                fields.add(new DetailField(name, FieldText.value(v), null, v == null));
            }
            addStored(name, v);
        }
        publish(EquivalentQuery.forRecord(element, record), RecordCells.tsv(names, List.of(record)));
    }

    private void showDataset(DatasetRef ref) {
        DatasetType type = session.registry().datasetType(ref.datasetType());
        title.set(ref.datasetType());
        subtitle.set(ref.dataId().values().entrySet().stream()
                .filter(e -> type.required().contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · ")));
        fields.add(DetailField.of("uuid", ref.id().toString()));
        fields.add(DetailField.of("dataset type", ref.datasetType()));
        fields.add(DetailField.of("run", ref.run()));
        if (ref.collection() != null && !ref.collection().equals(ref.run())) {
            fields.add(DetailField.of("found in", ref.collection()));
        }
        for (Map.Entry<String, Object> e : ref.dataId().values().entrySet()) {
            String label = type.required().contains(e.getKey()) ? e.getKey() : e.getKey() + " (implied)";
            fields.add(DetailField.of(label, FieldText.value(e.getValue())));
        }
        if (ref.validity() != null) {
            fields.add(DetailField.of("validity", bothScales(ref.validity())));
        }
        boolean sqlite = session.registry().backend() == Backend.SQLITE;
        stored.add(DetailField.of("id", sqlite ? Uuids.toHex(ref.id()) : ref.id().toString()));
        if (ref.validity() != null) {
            addStoredTimespan("validity", ref.validity());
        }

        List<String> headers = new ArrayList<>(List.of("uuid", "dataset_type", "run", "collection"));
        List<Object> cells = new ArrayList<>(List.of(ref.id(), ref.datasetType(), ref.run(),
                ref.collection() == null ? ref.run() : ref.collection()));
        headers.addAll(ref.dataId().values().keySet());
        cells.addAll(ref.dataId().values().values());
        if (ref.validity() != null) {
            headers.addAll(List.of("validity_begin_tai", "validity_end_tai"));
            cells.add(ref.validity().beginTaiIso());
            cells.add(ref.validity().endTaiIso());
        }
        publish(EquivalentQuery.forDataset(ref, type), Tsv.of(headers, List.of(cells)));
    }

    private void publish(EquivalentQuery query, String rowTsv) {
        String repo = RepoArgument.of(session.location());
        butlerCommand.set(ButlerCommand.of(repo, query));
        pythonCode.set(PythonCode.of(repo, query));
        tsv.set(rowTsv);
    }

    /** Values as the tables hold them: regions as base64 text, timespans as TAI nanoseconds, SQLite booleans as 0/1. */
    private void addStored(String name, Object v) {
        if (v instanceof Region region) {
            stored.add(DetailField.of(name, RegionCodec.encodeBase64(region)));
        } else if (name.equals(DimensionElement.TIMESPAN)) {
            addStoredTimespan(name, (Timespan) v);
        } else if (v instanceof Boolean b && session.registry().backend() == Backend.SQLITE) {
            stored.add(DetailField.of(name, b ? "1" : "0"));
        } else {
            stored.add(new DetailField(name, v == null ? "NULL" : v.toString(), null, v == null));
        }
    }

    /** SQLite keeps two BIGINT columns, PostgreSQL one int8range. */
    private void addStoredTimespan(String name, Timespan t) {
        if (session.registry().backend() == Backend.POSTGRESQL) {
            stored.add(new DetailField(name, t == null ? "NULL" : t.toPostgresRange(), null, t == null));
            return;
        }
        long[] columns = t == null ? null : t.toSqlite();
        stored.add(new DetailField(name + "_begin", t == null ? "NULL" : Long.toString(columns[0]), null, t == null));
        stored.add(new DetailField(name + "_end", t == null ? "NULL" : Long.toString(columns[1]), null, t == null));
    }

    private static String bothScales(Timespan t) {
        return "TAI " + FieldText.timespan(t, TimeScale.TAI, false) + "\nUTC " + FieldText.timespan(t, TimeScale.UTC, false);
    }

    /** The summary, then every vertex of a polygon as daf_butler lists them ([RA, Dec] in degrees). */
    static String regionText(Region region) {
        RegionSummary s = RegionSummary.of(region);
        StringBuilder sb = new StringBuilder(region.typeName());
        if (s.vertexCount() > 0) {
            sb.append(", ").append(s.vertexCount()).append(" vertices");
        }
        sb.append(String.format(Locale.ROOT, "\ncentre RA %.6f° Dec %+.6f°\nradius %.6f°", s.centreRaDeg(),
                s.centreDecDeg(), s.radiusDeg()));
        if (!Double.isNaN(s.areaDeg2())) {
            sb.append(String.format(Locale.ROOT, "\narea   %.6g deg²", s.areaDeg2()));
        }
        if (region instanceof ConvexPolygon polygon) {
            sb.append("\nvertices [RA, Dec]:");
            // ten decimals of a degree (0.4 µas): the digits beyond differ from sphgeom's by rounding only
            for (double[] v : polygon.verticesDeg()) {
                sb.append(String.format(Locale.ROOT, "\n[%.10f, %.10f]", v[0], v[1]));
            }
        }
        return sb.toString();
    }

    /** The element or dataset type of the selected row. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The selected row's key, e.g. "instrument HSC · visit 318". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Every field, in daf_butler's order. */
    public ObservableList<DetailField> fields() {
        return readOnlyFields;
    }

    /** The values as the registry's tables store them (for staff). */
    public ObservableList<DetailField> storedFields() {
        return readOnlyStored;
    }

    public BooleanProperty showStoredProperty() {
        return showStored;
    }

    public ReadOnlyStringProperty butlerCommandProperty() {
        return butlerCommand.getReadOnlyProperty();
    }

    public String getButlerCommand() {
        return butlerCommand.get();
    }

    public ReadOnlyStringProperty pythonCodeProperty() {
        return pythonCode.getReadOnlyProperty();
    }

    public String getPythonCode() {
        return pythonCode.get();
    }

    /** The row as TSV with a header line. */
    public ReadOnlyStringProperty tsvProperty() {
        return tsv.getReadOnlyProperty();
    }

    public String getTsv() {
        return tsv.get();
    }

    /** No row is selected. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
