package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private static List<String> names(String... lines) {
        return Bylines.names(List.of(lines), Set.of("valley post"));
    }

    @Test
    void aNameInCapitalsIsWrittenAsAName() {
        assertThat(names("By SAM MORGAN and JEAN-LUC O'NEIL")).containsExactly("Sam Morgan", "Jean-Luc O'Neil");
        assertThat(names("By Sam McKay")).containsExactly("Sam McKay");
    }

    @Test
    void jobTitlesAgenciesDegreesAndTheSitesDesksAreCreditsNotNames() {
        assertThat(names("By Sam Morgan, Valley Post Business", "Staff Writer")).containsExactly("Sam Morgan");
        assertThat(names("LEE PARK", "Associated Press")).containsExactly("Lee Park");
        assertThat(names("Ana Ruiz, MS, RDN")).containsExactly("Ana Ruiz");
        assertThat(names("Analysis by Ana Ruiz", "Valley Post Editor-at-large")).containsExactly("Ana Ruiz");
        assertThat(names("Ana Ruiz", "View More Articles")).containsExactly("Ana Ruiz");
        assertThat(names("by Ana Ruiz", "Tuesday, March 5, 2024")).containsExactly("Ana Ruiz");
    }

    @Test
    void aCreditSetBesideTheNameWithASpaceIsCutOff() {
        assertThat(names("Sam Morgan Associated Press")).containsExactly("Sam Morgan");
        assertThat(names("The Associated Press")).containsExactly("The Associated Press");
    }

    @Test
    void aBylineThatIsOnlyACreditKeepsIt() {
        assertThat(names("Associated Press")).containsExactly("Associated Press");
        assertThat(names("VALLEY POST STAFF")).containsExactly("Valley Post Staff");
    }

    @Test
    void anEditorIsNotAWriter() {
        assertThat(names("Sam Morgan Edited by Lee Park")).containsExactly("Sam Morgan");
    }
}
