package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a user reads when the query parser refuses a query: what is wrong, at which column, how to mend it. */
class QuerySyntaxTest {
    private static String problem(String query) {
        try {
            SearchFields.parse(query, SearchQuery.Kind.ARTICLES);
        } catch (SearchQueryException e) {
            assertThat(e.getMessage()).as(query).doesNotContain("\n").doesNotContain("Lexical error").doesNotContain("Cannot parse");
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + query);
    }

    @Test
    void aCaretWithoutANumberIsNamedWhereItIs() {
        assertThat(problem("foo~bar^^")).isEqualTo("cannot read the query 'foo~bar^^': the ^ at column 8 must be followed by a number"
                + " (word^2 weighs a word twice); remove it, or write \\^");
    }

    @Test
    void whatIsLeftOpenIsNamedAtItsOpening() {
        assertThat(problem("\"flight landed")).isEqualTo("cannot read the query '\"flight landed': the quotation mark at column 1"
                + " is not closed; add a closing \" or remove it");
        assertThat(problem("open 24/7")).startsWith("cannot read the query 'open 24/7': the / at column 8 begins a regular expression")
                .contains("24\\/7");
        assertThat(problem("flight\\")).contains("the \\ at the end escapes nothing");
        assertThat(problem("(planes OR flights")).endsWith("the ( at column 1 is not closed; add a )");
        assertThat(problem("published:[2019 TO")).endsWith("the range at column 11 is not closed; close it with ] (or with } to leave its end out)");
    }

    @Test
    void aStrayTokenIsNamedWithItsColumn() {
        assertThat(problem("flight )")).endsWith("the ) at column 8 closes nothing; remove it, or escape it with \\ or put the words in quotes");
        assertThat(problem("planes OR OR flights")).endsWith("'OR' is not expected at column 11; put quotes around a word like AND, OR, NOT,"
                + " or drop the extra operator");
        assertThat(problem("flight AND")).isEqualTo("cannot read the query 'flight AND': it ends too early (after 'AND'); finish it,"
                + " or put quotes around a word like AND, OR, NOT");
        assertThat(problem("headline:")).endsWith("nothing follows the field at column 9; give a word after it (content:planes),"
                + " or put a word with a colon in quotes");
        assertThat(problem("*flight")).endsWith("a word cannot begin with * or ? (column 1); put at least one letter first (sanction*)");
    }

    @Test
    void aHugeQueryIsEchoedOnceAndCutAroundTheError() {
        String words = IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String tooMany = problem(words);
        assertThat(tooMany).startsWith("cannot read the query 'w0 w1 w2").contains("…': it asks for more than 1,024 terms")
                .doesNotContain("w19999");
        assertThat(tooMany.length()).isLessThan(250);

        String broken = problem(words.substring(0, 5_000) + " \"unclosed");
        assertThat(broken).matches("cannot read the query '…[^']{80}': the quotation mark at column 5002 is not closed.*");
        assertThat(broken).contains("\"unclosed").doesNotContain("w0 ");
    }

    @Test
    void anEchoIsTheWholeShortQueryOrEightyCharactersOfALongOne() {
        assertThat(QuerySyntax.echo("short one", 3)).isEqualTo("short one");
        assertThat(QuerySyntax.echo("a\nb", -1)).isEqualTo("a b");
        String q = "x".repeat(200);
        assertThat(QuerySyntax.echo(q, -1)).isEqualTo("x".repeat(80) + "…");
        assertThat(QuerySyntax.echo(q, 199)).isEqualTo("…" + "x".repeat(80));
        assertThat(QuerySyntax.echo(q, 100)).isEqualTo("…" + "x".repeat(80) + "…");
    }
}
