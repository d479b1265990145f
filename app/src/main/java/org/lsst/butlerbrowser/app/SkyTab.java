package org.lsst.butlerbrowser.app;

import java.util.List;
import javafx.scene.control.SplitPane;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.sky.SkyLayerModel;
import org.lsst.butlerbrowser.app.sky.SkyScreen;
import org.lsst.butlerbrowser.app.sky.SkyScreenModel;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.table.TableRows;

/** The window's one sky: every registry and TAP result draws its footprints here. */
final class SkyTab extends WorkTab {

    private final SkyScreenModel model;
    private final SkyScreen screen;

    SkyTab(TaskRunner runner, SkyLink link, WindowLayout layout) {
        super("Sky");
        setId("sky-tab");
        model = new SkyScreenModel(runner, link);
        screen = new SkyScreen(model);
        List<SplitPane> splits = screen.splits();
        layout.dividers(splits.get(0), 0.2, 0.64);
        layout.dividers(splits.get(1), 0.66);
        layout.dividers(splits.get(2), 0.64);
        setContent(screen);
    }

    SkyScreen screen() {
        return screen;
    }

    SkyScreenModel model() {
        return model;
    }

    /** File → Export writes the selected layer's rows. */
    @Override
    TableRows currentTable() {
        SkyLayerModel layer = model.selectedProperty().get();
        return layer == null ? null : layer.table().asTableRows();
    }

    @Override
    void close() {
        model.close();
    }
}
