package org.masthead.newsroom;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.masthead.accounts.Member;

/**
 * A page of the newsroom and its entry in the newsroom's menu. The newsroom's own pages are
 * declared this way too; another module adds one by declaring a bean of this type — moderation its
 * queue, funding its donations — and checks, in its own controller, who may open it.
 *
 * @param label the menu's words for it
 * @param path where it lives, under {@code /newsroom}
 * @param order where the entry stands, smaller first
 * @param visibleTo who sees the entry
 * @param badge a count shown beside the entry for this member (comments waiting, say); 0 shows none
 */
public record NewsroomPage(String label, String path, int order, Predicate<Member> visibleTo,
        ToLongFunction<Member> badge) {

    /** An entry without a count. */
    public NewsroomPage(String label, String path, int order, Predicate<Member> visibleTo) {
        this(label, path, order, visibleTo, member -> 0);
    }
}
