package com.acme.users.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for choosing a username at registration. Usernames are shown on public
 * product reviews, hence the reserved-word list.
 */
public final class UsernamePolicy {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 32;
    private static final Set<String> RESERVED = Set.of(
            "admin", "administrator", "root", "support", "acme", "system", "help", "security");

    /**
     * Checks a requested username.
     *
     * @return the list of violated rules; empty if the username is acceptable
     */
    public List<String> violations(String requested) {
        List<String> problems = new ArrayList<>();
        if (requested == null || requested.isBlank()) {
            problems.add("username is required");
            return problems;
        }
        String candidate = requested.trim().toLowerCase(Locale.ROOT);
        if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            problems.add("username must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
        }
        if (!Character.isLetter(candidate.charAt(0))) {
            problems.add("username must start with a letter");
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                problems.add("username contains an invalid character '" + c + "'");
                break;
            }
        }
        if (candidate.contains("..") || candidate.endsWith(".")) {
            problems.add("dots may not repeat or end the username");
        }
        for (String reserved : RESERVED) {
            if (candidate.equals(reserved) || candidate.startsWith(reserved + ".")) {
                problems.add("username is reserved");
                break;
            }
        }
        return problems;
    }

    public boolean isAcceptable(String requested) {
        return violations(requested).isEmpty();
    }
}
