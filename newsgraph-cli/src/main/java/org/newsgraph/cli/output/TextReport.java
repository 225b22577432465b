package org.newsgraph.cli.output;

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
 * A document as a person at a terminal reads it: the headline, a who-said-what table and a short entity
 * list. SPEAKER is the entity the source resolved to, with its first role ("Maria Zakharova
 * (spokeswoman)"; the role gives way first when the column is narrow), or else the source as the article
 * words it, in quotation marks ("\"media reports\"", dimmed as well on a styled terminal) and explained
 * under the table; VIA, shown when some attribution is relayed, is the speaker of the attribution relaying
 * it. By default every cell is cut to its column and content wrapped to at most {@value #CONTENT_LINES}
 * lines; a full layout prints everything. Stateless and thread-safe.
 */
public final class TextReport {
    static final int CONTENT_LINES = 3;
    private static final int SPEAKER_MAX = 30;
    private static final int SPEAKER_MIN = 16;
    private static final int VIA_MIN = 8;
    private static final int VIA_MAX = 16;
    /** Room for "said in a statement" and "was quoted as saying". */
    private static final int CUE_MAX = 20;
    private static final int KIND_WIDTH = 8;
    private static final int MIN_CONTENT = 30;
    private static final int ENTITY_NAME_MAX = 26;
    private static final String NONE = "—";
    static final String LITERAL_NOTE = "speakers in \"quotes\" are the article's words: no entity was found for them";

    private final TextLayout layout;

    TextReport(TextLayout layout) {
        this.layout = layout;
    }

    String render(Document d) {
        Article a = d.article();
        int columns = layout.columns();
        List<Entity> entities = d.find(Layers.ENTITIES).orElse(List.of());
        List<Attribution> attributions = d.find(Layers.ATTRIBUTIONS).orElse(List.of());
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) byId.put(e.id(), e);

        StringBuilder out = new StringBuilder();
        String headline = a.headline() != null ? oneLine(a.headline()) : "(no headline)";
        for (String line : wrap(headline, columns, layout.full() ? Integer.MAX_VALUE : CONTENT_LINES)) out.append(line).append('\n');
        String facts = " · " + count(words(a.text()), "word") + " · " + count(attributions.size(), "attribution")
                + " · " + count(entities.size(), "entity", "entities");
        // A long path gives way to the counts, which say more.
        String origin = layout.full() ? a.origin() : fit(a.origin(), Math.max(8, columns - facts.length()));
        out.append(origin).append(layout.full() ? facts : fit(facts, columns - 8)).append("\n\n");

        table(attributions, byId, out);
        if (attributions.isEmpty()) out.append("(no attributions found)\n");
        if (!entities.isEmpty()) {
            out.append('\n').append("ENTITIES\n");
            int longest = entities.stream().mapToInt(e -> e.name().length()).max().orElse(4);
            int nameWidth = layout.full() ? longest : Math.min(ENTITY_NAME_MAX, longest);
            for (Entity e : entities) {
                String line = "  " + pad(fit(e.name(), nameWidth), nameWidth) + "  " + pad(e.type().name(), 12)
                        + "  " + pad(e.mentions().size() + "×", 4) + (e.roles().isEmpty() ? "" : "  " + String.join(", ", e.roles()));
                out.append((layout.full() ? line : fit(line, columns)).stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private void table(List<Attribution> attributions, Map<String, Entity> byId, StringBuilder out) {
        Map<String, Attribution> byAttributionId = new HashMap<>();
        for (Attribution at : attributions) byAttributionId.put(at.id(), at);
        boolean relayed = attributions.stream().anyMatch(at -> at.via() != null);
        int numWidth = Math.max(1, String.valueOf(attributions.size()).length());

        List<TextTable.Column> columns = new ArrayList<>();
        columns.add(new TextTable.Column("#", numWidth, numWidth));
        columns.add(new TextTable.Column("SPEAKER", SPEAKER_MIN, SPEAKER_MAX));
        if (relayed) columns.add(new TextTable.Column("VIA", VIA_MIN, VIA_MAX));
        // As wide as the longest cue up to CUE_MAX and no wider (short cues leave room to content); never narrower.
        int cueWidth = "CUE".length();
        for (Attribution at : attributions) cueWidth = Math.max(cueWidth, at.cue() == null ? 1 : oneLine(at.cue().text()).length());
        cueWidth = Math.min(CUE_MAX, cueWidth);
        columns.add(new TextTable.Column("CUE", cueWidth, cueWidth));
        columns.add(new TextTable.Column("KIND", KIND_WIDTH, KIND_WIDTH));
        columns.add(new TextTable.Column("CONTENT", MIN_CONTENT, Integer.MAX_VALUE));
        TextTable table = new TextTable(columns, CONTENT_LINES);

        boolean literal = false;
        for (int i = 0; i < attributions.size(); i++) {
            Attribution at = attributions.get(i);
            List<TextTable.Cell> row = new ArrayList<>();
            row.add(TextTable.Cell.of(String.valueOf(i + 1)));
            TextTable.Cell speaker = speaker(at.source(), byId, true);
            literal |= speaker.literal();
            row.add(speaker);
            if (relayed) {
                Attribution outer = at.via() == null ? null : byAttributionId.get(at.via());
                TextTable.Cell via = outer == null ? TextTable.Cell.of("") : speaker(outer.source(), byId, false);
                literal |= via.literal();
                row.add(via);
            }
            row.add(TextTable.Cell.of(at.cue() == null ? NONE : oneLine(at.cue().text())));
            row.add(TextTable.Cell.of(at.kind().jsonName()));
            row.add(TextTable.Cell.of(oneLine(at.content().text())));
            table.add(row);
        }
        out.append(table.render(layout));
        if (literal) for (String line : wrap(LITERAL_NOTE, layout.columns(), Integer.MAX_VALUE)) out.append(line).append('\n');
    }

    /**
     * The entity's name, with its first role when {@code withRole} (and the name alone as the shorter
     * form), or the source's words in quotation marks when it resolved to no entity.
     */
    private static TextTable.Cell speaker(Part source, Map<String, Entity> byId, boolean withRole) {
        if (source == null) return TextTable.Cell.of(NONE);
        Entity e = source.entity() == null ? null : byId.get(source.entity());
        if (e == null) return new TextTable.Cell("\"" + oneLine(source.text()) + "\"", null, true);
        if (!withRole || e.roles().isEmpty()) return TextTable.Cell.of(e.name());
        return new TextTable.Cell(e.name() + " (" + e.roles().get(0) + ")", e.name(), false);
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
