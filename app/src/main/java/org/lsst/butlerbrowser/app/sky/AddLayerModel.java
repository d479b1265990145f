package org.lsst.butlerbrowser.app.sky;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.datasets.FilterProblem;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.query.Vocabulary;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;

/**
 * The "add a layer" form of the sky screen: an open registry, and from it the regions of a spatial
 * element, the datasets of a type in a collection (by default what the registry's tab has selected,
 * followed as it changes), or the ObsCore table; a where-filter for the first two, written in the
 * Butler's expression language. A filter the parser or the registry rejects is marked where it went
 * wrong and adds nothing.
 */
public final class AddLayerModel {

    /** What of the registry to draw. */
    public enum Kind {
        ELEMENT("Dimension regions"), DATASETS("Datasets"), OBSCORE("ObsCore table");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final ObservableList<RegistrySession> registries;
    private final BiConsumer<LayerSource, Consumer<ExpressionException>> loader;
    private final ObjectProperty<RegistrySession> registry = new SimpleObjectProperty<>(this, "registry");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ELEMENT);
    private final ObservableList<String> elements = FXCollections.observableArrayList();
    private final StringProperty element = new SimpleStringProperty(this, "element");
    private final ObservableList<String> datasetTypes = FXCollections.observableArrayList();
    private final StringProperty datasetType = new SimpleStringProperty(this, "datasetType");
    private final ObservableList<String> collections = FXCollections.observableArrayList();
    private final StringProperty collection = new SimpleStringProperty(this, "collection");
    private final BooleanProperty findFirst = new SimpleBooleanProperty(this, "findFirst", true);
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final ReadOnlyObjectWrapper<FilterProblem> filterProblem = new ReadOnlyObjectWrapper<>(this, "filterProblem");
    private final ObservableList<Kind> kinds = FXCollections.observableArrayList(Kind.values());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final InvalidationListener followSession = o -> useSessionSelection();

    /**
     * @param registries the registries open in the window
     * @param loader     reads a source into a layer; tells the consumer when the registry rejects the filter
     */
    public AddLayerModel(ObservableList<RegistrySession> registries,
                         BiConsumer<LayerSource, Consumer<ExpressionException>> loader) {
        this.registries = registries;
        this.loader = loader;
        registry.addListener((obs, was, now) -> {
            if (was != null) {
                was.collectionProperty().removeListener(followSession);
                was.datasetTypeProperty().removeListener(followSession);
            }
            offer(now);
            if (now != null) {
                now.collectionProperty().addListener(followSession);
                now.datasetTypeProperty().addListener(followSession);
            }
        });
        registries.addListener((ListChangeListener<RegistrySession>) c -> {
            if (registry.get() == null || !registries.contains(registry.get())) {
                registry.set(registries.isEmpty() ? null : registries.get(registries.size() - 1));
            }
        });
        where.addListener(o -> filterProblem.set(null)); // the marked characters no longer line up
        registry.set(registries.isEmpty() ? null : registries.get(registries.size() - 1));
    }

    /** Fills the choices from a registry, keeping a choice it also has. */
    private void offer(RegistrySession session) {
        problem.set(null);
        if (session == null) {
            elements.clear();
            datasetTypes.clear();
            collections.clear();
            return;
        }
        Registry r = session.registry();
        kinds.setAll(r.obscoreTable().isPresent() ? List.of(Kind.values()) : List.of(Kind.ELEMENT, Kind.DATASETS));
        if (!kinds.contains(kind.get())) {
            kind.set(Kind.ELEMENT);
        }
        elements.setAll(RegistryFootprints.spatialElements(r));
        if (!elements.contains(element.get())) {
            element.set(elements.contains("visit") ? "visit" : elements.isEmpty() ? null : elements.get(0));
        }
        datasetTypes.setAll(r.datasetTypes().stream().filter(t -> hasFootprints(r, t)).map(DatasetType::name).toList());
        collections.setAll(r.collections().all().stream().map(Collection::name).sorted().toList());
        useSessionSelection();
    }

    private static boolean hasFootprints(Registry registry, DatasetType type) {
        try {
            RegistryFootprints.spatialElementOf(registry, type);
            return true;
        } catch (IllegalArgumentException none) {
            return false;
        }
    }

    /** Takes the collection and dataset type selected in the registry's own tab, when it has them. */
    public void useSessionSelection() {
        RegistrySession s = registry.get();
        if (s == null) {
            return;
        }
        Collection c = s.collectionProperty().get();
        if (c != null) {
            collection.set(c.name());
        }
        DatasetType t = s.datasetTypeProperty().get();
        if (t != null && datasetTypes.contains(t.name())) {
            datasetType.set(t.name());
        }
    }

    /**
     * Reads the chosen source into a new layer in the background. A filter that does not parse is
     * marked at once; one the registry rejects (an unknown name) is marked when it answers. Without a
     * registry, dataset type or collection, {@link #problemProperty()} says what to choose.
     */
    public void add() {
        RegistrySession s = registry.get();
        problem.set(null);
        if (s == null) {
            problem.set("Open a registry first: File → Connect… or File → Open Demo Registry.");
            return;
        }
        WhereClause clause = WhereClause.NONE;
        if (kind.get() != Kind.OBSCORE) {
            try {
                clause = WhereClause.parse(where.get());
            } catch (ExpressionException e) {
                filterProblem.set(FilterProblem.of(e));
                return;
            }
        }
        filterProblem.set(null);
        String missing = kind.get() == Kind.ELEMENT ? missing(element, "a spatial element")
                : kind.get() == Kind.DATASETS ? missing(datasetType, "a dataset type") + missing(collection, "a collection")
                : "";
        if (!missing.isEmpty()) {
            problem.set(missing.strip());
            return;
        }
        LayerSource source = switch (kind.get()) {
            case ELEMENT -> new LayerSource.Element(s, element.get().strip(), clause);
            case DATASETS -> new LayerSource.Datasets(s, datasetType.get().strip(), collection.get().strip(),
                    findFirst.get(), clause);
            case OBSCORE -> new LayerSource.ObsCore(s);
        };
        loader.accept(source, e -> filterProblem.set(FilterProblem.of(e)));
    }

    private static String missing(StringProperty value, String what) {
        return value.get() == null || value.get().isBlank() ? "Choose " + what + " first. " : "";
    }

    /** The words the filter field completes, from the chosen registry's universe. */
    public Vocabulary vocabulary() {
        return registry.get() == null ? null : Vocabulary.of(registry.get().registry().universe());
    }

    public ObservableList<RegistrySession> registries() {
        return registries;
    }

    public ObjectProperty<RegistrySession> registryProperty() {
        return registry;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The elements the universe marks spatial that have regions. */
    public ObservableList<String> elements() {
        return elements;
    }

    public StringProperty elementProperty() {
        return element;
    }

    /** The dataset types with a spatial dimension (whose datasets have a footprint). */
    public ObservableList<String> datasetTypes() {
        return datasetTypes;
    }

    public StringProperty datasetTypeProperty() {
        return datasetType;
    }

    public ObservableList<String> collections() {
        return collections;
    }

    public StringProperty collectionProperty() {
        return collection;
    }

    public BooleanProperty findFirstProperty() {
        return findFirst;
    }

    public StringProperty whereProperty() {
        return where;
    }

    /** Why the filter was rejected and which characters to mark; null when it was not. */
    public ReadOnlyObjectProperty<FilterProblem> filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    public FilterProblem getFilterProblem() {
        return filterProblem.get();
    }

    /** What the chosen registry offers to draw: the ObsCore table only when it has one. */
    public ObservableList<Kind> kinds() {
        return kinds;
    }

    /** What to choose before a layer can be added, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
