package org.lsst.butlerbrowser.model.table;

/** An export failed; the message is one sentence for a person, naming the file and the reason. */
public final class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
