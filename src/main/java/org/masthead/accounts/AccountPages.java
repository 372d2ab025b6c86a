package org.masthead.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Signing up, signing in, proving an address, resetting a password, and one's own profile. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final MailLimits mailLimits;
    private final KnownBrowsers browsers;
    private final MemberSessions sessions;

    AccountPages(Accounts accounts, LoginThrottle throttle, MailLimits mailLimits, KnownBrowsers browsers,
            MemberSessions sessions) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.mailLimits = mailLimits;
        this.browsers = browsers;
        this.sessions = sessions;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String signedOut, Model model, HttpServletResponse response) {
        String message = null;
        if (throttled != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            message = "Too many failed sign-ins. Wait " + throttle.minutesToWait()
                    + " minutes, or reset your password: the emailed link also lets this browser in again.";
        }
        else if (error != null) {
            message = "That email address and password do not match an account. If you have just signed up, "
                    + "open the link we sent you first: it confirms your address and signs you in.";
        }
        model.addAttribute("form", new AccountForm(Map.of(), null, message,
                signedOut != null ? "You have signed out." : null));
        return "accounts/signin";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            // A form with a mistake is answered before it spends any allowance: only a sign-up sends mail.
            String address = Credentials.email(email);
            Credentials.displayName(displayName);
            Credentials.password(password, address);
            Optional<MailLimits.Refusal> refused = mailLimits.take(ClientAddress.of(request), email);
            if (refused.isPresent()) {
                model.addAttribute("form", new AccountForm(Map.of("email", email, "displayName", displayName), null,
                        tooMany(refused.get(), response), null));
                return "accounts/signup";
            }
            accounts.signUp(email, displayName, password);
            // The same answer whether or not the address had an account: only its owner learns which.
            model.addAttribute("form", AccountForm.notice("Welcome! We have sent a link to " + email.strip()
                    + ". Open it to confirm your address and sign in."));
            return "accounts/signin";
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.problem(problem, Map.of("email", email, "displayName", displayName)));
            return "accounts/signup";
        }
    }

    /**
     * The link in a confirmation message shows a button rather than acting at once: mail scanners open
     * every link in a message, and must not spend it.
     */
    @GetMapping("/verify")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", new AccountForm(Map.of("token", token), null, null, null));
        return "accounts/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Member> confirmed = accounts.verify(token);
        if (confirmed.isPresent()) {
            sessions.signIn(confirmed.get().id(), request, response);
            browsers.remember(confirmed.get().id(), request, response);
            return "redirect:/account?confirmed";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", new AccountForm(Map.of(), null, "This confirmation link has expired or was "
                + "already used. Ask for a link to choose your password below: it confirms your address too.", null));
        return "accounts/forgot";
    }

    @GetMapping("/forgot-password")
    String forgotForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        return "accounts/forgot";
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<MailLimits.Refusal> refused = mailLimits.take(ClientAddress.of(request), email);
        if (refused.isPresent()) {
            model.addAttribute("form", new AccountForm(Map.of("email", email), null, tooMany(refused.get(), response), null));
            return "accounts/forgot";
        }
        accounts.requestReset(email);
        // The same answer whether or not the address has an account: no one learns who reads here.
        model.addAttribute("form", AccountForm.notice(
                "If an account uses that address, a link to choose a new password is on its way. It works for one hour."));
        return "accounts/forgot";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", new AccountForm(Map.of("token", token), null, null, null));
        return "accounts/reset";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            Optional<Member> changed = accounts.resetPassword(token, password);
            if (changed.isPresent()) {
                // Whoever holds the mailbox holds the account: this browser may sign in past a stranger's failures.
                browsers.remember(changed.get().id(), request, response);
                model.addAttribute("form", AccountForm.notice("Your password is changed. Sign in with it now."));
                return "accounts/signin";
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", new AccountForm(Map.of(), null,
                    "This link has expired or was already used. Ask for a new one below.", null));
            return "accounts/forgot";
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.problem(problem, Map.of("token", token)));
            return "accounts/reset";
        }
    }

    @GetMapping("/account")
    String account(@CurrentMember Member member, @RequestParam(required = false) String avatar,
            @RequestParam(required = false) String confirmed, Model model) {
        String notice = avatar != null ? "Your picture is saved."
                : confirmed != null ? "Thank you: your address is confirmed, and you are signed in." : null;
        model.addAttribute("form", new AccountForm(Map.of("displayName", member.displayName(),
                "bio", accounts.bioOf(member.id())), null, null, notice));
        model.addAttribute("member", member);
        model.addAttribute("avatarUrl", accounts.avatarOf(member.id()));
        return "accounts/profile";
    }

    @PostMapping("/account")
    String saveProfile(@CurrentMember Member member, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String bio, Model model, HttpServletResponse response) {
        Map<String, String> values = Map.of("displayName", displayName, "bio", bio);
        try {
            accounts.updateProfile(member, displayName, member.role().writes() ? bio : "");
            model.addAttribute("form", new AccountForm(values, null, null, "Your profile is saved."));
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.problem(problem, values));
        }
        model.addAttribute("member", accounts.find(member.id()).orElse(member));
        model.addAttribute("avatarUrl", accounts.avatarOf(member.id()));
        return "accounts/profile";
    }

    @GetMapping("/setup")
    String setupForm(Model model) {
        requireSetup();
        model.addAttribute("form", AccountForm.empty());
        return "accounts/setup";
    }

    @PostMapping("/setup")
    String setup(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response) {
        requireSetup();
        try {
            accounts.createOwner(email, displayName, password);
            model.addAttribute("form", AccountForm.notice("Your owner account is ready. Sign in to open the newsroom."));
            return "accounts/signin";
        }
        catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.problem(problem, Map.of("email", email, "displayName", displayName)));
            return "accounts/setup";
        }
    }

    /** Setup exists only until there is an owner; afterwards the address is simply not there. */
    private void requireSetup() {
        if (!accounts.needsSetup()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is nothing at this address.");
        }
    }

    /** Answers 429 with when to come back, and says why in a sentence. */
    private static String tooMany(MailLimits.Refusal refusal, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(Math.max(1, refusal.retryAfter().toSeconds())));
        return refusal.sentence();
    }
}
