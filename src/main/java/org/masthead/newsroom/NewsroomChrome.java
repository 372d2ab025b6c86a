package org.masthead.newsroom;

import java.util.List;
import org.masthead.accounts.Member;

/**
 * What the newsroom's layout ({@code newsroom/layout.jte}) shows around every newsroom page: the
 * publication, who is at the desk, and the menu of the pages they may open. Other modules' newsroom
 * pages get one from {@link NewsroomMenu#chrome}.
 */
public record NewsroomChrome(String publicationName, Member member, List<Item> menu) {

    /**
     * An entry of the menu.
     *
     * @param badge a count to show beside it, 0 for none
     * @param current whether it is the page being shown
     */
    public record Item(String label, String path, long badge, boolean current) {
    }
}
