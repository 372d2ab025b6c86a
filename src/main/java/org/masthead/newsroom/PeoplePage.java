package org.masthead.newsroom;

import java.util.List;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;

/** What the owner's people page shows: everyone, the roles on offer, and the invitation form as typed. */
record PeoplePage(List<Member> members, List<Role> roles, String error, String notice, String email,
        String displayName) {
}
