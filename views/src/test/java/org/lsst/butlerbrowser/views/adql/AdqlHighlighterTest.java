package org.lsst.butlerbrowser.views.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.views.adql.AdqlHighlighter.Kind;
import org.lsst.butlerbrowser.views.adql.AdqlHighlighter.Span;

/** The editor's colours: which words are keywords and functions, and where strings, numbers and comments end. */
class AdqlHighlighterTest {

    /** The non-plain pieces of a text, as "KIND:text". */
    private static List<String> coloured(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Span s : AdqlHighlighter.spans(text)) {
            assertEquals(at, s.start(), "spans cover the text without gaps");
            at = s.end();
            if (s.kind() != Kind.PLAIN) {
                out.add(s.kind() + ":" + text.substring(s.start(), s.end()));
            }
        }
        assertEquals(text.length(), at);
        return out;
    }

    @Test
    void anObsCoreConeSearchIsColouredByTokenKind() {
        assertEquals(List.of("KEYWORD:SELECT", "KEYWORD:TOP", "NUMBER:10", "KEYWORD:FROM", "KEYWORD:WHERE",
                        "FUNCTION:CONTAINS", "FUNCTION:POINT", "STRING:'ICRS'", "FUNCTION:CIRCLE", "STRING:'ICRS'",
                        "NUMBER:53.13", "NUMBER:28.1", "NUMBER:0.5", "NUMBER:1", "KEYWORD:AND", "NUMBER:6.2E-7"),
                coloured("SELECT TOP 10 * FROM ivoa.ObsCore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec),"
                        + " CIRCLE('ICRS', 53.13, -28.1, 0.5)) = 1 AND em_min <= 6.2E-7"));
    }

    @Test
    void wordsThatOnlyContainKeywordsStayPlainAndCaseDoesNotMatter() {
        assertEquals(List.of("KEYWORD:select", "KEYWORD:from", "KEYWORD:order", "KEYWORD:by"),
                coloured("select selection, from_date, s_region2, \"FROM\" from t order by top_x"));
    }

    @Test
    void stringsWithDoubledQuotesCommentsAndUnclosedStringsEndWhereTheyShould() {
        assertEquals(List.of("KEYWORD:WHERE", "STRING:'it''s'", "COMMENT:-- a note, with SELECT", "KEYWORD:AND",
                        "STRING:'unclosed AND more"),
                coloured("WHERE name = 'it''s' -- a note, with SELECT\nAND x = 'unclosed AND more"));
    }
}
