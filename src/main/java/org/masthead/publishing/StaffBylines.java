package org.masthead.publishing;

import java.io.InputStream;
import java.time.Clock;
import java.util.Set;
import org.masthead.accounts.Member;
import org.masthead.accounts.ProfileUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a staff member's byline in step with their account: the name, the longer bio and the
 * picture they set in their profile appear on their author page and under their articles.
 */
@Service
public class StaffBylines {

    private final AuthorRepository authors;
    private final MediaLibrary library;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffBylines(AuthorRepository authors, MediaLibrary library, ApplicationEventPublisher events, Clock clock) {
        this.authors = authors;
        this.library = library;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a person's picture in the media library and, when they have a byline, puts it there.
     *
     * @return the address of the picture to show as their avatar
     * @throws MediaRejected when the file is not a usable picture; nothing is stored then
     */
    @Transactional
    public String uploadPortrait(Member member, String fileName, InputStream content, long size) {
        Media portrait = library.upload(fileName, content, size, member.displayName(), "", "", member.id());
        authors.linkedTo(member.id()).ifPresent(author -> {
            authors.setAvatar(author.id(), portrait.id(), clock.instant());
            changed(author);
        });
        return portrait.thumbnailUrl();
    }

    /** Runs in the transaction of the profile change, so the byline never disagrees with the account. */
    @EventListener
    void on(ProfileUpdated profile) {
        authors.linkedTo(profile.userId()).ifPresent(author -> {
            String bio = profile.bio().isBlank() ? author.bioLong() : profile.bio();
            authors.setNameAndBio(author.id(), profile.displayName(), bio, clock.instant());
            changed(author);
        });
    }

    private void changed(AuthorProfile author) {
        events.publishEvent(new TaxonomyChanged(Set.of(PageTopics.byline(author.id()), PageTopics.author(author.slug()),
                PageTopics.ALL_ARTICLES)));
    }
}
