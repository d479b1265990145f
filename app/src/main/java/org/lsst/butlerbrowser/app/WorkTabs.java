package org.lsst.butlerbrowser.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's tabs, each a {@link WorkTab}: it keeps them as such, so that the window finds the
 * selected one without asking what kind of tab it is.
 */
final class WorkTabs {

    private final TabPane pane = new TabPane();
    private final List<WorkTab> open = new ArrayList<>();

    WorkTabs() {
        pane.setId("registry-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        pane.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                open.removeAll(change.getRemoved());
            }
        });
    }

    TabPane pane() {
        return pane;
    }

    /** Adds the tab and selects it. */
    void add(WorkTab tab) {
        open.add(tab);
        pane.getTabs().add(tab);
        pane.getSelectionModel().select(tab);
    }

    Optional<WorkTab> selected() {
        Tab tab = pane.getSelectionModel().getSelectedItem();
        return open.stream().filter(t -> t == tab).findFirst();
    }

    /** The selected tab when it is of this kind. */
    <T extends WorkTab> Optional<T> selected(Class<T> kind) {
        return selected().filter(kind::isInstance).map(kind::cast);
    }

    /** Closes the selected tab: it leaves the window and lets go of what it holds. */
    void closeSelected() {
        selected().ifPresent(tab -> {
            pane.getTabs().remove(tab);
            tab.release();
        });
    }

    void closeAll() {
        List.copyOf(open).forEach(WorkTab::close);
    }
}
