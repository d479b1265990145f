package org.lsst.butlerbrowser.app.dimensions;

import java.util.List;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;

/**
 * Counts the records of tree rows in the background, one element after another, so that each count
 * shows as soon as it is known and only one statement runs at a time.
 */
final class ElementCounter {

    private final Registry registry;
    private final TaskRunner runner;

    ElementCounter(Registry registry, TaskRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    void count(List<ElementNode> nodes) {
        countFrom(List.copyOf(nodes), 0);
    }

    private void countFrom(List<ElementNode> pending, int index) {
        if (index >= pending.size()) {
            return;
        }
        ElementNode node = pending.get(index);
        String name = node.element().name();
        runner.run("Counting " + name + " records", progress -> {
            progress.update(index, pending.size(), "Counting " + name + " records");
            return registry.countDimensionRecords(name, WhereClause.NONE, progress::onCancel);
        }, n -> {
            node.setCount(n);
            countFrom(pending, index + 1);
        }, problem -> {
            node.countFailed(DimensionsViewModel.sentence(problem));
            countFrom(pending, index + 1);
        });
    }
}
