package com.example.b;

import java.util.Map;

public class Toggles {
    private final FlagClient client;
    private final Map<String, Boolean> overrides;

    public Toggles(FlagClient flags, Map<String, Boolean> overrides) {
        this.client = flags;
        this.overrides = overrides;
    }

    public boolean isOn(String feature, String tenant) {
        if (overrides.containsKey(feature + "@" + tenant)) {
            return overrides.get(feature + "@" + tenant);
        }
        if (overrides.containsKey(feature)) {
            return overrides.get(feature);
        }
        boolean value = client.isEnabled("flag." + feature, tenant);
        if (!value && feature.startsWith("beta.")) {
            value = client.isEnabled("flag.beta-all", tenant);
        }
        return value;
    }

    public interface FlagClient {
        boolean isEnabled(String key, String tenant);
    }
}
