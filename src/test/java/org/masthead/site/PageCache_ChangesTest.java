package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;

/**
 * A page rendered while something changed is kept only if the change did not touch what it shows;
 * and a change travels to the other nodes as a message that reads back the same.
 */
class PageCache_ChangesTest {

    private static PageCache.Page page(String... topics) {
        return new PageCache.Page("<p>page</p>".getBytes(), "text/html", Map.of(), Set.of(topics));
    }

    @Test
    void aChangeToAnotherArticle_doesNotDiscardAPageRenderedMeanwhile() {
        PageCache cache = new PageCache(1_000_000);
        long renderingBegan = cache.generation();
        cache.markStale(Set.of("article:2"));
        cache.invalidate(Set.of("tag:weather"));

        assertThat(cache.put("/articles/one", page("article:1", "tag:harbour"), renderingBegan)).isTrue();
        assertThat(cache.get("/articles/one")).isNotNull();
    }

    @Test
    void changesToManyTopics_areForgottenAfterAMinute_andNoRenderingOlderThanThemIsStored() {
        long[] now = { 61_000 };
        PageCache cache = new PageCache(1_000_000, () -> now[0]);
        long longAgo = cache.generation();
        for (int i = 0; i < PageCache.TOPICS_REMEMBERED + 10; i++) {
            cache.markStale(Set.of(PageTopics.article(i)));
        }
        assertThat(cache.topicsRemembered()).isEqualTo(PageCache.TOPICS_REMEMBERED + 10);

        now[0] += PageCache.FORGOTTEN_AFTER.toMillis();
        long recent = cache.generation();
        cache.markStale(Set.of("article:new"));
        assertThat(cache.topicsRemembered()).isLessThan(20);

        // Begun before the forgotten changes: not stored, whatever it shows, since they might have touched it.
        assertThat(cache.put("/tags/harbour", page("tag:harbour"), longAgo)).isFalse();
        // Begun after them: stored, unless one of its own topics changed since.
        assertThat(cache.put("/articles/one", page(PageTopics.article(1)), recent)).isTrue();
        assertThat(cache.put("/articles/new", page("article:new"), recent)).isFalse();
    }

    @Test
    void aChangeToThePagesOwnTopic_discardsItsRenderingFromBefore() {
        PageCache cache = new PageCache(1_000_000);
        long renderingBegan = cache.generation();
        cache.markStale(Set.of("article:1"));

        assertThat(cache.put("/articles/one", page("article:1"), renderingBegan)).isFalse();
        assertThat(cache.get("/articles/one")).isNull();
        assertThat(cache.put("/articles/one", page("article:1"), cache.generation())).isTrue();
    }

    @Test
    void aChangeToEveryPage_discardsEveryRenderingFromBefore() {
        PageCache cache = new PageCache(1_000_000);
        long renderingBegan = cache.generation();
        cache.invalidateAll();

        assertThat(cache.put("/", page("front"), renderingBegan)).isFalse();
    }

    @Test
    void aMessageReadsBackAsTheChangeSent_inEveryScript() {
        PagesChanged sent = PagesChanged.refreshing(PageTopics.article(7), "tag:Погода", "tag:天气", "tag:الطقس");
        String message = PageCacheInvalidation.message("node-a", sent);

        assertThat(message).startsWith("node-a\n");
        assertThat(PageCacheInvalidation.read(message)).isEqualTo(sent);
        PagesChanged dropped = PagesChanged.of(PageTopics.article(7));
        assertThat(PageCacheInvalidation.read(PageCacheInvalidation.message("node-a", dropped))).isEqualTo(dropped);
    }

    @Test
    void aChangeTooLargeForOneMessage_dropsEveryPage_ratherThanLeaveSomeOutOfDate() {
        Set<String> many = IntStream.range(0, 2_000).mapToObj(PageTopics::article).collect(Collectors.toSet());
        String message = PageCacheInvalidation.message("node-a", new PagesChanged(many));

        assertThat(message.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8_000);
        assertThat(PageCacheInvalidation.read(message).touchesEveryPage()).isTrue();
    }

    @Test
    void aChangeTooLargeInBytes_thoughNotInCharacters_dropsEveryPage() {
        Set<String> many = IntStream.range(0, 400).mapToObj(i -> "tag:天気と海の記録" + i).collect(Collectors.toSet());
        String message = PageCacheInvalidation.message("node-a", new PagesChanged(many));

        assertThat(message.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8_000);
        assertThat(PageCacheInvalidation.read(message).touchesEveryPage()).isTrue();
    }

    @Test
    void aMalformedMessage_dropsEveryPage() {
        assertThat(PageCacheInvalidation.read("node-b").touchesEveryPage()).isTrue();
    }
}
