package org.lsst.butlerbrowser.app.datasets;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;

/**
 * The dataset types of the selected collection: those its summaries (through a chain's flattened
 * search path) say it may hold, listed at once, then with their dataset counts from a background
 * job. Choosing one sets the session's dataset type; a type the new collection also holds stays
 * chosen when the collection changes.
 */
public final class DatasetTypesViewModel {

    private final RegistrySession session;
    private final TaskRunner runner;
    private final ObservableList<DatasetTypeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DatasetTypeRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Select a collection.");
    private Collection shown;
    private Job counts = Job.DONE;

    public DatasetTypesViewModel(RegistrySession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        session.collectionProperty().addListener((obs, was, now) -> show(now));
        show(session.collectionProperty().get());
    }

    private void show(Collection collection) {
        counts.cancel();
        shown = collection;
        if (collection == null) {
            rows.clear();
            counting.set(false);
            status.set("Select a collection.");
            return;
        }
        Registry registry = session.registry();
        List<DatasetType> types = registry.summaryDatasetTypes(collection.name()).stream()
                .map(registry::datasetType).toList();
        DatasetType chosen = session.datasetTypeProperty().get();
        if (chosen != null && !types.contains(chosen)) {
            session.datasetTypeProperty().set(null);
        }
        rows.setAll(types.stream().map(t -> new DatasetTypeRow(t, null)).toList());
        counting.set(!types.isEmpty());
        status.set(types.isEmpty() ? collection.name() + " holds no datasets."
                : plural(types.size(), "dataset type") + " in " + collection.name() + " · counting datasets…");
        if (types.isEmpty()) {
            return;
        }
        counts = runner.run("Counting datasets in " + collection.name(),
                progress -> registry.datasetCounts(collection.name(), progress::onCancel),
                counted -> counted(collection, counted),
                problem -> {
                    if (collection == shown) {
                        counting.set(false);
                        status.set("Could not count the datasets in " + collection.name() + ": "
                                + DatasetListViewModel.reason(problem));
                    }
                }, () -> {
                    if (collection == shown) { // the window's Cancel button, not another collection
                        counting.set(false);
                        status.set(plural(rows.size(), "dataset type") + " in " + collection.name()
                                + " · counting stopped");
                    }
                });
    }

    private void counted(Collection collection, Map<String, Long> counted) {
        if (collection != shown) {
            return; // the user has moved on
        }
        rows.setAll(rows.stream().map(r -> new DatasetTypeRow(r.type(), counted.getOrDefault(r.name(), 0L))).toList());
        counting.set(false);
        long datasets = counted.values().stream().mapToLong(Long::longValue).sum();
        status.set(plural(rows.size(), "dataset type") + " in " + collection.name() + " · "
                + plural(datasets, "dataset"));
    }

    static String plural(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Makes a type the session's choice (its datasets are listed); null is ignored. */
    public void choose(DatasetTypeRow row) {
        if (row != null) {
            session.datasetTypeProperty().set(row.type());
        }
    }

    /** The types of the selected collection, in name order. */
    public ObservableList<DatasetTypeRow> rows() {
        return readOnlyRows;
    }

    /** The chosen type (the session's), for the table to keep its selection in step. */
    public ReadOnlyObjectProperty<DatasetType> chosenProperty() {
        return session.datasetTypeProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public boolean isCounting() {
        return counting.get();
    }

    /** E.g. "15 dataset types in HSC/runs/RC2 · 4,254 datasets". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
