package com.example.modern;

/** Java 21 syntax: sealed interfaces, records, pattern-matching switch, record patterns, text blocks. */
public sealed interface Java21Features permits Java21Features.Circle, Java21Features.Square, Java21Features.Pair {

    record Circle(double radius) implements Java21Features {
    }

    record Square(double side) implements Java21Features {
    }

    record Pair(Java21Features left, Java21Features right) implements Java21Features {
    }

    static double area(Java21Features shape) {
        return switch (shape) {
            case Circle c when c.radius() > 1_000 -> Double.POSITIVE_INFINITY;
            case Circle(double radius) -> Math.PI * radius * radius;
            case Square(var side) -> side * side;
            case Pair(Circle(var r), Square(var s)) -> Math.PI * r * r + s * s;
            case Pair(var left, var right) -> area(left) + area(right);
        };
    }

    static String describe(Object value) {
        String template = """
                shape: %s
                  area: %.2f \
                (approximate)
                """;
        if (value instanceof Pair(Circle left, var right) && left.radius() > 0) {
            return template.formatted("pair of a circle and " + right, area((Pair) value));
        }
        return switch (value) {
            case null -> "nothing";
            case Java21Features shape -> template.formatted(shape, area(shape));
            case String text when text.isBlank() -> "blank";
            default -> value.toString();
        };
    }
}
