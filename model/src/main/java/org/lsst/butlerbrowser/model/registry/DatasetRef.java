package org.lsst.butlerbrowser.model.registry;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * One dataset found by a query: its id, type, RUN, full data ID (required and implied values) and,
 * when it was found in a CALIBRATION collection, the validity range of that certification.
 * <p>
 * A value, but not a record: a query's datasets are kept by the hundred thousand (a table's rows) and
 * each young collection copies those read since the last, object by object. It keeps its id as two
 * numbers and its data ID's values, and makes the {@link UUID} and {@link DataId} when asked: three
 * objects a dataset instead of five.
 */
public final class DatasetRef {

    private final long idHigh;
    private final long idLow;
    private final String datasetType;
    private final String run;
    /** The data ID's values, a map {@link DataId} keeps as it is. */
    private final Map<String, Object> dataId;
    private final String collection;
    private final Timespan validity;

    /** @param collection the searched collection it was found in */
    public DatasetRef(UUID id, String datasetType, String run, DataId dataId, String collection, Timespan validity) {
        this.idHigh = id.getMostSignificantBits();
        this.idLow = id.getLeastSignificantBits();
        this.datasetType = datasetType;
        this.run = run;
        this.dataId = dataId.values();
        this.collection = collection;
        this.validity = validity;
    }

    public UUID id() {
        return new UUID(idHigh, idLow);
    }

    public String datasetType() {
        return datasetType;
    }

    public String run() {
        return run;
    }

    public DataId dataId() {
        return new DataId(dataId);
    }

    /** The searched collection it was found in. */
    public String collection() {
        return collection;
    }

    /** The validity range of its certification, when found in a CALIBRATION collection; else null. */
    public Timespan validity() {
        return validity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetRef d && idHigh == d.idHigh && idLow == d.idLow && Objects.equals(datasetType, d.datasetType)
                && Objects.equals(run, d.run) && dataId.equals(d.dataId) && Objects.equals(collection, d.collection)
                && Objects.equals(validity, d.validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idHigh, idLow, datasetType, run, dataId, collection, validity);
    }

    @Override
    public String toString() {
        return "DatasetRef[id=" + id() + ", datasetType=" + datasetType + ", run=" + run + ", dataId=" + dataId()
                + ", collection=" + collection + ", validity=" + validity + "]";
    }
}
