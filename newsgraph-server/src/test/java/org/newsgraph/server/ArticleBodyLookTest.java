package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleBodyLookTest {
    @Test
    void speakersPastTheEightColoursGetTheColoursAgainWithAPatternSoNoTwoOfTheFirst24LookAlike() {
        assertThat(ArticleBody.look(0)).isEqualTo("0");
        assertThat(ArticleBody.look(7)).isEqualTo("7");
        assertThat(ArticleBody.look(8)).isEqualTo("0 r1");
        assertThat(ArticleBody.look(17)).isEqualTo("1 r2");
        Set<String> looks = new HashSet<>();
        for (int i = 0; i < ArticleBody.COLOURS * ArticleBody.PATTERNS; i++) looks.add(ArticleBody.look(i));
        assertThat(looks).hasSize(24);
    }
}
