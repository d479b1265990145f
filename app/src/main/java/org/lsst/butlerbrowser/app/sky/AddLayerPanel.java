package org.lsst.butlerbrowser.app.sky;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.views.ExpressionField;

/**
 * The form that adds a layer from an open registry: which registry, what to draw (a spatial
 * element's regions, a dataset type's datasets in a collection, the ObsCore table) and a
 * where-filter with completion and a red underline where it went wrong.
 */
final class AddLayerPanel extends VBox {

    AddLayerPanel(AddLayerModel model) {
        super(6);
        setId("sky-add-layer");
        setPadding(new Insets(6));
        Label title = new Label("Add a layer from a registry");
        title.setStyle("-fx-font-weight: bold;");

        ComboBox<RegistrySession> registry = new ComboBox<>(model.registries());
        registry.setId("sky-add-registry");
        registry.valueProperty().bindBidirectional(model.registryProperty());
        registry.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegistrySession s) {
                return s == null ? "" : s.name();
            }

            @Override
            public RegistrySession fromString(String text) {
                return null;
            }
        });
        registry.setPromptText("no registry open");
        ChoiceBox<AddLayerModel.Kind> kind = new ChoiceBox<>(model.kinds());
        kind.setId("sky-add-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());

        ComboBox<String> element = new ComboBox<>(model.elements());
        element.setId("sky-add-element");
        element.valueProperty().bindBidirectional(model.elementProperty());
        ComboBox<String> datasetType = new ComboBox<>(model.datasetTypes());
        datasetType.setId("sky-add-dataset-type");
        datasetType.valueProperty().bindBidirectional(model.datasetTypeProperty());
        ComboBox<String> collection = new ComboBox<>(model.collections());
        collection.setId("sky-add-collection");
        collection.setEditable(true);
        collection.valueProperty().bindBidirectional(model.collectionProperty());
        CheckBox findFirst = new CheckBox("Find first");
        findFirst.selectedProperty().bindBidirectional(model.findFirstProperty());
        findFirst.setTooltip(new Tooltip("Only the first dataset of each data ID in the collection's search order"));
        Button fromTab = new Button("From the registry tab");
        fromTab.setTooltip(new Tooltip("Take the collection and dataset type selected in the registry's own tab"));
        fromTab.setOnAction(e -> model.useSessionSelection());

        ExpressionField where = new ExpressionField();
        where.setId("sky-add-where");
        where.field().setId("sky-add-where-text");
        where.promptTextProperty().set("where, e.g. band = 'i' AND visit > 1200 (Enter adds)");
        where.textProperty().bindBidirectional(model.whereProperty());
        where.vocabularyProperty().bind(Bindings.createObjectBinding(model::vocabulary, model.registryProperty()));
        where.errorProperty().bind(Bindings.createStringBinding(() ->
                model.getFilterProblem() == null ? null : model.getFilterProblem().message(), model.filterProblemProperty()));
        where.errorStartProperty().bind(Bindings.createIntegerBinding(() ->
                model.getFilterProblem() == null ? 0 : model.getFilterProblem().start(), model.filterProblemProperty()));
        where.errorEndProperty().bind(Bindings.createIntegerBinding(() ->
                model.getFilterProblem() == null ? 0 : model.getFilterProblem().end(), model.filterProblemProperty()));
        where.setOnAction(e -> model.add());
        where.disableProperty().bind(model.kindProperty().isEqualTo(AddLayerModel.Kind.OBSCORE));

        Button add = new Button("Add layer");
        add.setId("sky-add-button");
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add());
        add.disableProperty().bind(model.registryProperty().isNull());
        Label problem = new Label();
        problem.setId("sky-add-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #c62828;");
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label("Registry"), registry);
        form.addRow(1, new Label("Draw"), kind);
        Node[] elementRow = {new Label("Element"), element};
        Node[] datasetRows = {new Label("Dataset type"), datasetType, new Label("Collection"), collection, findFirst, fromTab};
        form.addRow(2, elementRow);
        form.addRow(3, datasetRows[0], datasetRows[1]);
        form.addRow(4, datasetRows[2], datasetRows[3]);
        form.add(findFirst, 1, 5);
        form.add(fromTab, 1, 6);
        for (Node n : new Node[] {registry, element, datasetType, collection}) {
            ((javafx.scene.control.Control) n).setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        showOnly(elementRow, model.kindProperty().isEqualTo(AddLayerModel.Kind.ELEMENT));
        showOnly(datasetRows, model.kindProperty().isEqualTo(AddLayerModel.Kind.DATASETS));
        getChildren().addAll(title, form, where, add, problem);
    }

    private static void showOnly(Node[] nodes, javafx.beans.binding.BooleanExpression when) {
        for (Node n : nodes) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }
}
