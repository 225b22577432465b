package org.newsgraph.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.Graph;

/**
 * Writes the graph of {@link Graph} as {@code DIR/newsgraph.graphml}, directed, for Gephi: a node per
 * canonical entity (id = its key; label, type, mentions, articles, quotes), an edge per
 * {@code (source, target, kind)} with its weight. Gephi reads {@code label} and {@code weight} by name.
 */
public final class GraphMlExport {
    public static final String FILE = "newsgraph.graphml";
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlExport() {}

    /** Writes the file into {@code dir} (created if needed) and returns its path. */
    public static Path write(Connection c, Path dir) throws SQLException {
        Table nodes = Graph.nodes(c);
        Table edges = Graph.edges(c);
        Exports.directory(dir);
        Path file = dir.resolve(FILE);
        Path part = dir.resolve("." + FILE + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "label", "node", "label", "string");
            key(x, "type", "node", "type", "string");
            key(x, "mentions", "node", "mentions", "long");
            key(x, "articles", "node", "articles", "long");
            key(x, "quotes", "node", "quotes", "long");
            key(x, "kind", "edge", "kind", "string");
            key(x, "weight", "edge", "weight", "double");
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("id", "newsgraph");
            x.writeAttribute("edgedefault", "directed");
            x.writeCharacters("\n");
            for (int i = 0; i < nodes.size(); i++) {
                x.writeStartElement("node");
                x.writeAttribute("id", (String) nodes.get(i, "key"));
                data(x, "label", nodes.get(i, "name"));
                data(x, "type", nodes.get(i, "type"));
                for (String k : List.of("mentions", "articles", "quotes")) data(x, k, nodes.get(i, k));
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (int i = 0; i < edges.size(); i++) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i);
                x.writeAttribute("source", (String) edges.get(i, "source"));
                x.writeAttribute("target", (String) edges.get(i, "target"));
                data(x, "kind", edges.get(i, "kind"));
                data(x, "weight", ((Number) edges.get(i, "weight")).doubleValue());
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (IOException | XMLStreamException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
        Exports.move(part, file);
        return file;
    }

    private static void key(XMLStreamWriter x, String id, String on, String name, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, Object value) throws XMLStreamException {
        if (value == null) return;
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        // XML 1.0 cannot carry control characters, even escaped; a name with one loses it.
        x.writeCharacters(String.valueOf(value).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        x.writeEndElement();
    }
}
