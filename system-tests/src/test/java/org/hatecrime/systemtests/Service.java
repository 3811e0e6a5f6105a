package org.hatecrime.systemtests;

/** The application services of the platform, as the launcher names them. */
public enum Service {

    REPORTING("reporting-service", "HC_REPORTING_URL"),
    VICTIM_CARE("victim-care-service", "HC_VICTIM_CARE_URL"),
    CASE("case-service", "HC_CASE_URL"),
    ANALYTICS("analytics-service", "HC_ANALYTICS_URL");

    private final String component;
    private final String urlVariable;

    Service(String component, String urlVariable) {
        this.component = component;
        this.urlVariable = urlVariable;
    }

    /** The launcher's component name: module folder, pid file, log file and Kafka consumer group. */
    public String component() {
        return component;
    }

    /** The variable of {@code $HC_HOME/run/platform.env} holding the service's own address. */
    String urlVariable() {
        return urlVariable;
    }

    /** The Kafka consumer group of the service (consumers use their service name). */
    public String consumerGroup() {
        return component;
    }

    @Override
    public String toString() {
        return component;
    }
}
