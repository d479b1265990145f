package org.lsst.butlerbrowser.app.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionGraph;
import org.lsst.butlerbrowser.model.registry.NamePattern;
import org.lsst.butlerbrowser.model.registry.Registry;

/**
 * State of the collections window, without any control: the rows at the top of the tree (all
 * collections, only those no chain includes, or those matching a filter), a chain's rows in search
 * order, each collection's dataset count once counted, and the loading, status and error texts. Plain JavaFX properties, so it is usable and testable without a toolkit;
 * like any JavaFX model it is changed on one thread (the FX thread once a window shows it).
 */
public final class CollectionsViewModel {

    private static final String APP = "Butler Browser";

    private final BooleanProperty topLevelOnly = new SimpleBooleanProperty(this, "topLevelOnly", true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering", false);
    private final ObservableList<CollectionNode> roots = FXCollections.observableArrayList();
    private final ObservableList<CollectionNode> readOnlyRoots = FXCollections.unmodifiableObservableList(roots);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No registry open");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);
    private final ObjectProperty<CollectionNode> selected = new SimpleObjectProperty<>(this, "selected");
    private CollectionGraph graph;
    private DatasetTotals totals;

    public CollectionsViewModel() {
        topLevelOnly.addListener((obs, was, now) -> refreshRoots());
        filter.addListener((obs, was, now) -> refreshRoots());
    }

    /** From now on, count each shown collection's datasets in the background with this registry. */
    public void countDatasets(Registry registry, TaskRunner runner) {
        totals = new DatasetTotals(registry, runner);
        refreshRoots(); // rows already shown get their counts too
    }

    /**
     * How many datasets a collection holds: null while not yet counted (asking starts the count),
     * empty when it could not be counted; null for ever when no registry counts.
     */
    public ReadOnlyObjectProperty<OptionalLong> datasetTotal(CollectionNode node) {
        return totals == null ? null : totals.total(node.name());
    }

    /** A registry is being opened; {@code what} names it for a person ("the demo registry"). */
    public void opening(String what) {
        loading.set(true);
        error.set(null);
        status.set("Opening " + what + "…");
    }

    /** The registry is open: show its collections and how it was opened. */
    public void opened(String name, String description, CollectionGraph collections, String backend, long millis) {
        graph = collections;
        loading.set(false);
        error.set(null);
        title.set(APP + " — " + name);
        location.set(description);
        int n = collections.all().size();
        status.set(backend + " · " + n + (n == 1 ? " collection" : " collections") + " · opened in " + millis + " ms");
        refreshRoots();
    }

    /** Opening failed: the error becomes one sentence for an alert and the status bar. */
    public void failed(String what, Throwable problem) {
        loading.set(false);
        error.set(sentence(what, problem));
        status.set("Could not open " + what);
    }

    /** The rows under a chain, in its search order; a chain's own ancestors are not followed again. */
    public List<CollectionNode> children(CollectionNode node) {
        if (graph == null || !node.isExpandable()) {
            return List.of();
        }
        List<String> path = new ArrayList<>(node.chainPath());
        path.add(node.name());
        List<CollectionNode> out = new ArrayList<>();
        List<String> names = node.collection().children();
        for (int i = 0; i < names.size(); i++) {
            if (graph.contains(names.get(i))) {
                out.add(new CollectionNode(graph.get(names.get(i)), i + 1, path));
            }
        }
        return out;
    }

    /** Tooltip text: the collection's doc string, or a plain statement that it has none. */
    public String tooltip(CollectionNode node) {
        Collection c = node.collection();
        String doc = c.doc() == null || c.doc().isBlank() ? "No description." : c.doc().strip();
        String where = node.position() > 0 ? " · searched " + ordinal(node.position()) + " in "
                + node.chainPath().get(node.chainPath().size() - 1) : "";
        return c.name() + "\n" + c.type() + where + "\n\n" + doc;
    }

    /** One sentence naming what could not be opened and why (the first line of the cause). */
    static String sentence(String what, Throwable problem) {
        String message = problem == null ? null : problem.getMessage();
        if (message == null || message.isBlank()) {
            message = problem == null ? "unknown error" : problem.getClass().getSimpleName();
        }
        String reason = message.strip().lines().findFirst().orElse("").strip();
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        // the model's messages usually name the repo already; don't say it twice
        String subject = reason.contains(what) ? "the registry" : what;
        return "Could not open " + subject + ": " + reason + ".";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private void refreshRoots() {
        if (graph == null) {
            roots.clear();
            shown.set("");
            return;
        }
        String text = filter.get() == null ? "" : filter.get().strip();
        filtering.set(!text.isEmpty());
        List<Collection> list = !text.isEmpty() ? graph.all().stream().filter(matcher(text)).toList()
                : topLevelOnly.get() ? graph.topLevel() : graph.all();
        roots.setAll(list.stream().map(CollectionNode::root).toList());
        int all = graph.all().size();
        shown.set(!text.isEmpty() ? list.size() + " of " + all + " match"
                : topLevelOnly.get() ? list.size() + " top-level of " + all : all + " collections");
    }

    /**
     * A glob ({@code HSC/calib*}) matches whole names as {@code butler query-collections} does;
     * plain text, typed to find a collection, matches anywhere in the name.
     */
    private static Predicate<Collection> matcher(String text) {
        if (NamePattern.hasWildcards(text)) {
            NamePattern glob = new NamePattern(text);
            return c -> glob.matches(c.name());
        }
        return c -> c.name().contains(text);
    }

    /** The row selected in the tree (the session follows it). */
    public ObjectProperty<CollectionNode> selectedProperty() {
        return selected;
    }

    /**
     * Filter text: while not blank the tree's top lists every collection that matches, chained or
     * not, and "Top-level only" does not apply.
     */
    public StringProperty filterProperty() {
        return filter;
    }

    public void setFilter(String text) {
        filter.set(text);
    }

    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    public BooleanProperty topLevelOnlyProperty() {
        return topLevelOnly;
    }

    public boolean isTopLevelOnly() {
        return topLevelOnly.get();
    }

    public void setTopLevelOnly(boolean value) {
        topLevelOnly.set(value);
    }

    /** The rows at the top of the tree, sorted by name. */
    public ObservableList<CollectionNode> roots() {
        return readOnlyRoots;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Where the open registry lives (its database description). */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** How many rows the tree's top shows, e.g. "8 top-level of 20". */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public String getShown() {
        return shown.get();
    }

    /** The last opening error as one sentence, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }
}
