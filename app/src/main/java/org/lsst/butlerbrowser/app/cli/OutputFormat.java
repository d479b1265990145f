package org.lsst.butlerbrowser.app.cli;

/** How a subcommand prints its answer. */
public enum OutputFormat {
    TEXT, JSON, CSV
}
