package org.lsst.butlerbrowser.app;

import javafx.scene.control.Tab;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * One tab of the main window: an open registry or a TAP service. The window asks every kind the
 * same things: its title (the tab's text, never a secret), the table File → Export writes, and to
 * let go of what it holds when it closes.
 */
abstract class WorkTab extends Tab {

    WorkTab(String title) {
        super(title);
        setOnClosed(e -> close());
    }

    /** The table the user works in now, or null. */
    abstract TableRows currentTable();

    /** Releases what the tab holds (a database pool, work on a service); safe to call more than once. */
    abstract void close();
}
