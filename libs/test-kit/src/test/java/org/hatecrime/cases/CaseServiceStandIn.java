package org.hatecrime.cases;

/** Stands in for case-service code, which no other service may use. */
public class CaseServiceStandIn {
    public static String force() {
        return "herts-police";
    }
}
