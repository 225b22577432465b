package org.newsgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Docs;
import org.newsgraph.store.Schema;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ReadOnlySql;
import org.newsgraph.entity.EntityType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(
                Docs.article("Interfax reported that the attaché said Russia & Venezuela <agree>.")
                        .id("relay").published("2019-03-27")
                        .entity("org:interfax", "Interfax", EntityType.ORGANIZATION)
                        .entity("person:jose-torrealba", "Jose \"Pepe\" Torrealba", EntityType.PERSON, "the attaché")
                        .entity("country:RU", "Russia", EntityType.COUNTRY)
                        .entity("country:VE", "Venezuela", EntityType.COUNTRY)
                        .quote("Interfax", "org:interfax", "reported", "that the attaché said Russia & Venezuela <agree>")
                        .quote("the attaché", "person:jose-torrealba", "said", "Russia & Venezuela <agree>", "a1")
                        .build(),
                Docs.said("Zakharova", "nothing"), Docs.said("Maria Zakharova", "something")));
    }

    @Test
    void everyTableBecomesAParquetFileThatReadParquetReadsBack() throws Exception {
        Path out = tmp.resolve("parquet");
        List<Path> files = store.read(c -> ParquetExport.write(c, out));
        assertThat(files).hasSize(Schema.TABLES.size());
        for (String table : Schema.TABLES) {
            Path file = out.resolve(table + ".parquet");
            assertThat(file).exists();
            long stored = (Long) store.read(c -> ReadOnlySql.run(c, "SELECT count(*) FROM " + table)).rows().get(0).get(0);
            long read = (Long) store.read(c -> ReadOnlySql.run(c, "SELECT count(*) FROM read_parquet('" + file + "')")).rows().get(0).get(0);
            assertThat(read).as(table).isEqualTo(stored);
        }
        assertThat(store.read(c -> ReadOnlySql.run(c, "SELECT source_text FROM read_parquet('" + out.resolve("attributions.parquet")
                + "')")).rows()).containsExactlyInAnyOrder(List.of("Maria Zakharova"), List.of("Zakharova"),
                List.of("Interfax"), List.of("the attaché"));
        try (var list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theGraphIsValidGraphMlWithDeclaredKeysCanonicalNodesAndWeightedEdges() throws Exception {
        Path file = store.read(c -> GraphMlExport.write(c, tmp.resolve("graph")));
        assertThat(file.getFileName().toString()).isEqualTo("newsgraph.graphml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(file.toFile());
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");

        Map<String, String> keys = new HashMap<>();
        NodeList keyList = xml.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), k.getAttribute("for"));
        }
        Map<String, Map<String, String>> nodes = new HashMap<>();
        NodeList nodeList = xml.getElementsByTagName("node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            Element n = (Element) nodeList.item(i);
            nodes.put(n.getAttribute("id"), data(n, keys, "node"));
        }
        assertThat(nodes).containsOnlyKeys("org:interfax", "person:jose-torrealba", "country:RU", "country:VE", "person:maria-zakharova");
        assertThat(nodes.get("person:jose-torrealba")).containsEntry("label", "Jose \"Pepe\" Torrealba").containsEntry("type", "PERSON");
        assertThat(nodes.get("person:maria-zakharova")).containsEntry("mentions", "2");

        List<String> edges = new ArrayList<>();
        NodeList edgeList = xml.getElementsByTagName("edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element e = (Element) edgeList.item(i);
            Map<String, String> d = data(e, keys, "edge");
            assertThat(nodes).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
            edges.add(e.getAttribute("source") + " " + d.get("kind") + " " + e.getAttribute("target") + " " + d.get("weight"));
        }
        assertThat(edges).containsExactlyInAnyOrder(
                "org:interfax quotes person:jose-torrealba 1.0",
                "org:interfax speaks_about person:jose-torrealba 1.0",
                "org:interfax speaks_about country:RU 1.0",
                "org:interfax speaks_about country:VE 1.0",
                "person:jose-torrealba speaks_about country:RU 1.0",
                "person:jose-torrealba speaks_about country:VE 1.0");
    }

    @Test
    void anExportIntoAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> store.read(c -> ParquetExport.write(c, file))).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    /** The data of an element by its key's name, checking each key is declared for this kind of element. */
    private static Map<String, String> data(Element owner, Map<String, String> keys, String kind) {
        Map<String, String> out = new HashMap<>();
        NodeList data = owner.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            assertThat(keys).containsEntry(d.getAttribute("key"), kind);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }
}
