package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** One entry per page, however its address is spelled, and no entry for an address no page needs. */
class PageCache_KeysTest {

    private static String key(String path, Map<String, String[]> parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        parameters.forEach(request::setParameter);
        return PageCacheFilter.key(request);
    }

    @Test
    void valuesAreKeptAsTyped_sinceTextThatLooksLikeANumberIsStillText() {
        assertThat(key("/search", Map.of("q", new String[] { "02" }))).isNotEqualTo(key("/search", Map.of("q", new String[] { "2" })));
    }

    @Test
    void parametersInAnyOrder_andTrackingParameters_makeOneKey() {
        assertThat(key("/search", Map.of("q", new String[] { "harbour" }, "page", new String[] { "1" })))
                .isEqualTo(key("/search", Map.of("page", new String[] { "1" }, "q", new String[] { "harbour" },
                        "utm_source", new String[] { "newsletter" })));
    }

    @Test
    void noValueCanPassForSeveralParameters() {
        assertThat(key("/search", Map.of("q", new String[] { "x&page=2" })))
                .isNotEqualTo(key("/search", Map.of("q", new String[] { "x" }, "page", new String[] { "2" })));
    }

    @Test
    void theKeyIsTheDecodedPath_notTheRequestLine() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/%68arbour");
        request.setServletPath("/articles/harbour");
        assertThat(PageCacheFilter.key(request)).isEqualTo("/articles/harbour");
    }

    @Test
    void longKeys_areNotKept() {
        PageCache cache = new PageCache(1_000_000);
        var page = new PageCache.Page("<p>x</p>".getBytes(), "text/html", Map.of(), Set.of("all"));
        String longKey = "/search?q=" + "x".repeat(PageCache.LONGEST_KEY) + "&";
        cache.put(longKey, page, cache.generation());
        cache.put("/search?q=x&", page, cache.generation());
        assertThat(cache.get(longKey)).isNull();
        assertThat(cache.get("/search?q=x&")).isNotNull();
    }
}
