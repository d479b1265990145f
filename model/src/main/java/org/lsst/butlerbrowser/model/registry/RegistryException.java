package org.lsst.butlerbrowser.model.registry;

/** A registry that cannot be read as asked, told in one sentence. */
public class RegistryException extends RuntimeException {

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
