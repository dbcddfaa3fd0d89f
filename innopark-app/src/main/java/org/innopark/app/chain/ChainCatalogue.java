package org.innopark.app.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.chain.TargetingRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The chains in force: the built-in chain files and the park's own ({@code *.yaml} in {@code innopark.chain.dir}),
 * checked at start-up; and the targeting rules of each park ({@code targeting-PARK.yaml} in the same directory, else
 * the default).
 */
@Service
public class ChainCatalogue {

    private final Path directory;
    private final ChainLibrary library;
    private final ProductDictionary dictionary;

    ChainCatalogue(@Value("${innopark.chain.dir:}") String directory) {
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory);
        this.library = this.directory == null ? ChainLibrary.builtIn() : ChainLibrary.withDirectory(this.directory);
        this.dictionary = new ProductDictionary(library.chains());
    }

    public ChainLibrary library() {
        return library;
    }

    /** The chains with edges (not the reference lists). */
    public List<IndustryChain> chains() {
        return library.chains();
    }

    /** The chain of the id, or an {@link IllegalArgumentException} listing the ids. */
    public IndustryChain chain(String id) {
        IndustryChain chain = library.get(id);
        if (chain.kind() != IndustryChain.Kind.CHAIN) {
            throw new IllegalArgumentException("'" + id + "' 是参考目录而非产业链 / is a reference list, not a chain");
        }
        return chain;
    }

    public ProductDictionary dictionary() {
        return dictionary;
    }

    /** The park's targeting rules: its own file when there is one, else the default. */
    public TargetingRules rules(String park) {
        if (directory != null) {
            Path own = directory.resolve("targeting-" + park + ".yaml");
            if (Files.isRegularFile(own)) {
                return TargetingRules.load(own);
            }
        }
        return TargetingRules.defaults();
    }
}
