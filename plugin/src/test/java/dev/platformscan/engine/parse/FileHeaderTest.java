package dev.platformscan.engine.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file's header as both readers give it; on every real file SourceOutlineTest holds them equal, here the cases a
 * header reader gets wrong: comments and annotations before the type ({@code Foo.class} in an annotation is no
 * declaration), static and on-demand imports, type parameters with bounds, qualified supertypes, records and
 * annotation types.
 */
class FileHeaderTest {

    private static FileHeader parsed(String source) {
        CompilationUnit unit = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult().orElseThrow();
        return FileHeader.of(unit);
    }

    private static FileHeader lexed(String source) {
        return FileHeader.of(JavaLexer.lex(source));
    }

    @Test
    void packageImportsAndSupertypesOfAClassWithBoundsAndAnnotations() {
        String source = """
                /*
                 * Licensed ... this class is not the declaration.
                 */
                package com.example.cache;

                import static java.util.Objects.requireNonNull;
                import com.example.cache.spi.*;
                import java.util.Map;
                // class NotThisOne extends Nothing
                @Import({RedisConfig.class, CacheConfig.class})
                @Service("redis")
                public class RedisCacheService<K extends Comparable<K>, V extends java.io.Serializable>
                        extends com.example.base.AbstractCache<K, Map<K, V>>
                        implements CacheService<K, V>, java.io.Serializable {
                    private final Map<K, V> map = new java.util.HashMap<>();
                }
                """;
        FileHeader expected = new FileHeader("com.example.cache", java.util.List.of("java.util.Map"),
                java.util.List.of("com.example.cache.spi"), java.util.List.of("AbstractCache", "CacheService", "Serializable"));

        assertThat(parsed(source)).isEqualTo(expected);
        assertThat(lexed(source)).isEqualTo(expected);
    }

    @Test
    void recordsListWhatTheyImplementAndAnnotationTypesNothing() {
        String record = """
                package com.example;
                public record Money(java.math.BigDecimal amount, String currency) implements Comparable<Money> {
                    public int compareTo(Money other) { return amount.compareTo(other.amount); }
                }
                """;
        String annotation = """
                package com.example;
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface Audited {
                    String value() default "";
                }
                """;

        assertThat(lexed(record)).isEqualTo(parsed(record));
        assertThat(lexed(record).supertypes()).containsExactly("Comparable");
        assertThat(lexed(annotation)).isEqualTo(parsed(annotation));
        assertThat(lexed(annotation).supertypes()).isEmpty();
    }
}
