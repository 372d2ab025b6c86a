package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.masthead.accounts.Member;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/** Builds the newsroom's menu from every {@link NewsroomPage} the application declares, for the member at the desk. */
@Component
public class NewsroomMenu {

    private final List<NewsroomPage> pages;
    private final Publishing publishing;

    NewsroomMenu(List<NewsroomPage> pages, Publishing publishing) {
        this.pages = pages.stream().sorted(Comparator.comparingInt(NewsroomPage::order)).toList();
        this.publishing = publishing;
    }

    /** The layout's data for a newsroom page this member is looking at. */
    public NewsroomChrome chrome(Member member, HttpServletRequest request) {
        String path = request.getRequestURI();
        List<NewsroomChrome.Item> menu = pages.stream().filter(page -> page.visibleTo().test(member))
                .map(page -> new NewsroomChrome.Item(page.label(), page.path(), page.badge().applyAsLong(member),
                        current(page.path(), path)))
                .toList();
        return new NewsroomChrome(publishing.publication().name(), member, menu);
    }

    /** The entry whose path is the longest prefix of the address is the current one ("/newsroom" is only itself). */
    private boolean current(String entry, String path) {
        if (entry.equals(path)) {
            return true;
        }
        if (entry.equals("/newsroom") || !path.startsWith(entry + "/")) {
            return false;
        }
        return pages.stream().noneMatch(other -> other.path().length() > entry.length() && path.startsWith(other.path()));
    }
}
