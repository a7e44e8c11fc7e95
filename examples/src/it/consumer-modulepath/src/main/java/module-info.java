module consumer {
    requires io.github.medicalnlp.catalogue.json;
    exports consumer;
}
