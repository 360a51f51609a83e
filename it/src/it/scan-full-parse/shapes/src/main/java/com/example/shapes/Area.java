package com.example.shapes;

/** Brackets and declarations are intact; one statement is not: only a full parse can tell. */
public class Area {
    public double of(double width, double height) {
        double area = width * ;
        return area;
    }
}
