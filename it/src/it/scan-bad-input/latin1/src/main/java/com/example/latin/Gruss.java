package com.example.latin;

public class Gruss {
    public String text() {
        return "Grüße aus München";
    }
}
