package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.TestMailServer;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moderation's email, read back from the mail server: the writer of a held comment who follows the
 * article hears when it is published, with a one-click way out; and the morning digest tells
 * moderators, editors and owners what waits, once a day.
 */
@DatabaseTest
class ModerationMail_Test {

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
    Digest digest;

    @Autowired
    RulesRepository rulesRepository;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    private ArticleRef heldArticle(String headline) {
        ArticleRef article = articles.publish(TestArticles.story(headline));
        settings.save(TestAccounts.owner(accounts), new ArticleRules(article.id(), true, null, null, null, null, null),
                "article rules changed");
        return article;
    }

    private long newest(ArticleRef article) {
        return jdbc.sql("SELECT MAX(id) FROM comments WHERE article_id = :a").param("a", article.id()).query(Long.class).single();
    }

    @Test
    void theWriterOfAHeldComment_whoFollowsTheArticle_hearsWhenItIsPublished() throws Exception {
        ArticleRef article = heldArticle("Μετρό Θεσσαλονίκης " + UUID.randomUUID().toString().substring(0, 6));
        Member reader = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        session.signIn(reader.email(), TestAccounts.PASSWORD);
        var posted = TestComments.post(session, article, "Η νέα γραμμή αλλάζει την πόλη · новая линия · 新线路", "notify", "article");
        assertThat(Session.location(posted)).contains("notice=pending");
        long id = newest(article);

        assertThat(moderation.decide(TestAccounts.owner(accounts), List.of(id), Moderation.Action.APPROVE, null)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.messagesTo(reader.email()).stream()
                .anyMatch(m -> subject(m).startsWith("Your comment is published")));
        MimeMessage published = TestMailServer.messagesTo(reader.email()).stream()
                .filter(m -> subject(m).startsWith("Your comment is published")).findFirst().orElseThrow();
        assertThat(subject(published)).isEqualTo("Your comment is published: " + article.headline());
        String text = TestMailServer.text(published);
        assertThat(text).contains("Η νέα γραμμή αλλάζει την πόλη").contains("/comments/" + id);
        assertThat(published.getHeader("List-Unsubscribe")).isNotEmpty();
        assertThat(published.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        // Their own comment is news to nobody else here, and never announced to them as someone's comment.
        assertThat(TestMailServer.messagesTo(reader.email()).stream().map(ModerationMail_Test::subject))
                .noneMatch(s -> s.contains(" commented"));
    }

    @Test
    void theMorningDigest_tellsEveryModeratorWhatWaits_onceADay() throws Exception {
        Rules before = settings.rules();
        Member owner = TestAccounts.owner(accounts);
        Long mark = rulesRepository.digestSentAt();
        // A morning a year from now, and the day's mark set just before it: the application's own check,
        // every ten minutes on the real clock, then finds every digest up to that day already sent, so it
        // can never take the one the test sends.
        ZonedDateTime earlyMorning = ZonedDateTime.of(LocalDate.now(publishing.publication().timeZone()).plusYears(1),
                LocalTime.of(7, 0), publishing.publication().timeZone());
        try {
            settings.save(owner, new Rules(before.holdAll(), before.holdFirst(), before.mostLinks(), before.bannedWords(),
                    before.suspectWords(), before.blockedDomains(), before.rejectionRate(), before.repeatAcross(),
                    before.scorer(), before.abuseThreshold(), before.reportThreshold(), before.closeAfterDays(), true));
            jdbc.sql("UPDATE moderation_settings SET digest_sent_at = :mark WHERE id = 1")
                    .param("mark", earlyMorning.minusMinutes(1).toInstant().toEpochMilli()).update();
            ArticleRef article = heldArticle("Digest " + UUID.randomUUID().toString().substring(0, 6));
            String words = "Waiting for a moderator: " + UUID.randomUUID();
            TestComments.post(new Session(port), article, words, "name", "Digest Reader", "email", "digest-reader@readers.test");
            Member moderator = TestAccounts.with(accounts, Role.MODERATOR);
            Member author = TestAccounts.with(accounts, Role.AUTHOR);

            assertThat(digest.send(earlyMorning)).as("not before eight").isZero();
            int queued = digest.send(earlyMorning.plusHours(2));
            assertThat(queued).isGreaterThanOrEqualTo(2);
            assertThat(digest.send(earlyMorning.plusHours(5))).as("once a day").isZero();

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.messagesTo(moderator.email())
                    .stream().anyMatch(m -> subject(m).contains("the moderation queue")));
            MimeMessage sent = TestMailServer.messagesTo(moderator.email()).stream()
                    .filter(m -> subject(m).contains("the moderation queue")).findFirst().orElseThrow();
            assertThat(subject(sent)).endsWith("at " + publishing.publication().name() + ": the moderation queue");
            String text = TestMailServer.text(sent);
            assertThat(text).contains("held for review").contains("/newsroom/moderation?order=oldest");
            assertThat(TestMailServer.messagesTo(author.email()).stream().map(ModerationMail_Test::subject))
                    .as("authors do not moderate").noneMatch(s -> s.contains("moderation queue"));
        }
        finally {
            settings.save(owner, before);
            // A mark a year ahead would keep the real digest from being sent until then.
            jdbc.sql("UPDATE moderation_settings SET digest_sent_at = :mark WHERE id = 1").param("mark", mark).update();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
