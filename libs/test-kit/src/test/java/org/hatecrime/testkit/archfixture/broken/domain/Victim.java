package org.hatecrime.testkit.archfixture.broken.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A plain JPA entity, not a Panache one. */
@Entity
public class Victim {
    @Id
    public UUID id;
    public boolean contactAllowed;
}
