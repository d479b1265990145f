package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertClearMessage;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertUntouched;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registries whose butler_attributes Butler Browser cannot trust: manager schema versions newer or
 * older than it reads, manager classes it does not know, broken or missing universes. Each is refused
 * at open with one sentence naming the file and the manager or attribute; a custom universe that is
 * structurally valid is read like daf_butler's own. Every case edits a copy of the rc2 fixture.
 */
class RegistrySchemaCompatibilityTest {

    private static final String DATASETS = "config:registry.managers.datasets";
    private static final String DIMENSIONS_JSON = "config:dimensions.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path copy;

    @BeforeEach
    void copyFixture() {
        copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
    }

    private String versionKey(String kind) {
        return "version:" + BadInputs.attribute(copy, "config:registry.managers." + kind);
    }

    /** Opening fails with a RegistryException whose message is returned after the common checks. */
    private String refusal() {
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(copy);
        RegistryException e = assertThrows(RegistryException.class, () -> BadInputs.open(copy));
        String message = assertClearMessage(e, copy.toString());
        assertUntouched(copy, sum, before);
        return message;
    }

    @ParameterizedTest(name = "{0} manager {1}")
    @CsvSource({
            "datasets, 3.0.0, 2.0",
            "datasets, 2.1.0, 2.0",
            "dimensions, 7.0.0, 6.0",
            "collections, 2.3.1, 2.0",
            "attributes, 1.1.0, 1.0"})
    void aNewerManagerSchemaIsRefusedByName(String kind, String version, String supported) {
        BadInputs.setAttribute(copy, versionKey(kind), version);
        assertEquals(copy + ": this registry's schema (" + kind + " manager " + version
                + ") is newer than Butler Browser supports (" + supported + ")", refusal());
    }

    @Test
    void anOlderMajorSchemaIsRefusedWithTheMigrationHint() {
        BadInputs.setAttribute(copy, versionKey("datasets"), "1.0.0");
        assertEquals(copy + ": this registry's schema (datasets manager 1.0.0) is older than Butler Browser supports"
                + " (2.x); migrate it with daf_butler_migrate", refusal());
    }

    @Test
    void aNewerPatchVersionIsStillRead() {
        BadInputs.setAttribute(copy, versionKey("datasets"), "2.0.7");
        try (Registry registry = BadInputs.open(copy)) {
            assertEquals("2.0.7", registry.attributes().manager("datasets").orElseThrow().version());
        }
    }

    @Test
    void managersButlerBrowserNeverReadsMayHaveAnyVersion() {
        BadInputs.setAttribute(copy, versionKey("opaque"), "9.0.0");
        BadInputs.setAttribute(copy, versionKey("datastores"), "9.9.9");
        try (Registry registry = BadInputs.open(copy)) {
            assertTrue(registry.datasetTypes().size() > 0);
        }
    }

    @Test
    void anUnknownManagerClassIsRefusedByName() {
        BadInputs.setAttribute(copy, DATASETS, "mycorp.registry.FancyDatasetManager");
        BadInputs.setAttribute(copy, "version:mycorp.registry.FancyDatasetManager", "1.0.0");
        assertEquals(copy + ": this registry's datasets manager FancyDatasetManager (1.0.0) is not one Butler Browser"
                + " can read", refusal());
    }

    @Test
    void anUnknownManagerClassWithoutAVersionIsRefusedWithoutPrintingNull() {
        BadInputs.setAttribute(copy, DATASETS, "mycorp.registry.FancyDatasetManager");
        assertEquals(copy + ": this registry's datasets manager FancyDatasetManager is not one Butler Browser can read",
                refusal());
    }

    @Test
    void anUnreadableVersionIsRefused() {
        BadInputs.setAttribute(copy, versionKey("datasets"), "two.zero");
        assertEquals(copy + ": this registry's butler_attributes has no valid version for the datasets manager"
                + " ByDimensionsDatasetRecordStorageManagerUUID", refusal());
    }

    @Test
    void aMissingVersionIsRefused() {
        BadInputs.execute(copy, "DELETE FROM butler_attributes WHERE name = ?", versionKey("collections"));
        assertEquals(copy + ": this registry's butler_attributes has no valid version for the collections manager"
                + " SynthIntKeyCollectionManager", refusal());
    }

    @Test
    void aMissingManagerIsRefused() {
        BadInputs.execute(copy, "DELETE FROM butler_attributes WHERE name = ?", DATASETS);
        assertEquals(copy + ": this registry's butler_attributes names no datasets manager, so it is not a Butler"
                + " registry Butler Browser can read", refusal());
    }

    /** A universe with its own namespace and a version daf_butler never shipped is read as it is stored. */
    @Test
    void aStructurallyValidCustomUniverseWorks() throws Exception {
        ObjectNode universe = (ObjectNode) JSON.readTree(BadInputs.attribute(copy, DIMENSIONS_JSON));
        universe.put("namespace", "mycorp");
        universe.put("version", 99);
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, JSON.writeValueAsString(universe));

        DatasetQuery calexps = new DatasetQuery(List.of("calexp"), List.of("HSC/runs/RC2"), true,
                WhereClause.parse("instrument = 'HSC' AND band = 'i'"), 0);
        try (Registry custom = BadInputs.open(copy); Registry original = BadInputs.open(BadInputs.rc2File())) {
            assertEquals("mycorp", custom.universe().namespace());
            assertEquals(99, custom.universe().version());
            assertEquals(original.universe().elements().stream().map(e -> e.name()).toList(),
                    custom.universe().elements().stream().map(e -> e.name()).toList());
            assertEquals(original.queryDatasets(calexps).toList().stream().map(DatasetRef::id).toList(),
                    custom.queryDatasets(calexps).toList().stream().map(DatasetRef::id).toList());
            assertTrue(custom.countDatasets(calexps) > 0);
            assertEquals(original.countDimensionRecords("visit", WhereClause.NONE),
                    custom.countDimensionRecords("visit", WhereClause.NONE));
        }
    }

    @Test
    void aMalformedUniverseJsonIsRefused() {
        String json = BadInputs.attribute(copy, DIMENSIONS_JSON);
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, json.substring(0, json.length() / 2));
        assertTrue(refusal().startsWith(copy + ": the stored dimension universe (config:dimensions.json) is not valid"
                + " JSON: "));
    }

    @Test
    void aUniverseWithoutElementsIsRefused() {
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, "{\"version\": 99, \"namespace\": \"mycorp\"}");
        assertEquals(copy + ": the stored dimension universe (config:dimensions.json) has no 'elements' mapping",
                refusal());
    }

    @Test
    void aUniverseThatIsNotAnObjectIsRefused() {
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, "[1, 2, 3]");
        assertEquals(copy + ": the stored dimension universe (config:dimensions.json) has no 'elements' mapping",
                refusal());
    }

    @Test
    void aUniverseWithCircularDependenciesIsRefused() {
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, "{\"version\": 1, \"namespace\": \"mycorp\", \"elements\": {"
                + "\"a\": {\"keys\": [{\"name\": \"id\", \"type\": \"int\"}], \"requires\": [\"b\"]},"
                + "\"b\": {\"keys\": [{\"name\": \"id\", \"type\": \"int\"}], \"requires\": [\"a\"]}}}");
        assertEquals(copy + ": the stored dimension universe has unknown or circular dependencies among: a, b",
                refusal());
    }

    /** Valid on its own, but the registry's dataset types use dimensions it lacks. */
    @Test
    void aUniverseLackingDimensionsTheDatasetTypesUseIsRefused() throws Exception {
        ObjectNode universe = (ObjectNode) JSON.readTree(BadInputs.attribute(copy, DIMENSIONS_JSON));
        ObjectNode elements = (ObjectNode) universe.get("elements");
        elements.remove(List.of("detector", "visit_detector_region"));
        BadInputs.setAttribute(copy, DIMENSIONS_JSON, JSON.writeValueAsString(universe));
        String message = refusal();
        assertTrue(message.startsWith(copy + ": the dataset type "), message);
        assertTrue(message.contains(" has dimensions the stored universe does not define: this registry's universe"
                + " has no dimension element 'detector'"), message);
    }

    @Test
    void aRegistryWithoutAUniverseIsRefused() {
        BadInputs.execute(copy, "DELETE FROM butler_attributes WHERE name = ?", DIMENSIONS_JSON);
        assertEquals(copy + ": this registry stores no dimension universe (butler_attributes has no"
                + " config:dimensions.json)", refusal());
    }
}
