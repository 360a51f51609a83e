package com.example.broken;

public class SyntaxError {
    public int total(int[] values) {
        int sum = 0;
        for (int value : values {
            sum += value;
        }
        return sum;
    }
}
