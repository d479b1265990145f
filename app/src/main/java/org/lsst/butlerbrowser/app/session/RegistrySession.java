package org.lsst.butlerbrowser.app.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * One open registry and the selection its screens share: the collection picked in the tree, the
 * dataset type picked in the types list, and the row whose details the side panel shows. Screens
 * observe these properties instead of talking to each other.
 *
 * @param name a short name for tabs and titles (never a password)
 */
public final class RegistrySession implements AutoCloseable {

    private final String name;
    private final RepoLocation location;
    private final Registry registry;
    private final ObjectProperty<Collection> collection = new SimpleObjectProperty<>(this, "collection");
    private final ObjectProperty<DatasetType> datasetType = new SimpleObjectProperty<>(this, "datasetType");
    private final ObjectProperty<Object> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<TableRows> table = new SimpleObjectProperty<>(this, "table");

    public RegistrySession(String name, RepoLocation location, Registry registry) {
        this.name = name;
        this.location = location;
        this.registry = registry;
    }

    public String name() {
        return name;
    }

    /** Where the registry is; null for registries opened without a location (tests). */
    public RepoLocation location() {
        return location;
    }

    public Registry registry() {
        return registry;
    }

    /** The selected collection (a chain is searched through its flattened children). */
    public ObjectProperty<Collection> collectionProperty() {
        return collection;
    }

    public ObjectProperty<DatasetType> datasetTypeProperty() {
        return datasetType;
    }

    /**
     * The row the detail panel shows: a {@code DatasetRef}, a {@code DimensionRecord} or any other
     * value a screen selects.
     */
    public ObjectProperty<Object> detailProperty() {
        return detail;
    }

    /** The table the user works in now: what File → Export writes. */
    public ObjectProperty<TableRows> tableProperty() {
        return table;
    }

    @Override
    public void close() {
        registry.close();
    }
}
