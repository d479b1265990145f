package org.lsst.butlerbrowser.model.repo;

import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * A repository could not be located or its configuration could not be used.
 *
 * <p>The message is one sentence meant for the user: it names the problem and the file or
 * variable involved, and never contains a password. Messages quote paths and values from
 * configuration files, which may be of any length or hold line breaks: they are kept to one line of
 * at most {@link #MAX_LENGTH} characters.
 */
public class RepoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int MAX_LENGTH = 500;

    public RepoException(String message) {
        super(UntrustedText.quote(message, MAX_LENGTH));
    }

    /** Only pass a cause whose own message cannot contain secrets (e.g. an {@code IOException}). */
    public RepoException(String message, Throwable cause) {
        super(UntrustedText.quote(message, MAX_LENGTH), cause);
    }
}
