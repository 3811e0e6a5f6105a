package org.hatecrime.cases.domain.casefile;

/** Hands a case's events to the outbox, in the transaction that changed the case. */
public interface CaseEventPublisher {

    void publish(CaseEvent event);

    /** An update the victim was owed passed its deadline untold; announced once per update. */
    void publishOverdue(OverdueUpdate overdue);
}
