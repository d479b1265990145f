package org.lsst.butlerbrowser.app.screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.datasets.DatasetTypeRow;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour finds rows by name in screens it knows nothing about. */
@ExtendWith(ApplicationExtension.class)
class ItemPickerTest {

    private ListView<String> types;
    private TreeView<String> elements;
    private VBox screen;
    private boolean chainChildrenAsked;

    @Start
    void start(Stage stage) {
        types = new ListView<>();
        elements = new TreeView<>(new TreeItem<>("universe"));
        types.getItems().addAll("calexpBackground (1,132)", "calexp (1,132)", "raw (1,132)");
        IntStream.range(0, 200).forEach(i -> types.getItems().add("type_" + i));
        types.setPrefHeight(150);
        TreeItem<String> instrument = new TreeItem<>("instrument");
        instrument.getChildren().add(new TreeItem<>("DimensionElement[name=visit, required=[instrument]]"));
        elements.getRoot().getChildren().add(new TreeItem<>("HSC/runs/RC2") {
            @Override
            public ObservableList<TreeItem<String>> getChildren() {
                chainChildrenAsked = true; // a chain's children are read from the registry when asked for
                return super.getChildren();
            }

            @Override
            public boolean isLeaf() {
                return false;
            }
        });
        elements.getRoot().getChildren().add(instrument);
        elements.getRoot().getChildren().add(new TreeItem<>("skymap"));
        screen = new VBox(new HBox(types), elements);
        stage.setScene(new Scene(screen, 400, 500));
        stage.show();
    }

    private boolean pick(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ItemPicker.pick(screen, name)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void picksTheRowNamedExactlyNotOneStartingAlike() throws Exception {
        assertTrue(pick("calexp"));

        assertEquals("calexp (1,132)", types.getSelectionModel().getSelectedItem());
    }

    @Test
    void picksARecordInATreeAndOpensItsParents() throws Exception {
        assertTrue(pick("visit"));

        assertTrue(elements.getSelectionModel().getSelectedItem().getValue().startsWith("DimensionElement[name=visit,"));
        assertTrue(elements.getSelectionModel().getSelectedItem().getParent().isExpanded());
    }

    @Test
    void picksAShownRowWithoutScrollingAndScrollsToARowOutOfView() throws Exception {
        assertTrue(pick("raw"));
        assertEquals(0, firstShownRow(types), "a click on a shown row does not scroll the list");

        assertTrue(pick("type_150"));
        assertEquals("type_150", types.getSelectionModel().getSelectedItem());
        assertTrue(firstShownRow(types) > 100, "the list scrolled to the picked row");
    }

    @Test
    void picksATopRowWithoutAskingOtherRowsForTheirChildren() throws Exception {
        assertTrue(pick("skymap"));

        assertEquals("skymap", elements.getSelectionModel().getSelectedItem().getValue());
        assertFalse(chainChildrenAsked);
    }

    private static int firstShownRow(ListView<?> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            list.layout();
            return ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void saysSoWhenNoControlHasTheRow() throws Exception {
        assertFalse(pick("deepCoadd"));

        assertTrue(types.getSelectionModel().isEmpty());
    }

    @Test
    void namesADatasetTypeRowByItsTypesNameNotItsText() {
        DatasetTypeRow calexp = new DatasetTypeRow(
                new DatasetType(1, "calexp", List.of("visit"), List.of("visit"), "ExposureF", "dataset_tags_00000001", null), 5L);

        assertTrue(ItemPicker.names(calexp, "calexp"));
        assertFalse(ItemPicker.names(calexp, "calexpBackground"));
    }
}
