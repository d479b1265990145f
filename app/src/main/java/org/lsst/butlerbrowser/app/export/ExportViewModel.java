package org.lsst.butlerbrowser.app.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.table.ExportProgress;
import org.lsst.butlerbrowser.model.table.TableExporter;
import org.lsst.butlerbrowser.model.table.TableFormat;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * File → Export Table…: which table to write, the folder and format the chooser starts with, the
 * export as a background job with progress and cancel, and a one-line notice of how it went.
 */
public final class ExportViewModel {

    static final String NO_TABLE = "Select a table first: datasets, dimension records or a TAP query's result.";

    private final Supplier<TableRows> currentTable;
    private final TaskRunner runner;
    private final ObjectProperty<TableFormat> format = new SimpleObjectProperty<>(this, "format", TableFormat.VOTABLE);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /** {@code currentTable} gives the table the user works in now, or null when there is none. */
    public ExportViewModel(Supplier<TableRows> currentTable, TaskRunner runner) {
        this.currentTable = currentTable;
        this.runner = runner;
    }

    /** The table to export, or empty after a notice that there is none. */
    public Optional<TableRows> tableToExport() {
        TableRows rows = currentTable.get();
        if (rows == null) {
            tell(new Notice(true, NO_TABLE));
        }
        return Optional.ofNullable(rows);
    }

    /** The file name the chooser offers: the table's title, made safe for any file system. */
    public String suggestedFileName(TableRows rows) {
        String base = rows.title() == null ? "" : rows.title().strip().replaceAll("[^\\w.-]+", "_").replaceAll("^[._]+", "");
        return format.get().withExtension(base.isEmpty() ? "table" : base);
    }

    /**
     * Writes {@code rows} to {@code chosen} in the background: in the format its extension names,
     * else in the format picked in the chooser (whose extension is then added).
     */
    public Job export(TableRows rows, Path chosen) {
        TableFormat picked = TableFormat.forFileName(chosen.getFileName().toString(), format.get());
        Path file = chosen.resolveSibling(picked.withExtension(chosen.getFileName().toString()));
        format.set(picked);
        folder.set(file.getParent());
        String name = file.getFileName().toString();
        return runner.run("Exporting " + name,
                progress -> TableExporter.export(rows, file, picked, new ExportProgress() {
                    @Override
                    public void rows(long done, long total) {
                        progress.update(done, total, "Exported " + count(done));
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                }),
                written -> tell(new Notice(false, "Exported " + count(written) + " to " + name)),
                problem -> {
                    if (!(problem instanceof CancellationException)) {
                        tell(new Notice(true, problem.getMessage()));
                    }
                });
    }

    private static String count(long rows) {
        return String.format(Locale.ROOT, "%,d %s", rows, rows == 1 ? "row" : "rows");
    }

    /** Every notice fires, also one that repeats the last one's text. */
    private void tell(Notice n) {
        notice.set(null);
        notice.set(n);
    }

    /** The format picked last; the chooser preselects it. */
    public ObjectProperty<TableFormat> formatProperty() {
        return format;
    }

    /** The folder exported to last; null before the first export. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The latest notice; briefly null between two. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
