package org.lsst.butlerbrowser.app.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;

/**
 * How many datasets each collection holds (a chain: everything its flattened search path finds,
 * each dataset once), counted in the background only for the collections someone asks about, i.e.
 * the rows the tree shows. Requests made while a count runs are batched into the next job, so
 * there is at most one counting job at a time however fast the user scrolls.
 */
final class DatasetTotals {

    private final Registry registry;
    private final TaskRunner runner;
    private final Map<String, ReadOnlyObjectWrapper<OptionalLong>> totals = new HashMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final List<Batch> running = new ArrayList<>();

    /** Collections counted by one job; its job is null until the runner has returned it. */
    private static final class Batch {
        final List<String> names;
        Job job;

        Batch(List<String> names) {
            this.names = names;
        }
    }

    DatasetTotals(Registry registry, TaskRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /**
     * The collection's total: null until counted, empty if it could not be counted. Asking for an
     * unknown total queues it.
     */
    ReadOnlyObjectProperty<OptionalLong> total(String collection) {
        ReadOnlyObjectWrapper<OptionalLong> total = totals.computeIfAbsent(collection, name -> {
            queued.add(name);
            return new ReadOnlyObjectWrapper<>(this, name);
        });
        startNextBatch();
        return total.getReadOnlyProperty();
    }

    private void startNextBatch() {
        // A finished job whose answer has not come may have been cancelled (then it never comes):
        // count its collections again; should the answer come after all, it is simply given twice.
        running.removeIf(batch -> {
            boolean unanswered = batch.job != null && batch.job.isDone();
            if (unanswered) {
                batch.names.stream().filter(n -> totals.get(n).get() == null).forEach(queued::add);
            }
            return unanswered;
        });
        if (!running.isEmpty() || queued.isEmpty()) {
            return;
        }
        Batch batch = new Batch(List.copyOf(queued));
        queued.clear();
        running.add(batch);
        int n = batch.names.size();
        Job job = runner.run("Counting datasets in " + n + (n == 1 ? " collection" : " collections"),
                progress -> count(batch.names, progress), counted -> deliver(batch, counted),
                problem -> deliver(batch, Map.of()));
        batch.job = job;
    }

    private Map<String, OptionalLong> count(List<String> names, TaskRunner.Progress progress) {
        Map<String, OptionalLong> counted = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && !progress.isCancelled(); i++) {
            progress.update(i, names.size(), names.get(i));
            try {
                long sum = registry.datasetCounts(names.get(i), progress::onCancel).values().stream().mapToLong(Long::longValue).sum();
                counted.put(names.get(i), OptionalLong.of(sum));
            } catch (RuntimeException e) {
                counted.put(names.get(i), OptionalLong.empty()); // shown as "?"; the datasets screen says why
            }
        }
        return counted;
    }

    private void deliver(Batch batch, Map<String, OptionalLong> counted) {
        batch.names.forEach(name -> totals.get(name).set(counted.getOrDefault(name, OptionalLong.empty())));
        running.remove(batch);
        startNextBatch();
    }
}
