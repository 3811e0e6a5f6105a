package org.hatecrime.testkit.archfixture.broken.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    public String provider;
}
