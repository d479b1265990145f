package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void printsAsMaskNeverAsValue() {
        Secret secret = Secret.of("hunter2");
        assertEquals("******", secret.toString());
        assertEquals("x=******", "x=" + secret);
    }

    @Test
    void revealsACopyThatCallersMayWipe() {
        Secret secret = Secret.of("hunter2");
        char[] copy = secret.reveal();
        copy[0] = 'X';
        assertArrayEquals("hunter2".toCharArray(), secret.reveal());
        assertEquals("hunter2", secret.revealAsString());
    }

    @Test
    void copiesTheArrayItWasMadeFrom() {
        char[] source = "pw".toCharArray();
        Secret secret = Secret.of(source);
        source[0] = 'X';
        assertEquals("pw", secret.revealAsString());
    }

    @Test
    void clearingWipesAndForbidsLaterReveals() {
        Secret secret = Secret.of("hunter2");
        assertFalse(secret.isCleared());
        secret.clear();
        assertTrue(secret.isCleared());
        assertThrows(IllegalStateException.class, secret::reveal);
        assertThrows(IllegalStateException.class, secret::revealAsString);
    }

    @Test
    void equalityIsIdentitySoValuesCannotBeProbed() {
        assertNotEquals(Secret.of("a"), Secret.of("a"));
    }
}
