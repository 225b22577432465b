package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A one-sentence document whose tokens carry tags chosen by the test, so mention rules can be checked
 * against a given recogniser output without loading CoreNLP. Written as {@code word/POS} or
 * {@code word/POS/NER}, tokens separated by single spaces.
 */
final class HandTagged {
    private HandTagged() {}

    static Document of(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.split(" ")) {
            String[] parts = item.split("/");
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(parts[0]);
            tokens.add(new Token(tokens.size(), new Span(begin, text.length()), parts[0], parts[1],
                    parts.length > 2 ? parts[2] : "O", 0));
        }
        Sentence s = new Sentence(0, new Span(0, text.length()), 0, tokens.size());
        return Document.of(Article.ofText("test", text.toString()))
                .with(Layers.TOKENS, List.copyOf(tokens))
                .with(Layers.SENTENCES, List.of(s));
    }
}
