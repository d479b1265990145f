package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatasetRefTest {

    private static final UUID ID = UUID.fromString("0b0e27ec-1d2f-4a6e-9a43-6f0f8d7c9f31");

    private static DatasetRef calexp(UUID id, long visit) {
        DataId dataId = DataId.of(new DataId.Names(List.of("instrument", "detector", "visit")), new Object[]{"HSC", 42L, visit});
        return new DatasetRef(id, "calexp", "HSC/runs/RC2", dataId, "HSC/runs/RC2", null);
    }

    @Test
    void itGivesBackTheIdAndDataIdItWasMadeWith() {
        DatasetRef ref = calexp(ID, 903_334L);

        assertEquals(ID, ref.id());
        assertEquals(new DataId(Map.of("instrument", "HSC", "detector", 42L, "visit", 903_334L)), ref.dataId());
        assertEquals("calexp", ref.datasetType());
        assertNull(ref.validity());
    }

    @Test
    void refsOfTheSameDatasetAreEqualAndOthersNot() {
        assertEquals(calexp(ID, 903_334L), calexp(ID, 903_334L));
        assertEquals(calexp(ID, 903_334L).hashCode(), calexp(ID, 903_334L).hashCode());
        assertNotEquals(calexp(ID, 903_334L), calexp(UUID.randomUUID(), 903_334L));
        assertNotEquals(calexp(ID, 903_334L), calexp(ID, 903_336L));
    }
}
