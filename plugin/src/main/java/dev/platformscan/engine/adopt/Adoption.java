package dev.platformscan.engine.adopt;

import java.util.List;

/**
 * How far one capability's shared component is adopted: the modules that use it and the modules that still carry
 * their own code for the capability (issue 17). Adoption = adopters ÷ (adopters + holdouts).
 *
 * @param capability     capability id ("caching")
 * @param capabilityName its display name ("Caching")
 * @param components     the shared components: modules (or declared packages) whose code shows the capability and
 *                       that other modules use for it
 * @param adopters       modules that use a component and carry no code of their own for the capability
 * @param holdouts       modules that implement the capability themselves, with that code
 */
public record Adoption(String capability, String capabilityName, List<Component> components, List<Adopter> adopters,
                       List<Holdout> holdouts) {

    public Adoption {
        components = List.copyOf(components);
        adopters = List.copyOf(adopters);
        holdouts = List.copyOf(holdouts);
    }

    /** The order reports show capabilities in: most holdouts first (the platform team's next work), then by id. */
    public static final java.util.Comparator<Adoption> MOST_HOLDOUTS_FIRST = java.util.Comparator
            .comparingInt((Adoption a) -> -a.holdouts().size()).thenComparing(Adoption::capability);

    /** The same capability and components with only these holdouts (the baseline keeps the rest). */
    public Adoption withHoldouts(List<Holdout> kept) {
        return new Adoption(capability, capabilityName, components, adopters, kept);
    }

    /** adopters ÷ (adopters + holdouts), 0 when there are neither. */
    public double share() {
        int all = adopters.size() + holdouts.size();
        return all == 0 ? 0 : (double) adopters.size() / all;
    }

    /**
     * @param module   the component's module id
     * @param types    its types that show the capability or that those implement, which other modules use
     * @param declared true when the user declared it ({@code platform.components}), false when the scan found it
     */
    public record Component(String module, List<String> types, boolean declared) {
        public Component {
            types = List.copyOf(types);
        }

        /** The simple name of its first type ("ExpiringCache"), or null when it has none. */
        public String mainType() {
            return types.isEmpty() ? null : types.get(0).substring(types.get(0).lastIndexOf('.') + 1);
        }
    }

    /**
     * @param module the adopting module's id
     * @param uses   the component types it imports; empty when it only depends on a component module
     */
    public record Adopter(String module, List<String> uses) {
        public Adopter {
            uses = List.copyOf(uses);
        }
    }

    /**
     * @param module   the module's id
     * @param code     its own code showing the capability, in file and line order
     * @param alsoUses true when it uses a component too (it holds out with some of its code)
     */
    public record Holdout(String module, List<Code> code, boolean alsoUses) {
        public Holdout {
            code = List.copyOf(code);
        }

        /** The same module with only this code. */
        public Holdout withCode(List<Code> kept) {
            return new Holdout(module, kept, alsoUses);
        }
    }

    /** A unit of code: file relative to the execution root, symbol, lines. */
    public record Code(String file, String symbol, int startLine, int endLine) {
    }
}
