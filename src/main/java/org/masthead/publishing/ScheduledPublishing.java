package org.masthead.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Puts scheduled articles on the site when their time comes, without anyone pressing a button. */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Editorial editorial;

    ScheduledPublishing(Editorial editorial) {
        this.editorial = editorial;
    }

    @Scheduled(fixedDelayString = "${masthead.publishing.schedule-check-interval}",
            initialDelayString = "${masthead.publishing.schedule-check-interval}")
    void publishDue() {
        var published = editorial.publishDue();
        if (!published.isEmpty()) {
            log.info("Published {} scheduled article(s): {}", published.size(), published);
        }
    }
}
