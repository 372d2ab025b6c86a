package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.masthead.pages.PageHead;
import org.masthead.pages.PageTopics;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The donor wall: readers who gave and chose to be named, newest first, with their messages if the newsroom shows them. */
@Controller
class DonorWall {

    static final String PATH = "/support/donors";
    private static final int PAGE = 100;

    private final Funding funding;
    private final OnlineGiving giving;
    private final Publishing publishing;

    DonorWall(Funding funding, OnlineGiving giving, Publishing publishing) {
        this.funding = funding;
        this.giving = giving;
        this.publishing = publishing;
    }

    /** The wall as read: names, their messages when shown, and the link to older gifts. */
    record WallPage(String publicationName, List<Donor> donors, String olderPage) {

        record Donor(String name, String message, String when, boolean monthly) {
        }
    }

    @GetMapping(PATH)
    String wall(@RequestParam(required = false) Long before, Model model, HttpServletRequest request) {
        SupportSettings settings = giving.storedSettings();
        if (!settings.donorWall()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This publication does not show a donor wall.");
        }
        PageTopics.attach(request, PageTopics.PUBLICATION, Funding.WALL_TOPIC);
        Publication publication = publishing.publication();
        DateTimeFormatter months = DateTimeFormatter.ofPattern("LLLL yyyy", publication.locale());
        var found = funding.wall(before, PAGE + 1);
        var donors = found.stream().limit(PAGE).map(d -> new WallPage.Donor(d.name(),
                settings.wallMessages() ? d.message() : null,
                months.format(Instant.ofEpochMilli(d.paidAt()).atZone(publication.timeZone())), d.monthly())).toList();
        String older = found.size() > PAGE ? PATH + "?before=" + found.get(PAGE - 1).paidAt() : null;
        model.addAttribute("page", new WallPage(publication.name(), donors, older));
        PageHead head = PageHead.simple("Our donors", "The readers who keep " + publication.name() + " independent.",
                publication.absolute(PATH));
        model.addAttribute("head", before == null ? head : head.notIndexed());
        return "funding/wall";
    }
}
