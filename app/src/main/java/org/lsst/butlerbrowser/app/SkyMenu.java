package org.lsst.butlerbrowser.app;

import java.io.File;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lsst.butlerbrowser.app.sky.SkyScreenModel;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.views.sky.SkyExport;

/**
 * The View menu: the Sky tab (Ctrl/⌘+K) and what the sky shows: projection, grid, galactic grid, go
 * to a position, Home, zoom to the selection, and saving the view as PNG or SVG. Each item shows the
 * Sky tab first (opening it when it is not open).
 */
final class SkyMenu {

    private SkyMenu() {
    }

    static Menu of(Supplier<SkyTab> sky, Supplier<SkyTab> openSky, Window owner) {
        MenuItem show = item("Sky", "Shortcut+K", () -> openSky.get());
        show.setId("menu-sky");
        Menu projections = new Menu("Projection");
        ToggleGroup projection = new ToggleGroup();
        int key = 1;
        for (Projection p : Projection.values()) {
            RadioMenuItem item = new RadioMenuItem(p.title());
            item.setToggleGroup(projection);
            item.setUserData(p);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + key++));
            item.setOnAction(e -> openSky.get().model().projectionProperty().set(p));
            projections.getItems().add(item);
        }
        Menu grids = new Menu("Grid");
        ToggleGroup grid = new ToggleGroup();
        for (AngleFormat f : new AngleFormat[] {AngleFormat.SEXAGESIMAL, AngleFormat.DEGREES, null}) {
            RadioMenuItem item = new RadioMenuItem(f == null ? "None"
                    : f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT));
            item.setToggleGroup(grid);
            item.setUserData(f);
            item.setOnAction(e -> openSky.get().model().gridFormatProperty().set(f));
            grids.getItems().add(item);
        }
        CheckMenuItem galactic = new CheckMenuItem("Galactic Grid");
        galactic.setOnAction(e -> openSky.get().model().galacticGridProperty().set(galactic.isSelected()));
        MenuItem goTo = item("Go To…", "Shortcut+G", () -> openSky.get().screen().focusGoTo());
        MenuItem home = item("Home", null, () -> openSky.get().screen().home());
        MenuItem zoom = item("Zoom to Selection", null, () -> openSky.get().screen().zoomToSelection());
        MenuItem png = item("Export Sky as PNG…", null, () -> export(openSky.get(), SkyExport.Format.PNG, owner));
        MenuItem svg = item("Export Sky as SVG…", null, () -> export(openSky.get(), SkyExport.Format.SVG, owner));
        Menu view = new Menu("View", null, show, new SeparatorMenuItem(), projections, grids, galactic, goTo, home, zoom,
                new SeparatorMenuItem(), png, svg);
        view.setOnShowing(e -> {
            SkyTab tab = sky.get();
            SkyScreenModel m = tab == null ? null : tab.model();
            select(projection, m == null ? Projection.AITOFF : m.projectionProperty().get());
            select(grid, m == null ? AngleFormat.SEXAGESIMAL : m.gridFormatProperty().get());
            galactic.setSelected(m != null && m.galacticGridProperty().get());
        });
        return view;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().forEach(t -> t.setSelected(java.util.Objects.equals(t.getUserData(), value)));
    }

    /** Asks where to save the picture, then saves it in the background. */
    private static void export(SkyTab tab, SkyExport.Format format, Window owner) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the Sky as " + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " image", "*." + extension));
        chooser.setInitialFileName("sky." + extension);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            tab.screen().export(file.toPath(), format);
        }
    }
}
