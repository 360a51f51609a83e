package com.example.greeting;

import java.util.Locale;

/** Grüße aus Köln: non-ASCII identifiers, literals and comments (Latin-1 repertoire only). */
public class Greeter {
    private final String größe = "groß";

    public String begrüßung(String name, int anzahl) {
        StringBuilder text = new StringBuilder("Grüß Gott, ");
        for (int i = 0; i < anzahl; i++) {
            if (name.startsWith("É")) {
                text.append("Señor ").append(name.toUpperCase(Locale.ROOT));
            } else {
                text.append("Frère ").append(name).append(" café ").append(größe);
            }
            text.append(i < anzahl - 1 ? " · " : " £");
        }
        return text.toString();
    }
}
