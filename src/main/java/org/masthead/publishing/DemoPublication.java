package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a fictional publication, so that a newcomer sees a living site on
 * the first start. Runs only when asked ({@code --demo} or {@code masthead.demo=true}) and only
 * when there are no articles yet: it never touches a real newsroom's data.
 */
@Component
@Order(0)
class DemoPublication implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublication.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final boolean enabled;
    private final Publishing publishing;
    private final Editorial editorial;
    private final ArticleStore articles;
    private final AuthorRepository authors;
    private final MediaStore mediaStore;
    private final MediaRepository media;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPublication(@Value("${masthead.demo}") boolean enabled, Publishing publishing, Editorial editorial,
            ArticleStore articles, AuthorRepository authors, MediaStore mediaStore, MediaRepository media,
            TransactionTemplate transaction, Clock clock) {
        this.enabled = enabled;
        this.publishing = publishing;
        this.editorial = editorial;
        this.articles = articles;
        this.authors = authors;
        this.mediaStore = mediaStore;
        this.media = media;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if ((enabled || args.containsOption("demo")) && articles.count() == 0) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo publication in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void load() {
        Instant now = clock.instant();
        Publication current = publishing.publication();
        var logo = mediaStore.store(DemoImages.logo(DemoContent.PUBLICATION_NAME, 600, 120));
        media.add(logo, DemoContent.PUBLICATION_NAME, "", "", now);
        publishing.update(DemoContent.PUBLICATION_NAME, DemoContent.TAGLINE, current.baseUrl(), "en", ZONE,
                "/media/" + logo.key() + "." + logo.extension(), DemoContent.SUPPORT_TEXT);

        Map<String, Long> sectionIds = new HashMap<>();
        for (DemoContent.DemoSection s : DemoContent.sections()) {
            sectionIds.put(s.slug(), publishing.addSection(s.slug(), s.name(), s.description()));
        }
        Map<String, Long> authorIds = new HashMap<>();
        for (DemoContent.DemoAuthor a : DemoContent.authors()) {
            var avatar = mediaStore.store(DemoImages.avatar(a.name(), 240));
            long avatarId = media.add(avatar, a.name(), "", "", now);
            authorIds.put(a.slug(), authors.create(a.slug(), a.name(), a.bioShort(), a.bioLong(), avatarId, now));
        }
        List<DemoContent.DemoArticle> demo = DemoContent.articles();
        for (int i = 0; i < demo.size(); i++) {
            DemoContent.DemoArticle a = demo.get(i);
            var picture = mediaStore.store(DemoImages.leadImage(i, 1600, 900));
            long pictureId = media.add(picture, a.imageAlt(), a.imageCaption(), a.imageCredit(), now);
            Instant publishedAt = publishedAt(a, i, now);
            editorial.create(new Editorial.NewArticle(a.slug(), a.headline(), a.standfirst(), a.bodyMarkdown(),
                    pictureId, sectionIds.get(a.sectionSlug()),
                    a.authorSlugs().stream().map(authorIds::get).toList(), a.tags(), Editorial.PUBLISHED,
                    publishedAt, publishedAt));
        }
    }

    /** The story's time in the demo's past; a story "from this morning" never lands in the future. */
    private static Instant publishedAt(DemoContent.DemoArticle a, int index, Instant now) {
        ZonedDateTime day = now.atZone(ZONE).minusDays(a.daysAgo());
        Instant at = day.withHour(a.hour()).withMinute(a.minute()).withSecond(0).withNano(0).toInstant();
        Instant latest = now.minusSeconds(60L * 17 * (index + 1));
        return at.isAfter(latest) ? latest : at;
    }
}
