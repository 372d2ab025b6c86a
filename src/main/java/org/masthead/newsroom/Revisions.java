package org.masthead.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A readable, line-by-line comparison of two versions of an article's text. */
final class Revisions {

    private Revisions() {
    }

    /** The lines of {@code after}, with what {@code before} had instead marked as removed. */
    static List<NewsroomViews.DiffLine> diff(String before, String after) {
        List<String> from = lines(before);
        List<String> to = lines(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<NewsroomViews.DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new NewsroomViews.DiffLine("same", from.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new NewsroomViews.DiffLine("removed", line)));
            delta.getTarget().getLines().forEach(line -> result.add(new NewsroomViews.DiffLine("added", line)));
            position += delta.getSource().size();
        }
        for (; position < from.size(); position++) {
            result.add(new NewsroomViews.DiffLine("same", from.get(position)));
        }
        return result;
    }

    /** The fields a revision keeps, as one text to compare. */
    static String text(String headline, String standfirst, String body) {
        return "# " + headline + "\n\n" + standfirst + "\n\n" + body;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
