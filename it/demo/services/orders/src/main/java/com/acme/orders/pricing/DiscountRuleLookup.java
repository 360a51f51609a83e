package com.acme.orders.pricing;

import com.acme.common.cache.ExpiringCache;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The discount rules active for a SKU prefix, read from the catalogue at most every five minutes. */
public class DiscountRuleLookup {

    private final ExpiringCache<String, List<DiscountRule>> rulesByPrefix =
            new ExpiringCache<>(Duration.ofMinutes(5), Clock.systemUTC());
    private final Function<String, List<DiscountRule>> catalogue;

    public DiscountRuleLookup(Function<String, List<DiscountRule>> catalogue) {
        this.catalogue = catalogue;
    }

    public List<DiscountRule> activeRules(String skuPrefix, LocalDate day) {
        return rulesByPrefix.get(skuPrefix, catalogue).stream()
                .filter(rule -> rule.isActiveOn(day))
                .toList();
    }

    /** Called when the catalogue publishes a change of the prefix's rules. */
    public void onCatalogueChanged(String skuPrefix) {
        rulesByPrefix.evict(skuPrefix);
    }
}
