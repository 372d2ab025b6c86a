package org.masthead.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.pages.PageHead;
import org.masthead.pages.Pager;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Full-text search. Results are not cached: every query is different, and search pages are not indexed. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 200;

    private final SearchIndex index;
    private final Publishing publishing;

    SearchController(SearchIndex index, Publishing publishing) {
        this.index = index;
        this.publishing = publishing;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Pager.checked(page);
        String q = query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Search for at most " + MAX_QUERY_LENGTH + " characters.");
        }
        String path = "/search?q=" + UriUtils.encodeQueryParam(q, StandardCharsets.UTF_8);
        boolean searchable = !SearchIndex.words(q).isEmpty();
        List<SearchPage.Result> results = List.of();
        boolean hasNext = false;
        if (searchable) {
            List<SearchIndex.Hit> hits = index.search(q, PAGE_SIZE + 1, Pager.offset(page, PAGE_SIZE));
            hasNext = hits.size() > PAGE_SIZE;
            hits = Pager.fit(hits, page, PAGE_SIZE);
            Map<Long, ArticleCard> cards = publishing.published(hits.stream().map(SearchIndex.Hit::articleId).toList())
                    .stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
            results = hits.stream().filter(h -> cards.containsKey(h.articleId()))
                    .map(h -> new SearchPage.Result(cards.get(h.articleId()), SearchIndex.toHtml(h.markedHeadline()),
                            SearchIndex.toHtml(h.markedExcerpt())))
                    .toList();
        }
        String title = q.isEmpty() ? "Search" : "Search: " + q;
        model.addAttribute("page", new SearchPage(q, results, new Pager(page, hasNext, path), !q.isEmpty() && !searchable));
        model.addAttribute("head", PageHead.simple(title, "Search the archive of " + publishing.publication().name() + ".",
                publishing.publication().absolute(path)).notIndexed());
        return "search/search";
    }
}
