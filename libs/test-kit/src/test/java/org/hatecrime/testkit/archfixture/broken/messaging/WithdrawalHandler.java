package org.hatecrime.testkit.archfixture.broken.messaging;

import java.util.function.Consumer;
import org.hatecrime.testkit.archfixture.broken.domain.Victim;

/** A handler given to the inbox that changes a plain JPA entity itself. */
public class WithdrawalHandler implements Consumer<Victim> {
    @Override
    public void accept(Victim victim) {
        victim.contactAllowed = false;
    }
}
