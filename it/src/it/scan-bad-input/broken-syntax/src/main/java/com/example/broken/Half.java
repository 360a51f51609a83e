package com.example.broken;

public class Half {
    public void run( {
        System.out.println("never closed");
    }
}
