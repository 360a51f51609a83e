package com.example;

import java.util.Map;

public class FlagGate {
    private final FlagClient flags;
    private final Map<String, Boolean> overrides;

    public FlagGate(FlagClient flags, Map<String, Boolean> overrides) {
        this.flags = flags;
        this.overrides = overrides;
    }

    public boolean enabled(String feature, String tenant) {
        if (overrides.containsKey(feature + "@" + tenant)) {
            return overrides.get(feature + "@" + tenant);
        }
        if (overrides.containsKey(feature)) {
            return overrides.get(feature);
        }
        boolean value = flags.isEnabled("flag." + feature, tenant);
        if (!value && feature.startsWith("beta.")) {
            value = flags.isEnabled("flag.beta-all", tenant);
        }
        return value;
    }

    public interface FlagClient {
        boolean isEnabled(String key, String tenant);
    }
}
