package dev.platformscan.engine.report;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Template titles from the members' names, on symbols of newbee-mall-cloud's and pig's scaffolds. */
class TemplateTitleTest {

    private static CloneCluster template(String unit, String... symbols) {
        List<ClusterMember> members = new ArrayList<>();
        for (String symbol : symbols) {
            members.add(new ClusterMember("m", "F.java", symbol, 1, 9, 60, 1.0, List.of()));
        }
        return new CloneCluster("T", CloneType.TEMPLATE, 0.9, unit, List.of("a", "b"), members, 20, null, "T");
    }

    @Test
    void methodsAreTitledByTheirSharedNameWordsAndTheirClassesEntities() {
        assertThat(TemplateTitle.of(template("method",
                "ltd.newbee.order.service.impl.NewBeeMallOrderServiceImpl#getNewBeeMallOrdersPage(PageQueryUtil)",
                "ltd.newbee.goods.service.impl.NewBeeMallCategoryServiceImpl#getCategorisPage(PageQueryUtil)",
                "ltd.newbee.goods.service.impl.NewBeeMallGoodsServiceImpl#getNewBeeMallGoodsPage(PageQueryUtil)")))
                .isEqualTo("get…Page in 3 services: Order, Category, Goods");
        assertThat(TemplateTitle.of(template("method",
                "p.AdminCarouselController#save(CarouselAddParam, LoginAdminUser)",
                "p.AdminIndexConfigController#update(IndexConfigEditParam, LoginAdminUser)")))
                .isEqualTo("save / update in 2 controllers: Carousel, IndexConfig");
    }

    @Test
    void classesAreTitledByTheirRoleAndEntities() {
        assertThat(TemplateTitle.of(template("class", "com.pig4cloud.pig.admin.controller.SysPostController",
                "com.pig4cloud.pig.admin.controller.SysRoleController",
                "com.pig4cloud.pig.codegen.controller.GenTemplateController")))
                .isEqualTo("3 controllers: SysPost, SysRole, GenTemplate");
        assertThat(TemplateTitle.of(template("class", "a.RedisCacheService", "b.LocalCacheProxy")))
                .as("no shared role; the words all share are no entity").isEqualTo("2 classes: Redis, Local");
    }

    @Test
    void namesSplitIntoWordsAsTheyAreWritten() {
        assertThat(TemplateTitle.words("NewBeeMallOrderServiceImpl"))
                .containsExactly("New", "Bee", "Mall", "Order", "Service", "Impl");
        assertThat(TemplateTitle.words("getURLPath")).containsExactly("get", "URL", "Path");
        assertThat(TemplateTitle.words("HTTPClient2Utils")).containsExactly("HTTP", "Client", "2", "Utils");
    }
}
