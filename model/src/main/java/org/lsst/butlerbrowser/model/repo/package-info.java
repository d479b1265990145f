/**
 * Locating a Butler registry: {@link org.lsst.butlerbrowser.model.repo.RepoResolver} turns a REPO
 * argument (directory, butler.yaml, SQLite file, repository label or postgresql:// URL) into a
 * {@link org.lsst.butlerbrowser.model.repo.RepoLocation}, following daf_butler's rules for
 * butler.yaml, the repository index and db-auth.yaml credentials. Passwords are carried as
 * {@link org.lsst.butlerbrowser.model.repo.Secret} and never appear in messages or string forms.
 */
package org.lsst.butlerbrowser.model.repo;
