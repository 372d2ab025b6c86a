package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.pages.PageTopics;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RobotsController {

    private final Publishing publishing;

    RobotsController(Publishing publishing) {
        this.publishing = publishing;
    }

    /** Crawlers may read everything public; search results are endless and add nothing to an index. */
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots(HttpServletRequest request) {
        Publication p = publishing.publication();
        PageTopics.attach(request, PageTopics.PUBLICATION);
        return ResponseEntity.ok("""
                User-agent: *
                Allow: /
                Disallow: /search
                Disallow: /newsroom
                Disallow: /actuator

                Sitemap: %s
                Sitemap: %s
                """.formatted(p.absolute("/sitemap.xml"), p.absolute("/news-sitemap.xml")));
    }
}
