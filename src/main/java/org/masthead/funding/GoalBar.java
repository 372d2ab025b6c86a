package org.masthead.funding;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.YearMonth;
import java.util.Map;
import org.masthead.pages.ChromeSlot;
import org.masthead.pages.PagesChanged;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The month's fundraising bar above the masthead of every public page; nothing when no goal is set.
 * Rendered again when a goal or a gift changes, and when a new month begins in the publication's
 * calendar (checked each minute), since that changes the bar without any change to the data.
 */
@Component
class GoalBar implements ChromeSlot {

    private final Funding funding;
    private final Publishing publishing;
    private final TemplateEngine templates;
    private final ApplicationEventPublisher events;
    private volatile YearMonth shown;

    GoalBar(Funding funding, Publishing publishing, TemplateEngine templates, ApplicationEventPublisher events) {
        this.funding = funding;
        this.publishing = publishing;
        this.templates = templates;
        this.events = events;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String topic() {
        return Funding.BAR_TOPIC;
    }

    @Override
    public String render() {
        YearMonth month = funding.currentMonth();
        shown = month;
        return funding.progress(month).map(progress -> {
            Publication publication = publishing.publication();
            StringOutput html = new StringOutput();
            templates.render("funding/goal-bar.jte",
                    Map.of("bar", GoalBarView.of(progress, publication.locale(), publication.name())), html);
            return html.toString();
        }).orElse("");
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void newMonth() {
        YearMonth last = shown;
        if (last != null && !last.equals(funding.currentMonth())) {
            events.publishEvent(PagesChanged.refreshing(Funding.BAR_TOPIC));
        }
    }
}
