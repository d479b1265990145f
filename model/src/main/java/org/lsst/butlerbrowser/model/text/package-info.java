/** Helpers for text that comes from outside: files, registries and services. */
package org.lsst.butlerbrowser.model.text;
