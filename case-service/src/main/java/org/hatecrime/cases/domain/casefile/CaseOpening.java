package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.hatecrime.cases.config.CasesConfig;

/**
 * Opens a case when intake shares a report with a police force, for that force, prosecuted by the
 * force's CPS area, and links it to the force's other cases of the same victim. Runs inside the
 * inbox's transaction; a report shared again with the same force keeps its one case. A report whose
 * victim was already erased, shared with another force, opens that force's case erased too: without
 * the victim key, whatever the event carried, so it links to none of the person's cases.
 */
@ApplicationScoped
public class CaseOpening {

    private final Cases cases;
    private final CaseLinks links;
    private final CaseEventPublisher events;
    private final CasesConfig config;
    private final Clock clock;

    CaseOpening(Cases cases, CaseLinks links, CaseEventPublisher events, CasesConfig config, Clock clock) {
        this.cases = cases;
        this.links = links;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Case.Opening opening) {
        if (cases.existsFor(opening.reportId(), opening.force())) {
            return;
        }
        CasesConfig.Force force = config.forces().get(opening.force());
        CaseEvent.Opened opened = Case.open(opening, force == null ? null : force.cpsArea());
        cases.victimErasedAt(opening.reportId()).ifPresent(opened.theCase()::victimErased);
        cases.persist(opened.theCase());
        cases.saved(opened.theCase());
        links.linkRepeats(opened.theCase(), OffsetDateTime.now(clock));
        events.publish(opened);
    }
}
