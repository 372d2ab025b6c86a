package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each rule alone and together, through the comment form as readers meet it: what is refused says
 * why and stores nothing; what is held waits in the queue with the rule that held it; what may be
 * held for its words is shown to its writer first.
 */
@DatabaseTest
class ModerationRules_Test {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleSettings settings;

    @Autowired
    Moderation moderation;

    @Autowired
    Accounts accounts;

    private ArticleRef article() {
        return articles.publish(TestArticles.story("Moderated " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static String guest() {
        return "Guest " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long stored(ArticleRef article) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE article_id = :a").param("a", article.id()).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String rule(long id) {
        return jdbc.sql("SELECT rule FROM moderation_screenings WHERE comment_id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    private List<String> audit(String action, Long commentId, ArticleRef article) {
        return jdbc.sql("SELECT actor FROM moderation_audit WHERE action = :action AND article_id = :article "
                + (commentId == null ? "" : "AND comment_id = " + commentId) + " ORDER BY id")
                .param("action", action).param("article", article.id()).query(String.class).list();
    }

    /** The id of a comment the rules stored without publishing, from the discussion's "thank you" notice. */
    private long newest(ArticleRef article) {
        return jdbc.sql("SELECT MAX(id) FROM comments WHERE article_id = :a").param("a", article.id()).query(Long.class).single();
    }

    private static HttpResponse<String> post(Session session, ArticleRef article, String name, String body, String... more) {
        List<String> fields = new ArrayList<>(List.of("name", name, "email", TestComments.emailOf(name)));
        fields.addAll(List.of(more));
        return TestComments.post(session, article, body, fields.toArray(String[]::new));
    }

    private void own(ArticleRef article, Boolean holdAll, Integer holdFirst, Integer mostLinks, Boolean scorer) {
        settings.save(TestAccounts.owner(accounts), new ArticleRules(article.id(), holdAll, holdFirst, mostLinks, scorer,
                null, null), "article rules changed");
    }

    @Test
    void bannedWords_areRefusedWithASentence_evenDisguised_andInnocentWordsThatHoldThemPass() {
        ArticleRef article = article();
        Session reader = new Session(port);
        String name = guest();
        for (String disguised : List.of("You are a f4ggot.", "What a f a g g o t you are", "F.A.G.G.O.T")) {
            HttpResponse<String> refused = post(reader, article, name, disguised);
            assertThat(refused.statusCode()).as(disguised).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select(".field__error").text())
                    .contains("words this publication does not publish");
            assertThat(Jsoup.parse(refused.body()).select("textarea[name=body]").text()).as("kept as typed").isEqualTo(disguised);
        }
        assertThat(stored(article)).as("nothing refused is stored").isZero();
        assertThat(audit("refused", null, article)).hasSize(3).allMatch(actor -> actor.equals("Rule: Banned words"));

        for (String innocent : List.of("I grew up near Scunthorpe and later moved to Penistone.",
                "The cocktail party in Essex was a class act.", "An assassin in a Dickens novel? Hardly.")) {
            HttpResponse<String> posted = post(reader, article, name, innocent);
            assertThat(posted.statusCode()).as(innocent).isEqualTo(302);
            assertThat(status(TestComments.id(posted))).isEqualTo("approved");
        }
    }

    @Test
    void wordsThatMayBeHeld_areShownToTheWriterFirst_whoMayReviseThemOrPostAnyway() {
        ArticleRef article = article();
        Session reader = new Session(port);
        String name = guest();
        String harsh = "You are a pathetic idiot and a liar, and everyone here knows it.";
        HttpResponse<String> warned = post(reader, article, name, harsh);
        assertThat(warned.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(warned.body());
        assertThat(page.select(".field__error").text()).contains("a moderator will read it before it appears")
                .contains("You can change it");
        assertThat(page.select("input[name=holdAccepted]")).as("the choice to post anyway").hasSize(1);
        assertThat(page.select("textarea[name=body]").text()).isEqualTo(harsh);
        assertThat(stored(article)).isZero();

        // Revised, it goes out at once.
        HttpResponse<String> revised = post(reader, article, name, "I think you are wrong, and the figures say so.");
        assertThat(status(TestComments.id(revised))).isEqualTo("approved");

        // Posted anyway, it waits for a moderator, with the rule and the scorer's reasons kept.
        HttpResponse<String> anyway = post(reader, article, name, harsh, "holdAccepted", "yes");
        assertThat(anyway.statusCode()).isEqualTo(302);
        assertThat(Session.location(anyway)).contains("notice=pending");
        long held = newest(article);
        assertThat(status(held)).isEqualTo("pending");
        assertThat(rule(held)).isIn("toxicity", "suspect-words");
        assertThat(moderation.explanations(List.of(held)).get(held).evidence()).isNotEmpty();
        assertThat(audit("held", held, article)).hasSize(1);
    }

    @Test
    void commentsWithManyLinks_areHeld_asTheArticleAllows() {
        ArticleRef article = article();
        own(article, null, null, 1, null);
        Session reader = new Session(port);
        String name = guest();
        HttpResponse<String> one = post(reader, article, name, "The report is at https://example.org/report, worth a read.");
        assertThat(status(TestComments.id(one))).isEqualTo("approved");
        HttpResponse<String> two = post(reader, article, name,
                "Compare https://example.org/a with https://example.net/b before you decide.");
        assertThat(Session.location(two)).contains("notice=pending");
        assertThat(rule(newest(article))).isEqualTo("links");
    }

    @Test
    void disposableAddresses_areRefused_besideTheEmailField() {
        ArticleRef article = article();
        HttpResponse<String> refused = TestComments.post(new Session(port), article, "A thoughtful comment.",
                "name", guest(), "email", "someone@mailinator.com");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#email-error").text()).contains("mailinator.com");
        assertThat(stored(article)).isZero();
    }

    @Test
    void anArticleThatHoldsEverything_holdsEveryReader_butNotItsStaff() {
        ArticleRef article = article();
        own(article, true, null, null, null);
        HttpResponse<String> guest = post(new Session(port), article, guest(), "A calm and welcome thought.");
        assertThat(Session.location(guest)).contains("notice=pending");
        assertThat(rule(newest(article))).isEqualTo("hold-all");

        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session staff = new Session(port);
        staff.signIn(editor.email(), TestAccounts.PASSWORD);
        HttpResponse<String> fromStaff = TestComments.post(staff, article, "Thank you all; we have corrected the date.");
        assertThat(status(TestComments.id(fromStaff))).isEqualTo("approved");
    }

    @Test
    void firstComments_areHeld_untilEnoughOfTheWritersWereApproved() {
        ArticleRef article = article();
        own(article, null, 2, null, null);
        Session reader = new Session(port);
        String name = guest();
        post(reader, article, name, "My first thought here, about the budget.");
        long first = newest(article);
        assertThat(rule(first)).isEqualTo("first-comments");
        post(reader, article, name, "And a second thought, about the schools.");
        long second = newest(article);
        assertThat(status(second)).isEqualTo("pending");
        Member owner = TestAccounts.owner(accounts);
        assertThat(moderation.decide(owner, List.of(first, second), Moderation.Action.APPROVE, null)).isEqualTo(2);
        HttpResponse<String> third = post(reader, article, name, "A third, now that I am known here.");
        assertThat(status(TestComments.id(third))).isEqualTo("approved");
    }

    @Test
    void aWriterWhoseCommentsAreOftenRefused_isHeld() {
        ArticleRef article = article();
        Session reader = new Session(port);
        String name = guest();
        List<Long> theirs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            theirs.add(TestComments.id(post(reader, article, name, "Comment number " + i + " on the matter.")));
        }
        Member owner = TestAccounts.owner(accounts);
        moderation.decide(owner, theirs.subList(0, 3), Moderation.Action.REJECT, "Off topic");
        HttpResponse<String> next = post(reader, article, name, "Another comment on the matter, calmly put.");
        assertThat(Session.location(next)).contains("notice=pending");
        assertThat(rule(newest(article))).isEqualTo("rejection-rate");
    }

    @Test
    void theSameWordsOnSeveralArticles_areSpam() {
        ArticleRef first = article();
        ArticleRef second = article();
        String text = "I agree with the council on the new library hours, " + UUID.randomUUID();
        Session reader = new Session(port);
        String name = guest();
        assertThat(status(TestComments.id(post(reader, first, name, text)))).isEqualTo("approved");
        // A copy with its comma dropped and a word capitalised is the same copy.
        post(reader, second, name, text.replace(",", "").replace("library", "Library"));
        long copy = newest(second);
        assertThat(status(copy)).isEqualTo("spam");
        assertThat(rule(copy)).isEqualTo("repeated-across");
        // Short words are said on many articles by many people, and stay.
        assertThat(status(TestComments.id(post(reader, first, name, "Thank you for this.")))).isEqualTo("approved");
        assertThat(status(TestComments.id(post(reader, second, name, "Thank you for this.")))).isEqualTo("approved");
    }

    @Test
    void aClosedDiscussion_saysSo_andTakesNothing() {
        ArticleRef article = article();
        Member owner = TestAccounts.owner(accounts);
        settings.save(owner, new ArticleRules(article.id(), null, null, null, null, null, System.currentTimeMillis()),
                "discussion closed");
        Session reader = new Session(port);
        String page = reader.get(article.path()).body();
        assertThat(Jsoup.parse(page).select(".composer__closed").text()).isEqualTo("Comments on this article are closed.");
        assertThat(Jsoup.parse(page).select("form.composer__form")).isEmpty();
        HttpResponse<String> refused = TestComments.post(reader, article, "Let me in.", "name", guest(), "email", "x@readers.test");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(stored(article)).isZero();

        // An article older than the publication's limit closes by itself.
        ArticleRef old = articles.save(TestArticles.story("Old news " + UUID.randomUUID()), ArticleStatus.PUBLISHED,
                Instant.now().minus(40, ChronoUnit.DAYS));
        settings.save(owner, new ArticleRules(old.id(), null, null, null, null, 30, null), "article rules changed");
        assertThat(Jsoup.parse(reader.get(old.path()).body()).select(".composer__closed").text())
                .isEqualTo("Comments on this article closed 30 days after it was published.");
    }

    @Test
    void rulesTogether_theStrictestWins_andARefusalComesBeforeAHold() {
        ArticleRef article = article();
        own(article, true, 5, 0, true);
        Session reader = new Session(port);
        String name = guest();
        assertThat(post(reader, article, name, "You f4ggot, see https://example.org").statusCode()).isEqualTo(400);
        assertThat(post(reader, article, name, "See https://example.org for the data.").statusCode()).isEqualTo(302);
        assertThat(rule(newest(article))).as("the first rule that holds is recorded").isEqualTo("links");
        assertThat(stored(article)).isEqualTo(1);
    }

    @Test
    void anArticleSetsItsOwnWordsDomainsAndRecords_throughItsRulesPage_andOtherArticlesKeepThePublications() {
        ArticleRef story = article();
        ArticleRef other = article();
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        Session desk = new Session(port);
        assertThat(desk.signIn(editor.email(), TestAccounts.PASSWORD)).isTrue();
        String page = "/newsroom/moderation/articles/" + story.id();
        assertThat(Jsoup.parse(desk.get(page).body()).select("label[for=rule-blockedDomains]").text())
                .as("the label says what the publication does").matches("The publication's blocked email domains \\(\\d+ domains\\)");

        // Bad input is refused beside its field, and the article's rules stay as they were.
        assertThat(desk.post(page, "holdFirst", "3").statusCode()).isEqualTo(302);
        ArticleRules stored = settings.of(story.id());
        HttpResponse<String> bad = desk.post(page, "moreBanned", "Kallistratos\n***", "rejectionRate", "10");
        assertThat(bad.statusCode()).isEqualTo(400);
        var badPage = Jsoup.parse(bad.body());
        assertThat(badPage.select("#rule-moreBanned-error").text()).contains("needs a letter");
        assertThat(badPage.select("[role=alert]").text()).startsWith("Nothing was saved");
        assertThat(badPage.select("#rule-moreBanned").text()).as("kept as typed").contains("Kallistratos");
        for (String[] typed : List.of(new String[] { "blockedDomains", "sometimes", "Choose as the publication" },
                new String[] { "holdFirst", "many", "whole number from 0 to 100" },
                new String[] { "moreSuspect", "a*", "would match too many words" },
                new String[] { "discussion", "maybe", "close or to open" })) {
            HttpResponse<String> refused = desk.post(page, typed[0], typed[1]);
            assertThat(refused.statusCode()).as(typed[0]).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("#rule-" + typed[0] + "-error").text()).as(typed[0]).contains(typed[2]);
        }
        // A close chosen on a form that came back is still chosen.
        var closing = Jsoup.parse(desk.post(page, "discussion", "close", "holdFirst", "x").body());
        assertThat(closing.select("input[name=discussion][value=close]").hasAttr("checked")).isTrue();
        assertThat(settings.of(story.id())).as("nothing changed").isEqualTo(stored);

        // A story about one person: their name, in Greek and Latin letters, is refused on it alone; the
        // publication's email domains do not count on it, nor the copies of a reader's words.
        HttpResponse<String> saved = desk.post(page, "holdFirst", "", "moreBanned", "Kallistratos*\nΚαλλίστρατος",
                "moreSuspect", "landlord*", "blockedDomains", "off", "repeatAcross", "off", "rejectionRate", "0");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(settings.of(story.id()).moreBanned()).containsExactly("Kallistratos*", "Καλλίστρατος");
        Session reader = new Session(port);
        String name = guest();
        HttpResponse<String> refused = post(reader, story, name, "Ο ΚΑΛΛΙΣΤΡΑΤΟΣ again, of course.");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".field__error").text()).contains("words this publication does not publish");
        assertThat(post(reader, story, name, "K a l l i s t r a t o s again?").statusCode()).isEqualTo(400);
        assertThat(status(TestComments.id(post(reader, other, name, "Καλλίστρατος spoke well at the council."))))
                .as("on other articles the name is a name").isEqualTo("approved");

        String landlords = "The landlords on this street raised every rent this year.";
        assertThat(post(reader, story, name, landlords).statusCode()).as("the writer is told first").isEqualTo(422);
        post(reader, story, name, landlords, "holdAccepted", "yes");
        assertThat(rule(newest(story))).as("the article's suspect words hold").isEqualTo("suspect-words");

        String disposableAddress = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@mailinator.com";
        HttpResponse<String> disposable = TestComments.post(reader, story, "A thoughtful comment on the story.",
                "name", guest(), "email", disposableAddress);
        assertThat(status(TestComments.id(disposable))).as("the domains are off on this article").isEqualTo("approved");
        assertThat(TestComments.post(reader, other, "A thoughtful comment elsewhere.", "name", guest(), "email",
                disposableAddress).statusCode()).isEqualTo(400);

        String copied = "The bus lanes on the high street should be wider, and soon " + UUID.randomUUID();
        assertThat(status(TestComments.id(post(reader, other, name, copied)))).isEqualTo("approved");
        assertThat(status(TestComments.id(post(reader, story, name, copied)))).as("no copy check here").isEqualTo("approved");

        // Back to the publication's rules: an empty form leaves nothing of the article's own.
        assertThat(desk.post(page).statusCode()).isEqualTo(302);
        assertThat(settings.of(story.id()).isEmpty()).isTrue();
        assertThat(post(reader, other, name, "Καλλίστρατος again, of course.").statusCode()).isEqualTo(302);
        assertThat(post(reader, story, name, "Kallistratos again, in Latin letters.").statusCode()).isEqualTo(302);
    }

    @Test
    void anArticleCanSwitchThePublicationsWordsOff_andFollowsTheirChanges_whileItAddsItsOwn() {
        ArticleRef article = article();
        ArticleRef other = article();
        Member owner = TestAccounts.owner(accounts);
        settings.save(owner, new ArticleRules(article.id(), null, null, null, false, null, null, false, List.of(),
                null, List.of("Zephyrine"), null, null, null), "article rules changed");
        // A story about a slur painted on a wall quotes it: the list does not refuse it here.
        String news = "The word f4ggot was painted on the school wall " + UUID.randomUUID();
        assertThat(status(TestComments.id(post(new Session(port), article, guest(), news)))).isEqualTo("approved");
        assertThat(post(new Session(port), other, guest(), news).statusCode()).as("elsewhere it is refused").isEqualTo(400);

        // The publication's suspect words change: the article, which keeps them, holds the new one too,
        // beside its own.
        Rules before = settings.rules();
        List<String> suspect = new ArrayList<>(before.suspectWords());
        suspect.add("Quillworth");
        try {
            settings.save(owner, new Rules(before.holdAll(), before.holdFirst(), before.mostLinks(), before.bannedWords(),
                    suspect, before.blockedDomains(), before.rejectionRate(), before.repeatAcross(), before.scorer(),
                    before.abuseThreshold(), before.reportThreshold(), before.closeAfterDays(), before.digest()));
            for (String word : List.of("Quillworth", "Zephyrine")) {
                assertThat(post(new Session(port), article, guest(), "What does " + word + " say about it?").statusCode())
                        .as(word).isEqualTo(422);
            }
            assertThat(post(new Session(port), other, guest(), "What does Zephyrine say about it?").statusCode())
                    .as("the article's own word stays on the article").isEqualTo(302);
        }
        finally {
            settings.save(owner, before);
        }
    }

    @Test
    void everyFieldOfBothRulesForms_sentNonsense_isAnsweredWithoutAServerError_andARefusalChangesNothing() {
        ArticleRef article = article();
        Member owner = TestAccounts.owner(accounts);
        Session desk = new Session(port);
        assertThat(desk.signIn(owner.email(), TestAccounts.PASSWORD)).isTrue();
        Rules publication = settings.rules();
        List<String> nonsense = List.of("-1", "99999999999999999999", "x".repeat(70_000), "\u0000\u0007",
                "Жур\u202Eнал 記者 ελ عربي", "*", " ");
        try {
            for (String page : List.of("/newsroom/moderation/rules", "/newsroom/moderation/articles/" + article.id())) {
                var form = Jsoup.parse(desk.get(page).body()).select("form.rules").first();
                // The form as shown, with one field at a time replaced by nonsense.
                Map<String, String> shown = new LinkedHashMap<>();
                form.select("input[name]:not([type=checkbox]):not([type=radio]), textarea[name]")
                        .forEach(e -> shown.put(e.attr("name"), e.is("textarea") ? e.text() : e.val()));
                form.select("input[type=checkbox][checked], input[type=radio][checked]").forEach(e -> shown.put(e.attr("name"), e.val()));
                form.select("select[name]").forEach(e -> shown.put(e.attr("name"),
                        e.select("option[selected]").isEmpty() ? "" : e.select("option[selected]").first().val()));
                shown.remove("_csrf");
                assertThat(shown).as(page).hasSizeGreaterThan(5);
                for (String field : shown.keySet()) {
                    for (String value : nonsense) {
                        Object before = page.endsWith("/rules") ? settings.rules() : settings.of(article.id());
                        Map<String, String> sent = new LinkedHashMap<>(shown);
                        sent.put(field, value);
                        HttpResponse<String> answer = desk.post(page, sent.entrySet().stream()
                                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
                        String what = page + " " + field + "=" + value.substring(0, Math.min(20, value.length()));
                        assertThat(answer.statusCode()).as(what).isLessThan(500);
                        assertThat(answer.body()).as(what).doesNotContain("Exception", "\tat org.");
                        if (answer.statusCode() != 302) {
                            Object after = page.endsWith("/rules") ? settings.rules() : settings.of(article.id());
                            assertThat(after).as("refused, so unchanged: " + what).isEqualTo(before);
                        }
                    }
                }
            }
        }
        finally {
            settings.save(owner, publication);
        }
    }
}
