package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.span.Span;
import org.newsgraph.stage.Pipeline;
import org.newsgraph.stage.Stage;

/**
 * The rules every stage keeps, checked on texts that have tripped analysers before. A stage's test
 * extends this and says which stage it tests and which stages must run before it.
 */
public abstract class StageContract {

    /** The stage under test. */
    protected abstract Stage stage();

    /** The stages that add what {@link #stage()} reads, in order. */
    protected abstract List<Stage> before();

    protected List<String> texts() {
        return List.of(
                "",
                "   \n\n  ",
                "Russia said on Thursday (28 March) it had sent “specialists” to Venezuela.",
                "“It is linked to cooperation,” Jose Rafael Torrealba Perez was quoted as saying.\n\n"
                        + "She told reporters: \"No one canceled this document.\"",
                "Emoji 😀 before a name: Maria Zakharova said 𝔘nicode is fine, according to Interfax.",
                "An unclosed “quote that runs to the end\n\nand another paragraph without a close");
    }

    private Document prepared(String text) {
        return Pipeline.of(before()).apply(Article.ofText("contract.txt", text));
    }

    @Test
    void addsTheLayersItDeclaresAndReadsOnlyWhatRunsBefore() {
        Set<LayerKey<?>> declared = new HashSet<>(stage().alsoAdds());
        declared.add(stage().adds());
        Pipeline.of(concat(before(), stage())); // throws when a read is not satisfied
        for (String text : texts()) {
            Document in = prepared(text);
            Document out = stage().apply(in);
            Set<LayerKey<?>> added = new HashSet<>(out.layers());
            added.removeAll(in.layers());
            assertThat(added).as("layers added for %s", quote(text)).isEqualTo(declared);
        }
    }

    @Test
    void everySpanLiesInsideTheText() {
        for (String text : texts()) {
            Document out = stage().apply(prepared(text));
            List<Span> spans = new ArrayList<>();
            collectSpans(out.get(stage().adds()), spans, 0);
            for (Span s : spans) assertThat(s.fitsIn(text)).as("%s in %s", s, quote(text)).isTrue();
        }
    }

    @Test
    void leavesItsInputUnchangedAndIsDeterministic() {
        for (String text : texts()) {
            Document in = prepared(text);
            Set<LayerKey<?>> before = Set.copyOf(in.layers());
            Document first = stage().apply(in);
            Document second = stage().apply(in);
            assertThat(in.layers()).isEqualTo(before);
            assertThat((Object) second.get(stage().adds())).isEqualTo(first.get(stage().adds()));
        }
    }

    private static List<Stage> concat(List<Stage> a, Stage b) {
        List<Stage> l = new ArrayList<>(a);
        l.add(b);
        return l;
    }

    private static String quote(String s) {
        return '"' + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + '"';
    }

    /** Finds every Span inside a layer value: lists, records, and records inside those. */
    private static void collectSpans(Object o, List<Span> out, int depth) {
        if (o == null || depth > 6) return;
        if (o instanceof Span s) {
            out.add(s);
        } else if (o instanceof Collection<?> c) {
            for (Object x : c) collectSpans(x, out, depth + 1);
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    collectSpans(rc.getAccessor().invoke(o), out, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
