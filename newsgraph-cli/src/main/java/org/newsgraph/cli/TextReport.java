package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;

/**
 * A document as a person at a terminal reads it: the headline, a who-said-what table (speaker, cue,
 * kind, content) and a short entity list. The speaker is the entity's canonical name when the source
 * names one, else the source as written. Content is wrapped to the width, up to {@value #CONTENT_LINES}
 * lines. Stateless and thread-safe.
 */
final class TextReport {
    static final int CONTENT_LINES = 3;
    private static final int SPEAKER_MAX = 26;
    private static final int CUE_MAX = 14;
    private static final int KIND_WIDTH = 8;
    private static final int MIN_CONTENT = 24;
    private static final String NONE = "—";

    private final int columns;

    TextReport(int columns) {
        this.columns = columns;
    }

    String render(Document d) {
        Article a = d.article();
        List<Entity> entities = d.find(Layers.ENTITIES).orElse(List.of());
        List<Attribution> attributions = d.find(Layers.ATTRIBUTIONS).orElse(List.of());
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) byId.put(e.id(), e);

        StringBuilder out = new StringBuilder();
        for (String line : wrap(a.headline() != null ? oneLine(a.headline()) : "(no headline)", columns, CONTENT_LINES)) {
            out.append(line).append('\n');
        }
        String facts = " · " + count(words(a.text()), "word") + " · " + count(attributions.size(), "attribution")
                + " · " + count(entities.size(), "entity", "entities");
        // A long path gives way to the counts, which say more.
        out.append(fit(a.origin(), Math.max(8, columns - facts.length()))).append(fit(facts, columns - 8)).append("\n\n");

        table(attributions, byId, out);
        if (attributions.isEmpty()) out.append("(no attributions found)\n");
        if (!entities.isEmpty()) {
            out.append('\n').append("ENTITIES\n");
            int nameWidth = Math.min(SPEAKER_MAX, entities.stream().mapToInt(e -> e.name().length()).max().orElse(4));
            for (Entity e : entities) {
                String line = "  " + pad(fit(e.name(), nameWidth), nameWidth) + "  " + pad(e.type().name(), 12)
                        + "  " + pad(e.mentions().size() + "×", 4) + (e.roles().isEmpty() ? "" : "  " + String.join(", ", e.roles()));
                out.append(fit(line, columns).stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private void table(List<Attribution> attributions, Map<String, Entity> byId, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        for (Attribution at : attributions) {
            rows.add(new String[] {speaker(at.source(), byId), at.cue() == null ? NONE : oneLine(at.cue().text()),
                    at.kind().jsonName(), oneLine(at.content().text())});
        }
        int numWidth = String.valueOf(rows.size()).length();
        int speakerWidth = Math.max("SPEAKER".length(), Math.min(SPEAKER_MAX, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0)));
        int cueWidth = Math.max("CUE".length(), Math.min(CUE_MAX, rows.stream().mapToInt(r -> r[1].length()).max().orElse(0)));
        String indent = " ".repeat(numWidth + 2 + speakerWidth + 2 + cueWidth + 2 + KIND_WIDTH + 2);
        int contentWidth = Math.max(MIN_CONTENT, columns - indent.length());

        out.append(pad("#", numWidth)).append("  ").append(pad("SPEAKER", speakerWidth)).append("  ")
                .append(pad("CUE", cueWidth)).append("  ").append(pad("KIND", KIND_WIDTH)).append("  CONTENT\n");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            List<String> content = wrap(r[3], contentWidth, CONTENT_LINES);
            out.append(pad(String.valueOf(i + 1), numWidth)).append("  ").append(pad(fit(r[0], speakerWidth), speakerWidth))
                    .append("  ").append(pad(fit(r[1], cueWidth), cueWidth)).append("  ").append(pad(r[2], KIND_WIDTH))
                    .append("  ").append(content.get(0)).append('\n');
            for (int j = 1; j < content.size(); j++) out.append(indent).append(content.get(j)).append('\n');
        }
    }

    private static String speaker(Part source, Map<String, Entity> byId) {
        if (source == null) return NONE;
        Entity e = source.entity() == null ? null : byId.get(source.entity());
        return e != null ? e.name() : oneLine(source.text());
    }

    /** Greedy word wrap of one-line text to {@code width}, at most {@code maxLines}; a cut ends in an ellipsis. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 || rest.length() <= width) {
                lines.add(fit(rest, width));
                break;
            }
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) cut = width; // one word longer than the line: break inside it
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (lines.isEmpty()) lines.add("");
        return lines;
    }

    /** Cuts to {@code width} characters, ending in an ellipsis when cut. */
    static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
