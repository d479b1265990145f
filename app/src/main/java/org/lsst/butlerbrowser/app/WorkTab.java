package org.lsst.butlerbrowser.app;

import javafx.scene.control.Tab;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.views.NodeTrees;

/**
 * One tab of the main window: an open registry or a TAP service. The window asks every kind the
 * same things: its title (the tab's text, never a secret), the table File → Export writes, and to
 * let go of what it holds when it closes.
 */
abstract class WorkTab extends Tab {

    WorkTab(String title) {
        super(title);
        setOnClosed(e -> release());
    }

    /**
     * Closes the tab for good once it has left the window: lets go of what it holds, then takes its
     * screens apart, since JavaFX may keep one of their nodes for a while, and through it whatever
     * that node reaches (docs/reliability.md, Load and memory).
     */
    final void release() {
        close();
        NodeTrees.dismantle(getContent());
        setContent(null);
    }

    /** The table the user works in now, or null. */
    abstract TableRows currentTable();

    /** Releases what the tab holds (a database pool, work on a service); safe to call more than once. */
    abstract void close();
}
