package org.lsst.butlerbrowser.app.export;

import java.io.File;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lsst.butlerbrowser.model.table.TableFormat;

/**
 * The File menu's "Export Table…" (Shortcut+E): a save dialog offering every format, then the
 * export runs in the window's background jobs; its outcome shows as a one-line message.
 */
public final class ExportMenu {

    private ExportMenu() {
    }

    public static MenuItem item(Window owner, ExportViewModel model) {
        MenuItem item = new MenuItem("Export Table…");
        item.setId("export-table");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        item.setOnAction(e -> model.tableToExport().ifPresent(rows -> {
            Map<FileChooser.ExtensionFilter, TableFormat> filters = filters();
            FileChooser chooser = chooser(model, filters);
            chooser.setInitialFileName(model.suggestedFileName(rows));
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                TableFormat picked = filters.get(chooser.getSelectedExtensionFilter());
                if (picked != null) {
                    model.formatProperty().set(picked);
                }
                model.export(rows, file.toPath());
            }
        }));
        model.noticeProperty().addListener((obs, was, now) -> {
            if (now != null) {
                show(owner, now);
            }
        });
        return item;
    }

    /** One filter per format, in the order of {@link TableFormat#values()}. */
    private static Map<FileChooser.ExtensionFilter, TableFormat> filters() {
        Map<FileChooser.ExtensionFilter, TableFormat> out = new LinkedHashMap<>();
        for (TableFormat format : TableFormat.values()) {
            out.put(new FileChooser.ExtensionFilter(format.label() + " (*." + String.join(", *.", format.extensions()) + ")",
                    format.extensions().stream().map(x -> "*." + x).toList()), format);
        }
        return out;
    }

    private static FileChooser chooser(ExportViewModel model, Map<FileChooser.ExtensionFilter, TableFormat> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Table");
        chooser.getExtensionFilters().addAll(filters.keySet());
        filters.forEach((filter, format) -> {
            if (format == model.formatProperty().get()) {
                chooser.setSelectedExtensionFilter(filter);
            }
        });
        if (model.folderProperty().get() != null && Files.isDirectory(model.folderProperty().get())) {
            chooser.setInitialDirectory(model.folderProperty().get().toFile());
        }
        return chooser;
    }

    private static void show(Window owner, Notice notice) {
        Alert alert = new Alert(notice.problem() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION,
                notice.text(), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Export Table");
        alert.setHeaderText(null);
        alert.show();
    }
}
