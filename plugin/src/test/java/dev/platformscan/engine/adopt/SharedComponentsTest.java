package dev.platformscan.engine.adopt;

import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.DemoSources;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Shared components, adopters and holdouts (issue 17) on the demo's cache: {@code common-cache} offers
 * {@code ExpiringCache}; orders and inventory use it; billing keeps a cache of its own (the bundled demo, it/demo).
 */
class SharedComponentsTest {
    @TempDir
    Path root;

    private TestRepository demoCache() {
        return DemoSources.demoCache(new TestRepository(root));
    }

    @Test
    void aModuleOthersUseForACapabilityIsItsSharedComponent() throws Exception {
        ScanResult result = demoCache().scan();

        assertThat(result.adoption()).singleElement().satisfies(caching -> {
            assertThat(caching.capability()).isEqualTo("caching");
            assertThat(caching.components()).singleElement().satisfies(component -> {
                assertThat(component.module()).isEqualTo("com.example:common-cache");
                assertThat(component.types()).containsExactly("com.acme.common.cache.ExpiringCache");
                assertThat(component.declared()).isFalse();
            });
            assertThat(caching.adopters()).extracting(Adoption.Adopter::module)
                    .containsExactly("com.example:inventory", "com.example:orders");
            assertThat(caching.holdouts()).singleElement().satisfies(holdout -> {
                assertThat(holdout.module()).isEqualTo("com.example:billing");
                assertThat(holdout.alsoUses()).isFalse();
                assertThat(holdout.code()).extracting(Adoption.Code::symbol)
                        .containsExactly("com.acme.billing.tax.TaxRateCache");
                assertThat(holdout.code().get(0).file()).isEqualTo(
                        "services/billing/src/main/java/com/acme/billing/tax/TaxRateCache.java");
            });
            assertThat(caching.share()).isEqualTo(2.0 / 3);
        });
    }

    /**
     * Billing's cache copied into shipping: an opportunity of the capability the reactor already has a component for
     * moves the copies onto common-cache instead of suggesting a new component, at half the effort.
     */
    @Test
    void copiesOfACapabilityWithAComponentAreToMoveOntoIt() throws Exception {
        ScanResult result = demoCache()
                .moduleWithSources("services/shipping", List.of(DemoSources.read(DemoSources.TAX_RATE_CACHE)
                        .replace("package com.acme.billing.tax;", "package com.acme.shipping.rates;")
                        .replace("class TaxRateCache", "class CarrierRateCache")
                        .replace("public TaxRateCache(", "public CarrierRateCache(")))
                .scan();

        assertThat(result.adoption().get(0).holdouts()).extracting(Adoption.Holdout::module)
                .containsExactly("com.example:billing", "com.example:shipping");
        assertThat(result.opportunities()).filteredOn(o -> "caching".equals(o.capabilityId())).singleElement()
                .satisfies(opportunity -> {
                    assertThat(opportunity.component().exists()).isTrue();
                    assertThat(opportunity.component().existing()).containsExactly("com.example:common-cache");
                    assertThat(opportunity.component().label()).isEqualTo("common-cache: ExpiringCache");
                    assertThat(opportunity.effort().explanation())
                            .contains("halved because common-cache already offers Caching");
                });
    }

    @Test
    void aModuleOneOtherUsesIsALayerNotASharedComponent() throws Exception {
        ScanResult result = new TestRepository(root)
                .moduleWithSources("shared/common-cache", List.of(DemoSources.read(DemoSources.EXPIRING_CACHE)))
                .moduleWithSources("services/orders", List.of(DemoSources.read(DemoSources.DISCOUNT_RULE_LOOKUP)))
                .moduleWithSources("services/billing", List.of(DemoSources.read(DemoSources.TAX_RATE_CACHE)))
                .scan();

        assertThat(result.adoption()).isEmpty();
    }

    @Test
    void codeThatShowsTheCapabilityThroughTheComponentIsNoHoldout() throws Exception {
        ScanResult result = demoCache().module("services/catalog", "adoption/ProductPriceCache.java").scan();

        Adoption caching = result.adoption().get(0);
        assertThat(caching.adopters()).extracting(Adoption.Adopter::module).contains("com.example:catalog");
        assertThat(caching.holdouts()).extracting(Adoption.Holdout::module).containsExactly("com.example:billing");
    }

    private static final String SWAGGER_CONFIG = """
            package com.acme.%s.config;

            import springfox.documentation.builders.ApiInfoBuilder;
            import springfox.documentation.builders.PathSelectors;
            import springfox.documentation.builders.RequestHandlerSelectors;
            import springfox.documentation.service.ApiInfo;
            import springfox.documentation.spi.DocumentationType;
            import springfox.documentation.spring.web.plugins.Docket;

            @Configuration
            @EnableSwagger2
            public class SwaggerConfig {
                @Bean
                public Docket api() {
                    return new Docket(DocumentationType.SWAGGER_2).apiInfo(apiInfo()).select()
                            .apis(RequestHandlerSelectors.basePackage("com.acme")).paths(PathSelectors.any()).build();
                }

                private ApiInfo apiInfo() {
                    return new ApiInfoBuilder().title("%s API").description("The %s service").version("1.0").build();
                }
            }
            """;

    private static final String APPLICATION = """
            package com.acme.%s;

            public class %sApplication {
                public static void main(String[] args) {
                    System.out.println("%s up on " + args.length + " arguments");
                }
            }
            """;

    /**
     * A starter used through its auto-configuration (the capability's rule says adoptedByDependency): common-apidoc's
     * Swagger configuration serves every service that depends on it, without an import; a service with its own
     * Swagger configuration holds out. Depending on common-cache without any code that caches adopts nothing.
     */
    @Test
    void dependingOnAStarterAdoptsWhatItConfiguresButNotWhatNeedsCode() throws Exception {
        ScanResult result = demoCache()
                .moduleWithSources("shared/common-apidoc", List.of(SWAGGER_CONFIG.formatted("common.apidoc", "Shop", "shop")))
                .moduleWithSources("services/notifications", List.of(APPLICATION.formatted("notifications", "Notifications",
                        "notifications")))
                .dependingOn("com.example:common-apidoc", "com.example:common-cache")
                .moduleWithSources("services/payments", List.of(APPLICATION.formatted("payments", "Payments", "payments")))
                .dependingOn("com.example:common-apidoc")
                .moduleWithSources("services/search", List.of(SWAGGER_CONFIG.formatted("search", "Search", "search")))
                .scan();

        assertThat(result.adoption()).filteredOn(a -> a.capability().equals("api-documentation")).singleElement()
                .satisfies(docs -> {
                    assertThat(docs.components()).extracting(Adoption.Component::module)
                            .containsExactly("com.example:common-apidoc");
                    assertThat(docs.adopters()).extracting(Adoption.Adopter::module)
                            .containsExactly("com.example:notifications", "com.example:payments");
                    assertThat(docs.holdouts()).extracting(Adoption.Holdout::module).containsExactly("com.example:search");
                });
        assertThat(result.adoption()).filteredOn(a -> a.capability().equals("caching")).singleElement()
                .satisfies(caching -> assertThat(caching.adopters()).extracting(Adoption.Adopter::module)
                        .doesNotContain("com.example:notifications"));
    }

    @Test
    void declaredComponentsReplaceTheFoundOnes() throws Exception {
        TestRepository repository = new TestRepository(root)
                .moduleWithSources("shared/common-cache", List.of(DemoSources.read(DemoSources.EXPIRING_CACHE)))
                .moduleWithSources("services/orders", List.of(DemoSources.read(DemoSources.DISCOUNT_RULE_LOOKUP)))
                .moduleWithSources("services/billing", List.of(DemoSources.read(DemoSources.TAX_RATE_CACHE)));
        for (String declared : List.of("caching=common-*", "caching=com.example:common-cache",
                "caching=shared/common-cache", "caching=com.acme.common.cache.*")) {
            ScanRequest request = ScanRequest.defaults(root, repository.modules())
                    .withAdoption(AdoptionSettings.of(declared));
            ScanResult result = TestRepository.scan(request);

            assertThat(result.adoption()).as(declared).singleElement().satisfies(caching -> {
                assertThat(caching.components()).singleElement().satisfies(component -> {
                    assertThat(component.module()).isEqualTo("com.example:common-cache");
                    assertThat(component.declared()).isTrue();
                });
                assertThat(caching.adopters()).extracting(Adoption.Adopter::module).containsExactly("com.example:orders");
                assertThat(caching.holdouts()).extracting(Adoption.Holdout::module).containsExactly("com.example:billing");
            });
        }
    }

    @Test
    void aDeclaredComponentOfAnUnknownCapabilityOrInBadWordsIsRefusedByName() {
        assertThatThrownBy(() -> ScanRequest.defaults(root, List.of())
                .withAdoption(AdoptionSettings.of("cache=common-cache")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("components: 'cache' is no capability of the rule catalog; known: ")
                .hasMessageContaining("caching");
        assertThatThrownBy(() -> AdoptionSettings.of("caching"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("components: expected capability=module-or-package");
        assertThat(AdoptionSettings.of(" caching = common-cache , com.acme.cache.* ; ").declaredComponents())
                .containsEntry("caching", List.of("common-cache", "com.acme.cache.*"));
    }

    @Test
    void theSameRepositoryGivesTheSameAdoptionWhateverTheThreads() throws Exception {
        TestRepository repository = demoCache().module("services/catalog", "adoption/ProductPriceCache.java");
        ScanRequest request = ScanRequest.defaults(root, repository.modules());
        List<Adoption> one = TestRepository.scan(request.withRun(new dev.platformscan.engine.RunSettings(1, false))).adoption();
        List<Adoption> four = TestRepository.scan(request.withRun(new dev.platformscan.engine.RunSettings(4, false))).adoption();

        assertThat(four).isEqualTo(one);
    }
}
