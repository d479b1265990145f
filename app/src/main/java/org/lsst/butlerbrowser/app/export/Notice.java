package org.lsst.butlerbrowser.app.export;

/** One line for the user about an export: a confirmation, or a problem when {@code problem}. */
public record Notice(boolean problem, String text) {
}
