package org.lsst.butlerbrowser.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionParserTest {

    @Test
    void andBindsTighterThanOr() {
        Expr e = ExpressionParser.parse("a = 1 OR b = 2 AND c = 3");
        Expr.Binary or = assertInstanceOf(Expr.Binary.class, e);
        assertEquals("OR", or.op());
        assertEquals("AND", assertInstanceOf(Expr.Binary.class, or.right()).op());
    }

    @Test
    void reservedWordsAreCaseInsensitive() {
        Expr e = ExpressionParser.parse("visit in (1, 2) and not band = 'y'");
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, e);
        assertInstanceOf(Expr.In.class, and.left());
        assertEquals("NOT", assertInstanceOf(Expr.Unary.class, and.right()).op());
    }

    @Test
    void rangesWithStridesAreReadInsideInLists() {
        Expr.In in = assertInstanceOf(Expr.In.class, ExpressionParser.parse("visit IN (318..330:4, 0..10, 100)"));
        Expr.Range r = assertInstanceOf(Expr.Range.class, in.items().get(0));
        assertEquals(318, r.first());
        assertEquals(330, r.last());
        assertEquals(4, r.stride());
        assertEquals(1, assertInstanceOf(Expr.Range.class, in.items().get(1)).stride());
        assertEquals(100L, assertInstanceOf(Expr.NumberLiteral.class, in.items().get(2)).value());
    }

    @Test
    void notInIsOneOperator() {
        Expr.In in = assertInstanceOf(Expr.In.class, ExpressionParser.parse("detector NOT IN (0..49)"));
        assertTrue(in.negated());
    }

    @Test
    void elementFieldsBindsTimesAndFunctionsAreRecognised() {
        Expr.Binary cmp = assertInstanceOf(Expr.Binary.class, ExpressionParser.parse("exposure.exposure_time > :t"));
        Expr.Identifier id = assertInstanceOf(Expr.Identifier.class, cmp.left());
        assertEquals("exposure", id.element());
        assertEquals("exposure_time", id.name());
        assertEquals("t", assertInstanceOf(Expr.Bind.class, cmp.right()).name());

        Expr.Binary overlaps = assertInstanceOf(Expr.Binary.class,
                ExpressionParser.parse("visit.timespan OVERLAPS (T'2014-03-25T09:30:00', T'2014-03-25T10:00:00')"));
        assertEquals("OVERLAPS", overlaps.op());
        Expr.Tuple pair = assertInstanceOf(Expr.Tuple.class, overlaps.right());
        assertEquals("2014-03-25T09:30:00", assertInstanceOf(Expr.TimeLiteral.class, pair.items().get(0)).text());

        Expr.Binary spatial = assertInstanceOf(Expr.Binary.class,
                ExpressionParser.parse("visit_detector_region.region OVERLAPS POINT(216.0, 0.3)"));
        Expr.Function point = assertInstanceOf(Expr.Function.class, spatial.right());
        assertEquals("POINT", point.name());
        assertEquals(2, point.args().size());
    }

    @Test
    void arithmeticFollowsUsualPrecedence() {
        Expr.Binary eq = assertInstanceOf(Expr.Binary.class, ExpressionParser.parse("exposure % 4 = 2 + -1 * 3"));
        Expr.Binary plus = assertInstanceOf(Expr.Binary.class, eq.right());
        assertEquals("+", plus.op());
        assertEquals("*", assertInstanceOf(Expr.Binary.class, plus.right()).op());
        assertEquals("%", assertInstanceOf(Expr.Binary.class, eq.left()).op());
    }

    @Test
    void blankTextIsNoConstraint() {
        assertNull(ExpressionParser.parse("   "));
    }

    @Test
    void errorsPointAtTheOffendingCharacters() {
        String text = "instrument = 'HSC' AND visit = ";
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        assertEquals(text.length(), e.start());
        assertTrue(e.getMessage().contains("ends too early"), e.getMessage());
        assertTrue(e.describe().endsWith("^"), e.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"instrument='HSC'; DROP TABLE dataset; --'", "visit = 1 /* comment */", "band = 'y",
            "visit IN (1..)", "a.b.c.d = 1", "visit ==== 3", "(((visit = 1)"})
    void hostileOrBrokenTextIsRejectedWithAMessage(String text) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        assertTrue(e.start() >= 0 && e.start() <= text.length());
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "(".repeat(50_000) + "visit = 1" + ")".repeat(50_000);
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(deep));
        assertTrue(e.getMessage().contains("too long") || e.getMessage().contains("nested too deeply"), e.getMessage());
        String notNot = "NOT ".repeat(5_000) + "visit = 1";
        assertThrows(ExpressionException.class, () -> ExpressionParser.parse(notNot));
    }
}
