package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.pages.PageTopics;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.Publishing.Listing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every month the publication has published in, and each month's articles. */
@Controller
class ArchiveController {

    static final int PAGE_SIZE = 30;

    private final PageHeads heads;
    private final Publishing publishing;

    ArchiveController(PageHeads heads, Publishing publishing) {
        this.heads = heads;
        this.publishing = publishing;
    }

    @GetMapping("/archive")
    String archive(Model model, HttpServletRequest request) {
        ZoneId zone = publishing.publication().timeZone();
        Map<YearMonth, Integer> counts = new LinkedHashMap<>();
        for (Instant at : publishing.publicationTimes()) {
            counts.merge(YearMonth.from(at.atZone(zone)), 1, Integer::sum);
        }
        Map<Integer, List<Views.ArchiveMonth>> byYear = new LinkedHashMap<>();
        counts.forEach((month, count) -> byYear.computeIfAbsent(month.getYear(), y -> new ArrayList<>())
                .add(new Views.ArchiveMonth(month.getYear(), month.getMonthValue(), monthName(month), count)));
        List<Views.ArchiveYear> years = byYear.entrySet().stream()
                .map(e -> new Views.ArchiveYear(e.getKey(), e.getValue())).toList();
        PageTopics.attach(request, PageTopics.ALL_ARTICLES);
        model.addAttribute("page", new Views.Archive(years));
        model.addAttribute("head", heads.plain("Archive", "Every story, month by month.", "/archive"));
        return "publishing/archive";
    }

    // Two digits only: one page, one address (and one entry in the page cache).
    @GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
    String month(@PathVariable int year, @PathVariable int month, @RequestParam(defaultValue = "1") int page,
            Model model, HttpServletRequest request) {
        Pager.checked(page);
        if (month < 1 || month > 12) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no month " + month + ".");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        ZoneId zone = publishing.publication().timeZone();
        List<ArticleCard> found = publishing.published(Listing.month(yearMonth, zone), PAGE_SIZE + 1,
                Pager.offset(page, PAGE_SIZE));
        if (found.isEmpty() && page == 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing was published in " + monthName(yearMonth) + ".");
        }
        String path = "/archive/%d/%02d".formatted(year, month);
        Pager pager = new Pager(page, found.size() > PAGE_SIZE, path);
        String title = monthName(yearMonth);
        PageTopics.attach(request, PageTopics.archive(year, month), PageTopics.CARDS);
        model.addAttribute("page", new Views.Listing("Archive", title, "Stories published in " + title + ".", null,
                Pager.fit(found, page, PAGE_SIZE), pager, null));
        model.addAttribute("head", heads.listing(title, "Stories published in " + title + ".", pager, null, null));
        return "publishing/listing";
    }

    private String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, publishing.publication().locale()) + " " + month.getYear();
    }
}
