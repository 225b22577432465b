package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Caption;
import org.newsgraph.span.Span;

class HtmlExtractorTest {
    private static final String FERRY = "<p>Ferry fares will rise by a tenth in spring, the operator said, blaming fuel.</p>";

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageHoldingItsArticleTwiceGivesTheSameTextEveryTime() {
        String page = "<html><head><title>Bridge</title></head><body><article><p>The harbour bridge will close for six weeks"
                + " from Monday, the council said on Tuesday.</p><p>\"We cannot wait any longer,\" said the head of transport,"
                + " adding that buses would be diverted.</p></article><footer>All rights reserved</footer></body></html>";
        String first = HtmlExtractor.extract(page + page, null).text();
        // The two copies score alike; which wins must not hang on identity hash codes, which change every run.
        for (int i = 0; i < 30; i++) assertThat(HtmlExtractor.extract(page + page, null).text()).isEqualTo(first);
    }

    @Test
    void keepsTheArticleParagraphsAndDropsNavigationAdsSharingRelatedNewsletterCookiesAndComments() throws IOException {
        Page page = HtmlExtractor.extract(resource("news.html"), "https://example.org/bridge");

        assertThat(page.text()).startsWith("The harbour bridge will close for six weeks")
                .contains("\"We cannot wait any longer,\"")
                .contains("What happens next")
                .endsWith("has promised weekly updates.");
        assertThat(page.text()).doesNotContain("Home", "cookies", "Share on", "Advertisement", "Council budget",
                "Sign up", "disgrace", "All rights reserved");
    }

    @Test
    void separatesParagraphsByABlankLineAndSpansEachOne() throws IOException {
        Page page = HtmlExtractor.extract(resource("news.html"), null);

        assertThat(page.text().split("\n\n")).hasSize(5);
        assertThat(page.paragraphs()).hasSize(5);
        Span second = page.paragraphs().get(1);
        assertThat(second.of(page.text())).startsWith("\"We cannot wait").endsWith("every ten minutes.");
    }

    @Test
    void readsHeadlineAuthorsDateAndSiteFromJsonLdAndOpenGraph() throws IOException {
        Page page = HtmlExtractor.extract(resource("news.html"), "https://example.org/bridge");

        assertThat(page.headline()).isEqualTo("Harbour bridge to close for repairs");
        assertThat(page.byline()).containsExactly("Jane Doe", "Ali Khan");
        assertThat(page.published()).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(page.site()).isEqualTo("The Daily Example");
        assertThat(page.url()).isEqualTo("https://example.org/bridge");
    }

    @Test
    void aSavedPageGivesItsCanonicalAddressWhenNoneIsKnown() throws IOException {
        assertThat(HtmlExtractor.extract(resource("news.html"), null).url()).isEqualTo("https://example.org/news/bridge");
    }

    @Test
    void keepsCaptionsWithTheirCreditsOutOfTheText() throws IOException {
        Page page = HtmlExtractor.extract(resource("news.html"), null);

        assertThat(page.captions()).containsExactly(
                new Caption("The bridge at dusk, seen from the north shore.", "Photo: Maria Lopez/Example Press"));
        assertThat(page.text()).doesNotContain("dusk");
    }

    @Test
    void findsTheHeadlineInTheTitleTagWithoutTheSiteName() {
        Page page = HtmlExtractor.extract("<html><head><title>Storm closes schools across the region - Valley Post</title>"
                + "</head><body><p>Schools across the region closed on Friday as the storm, the worst in a decade, brought"
                + " down trees and power lines.</p></body></html>", null);

        assertThat(page.headline()).isEqualTo("Storm closes schools across the region");
    }

    @Test
    void readsAnInPageBylineWhenThePageDeclaresNone() {
        Page page = HtmlExtractor.extract("<html><body><div class=\"byline\">By Sam Morgan and Lee Park</div>"
                + "<p>The river rose two metres overnight, flooding cellars along the embankment, residents said.</p>"
                + "</body></html>", null);

        assertThat(page.bylineAsStated()).isEqualTo("By Sam Morgan and Lee Park");
        assertThat(page.byline()).containsExactly("Sam Morgan", "Lee Park");
        assertThat(page.text()).doesNotContain("Sam Morgan");
    }

    @Test
    void givesAPageForMarkupThatIsBadlyBroken() {
        Page page = HtmlExtractor.extract("<html><body><div><p>Unclosed paragraph with enough words to count as text, "
                + "surely, and more words after it<p>Another one <b>bold <i>and italic</b> never closed</div></span></td>", null);

        assertThat(page.text()).contains("Unclosed paragraph").contains("Another one bold and italic never closed");
    }

    @Test
    void anEmptyPageGivesAnEmptyText() {
        Page page = HtmlExtractor.extract("", null);

        assertThat(page.text()).isEmpty();
        assertThat(page.headline()).isNull();
    }

    @Test
    void aPageNestedTenThousandDeepIsReadWithoutOverflowingTheStack() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) html.append("<div>");
        html.append("<p>The council voted on Tuesday, after a long debate, to close the bridge for repairs.</p>");

        Page page = HtmlExtractor.extract(html.toString(), null);

        assertThat(page.text()).isEqualTo("The council voted on Tuesday, after a long debate, to close the bridge for repairs.");
    }

    @Test
    void aDatelineInItsOwnElementIsSeparatedFromTheFirstWord() {
        Page page = HtmlExtractor.extract("<html><body><article><p><cite class=\"source\">(Metro Wire)</cite>Officials"
                + " closed the harbour bridge on Monday, citing cracks found during a routine inspection.</p></article>"
                + "</body></html>", null);

        assertThat(page.text()).startsWith("(Metro Wire) Officials closed");
    }

    @Test
    void inlineFormattingInsideAWordAddsNoSpace() {
        Page page = HtmlExtractor.extract("<html><body><p>Norway<em>'s</em> ferry was <b>re</b>ally late, and"
                + " <i>U.S.</i><i>A</i> fans waited <a href=\"/x\">on</a> the pier for an hour, in the rain.</p>"
                + "<pre><code><span>value</span><span>::</span><span>Text</span></code></pre></body></html>", null);

        assertThat(page.text()).contains("Norway's ferry was really late").contains("U.S.A fans waited on the pier");
    }

    @Test
    void keepsTheItemsOfAListOfPointsInTheArticleEvenWhenTheyHoldALink() {
        Page page = HtmlExtractor.extract("<html><body><article>"
                + "<p>The mayor, speaking at length to reporters on Monday, set out her plans for the coming year.</p>"
                + "<p>She also said:</p><ul>"
                + "<li><a href=\"/ferry\">The night ferry will run again</a> from the first of May</li>"
                + "<li>Parking fees in the old town will not rise this year</li>"
                + "<li>She would press the region <a href=\"/funds\">for the bridge money</a></li></ul>"
                + "<p>The council will vote on the plans, which opponents call too costly, in June.</p>"
                + "<ul><li><a href=\"/a\">Council budget approved after long debate</a></li>"
                + "<li><a href=\"/b\">Harbour bridge to close for six weeks of repairs</a></li></ul>"
                + "</article></body></html>", null);

        assertThat(page.text()).contains("The night ferry will run again from the first of May")
                .contains("Parking fees in the old town")
                .contains("She would press the region for the bridge money");
        assertThat(page.text()).doesNotContain("Council budget approved", "six weeks of repairs");
    }

    @Test
    void aPlaceholderPublicationDateGivesWayToARealDateOnThePage() {
        String body = "<p>The council voted on Tuesday, after a long debate, to close the bridge for repairs.</p>";
        String placeholder = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"0001-01-01T00:00:00Z\"}</script>";

        Page withTime = HtmlExtractor.extract("<html><head>" + placeholder + "</head><body>"
                + "<time datetime=\"2019-11-19T08:30:00Z\">19 November</time>" + body + "</body></html>", null);
        Page withAddress = HtmlExtractor.extract("<html><head>" + placeholder + "</head><body>" + body + "</body></html>",
                "https://example.org/news/2019/11/19/bridge-to-close/");
        Page withNothing = HtmlExtractor.extract("<html><head>" + placeholder + "</head><body>" + body + "</body></html>",
                "https://example.org/news/bridge-to-close");

        assertThat(withTime.published()).isEqualTo("2019-11-19T08:30:00Z");
        assertThat(withAddress.published()).isEqualTo("2019-11-19");
        assertThat(withNothing.published()).isNull();
    }

    @Test
    void aSitewideOpenGraphTitleLosesToTheArticlesOwnTitle() {
        Page page = HtmlExtractor.extract("<html><head><title>Ferry fares to rise in spring</title>"
                + "<meta property=\"og:title\" content=\"Valley Post - Latest News &amp; Headlines\">"
                + "<meta name=\"application-name\" content=\"Valley Post - Latest News &amp; Headlines\">"
                + "</head><body><h1>Ferry fares to rise in spring</h1>" + FERRY + "</body></html>", null);

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
    }

    @Test
    void aJsonLdNameThatIsThePublishersNameLosesToItsHeadline() {
        Page page = HtmlExtractor.extract("<html><head><title>Another story entirely</title>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"name\": \"Valley Post\","
                + " \"headline\": \"Ferry fares to rise in spring\", \"publisher\": {\"name\": \"Valley Post\"}}</script>"
                + "</head><body>" + FERRY + "</body></html>", null);

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
    }

    @Test
    void whenEveryDeclaredTitleNamesTheSiteTheHeadingIsTheHeadline() {
        Page page = HtmlExtractor.extract("<html><head><title>Home | Valley Post</title>"
                + "<meta property=\"og:title\" content=\"Valley Post\"><meta property=\"og:site_name\" content=\"Valley Post\">"
                + "</head><body><h1>Valley Post</h1><h1>Ferry fares to rise in spring</h1>" + FERRY + "</body></html>",
                "https://valleypost.example/ferry");

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
    }

    @Test
    void anAppNameThatRepeatsTheArticlesTitleIsNotTakenForTheSite() {
        Page page = HtmlExtractor.extract("<html><head><title>Ferry fares to rise in spring - Valley Post</title>"
                + "<meta property=\"og:title\" content=\"Ferry fares to rise in spring\">"
                + "<meta name=\"apple-mobile-web-app-title\" content=\"Ferry fares to rise in spring\">"
                + "</head><body><h1>Evening edition</h1>" + FERRY + "</body></html>", null);

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
    }

    @Test
    void aMetaPropertyWinsOverTheSameKeyGivenAsAName() {
        Page page = HtmlExtractor.extract("<html><head><meta name=\"og:title\" content=\"Draft title\">"
                + "<meta property=\"og:title\" content=\"Ferry fares to rise in spring\"></head><body>" + FERRY
                + "</body></html>", null);

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
    }

    @Test
    void aBylineNameAndItsCreditInSeparateElementsAreKeptApart() {
        Page page = HtmlExtractor.extract("<html><body><div class=\"story-byline\"><div>By SAM MORGAN and LEE PARK</div>"
                + "<div>Associated Press</div></div>" + FERRY + "</body></html>", null);

        assertThat(page.bylineAsStated()).isEqualTo("By SAM MORGAN and LEE PARK Associated Press");
        assertThat(page.byline()).containsExactly("Sam Morgan", "Lee Park");
    }

    @Test
    void aBylineLinkSetRightAfterTheNameIsNotPartOfIt() {
        Page page = HtmlExtractor.extract("<html><body><p class=\"author\"><a href=\"/sam\">Sam Morgan</a>"
                + "<a href=\"/sam/all\">View More Articles</a></p>" + FERRY + "</body></html>", null);

        assertThat(page.byline()).containsExactly("Sam Morgan");
    }

    @Test
    void aCaptionOutsideAFigureIsKnownByItsNameAndKeptOutOfTheText() {
        String longText = "The council voted on Tuesday, after a long debate that ran past midnight, to close the bridge. ";
        Page page = HtmlExtractor.extract("<html><body><article><div class=\"story-with-captions\">"
                + "<p>" + longText.repeat(3) + "</p>"
                + "<div class=\"photo\"><img src=\"dusk.jpg\"><span class=\"newsCaption\">The bridge at dusk"
                + " <span class=\"caption\">(Image: Maria Lopez)</span></span></div>"
                + "<p>" + longText.repeat(2) + "</p>"
                + "<div class=\"caption-text\">Repairs begin in May, and the ferry will run every ten minutes.</div>"
                + "</div></article></body></html>", null);

        assertThat(page.text()).contains("The council voted").doesNotContain("dusk", "Maria Lopez", "every ten minutes");
        assertThat(page.captions()).containsExactly(new Caption("The bridge at dusk", "Image: Maria Lopez"),
                new Caption("Repairs begin in May, and the ferry will run every ten minutes.", null));
    }

    @Test
    void aHoverCardInsideAParagraphDoesNotMakeItALinkList() {
        Page page = HtmlExtractor.extract("<html><body><article><p>The council, led by Mayor <span class=\"rollover-people\">"
                + "<a href=\"/people/ana-ruiz\">Ana Ruiz</a><span class=\"rollover-people-block\">"
                + "<a href=\"/1\">Ruiz opens the new ferry terminal</a> <a href=\"/2\">Ruiz wins a second term in office</a>"
                + " <a href=\"/3\">Ruiz on the bridge repairs</a></span></span>, voted to close the bridge on Monday.</p>"
                + FERRY + "</article></body></html>", null);

        assertThat(page.text()).contains("led by Mayor Ana Ruiz, voted to close the bridge").doesNotContain("second term");
    }

    @Test
    void aRoundupOfLinkedHeadlinesWithTheirSummariesIsTextButAListIntroducedAsOtherStoriesIsNot() {
        Page page = HtmlExtractor.extract("<html><body><article>"
                + "<p>Good morning! Here is what you need to know about the city this Tuesday, in brief.</p><ol>"
                + "<li><a href=\"/1\">The harbour bridge closes for repairs</a>. Work starts on Monday and lasts six weeks.</li>"
                + "<li><a href=\"/2\">Ferry fares will rise in spring</a>. The operator blames the price of fuel.</li>"
                + "<li><a href=\"/3\">The council passed its budget</a>. It did so after a long night of debate.</li></ol>"
                + "<div>More Great Valley Stories</div><ul>"
                + "<li>The strange life and times of a <a href=\"/4\">harbour pilot</a></li>"
                + "<li>Why the old town still keeps <a href=\"/5\">its cobbles</a></li></ul>"
                + "</article></body></html>", null);

        assertThat(page.text()).contains("The harbour bridge closes for repairs. Work starts on Monday")
                .contains("The council passed its budget. It did so")
                .doesNotContain("harbour pilot", "cobbles");
    }

    @Test
    void aSentenceIsTextHoweverLongTheLinkInIt() {
        Page page = HtmlExtractor.extract("<html><body><article>" + FERRY
                + "<p>The inquiry into the collapse had been shelved in 2017 but was <a href=\"/inquiry\">re-opened earlier"
                + " this year following new evidence from the harbour authority</a>.</p>"
                + "<p><a href=\"/a\">Council budget approved after a long debate</a> | <a href=\"/b\">Bridge works</a></p>"
                + "</article></body></html>", null);

        assertThat(page.text()).contains("had been shelved in 2017 but was re-opened earlier this year")
                .doesNotContain("Council budget");
    }

    @Test
    void theHeadlineRepeatedAsASubheadingOrAStyledParagraphIsNotText() {
        Page page = HtmlExtractor.extract("<html><head><title>Ferry fares to rise in spring</title></head><body><article>"
                + "<h2>Ferry fares to rise in spring</h2><p class=\"title\">Ferry fares to rise in spring</p>" + FERRY
                + "</article></body></html>", null);

        assertThat(page.headline()).isEqualTo("Ferry fares to rise in spring");
        assertThat(page.text()).isEqualTo("Ferry fares will rise by a tenth in spring, the operator said, blaming fuel.");
    }

    @Test
    void aBlankLineOfTwoBreaksEndsAParagraphAndOneBreakDoesNot() {
        Page page = HtmlExtractor.extract("<html><body><div class=\"post\">The council voted on Tuesday, after a long"
                + " debate, to close the bridge.<br>Repairs start in May.<br><br>Ferry fares will rise by a tenth in spring,"
                + " the operator said, blaming the price of fuel.</div></body></html>", null);

        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.text()).isEqualTo("The council voted on Tuesday, after a long debate, to close the bridge.\n"
                + "Repairs start in May.\n\nFerry fares will rise by a tenth in spring, the operator said, blaming the price of fuel.");
    }
}
