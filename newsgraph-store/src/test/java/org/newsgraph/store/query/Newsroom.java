package org.newsgraph.store.query;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.document.Document;
import org.newsgraph.entity.EntityType;
import org.newsgraph.store.Docs;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/**
 * A small store of four articles for the query tests: Zakharova speaking (as "Maria Zakharova" and as
 * "Zakharova", once without a date), Trump, Guaidó speaking about Zakharova, and Interfax relaying what
 * an attaché said.
 */
final class Newsroom {
    static final String ZAKHAROVA = "person:maria-zakharova";

    private Newsroom() {}

    static List<Document> articles() {
        Document planes = Docs.article("Maria Zakharova, spokeswoman of the foreign ministry, said Russia threatens no one "
                        + "in Venezuela. Donald Trump said Russia has to get out.")
                .id("planes").published("2019-03-20").headline("Planes land")
                .entity(ZAKHAROVA, "Maria Zakharova", EntityType.PERSON)
                .entity("org:foreign-ministry", "foreign ministry", EntityType.ORGANIZATION)
                .entity("country:RU", "Russia", EntityType.COUNTRY)
                .entity("country:VE", "Venezuela", EntityType.COUNTRY)
                .entity("person:donald-trump", "Donald Trump", EntityType.PERSON)
                .role(ZAKHAROVA, "spokeswoman").affiliation(ZAKHAROVA, "org:foreign-ministry")
                .quote("Maria Zakharova", ZAKHAROVA, "said", "Russia threatens no one in Venezuela")
                .quote("Donald Trump", "person:donald-trump", "said", "Russia has to get out")
                .build();
        Document attache = Docs.article("Zakharova said the agreement with Venezuela stands. Interfax reported that "
                        + "the attaché said troops will not fight.")
                .id("attache").published("2019-03-27").headline("Attaché speaks")
                .entity("person:zakharova", "Zakharova", EntityType.PERSON)
                .entity("country:VE", "Venezuela", EntityType.COUNTRY)
                .entity("org:interfax", "Interfax", EntityType.ORGANIZATION)
                .entity("person:jose-torrealba", "Jose Torrealba", EntityType.PERSON, "the attaché")
                .role("person:jose-torrealba", "attaché")
                .quote("Zakharova", "person:zakharova", "said", "the agreement with Venezuela stands")
                .quote("Interfax", "org:interfax", "reported", "that the attaché said troops will not fight")
                .quote("the attaché", "person:jose-torrealba", "said", "troops will not fight", "a2")
                .build();
        Document puppet = Docs.article("Juan Guaido said Maria Zakharova is wrong about Venezuela.")
                .id("puppet").published("2019-04-02").headline("Guaidó answers")
                .entity("person:juan-guaido", "Juan Guaidó", EntityType.PERSON, "Juan Guaido")
                .entity(ZAKHAROVA, "Maria Zakharova", EntityType.PERSON)
                .entity("country:VE", "Venezuela", EntityType.COUNTRY)
                .quote("Juan Guaido", "person:juan-guaido", "said", "Maria Zakharova is wrong about Venezuela")
                .build();
        Document undated = Docs.article("Zakharova said sanctions hurt Venezuela.")
                .id("undated").headline("Sanctions")
                .entity("person:zakharova", "Zakharova", EntityType.PERSON)
                .entity("country:VE", "Venezuela", EntityType.COUNTRY)
                .quote("Zakharova", "person:zakharova", "said", "sanctions hurt Venezuela")
                .build();
        return List.of(planes, attache, puppet, undated);
    }

    static Store store(Path dir) {
        Store store = Store.create(dir);
        new StoreWriter(store).write(articles());
        return store;
    }
}
