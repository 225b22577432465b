package org.newsgraph.nlp.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.StageContract;
import org.newsgraph.stage.Stage;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

class TokenStageTest extends StageContract {
    private static final TokenStage STAGE = new TokenStage();

    @Override protected Stage stage() { return STAGE; }
    @Override protected List<Stage> before() { return List.of(); }

    @Test
    void tokensReadAsWrittenWithOffsetsIntoTheText() {
        String text = "Venezuela’s military attaché  in Moscow said “servicemen” (officials) arrived.";
        Document d = STAGE.apply(Document.of(Article.ofText("t", text)));
        for (Token t : d.get(Layers.TOKENS)) assertThat(t.span().of(text)).isEqualTo(t.text());
        assertThat(d.get(Layers.TOKENS)).extracting(Token::text).contains("attaché", "“", "servicemen", "(", "officials");
    }

    @Test
    void namesGetEntityTagsAndVerbsGetVerbTags() {
        Document d = STAGE.apply(Document.of(Article.ofText("t", "Maria Zakharova told a briefing in Moscow.")));
        List<Token> toks = d.get(Layers.TOKENS);
        assertThat(toks.get(0).ner()).isEqualTo("PERSON");
        assertThat(toks.get(1).ner()).isEqualTo("PERSON");
        assertThat(toks.get(2).pos()).isEqualTo("VBD");
        assertThat(toks.get(6).ner()).isEqualTo("LOCATION");
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutAPeriod() {
        String text = "EU frowns, US roars as Russian troops start arriving\n\nRussia said it had sent specialists.";
        List<Sentence> sentences = STAGE.apply(Document.of(Article.ofText("t", text))).get(Layers.SENTENCES);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).span().of(text)).endsWith("arriving");
    }
}
