package org.masthead.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.publishing.ArticleDraft;
import org.masthead.publishing.ArticleStatus;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publication;
import org.masthead.discussion.Discussion;
import org.masthead.funding.Funding;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.ReaderQuestions;
import org.masthead.publishing.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a fictional publication, so that a newcomer sees a living site on
 * the first start. Runs only when asked ({@code --demo} or {@code masthead.demo=true}) and only
 * when there are no articles yet: it never touches a real newsroom's data. It goes through the
 * same public doors as the newsroom, so the demo is what any newsroom would get.
 *
 * <p>It loads once every bean is ready and before the web server opens its port, so the first
 * reader never meets an empty site that the console already calls started.
 */
@Component
class DemoPublication implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPublication.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final boolean enabled;
    private final ApplicationArguments arguments;
    private final Publishing publishing;
    private final Taxonomy taxonomy;
    private final Editorial editorial;
    private final MediaLibrary media;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Discussion discussion;
    private final ReaderQuestions questions;
    private final Funding funding;
    // Off only to measure pages without the bar (bench/article-page.sh with GOAL_BAR=0).
    private final boolean fundraising;

    DemoPublication(@Value("${masthead.demo}") boolean enabled, ApplicationArguments arguments, Publishing publishing,
            Taxonomy taxonomy, Editorial editorial, MediaLibrary media, TransactionTemplate transaction, Clock clock,
            Discussion discussion, ReaderQuestions questions, Funding funding,
            @Value("${masthead.demo.fundraising:true}") boolean fundraising) {
        this.funding = funding;
        this.fundraising = fundraising;
        this.discussion = discussion;
        this.questions = questions;
        this.enabled = enabled;
        this.arguments = arguments;
        this.publishing = publishing;
        this.taxonomy = taxonomy;
        this.editorial = editorial;
        this.media = media;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if ((enabled || arguments.containsOption("demo")) && editorial.count() == 0) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo publication in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void load() {
        Instant now = clock.instant();
        DemoContent.DemoPublicationText text = DemoContent.publication();
        Publication current = publishing.publication();
        Media logo = media.store(DemoImages.logo(text.name(), 600, 120), text.name(), "", "");
        publishing.update(text.name(), text.tagline(), current.baseUrl(), "en", ZONE, logo.thumbnailUrl(),
                text.supportText());

        Map<String, Long> sectionIds = new HashMap<>();
        for (DemoContent.DemoSection s : text.sections()) {
            sectionIds.put(s.slug(), taxonomy.addSection(s.name(), s.description()));
        }
        Map<String, Long> authorIds = new HashMap<>();
        for (DemoContent.DemoAuthor a : text.authors()) {
            Media avatar = media.store(DemoImages.avatar(a.name(), 240), a.name(), "", "");
            authorIds.put(a.slug(), taxonomy.addAuthor(a.name(), a.bioShort(), a.bioLong(), avatar.id()));
        }
        List<DemoContent.DemoArticle> demo = DemoContent.articles();
        for (int i = 0; i < demo.size(); i++) {
            DemoContent.DemoArticle a = demo.get(i);
            Media picture = media.store(DemoImages.leadImage(i, 1600, 900), a.imageAlt(), a.imageCaption(),
                    a.imageCredit());
            Instant publishedAt = publishedAt(a, i, now);
            editorial.create(new ArticleDraft(a.slug(), a.headline(), a.standfirst(), a.bodyMarkdown(), picture.id(),
                    sectionIds.get(a.sectionSlug()), a.authorSlugs().stream().map(authorIds::get).toList(), a.tags(),
                    ArticleStatus.PUBLISHED, publishedAt, null, publishedAt), null);
        }
        DemoDiscussions.load(publishing, discussion, questions, now);
        if (fundraising) {
            fundraising(now);
        }
    }

    /** The story's time in the demo's past; a story "from this morning" never lands in the future. */
    private static Instant publishedAt(DemoContent.DemoArticle a, int index, Instant now) {
        ZonedDateTime day = now.atZone(ZONE).minusDays(a.daysAgo());
        Instant at = day.withHour(a.hour()).withMinute(a.minute()).withSecond(0).withNano(0).toInstant();
        Instant latest = now.minusSeconds(60L * 17 * (index + 1));
        return at.isAfter(latest) ? latest : at;
    }

    /** A goal for this month and a few gifts towards it, so the bar above every page shows on the first start. */
    private void fundraising(Instant now) {
        YearMonth month = YearMonth.from(now.atZone(ZONE));
        funding.setMonthlyGoal(500_000, "GBP", month);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        long[][] gifts = { { 5_000, 0 }, { 2_500, 1 }, { 25_000, 2 }, { 10_000, 4 }, { 1_000, 6 }, { 80_000, 9 } };
        String[] donors = { "Aileen Morrow", "Tomasz Wiśniewski", "The Harbour Rowing Club", "Nia Okafor",
                "Eleni Papadopoulou", "Kestrel Point Residents' Association" };
        for (int i = 0; i < gifts.length; i++) {
            LocalDate day = today.minusDays(gifts[i][1]);
            funding.recordOffline(new Funding.OfflineGift(gifts[i][0], "GBP", day.isBefore(month.atDay(1)) ? today : day,
                    donors[i], null, "A demo gift.", null));
        }
    }
}
