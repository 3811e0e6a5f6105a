package org.hatecrime.systemtests.owasp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Demo users of the local realm by role: one of the home agencies, and one of another agency. */
final class Callers {

    /** A user for each realm role a person can hold, all of the agencies the shared records belong to. */
    static final Map<String, String> BY_ROLE;

    static {
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("reporting-centre", "centre-stevenage");
        byRole.put("police", "police-herts");
        byRole.put("cps", "cps-thames-chiltern");
        byRole.put("victim-care", "beacon-worker");
        byRole.put("analyst", "analyst-herts");
        byRole.put("admin", "admin-herts");
        byRole.put("partnership-coordinator", "coordinator-herts");
        byRole.put("records-manager", "records-herts-police");
        BY_ROLE = Map.copyOf(byRole);
    }

    /** The roles a person can hold in the realm (the internal-service role belongs to one service account). */
    static final List<String> ROLES = List.of("reporting-centre", "police", "cps", "victim-care", "analyst", "admin",
            "partnership-coordinator", "records-manager");

    /** Users of another agency than the shared records', with the role each holds. */
    record Outsider(String username, String role, String agency) {
        @Override
        public String toString() {
            return username;
        }
    }

    static final List<Outsider> OUTSIDERS = List.of(
            new Outsider("centre-watford", "reporting-centre", "watford-centre"),
            new Outsider("police-beds", "police", "beds-police"),
            new Outsider("cps-wessex", "cps", "cps-wessex"),
            new Outsider("galop-worker", "victim-care", "galop"),
            new Outsider("analyst-beds", "analyst", "beds-csp"));

    private Callers() {
    }
}
