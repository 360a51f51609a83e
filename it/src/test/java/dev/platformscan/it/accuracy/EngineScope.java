package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;


/**
 * What the engine leaves out of comparison on purpose, asked of the engine itself so the benchmark
 * neither samples nor makes such methods (a miss on them would measure the engine's scope, not its
 * accuracy): equals/hashCode/toString, accessors, field-storing bodies, main methods, trivial
 * delegations ({@code parse.Boilerplate}).
 */
final class EngineScope {

    private EngineScope() {
    }

    /** The engine's own rule ({@code parse.Boilerplate}), so the benchmark samples only what the engine compares. */
    static boolean isBoilerplate(MethodDeclaration method) {
        return dev.platformscan.engine.parse.Boilerplate.filterOf(method) != null;
    }
}
