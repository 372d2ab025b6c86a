package org.masthead.discussion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.accounts.ClientAddress;
import org.masthead.accounts.Member;
import org.masthead.accounts.SignedInMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who the request comes from, as the discussion sees them: a member, a guest with a pass, or nobody yet. */
@Component
class Readers {

    private final GuestPasses passes;
    private final DiscussionKeys keys;

    Readers(GuestPasses passes, DiscussionKeys keys) {
        this.passes = passes;
        this.keys = keys;
    }

    /** The reader of this request; a forged pass counts as none. */
    Viewer viewer(HttpServletRequest request) {
        Member member = member();
        String guest = member == null && passes.read(request) instanceof GuestPasses.Valid valid ? valid.id() : null;
        return new Viewer(member, guest, keys.hashAddress(ClientAddress.of(request)));
    }

    /**
     * The reader of a request that writes: a guest without a pass gets one, and a pass this site did
     * not sign is refused rather than quietly replaced (votes and edits hang on it).
     */
    Viewer writer(HttpServletRequest request, HttpServletResponse response) {
        Member member = member();
        if (member != null) {
            return new Viewer(member, null, keys.hashAddress(ClientAddress.of(request)));
        }
        if (passes.read(request) instanceof GuestPasses.Forged) {
            throw new DiscussionProblem(400, null, "Your browser sent a guest pass this site did not issue. "
                    + "Remove this site's cookies, reload the page and try again.");
        }
        return new Viewer(null, passes.issue(request, response), keys.hashAddress(ClientAddress.of(request)));
    }

    /** Whether whoever sent the request is signed in. */
    boolean signedIn() {
        return member() != null;
    }

    private static Member member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember signedIn
                ? signedIn.member() : null;
    }
}
