package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Caption;
import org.newsgraph.span.Span;

class TextStructureTest {
    /** The project's seed article, from the module directory where Maven runs the tests. */
    static final java.nio.file.Path SEED = java.nio.file.Path.of("..", "examples", "seed", "article.txt");

    static String seed() throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String bodyText(String text, List<Span> body) {
        return body.stream().map(s -> s.of(text)).collect(Collectors.joining("\n\n"));
    }

    @Test
    void seedHeadlineEditorAndCaptionWithCreditAreFound() throws IOException {
        TextStructure.Structure s = TextStructure.of(seed(), null);

        assertThat(s.headline()).isEqualTo("EU frowns, US roars as Russian troops start arriving in Venezuela");
        assertThat(s.editor()).isEqualTo("Sam Morgan");
        assertThat(s.captions()).containsExactly(new Caption("A Russian plane in Venezuela‘s capital, Caracas.", "@TomoNewsUS Twitter"));
    }

    @Test
    void seedBodyLeavesOutHeadlineCreditEditorAndNewsletterFooterButKeepsEveryParagraph() throws IOException {
        String text = seed();
        TextStructure.Structure s = TextStructure.of(text, null);
        String body = bodyText(text, s.body());

        assertThat(body).doesNotContain("EU frowns, US roars", "[Photo:", "@TomoNewsUS", "Edited by", "Subscribe to our newsletters");
        assertThat(body).startsWith("Russia said on Thursday (28 March)")
                .contains("US calls Russia deployment of planes to Venezuela 'reckless escalation'")
                .endsWith("Costa Rica, Ecuador and Uruguay.");
        for (Span p : s.body()) assertThat(p.of(text)).isEqualTo(p.of(text).strip()).isNotEmpty();
    }

    @Test
    void bylinesAndWireServiceCreditsAreRead() {
        String text = "Storm closes schools\n\nBy Jane Doe and Ali Khan\n\nSchools closed on Friday as the storm hit.\n\n"
                + "Reporting by Lee Park; Editing by Sam Morgan\n";
        TextStructure.Structure s = TextStructure.of(text, null);

        assertThat(s.byline()).containsExactly("Jane Doe", "Ali Khan", "Lee Park");
        assertThat(s.editor()).isEqualTo("Sam Morgan");
        assertThat(bodyText(text, s.body())).isEqualTo("Schools closed on Friday as the storm hit.");
    }

    @Test
    void aKnownHeadlineIsLeftOutOfTheBodyOnlyWhenTheTextRepeatsIt() {
        String text = "Storm closes schools\n\nSchools closed on Friday.";
        assertThat(TextStructure.of(text, "Storm closes schools").body()).containsExactly(new Span(22, text.length()));
        assertThat(TextStructure.of(text, "Something else").body()).hasSize(2);
        assertThat(TextStructure.of(text, "Something else").headline()).isEqualTo("Something else");
    }

    @Test
    void proseThatMentionsPhotosOrEditingStaysInTheBody() {
        String text = "The photographer said the image was edited by a magazine before it ran, which she called a betrayal.";
        TextStructure.Structure s = TextStructure.of(text, null);
        assertThat(s.body()).containsExactly(new Span(0, text.length()));
        assertThat(s.captions()).isEmpty();
        assertThat(s.editor()).isNull();
    }
}
