package org.masthead.publishing;

import java.io.InputStream;
import org.masthead.accounts.Member;
import org.masthead.publishing.NewsroomPolicy.Action;
import org.springframework.stereotype.Service;

/** The media library's door for other modules: a picture uploaded from a settings or profile page. */
@Service
public class Pictures {

    private final MediaLibrary library;

    Pictures(MediaLibrary library) {
        this.library = library;
    }

    /**
     * Checks and stores a picture like any upload to the library.
     *
     * @return the stored picture; {@link Media#url()} is its original
     * @throws MediaRejected when the file is not a usable picture; nothing is stored then
     */
    public Media upload(Member member, String fileName, InputStream content, long size, String alt) {
        NewsroomPolicy.require(member, Action.UPLOAD_MEDIA, NewsroomPolicy.Standing.newBy(member));
        return library.upload(fileName, content, size, alt, "", "", member.id());
    }
}
