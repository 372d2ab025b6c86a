package org.masthead;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.masthead.publishing.ArticleRef;

/** Comments posted as readers post them: the form read from the article's page, then sent. */
public final class TestComments {

    private TestComments() {
    }

    /**
     * Opens the article's discussion and posts a comment with these fields (name, value pairs) besides
     * the body; a guest gives name and email among them.
     */
    public static HttpResponse<String> post(Session session, ArticleRef article, String body, String... fields) {
        session.get(article.path() + "/comments");
        String shown = session.field("shown");
        List<String> all = new ArrayList<>(List.of("body", body, "shown", shown == null ? "" : shown));
        all.addAll(List.of(fields));
        return session.post(article.path() + "/comments", all.toArray(String[]::new));
    }

    /** A guest's comment; the id of the stored comment, from where the answer leads. */
    public static long byGuest(Session session, ArticleRef article, String name, String body, String... fields) {
        List<String> all = new ArrayList<>(List.of("name", name, "email", emailOf(name)));
        all.addAll(List.of(fields));
        return id(post(session, article, body, all.toArray(String[]::new)));
    }

    /** The id in the comment's own address, to which a successful post leads. */
    public static long id(HttpResponse<String> posted) {
        String location = Session.location(posted);
        if (posted.statusCode() != 302 || !location.contains("/comments/")) {
            throw new AssertionError("The comment was not posted (" + posted.statusCode() + "): " + posted.body());
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static String emailOf(String name) {
        return "reader-" + Integer.toHexString(name.hashCode() & 0x7fffffff) + "@readers.test";
    }
}
