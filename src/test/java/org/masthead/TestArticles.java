package org.masthead;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.publishing.ArticleDraft;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleStatus;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/**
 * Articles a test makes for itself, through the same public doors as the newsroom, so that it never
 * depends on what the demo or another test left behind. Each has a unique address.
 */
@Component
public class TestArticles {

    private final Editorial editorial;
    private final Publishing publishing;
    private final MediaLibrary media;

    TestArticles(Editorial editorial, Publishing publishing, MediaLibrary media) {
        this.editorial = editorial;
        this.publishing = publishing;
        this.media = media;
    }

    /** What a test article is made of; tags and a picture are optional. */
    public record Spec(String headline, String standfirst, String body, String section, List<String> authors,
            List<String> tags, boolean picture) {

        public Spec withBody(String text) {
            return new Spec(headline, standfirst, text, section, authors, tags, picture);
        }

        public Spec withTags(String... names) {
            return new Spec(headline, standfirst, body, section, authors, List.of(names), picture);
        }

        public Spec withPicture() {
            return new Spec(headline, standfirst, body, section, authors, tags, true);
        }

        /** Written by these demo authors, by their addresses ("nell-harrow"). */
        public Spec by(String... authorSlugs) {
            return new Spec(headline, standfirst, body, section, List.of(authorSlugs), tags, picture);
        }

        public Spec in(String sectionSlug) {
            return new Spec(headline, standfirst, body, sectionSlug, authors, tags, picture);
        }
    }

    /** A plain story by a demo author in the Town section, called {@code headline} and a few unique letters. */
    public static Spec story(String headline) {
        String unique = headline + " " + UUID.randomUUID().toString().substring(0, 8);
        return new Spec(unique, "The standfirst of " + unique + ".", "The first paragraph of " + unique
                + ".\n\nA second paragraph.", "town", List.of("ada-penrice"), List.of(), false);
    }

    /** Publishes it, a minute ago. */
    public ArticleRef publish(Spec spec) {
        return save(spec, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60));
    }

    public ArticleRef save(Spec spec, ArticleStatus status, Instant publishedAt) {
        Long picture = spec.picture() ? picture(spec.headline()).id() : null;
        return editorial.create(new ArticleDraft("", spec.headline(), spec.standfirst(), spec.body(), picture,
                publishing.section(spec.section()).orElseThrow().id(),
                spec.authors().stream().map(slug -> publishing.author(slug).orElseThrow().id()).toList(), spec.tags(),
                status, publishedAt, null, null), null);
    }

    /** A drawn picture with words of its own. */
    public Media picture(String about) {
        BufferedImage image = new BufferedImage(1800, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 140), 1800, 1000, new Color(230, 190, 120)));
        g.fillRect(0, 0, 1800, 1000);
        g.dispose();
        return media.store(image, "A picture for " + about, "The caption of " + about, "Photo: " + about);
    }
}
