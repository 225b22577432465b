package org.newsgraph.nlp.event.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO event codes with their Goldstein scores (GDELT's lookup tables, shipped beside this class)
 * and quad classes: 01–05 verbal cooperation (1), 06–09 material cooperation (2), 10–14 verbal conflict
 * (3), 15–20 material conflict (4).
 */
public final class Cameo {
    private static final Cameo INSTANCE = new Cameo();

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Double> goldstein = new HashMap<>();

    private Cameo() {
        table("cameo/CAMEO.eventcodes.txt", (code, value) -> names.put(code, value));
        table("cameo/CAMEO.goldsteinscale.txt", (code, value) -> goldstein.put(code, Double.parseDouble(value)));
    }

    public static Cameo get() {
        return INSTANCE;
    }

    public boolean isCode(String code) {
        return names.containsKey(code) && goldstein.containsKey(code);
    }

    public String name(String code) {
        return names.get(code);
    }

    public double goldstein(String code) {
        Double g = goldstein.get(code);
        if (g == null) throw new IllegalArgumentException("no CAMEO code " + code);
        return g;
    }

    public static String root(String code) {
        return code.substring(0, 2);
    }

    public static int quad(String code) {
        int root = Integer.parseInt(root(code));
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private interface Row {
        void add(String code, String value);
    }

    private static void table(String resource, Row row) {
        InputStream in = Cameo.class.getResourceAsStream("/org/newsgraph/nlp/event/" + resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            String s;
            while ((s = r.readLine()) != null) {
                int tab = s.indexOf('\t');
                if (tab > 0) row.add(s.substring(0, tab).trim(), s.substring(tab + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
