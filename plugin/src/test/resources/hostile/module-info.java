/** A module descriptor: declares no type, holds nothing to compare. */
module com.example.modular {
    requires java.net.http;
    exports com.example.modular;
    provides java.lang.Runnable with com.example.modular.Task;
}
