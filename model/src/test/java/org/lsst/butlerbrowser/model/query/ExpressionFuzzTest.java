package org.lsst.butlerbrowser.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;

/**
 * The where-expression parser against hostile text (deep nesting, enormous IN lists, injection text,
 * Unicode): a tree or an {@link ExpressionException} that points into the text; and whatever it
 * reads, written back, reads as the same tree.
 */
class ExpressionFuzzTest {

    private static final ParserContract<Expr> PARSER = ParserContract.of("where-expression parser",
            ExpressionFuzzTest::checkTree, ExpressionException.class);
    private static final List<String> WORDS = List.of("AND", "OR", "NOT", "IN", "OVERLAPS", "(", ")", ",", "..", ":",
            "=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", ".", "'", "T'", "visit", "instrument",
            "visit.timespan", "visit.timespan.begin", ":bind", "POINT(", "CIRCLE(", "'HSC'", "T'2014-03-25T09:34:19'",
            "NOT IN (", "IN (", "1..10:2", "-5..5", "9223372036854775807", "1e999", ".5", "1.", "1e", "\u0661.\u0662",
            "\uFF11", "ß", "ın", "İ");
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "IN", "OVERLAPS");

    /** Every node lies inside the text and begins before it ends; a re-written tree reads back the same. */
    private static void checkTree(Expr e) {
        if (e == null) {
            return;
        }
        String canonical = ExprText.canonical(e);
        String again = ExprText.write(e);
        if (again.length() <= ExpressionParser.MAX_LENGTH) {
            assertEquals(canonical, ExprText.canonical(ExpressionParser.parse(again)), "re-read of " + again);
        }
    }

    private static void checkPositions(Expr e, int length) {
        assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= length, "positions of " + e);
    }

    private static Gen<String> texts() {
        List<String> seeds = new ArrayList<>(Corpus.texts("where"));
        Random r = new Random(11);
        for (int i = 0; i < 200; i++) {
            seeds.add(ExprText.write(tree(r, 0)));
        }
        return Hostile.text(seeds, WORDS);
    }

    @Test
    void hostileTextParsesOrIsRefusedWithAPosition() {
        Properties.forAll(texts(), text -> {
            ParserContract.Outcome<Expr> outcome = PARSER.check(text, () -> ExpressionParser.parse(text));
            if (outcome.accepted() && outcome.value() != null) {
                walk(outcome.value(), text.length());
            } else if (!outcome.accepted()) {
                ExpressionException e = (ExpressionException) outcome.refusal();
                assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= text.length());
                assertTrue(e.describe().length() < 2000 && !e.oneLine().contains("\n"), e.oneLine());
            }
        });
    }

    @Test
    void writtenTreesReadBackTheSame() {
        Properties.forAll(200, r -> tree(r, 0), tree -> {
            String text = ExprText.write(tree);
            Expr read = PARSER.accepts(text, () -> ExpressionParser.parse(text));
            assertEquals(ExprText.canonical(tree), ExprText.canonical(read));
        });
    }

    @Test
    void everyCorpusInputParsesOrIsRefused() {
        PARSER.checkCorpus(Corpus.of("where"), e -> () -> ExpressionParser.parse(e.text()));
    }

    private static void walk(Expr e, int length) {
        checkPositions(e, length);
        List<Expr> children = List.of();
        if (e instanceof Expr.Unary u) {
            children = List.of(u.operand());
        } else if (e instanceof Expr.Binary b) {
            children = List.of(b.left(), b.right());
        } else if (e instanceof Expr.In in) {
            children = concat(in.value(), in.items());
        } else if (e instanceof Expr.Tuple t) {
            children = t.items();
        } else if (e instanceof Expr.Function f) {
            children = f.args();
        }
        children.forEach(c -> walk(c, length));
    }

    private static List<Expr> concat(Expr first, List<Expr> rest) {
        List<Expr> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    /** A random tree of every node type, at most six levels deep. */
    static Expr tree(Random r, int depth) {
        int kind = r.nextInt(depth >= 6 ? 7 : 14);
        return switch (kind) {
            case 0 -> new Expr.StringLiteral(word(r, "abc XYZ_-+*/é;\"\\ "), 0, 0);
            case 1 -> new Expr.NumberLiteral((long) r.nextInt(100_000), 0, 0);
            case 2 -> new Expr.NumberLiteral(r.nextBoolean() ? r.nextDouble() * 1000 : Math.scalb(r.nextDouble(), r.nextInt(200) - 100), 0, 0);
            case 3 -> new Expr.TimeLiteral("2014-03-25T09:" + (10 + r.nextInt(50)) + ":19", 0, 0);
            case 4 -> new Expr.Identifier(r.nextBoolean() ? null : name(r), name(r), 0, 0);
            case 5 -> new Expr.Bind(name(r), 0, 0);
            case 6 -> new Expr.Function(name(r).toUpperCase(Locale.ROOT), children(r, depth, r.nextInt(4)), 0, 0);
            case 7 -> new Expr.Unary(new String[] {"NOT", "-", "+"}[r.nextInt(3)], tree(r, depth + 1), 0, 0);
            case 8, 9, 10 -> new Expr.Binary(new String[] {"OR", "AND", "=", "!=", "<", "<=", ">", ">=", "OVERLAPS",
                "+", "-", "*", "/", "%"}[r.nextInt(14)], tree(r, depth + 1), tree(r, depth + 1), 0, 0);
            case 11 -> {
                List<Expr> items = new ArrayList<>();
                for (int i = r.nextInt(5); i >= 0; i--) {
                    long first = r.nextInt(2000) - 1000;
                    items.add(r.nextBoolean() ? new Expr.Range(first, first + r.nextInt(100), 1 + r.nextInt(5), 0, 0)
                            : tree(r, depth + 1));
                }
                yield new Expr.In(tree(r, depth + 1), items, r.nextBoolean(), 0, 0);
            }
            default -> new Expr.Tuple(children(r, depth, 2 + r.nextInt(2)), 0, 0);
        };
    }

    private static List<Expr> children(Random r, int depth, int count) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(tree(r, depth + 1));
        }
        return out;
    }

    private static String name(Random r) {
        while (true) {
            String n = word(r, "abcdefghijklmnopqrstuvwxyz_");
            n = n.isEmpty() || Character.isDigit(n.charAt(0)) ? "x" + n : n;
            if (!RESERVED.contains(n.toUpperCase(Locale.ROOT)) && !n.equalsIgnoreCase("t")) {
                return n + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(100)));
            }
        }
    }

    private static String word(Random r, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // Faults the fuzzers found, each also in the corpus.

    /** Character.isDigit took Arabic-Indic digits into numbers that Double.parseDouble then rejected. */
    @Test
    void nonAsciiDigitsAreUnexpectedCharacters() {
        String m = PARSER.refuses("x = \u0661.\u0665", () -> ExpressionParser.parse("x = \u0661.\u0665")).getMessage();
        assertEquals("unexpected character '\u0661'", m);
    }

    /** A left-deep tree thousands deep overflowed whatever walked it (and SQLite's expression depth). */
    @Test
    void longOrChainsParseIntoShallowTrees() {
        String text = Corpus.file("where", "found-or-chain-left-deep-tree.txt").text();
        assertTrue(depth(PARSER.accepts(text, () -> ExpressionParser.parse(text))) <= 20);
    }

    @Test
    void arithmeticChainsCountTowardsTheDepthLimit() {
        String text = Corpus.file("where", "found-sum-chain-left-deep-tree.txt").text();
        assertTrue(PARSER.refuses(text, () -> ExpressionParser.parse(text)).getMessage().contains("nested too deeply"));
    }

    /** 190 nested calls overflowed a 512 kB stack under the old limit of 200 levels. */
    @Test
    void nestingStaysWithinASmallStack() {
        String text = Corpus.file("where", "found-function-nesting-beyond-the-stack.txt").text();
        assertTrue(PARSER.refuses(text, () -> ExpressionParser.parse(text)).getMessage().contains("nested too deeply"));
    }

    private static int depth(Expr e) {
        if (e instanceof Expr.Binary b) {
            return 1 + Math.max(depth(b.left()), depth(b.right()));
        }
        return e instanceof Expr.Unary u ? 1 + depth(u.operand()) : 1;
    }
}
