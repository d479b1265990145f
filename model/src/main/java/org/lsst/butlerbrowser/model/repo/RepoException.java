package org.lsst.butlerbrowser.model.repo;

/**
 * A repository could not be located or its configuration could not be used.
 *
 * <p>The message is one sentence meant for the user: it names the problem and the file or
 * variable involved, and never contains a password.
 */
public class RepoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RepoException(String message) {
        super(message);
    }

    /** Only pass a cause whose own message cannot contain secrets (e.g. an {@code IOException}). */
    public RepoException(String message, Throwable cause) {
        super(message, cause);
    }
}
