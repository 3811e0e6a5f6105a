package org.hatecrime.analytics.api;

/** Request and response examples of the published API document. */
final class Examples {

    static final String SUMMARY = """
            {"from": "2026-01", "to": "2026-12", "totalReports": 3,
             "byStrand": {"RACE": 2, "RELIGION_OR_BELIEF": 2}, "byDistrict": {"STEVENAGE": 2, "WATFORD": 1},
             "byMonth": {"2026-10": 1, "2026-11": 2}, "byChannel": {"THIRD_PARTY_CENTRE": 2, "POLICE": 1},
             "byReporterRole": {"VICTIM": 2, "NOT_GIVEN": 1}, "byIncidentType": {"VERBAL_ABUSE": 3},
             "thirdPartyShare": 0.667, "repeatVictimisationRate": 0.333}""";

    static final String PUBLISH = """
            {"period": "2026-Q3"}""";

    static final String REVISE = """
            {"period": "2026-Q3", "changeNote": "Reports withdrawn after the first release are no longer counted"}""";

    private static final String TABLE = """
            "table": {"rows": [
               {"district": "STEVENAGE", "counts": {"RACE": 23, "RELIGION_OR_BELIEF": null, "SEXUAL_ORIENTATION": 11,
                "DISABILITY": null, "TRANSGENDER_IDENTITY": null, "OTHER": 0}, "total": 41}],
              "strandTotals": {"RACE": 141, "RELIGION_OR_BELIEF": 38, "SEXUAL_ORIENTATION": 52, "DISABILITY": 29,
                "TRANSGENDER_IDENTITY": 17, "OTHER": 35},
              "total": 312}""";

    static final String RELEASE = """
            {"version": 7, "period": "2026-Q3", "periodStart": "2026-07-01", "periodEnd": "2026-09-30",
             "publishedAt": "2026-10-06T09:30:00Z", "publishedBy": "herts-csp", "revises": null, "changeNote": null,
             "threshold": 10,
            """ + TABLE + "}";

    static final String CHANGELOG = """
            [{"version": 8, "period": "2026-Q3", "publishedAt": "2026-10-20T10:00:00Z", "publishedBy": "herts-csp", "revises": 7,
              "changeNote": "Reports withdrawn after the first release are no longer counted"},
             {"version": 7, "period": "2026-Q3", "publishedAt": "2026-10-06T09:30:00Z", "publishedBy": "herts-csp", "revises": null,
              "changeNote": null}]""";

    static final String CSV = """
            district,RACE,RELIGION_OR_BELIEF,SEXUAL_ORIENTATION,DISABILITY,TRANSGENDER_IDENTITY,OTHER,ALL_STRANDS
            STEVENAGE,23,[c],11,[c],[c],0,41
            ALL_DISTRICTS,141,38,52,29,17,35,312
            """;

    static final String DICTIONARY = """
            {"basis": "Reports ... whose victim consented to their use in statistics ...",
             "disclosureControl": "Every count under 10 is withheld (null in JSON, [c] in CSV) ...", "threshold": 10,
             "periods": "A month is YYYY-MM, a quarter YYYY-Qn ...", "districts": ["STEVENAGE", "WATFORD"],
             "strands": ["RACE", "RELIGION_OR_BELIEF"],
             "fields": [{"name": "table.rows[].counts", "meaning": "Strand mentions in the district ..."}]}""";

    static final String SCAN = """
            {"week": "2026-11-16"}""";

    static final String THREATS = """
            [{"id": "8d3f2b1c-4e5a-4f6b-9c7d-0e1f2a3b4c5d", "weekStarting": "2026-11-16", "strand": "RELIGION_OR_BELIEF",
              "district": "WATFORD", "expected": 1.46, "observed": 15, "limit": 8, "detectedAt": "2026-11-23T06:00:01.201Z"}]""";

    static final String VICTIM_CARE = """
            {"from": "2026-01", "to": "2026-12", "referrals": 120, "bySource": {"REPORT": 96, "SELF_REFERRAL": 18, "DIRECT": 6},
             "byProvider": {"beacon": 101, "galop": 19}, "uptake": 0.58, "acceptanceRate": 0.74, "enhancedRightsShare": 0.21,
             "complianceByRight": {"RIGHT_4": 0.93}, "breachedByRight": {"RIGHT_4": 8}, "complianceByAgency": {"beacon": 0.92, "galop": 1.0},
             "wellbeingChange": {"closed": 41, "mean": 3.1, "lowerQuartile": 0.8, "median": 2.9, "upperQuartile": 5.2},
             "satisfaction": {"3": 6, "4": 19, "5": 16}, "accepted": 70, "decided": 94}""";

    static final String JUSTICE = """
            {"from": "2026-01", "to": "2026-12", "cases": 120, "closed": 71, "outcomeMix": {"1": 14, "15": 22, "16": 9, "18": 26},
             "byStrand": {"RACE": {"cases": 80, "charged": 18, "chargeRate": 0.225, "daysToChargeMedian": 34.5, "daysToChargeP90": 88.0},
                          "DISABILITY": {"cases": 12, "charged": 0, "chargeRate": 0.0, "daysToChargeMedian": null, "daysToChargeP90": null}},
             "upliftShare": 0.8}""";

    static final String PREVENTION_LOG = """
            {"kind": "SESSION", "audience": "SCHOOL", "title": "Assemblies on disability hate crime, years 7 to 9",
             "district": "STEVENAGE", "strands": ["DISABILITY"], "startsOn": "2026-03-02", "endsOn": "2026-03-13", "reach": 640}""";

    static final String PREVENTION_ACTIVITY = """
            {"id": "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c", "agency": "herts-csp", "kind": "SESSION", "audience": "SCHOOL",
             "title": "Assemblies on disability hate crime, years 7 to 9", "district": "STEVENAGE", "strands": ["DISABILITY"],
             "startsOn": "2026-03-02", "endsOn": "2026-03-13", "reach": 640, "recordedBy": "analyst-herts",
             "recordedAt": "2026-03-16T10:02:11.204Z"}""";

    static final String PREVENTION_EFFECT = """
            {"activityId": "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c", "weeks": 12, "reportsBefore": 18, "reportsAfter": 27,
             "perWeekBefore": 1.5, "perWeekAfter": 2.25, "change": 0.5}""";

    static final String BOARD_REPORT = """
            {"quarter": "2026-Q3", "title": "July to September 2026", "start": "2026-07-01", "end": "2026-09-30",
             "previousQuarter": "2026-Q2", "yearBeforeQuarter": "2025-Q3", "generatedAt": "2026-10-06T09:30:00Z", "threshold": 10,
             "reporting": {"reports": {"quarter": 312, "previous": 287, "yearBefore": 265},
               "byStrand": {"RACE": {"quarter": 141, "previous": 130, "yearBefore": 122},
                            "TRANSGENDER_IDENTITY": {"quarter": 17, "previous": null, "yearBefore": 11}},
               "byDistrict": {"STEVENAGE": {"quarter": 41, "previous": 38, "yearBefore": null}},
               "thirdPartyShare": {"quarter": 0.62, "previous": 0.58, "yearBefore": 0.55},
               "repeatVictimisationRate": {"quarter": 0.18, "previous": 0.21, "yearBefore": null},
               "byMonth": [{"month": "2026-07", "reports": 104}, {"month": "2026-08", "reports": 99}, {"month": "2026-09", "reports": 109}]},
             "victimCare": {"referrals": {"quarter": 120, "previous": 111, "yearBefore": 97},
               "uptake": {"quarter": 0.58, "previous": 0.55, "yearBefore": 0.5},
               "acceptanceRate": {"quarter": 0.74, "previous": 0.7, "yearBefore": 0.69},
               "complianceByRight": {"RIGHT_4": {"quarter": 0.93, "previous": 0.9, "yearBefore": null}},
               "closedWithWellbeing": {"quarter": 41, "previous": 37, "yearBefore": 30},
               "meanWellbeingChange": {"quarter": 3.1, "previous": 2.8, "yearBefore": 2.5},
               "satisfaction": {"5": {"quarter": 16, "previous": 14, "yearBefore": null}}},
             "justice": {"cases": {"quarter": 120, "previous": 104, "yearBefore": 99}, "closed": {"quarter": 71, "previous": 66, "yearBefore": 70},
               "outcomeMix": {"1": {"quarter": 14, "previous": 12, "yearBefore": null}},
               "chargeRateByStrand": {"RACE": {"quarter": 0.225, "previous": 0.2, "yearBefore": 0.19}},
               "daysToChargeByStrand": {"RACE": {"quarter": 34.5, "previous": 38.0, "yearBefore": 41.5}}},
             "emergingThreats": [{"weekStarting": "2026-08-10", "strand": "RELIGION_OR_BELIEF", "district": "WATFORD", "expected": 1.46,
               "observed": 15, "limit": 8}],
             "prevention": [{"title": "Assemblies on disability hate crime, years 7 to 9", "kind": "SESSION", "audience": "SCHOOL",
               "district": "STEVENAGE", "strands": ["DISABILITY"], "startsOn": "2026-07-06", "endsOn": "2026-07-10", "reach": 640,
               "weeks": 12, "weeksPassed": false, "reportsBefore": null, "reportsAfter": null, "change": null}]}""";

    static final String BOARD_REPORT_HTML = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Hate crime partnership board report: July to September 2026</title>
            </head><body><main><h1>Hate crime partnership board report: July to September 2026</h1>
            <section><h2>Charts</h2><figure><svg xmlns="http://www.w3.org/2000/svg" role="img">...</svg></figure></section>
            <section><h2>Reporting</h2><table>...<tr><th scope="row">Reports counted</th><td>312</td><td>287</td><td>265</td></tr>
            </table></section></main></body></html>""";

    static final String BOARD_REPORT_PDF = "%PDF-1.4 ... (an A4 document: the same title, tables and charts as the page)";

    static final String BOARD_REPORT_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" width="640" height="340" viewBox="0 0 640 340">
            <title>Reports by strand, 2026-Q3</title><rect x="60" y="80" width="40" height="180" fill="#1d70b8"/></svg>""";

    private Examples() {
    }

    private static final String REBUILD_PARTITIONS_RUNNING = """
            "partitions": [{"topic": "hatecrime.cases.v1", "partition": 0, "fromOffset": 0, "untilOffset": 1200, "position": 1200},
             {"topic": "hatecrime.referrals.v1", "partition": 0, "fromOffset": 0, "untilOffset": 5400, "position": 5400},
             {"topic": "hatecrime.reports.v1", "partition": 0, "fromOffset": 0, "untilOffset": 41000, "position": 13900}]}""";

    private static final String REBUILD_PARTITIONS_COMPLETED = """
            "partitions": [{"topic": "hatecrime.cases.v1", "partition": 0, "fromOffset": 0, "untilOffset": 1200, "position": 1203},
             {"topic": "hatecrime.referrals.v1", "partition": 0, "fromOffset": 0, "untilOffset": 5400, "position": 5410},
             {"topic": "hatecrime.reports.v1", "partition": 0, "fromOffset": 0, "untilOffset": 41000, "position": 41017}]}""";

    static final String REBUILD_STARTED = """
            {"id": "7c1e5d2a-4b3f-4e6a-9d8c-2f1a0b9e8d7c", "state": "RUNNING", "requestedBy": "ops.admin",
             "startedAt": "2026-11-30T08:00:00Z", "finishedAt": null, "recordsTotal": 0, "recordsRead": 0, "eventsApplied": 0,
             "eventsFailed": 0, "detail": null, "partitions": []}""";

    static final String REBUILD_RUNNING = """
            {"id": "7c1e5d2a-4b3f-4e6a-9d8c-2f1a0b9e8d7c", "state": "RUNNING", "requestedBy": "ops.admin",
             "startedAt": "2026-11-30T08:00:00Z", "finishedAt": null, "recordsTotal": 47600, "recordsRead": 20500,
             "eventsApplied": 20480, "eventsFailed": 0, "detail": null,
            """ + REBUILD_PARTITIONS_RUNNING;

    static final String REBUILD_COMPLETED = """
            {"id": "7c1e5d2a-4b3f-4e6a-9d8c-2f1a0b9e8d7c", "state": "COMPLETED", "requestedBy": "ops.admin",
             "startedAt": "2026-11-30T08:00:00Z", "finishedAt": "2026-11-30T08:03:10Z", "recordsTotal": 47600, "recordsRead": 47630,
             "eventsApplied": 47590, "eventsFailed": 1,
             "detail": "the live read models were replaced by the rebuilt ones: report_fact, referral_fact, victims_code_breach_fact, case_fact",
            """ + REBUILD_PARTITIONS_COMPLETED;
}
