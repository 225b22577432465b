package org.newsgraph.nlp;

import java.nio.file.*;
import java.util.*;
import org.newsgraph.nlp.internal.CoreNlp;

public class SpeedProbe {
    public static void main(String[] a) throws Exception {
        String text = Files.readString(Path.of(a[0]));
        CoreNlp c = CoreNlp.get();
        long t0 = System.nanoTime();
        var r = c.annotate(text);
        for (int i = 0; i < 5; i++) r = c.annotate(text);
        t0 = System.nanoTime();
        int n = 20;
        for (int i = 0; i < n; i++) r = c.annotate(text);
        double s = (System.nanoTime() - t0) / 1e9 / n;
        int words = text.split("\\s+").length;
        System.out.printf("%.4f s/article, %.0f words/s%n", s, words / s);
        for (var t : r.tokens()) if (!t.ner().equals("O")) System.out.print(t.text()+"/"+t.ner()+" ");
        System.out.println();
        System.out.println(r.sentences().size() + " sentences");
    }
}
