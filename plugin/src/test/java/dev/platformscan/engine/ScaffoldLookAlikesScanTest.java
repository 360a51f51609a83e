package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaffolded CRUD code is not reported as copies (issue 14): the paging endpoints of the Post, Role and Template
 * controllers fill one slot of a per-entity template ({@code cluster.TemplateSlot}) and look alike token for token;
 * their one-statement endpoints under four annotation lines are too small to compare (annotations are not code).
 * A utility method copied between the same modules with one line changed still is a copy. The controllers are
 * reported apart, as one template's instances ({@link ScanResult#templates()}).
 */
class ScaffoldLookAlikesScanTest {
    @TempDir
    Path root;

    @Test
    void templateInstancesAreNoCopiesButACopiedMethodIs() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("admin", "scaffold/SysPostController.java", "scaffold/SysRoleController.java",
                        "scaffold/ClientAddress.java")
                .module("codegen", "scaffold/GenTemplateController.java", "scaffold/RequestOrigin.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        assertThat(PlatformScanEngineTest.clusterWith(result, "com.example.admin.support.ClientAddress",
                "com.example.codegen.web.RequestOrigin")).as("the class around the copied method").isPresent();
        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("controllers or their endpoints in clusters").noneMatch(s -> s.contains("Controller"));

        // set apart, not lost: the three controllers are one template's instances, in two modules (their classes
        // stand for their endpoints)
        assertThat(result.templates()).singleElement().satisfies(template -> {
            assertThat(template.cloneType()).isEqualTo(dev.platformscan.engine.cluster.CloneType.TEMPLATE);
            assertThat(symbols(template)).containsExactlyInAnyOrder("com.example.admin.controller.SysPostController",
                    "com.example.admin.controller.SysRoleController",
                    "com.example.codegen.controller.GenTemplateController");
            assertThat(template.modules()).hasSize(2);
        });
        assertThat(result.templates()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .noneMatch(s -> s.contains("ClientAddress") || s.contains("RequestOrigin"));
    }

    /**
     * yudao-cloud's per-entity converters ({@code MesCalTeamMemberController#buildMemberRespVOList},
     * {@code WmsCheckOrderController#buildCheckOrderRespVOList}, ...) are one scaffold applied to different entities:
     * 0.80-0.92 alike token for token, under names no template slot matches, and sharing only the names every
     * controller of the code base uses ({@code BeanUtils}, {@code convertSet}, {@code MapUtils}). Hand-judged as
     * look-alikes (docs/real-code-verdicts-yudao-cloud.md, G03), they are no copies; the Redis order-number generator
     * copied from the CRM into the pay module (its class with it), which keeps its rare names, is.
     */
    @Test
    void convertersOfDifferentEntitiesAreNoCopiesButACopiedGeneratorIs() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("erp-server", "yudao/ErpStockController.java", "yudao/ErpProductServiceImpl.java",
                        "yudao/ErpAccountController.java")
                .module("mes-server", "yudao/MesCalTeamMemberController.java",
                        "yudao/MesDvCheckRecordLineController.java", "yudao/MesDvMachineryController.java")
                .module("wms-server", "yudao/WmsCheckOrderController.java", "yudao/WmsItemController.java")
                .module("crm-server", "yudao/CrmNoRedisDAO.java", "yudao/CrmProductController.java")
                .module("pay-server", "yudao/PayNoRedisDAO.java")
                // more of the code base, so that how common a name is can be told (IdentifierWords.MIN_OTHER_FILES)
                .module("system-server", "yudao/OperateLogController.java")
                .module("product-server", "yudao/ProductBrandSimpleRespVO.java")
                .module("trade-server", "yudao/DeliveryExpressTemplateSimpleRespVO.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("the copied generator's classes").contains(
                "cn.iocoder.yudao.module.crm.dal.redis.no.CrmNoRedisDAO",
                "cn.iocoder.yudao.module.pay.dal.redis.no.PayNoRedisDAO");
        assertThat(clustered).as("the scaffold's converters").noneMatch(symbol -> symbol.contains("#build"));
    }

    /**
     * yudao-cloud's Excel export endpoints are one scaffold's instances for the operate log, CRM products and ERP
     * accounts: each names its own entity ({@code OperateLogDO}, {@code CrmProductDO}) and not the others'. That every
     * one of them carries {@code @ApiAccessLog(operateType = EXPORT)}, whose words are those of
     * {@code OperateLogController}'s entity, does not make the log's entity theirs: annotations aside, they are
     * template instances, not copies.
     */
    @Test
    void exportEndpointsOfDifferentEntitiesAreTemplateInstancesThoughAnAnnotationNamesOneEntity() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("system-server", "yudao/OperateLogController.java")
                .module("crm-server", "yudao/CrmProductController.java")
                .module("erp-server", "yudao/ErpAccountController.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        result.templates().forEach(t -> System.out.println("ScaffoldLookAlikesScanTest template: " + symbols(t)));

        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .as("export endpoints in clusters").noneMatch(symbol -> symbol.contains("#export"));
        assertThat(result.templates()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .as("the export endpoints, set apart as one template's instances").contains(
                        "cn.iocoder.yudao.module.system.controller.admin.logger.OperateLogController"
                                + "#exportOperateLog(HttpServletResponse, OperateLogPageReqVO)",
                        "cn.iocoder.yudao.module.crm.controller.admin.product.CrmProductController"
                                + "#exportProductExcel(CrmProductPageReqVO, HttpServletResponse)");
    }

    /**
     * lamp-cloud's login-log controller sits in two modules (one class cluster), and its 27-line {@code clear} endpoint
     * was copied into the operation-log controller next to it, a controller of another entity that is no copy of it
     * as a class (here at 0.75: on the whole repository the controllers' calibrated bar keeps the class pair out). The
     * three {@code clear}s are one copy: Swagger's {@code @Operation(summary = ...)} on every endpoint does not make the
     * operation log's {@code clear} name its entity, and, the class cluster counting once, its copy in the other module
     * is what takes the copy across modules.
     */
    @Test
    void anEndpointCopiedIntoAnotherEntitysControllerIsACopy() throws Exception {
        TestRepository repository = new TestRepository(root)
                .module("lamp-base/lamp-base-controller", "lamp/BaseLoginLogController.java",
                        "lamp/BaseOperationLogController.java")
                .module("lamp-system/lamp-system-controller", "lamp/DefLoginLogController.java");
        ScanResult result = TestRepository.scan(ScanRequest.defaults(root, repository.modules())
                .withClustering(dev.platformscan.engine.cluster.ClusterSettings.DEFAULTS.withMinSimilarity(0.75)));
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        assertThat(result.clusters()).as("the three clear endpoints, in two modules").anySatisfy(cluster -> {
            assertThat(symbols(cluster)).contains(
                    "top.tangyh.lamp.base.controller.system.BaseOperationLogController#clear(Integer)");
            assertThat(cluster.modules()).hasSize(2);
        });
    }

    /**
     * Two entities' id + name classes (yudao-cloud's brand and express template, hand-judged look-alikes) are 0.83 alike
     * by their literal tokens, matching 24 of them: too few to tell a copy from two classes declaring the same two
     * fields. Camel's statement strategy interface, copied from camel-sql into camel-jdbc and renamed for it, matches
     * as few and is a copy: its names differ only in its modules' words.
     */
    @Test
    void smallDataClassesOfTwoEntitiesAreNoCopiesButASmallTypeRenamedForItsModuleIs() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("product-server", "yudao/ProductBrandSimpleRespVO.java")
                .module("trade-server", "yudao/DeliveryExpressTemplateSimpleRespVO.java")
                .module("camel-sql", "camel/SqlPrepareStatementStrategy.java")
                .module("camel-jdbc", "camel/JdbcPrepareStatementStrategy.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("the copied interface").contains(
                "org.apache.camel.component.sql.SqlPrepareStatementStrategy",
                "org.apache.camel.component.jdbc.JdbcPrepareStatementStrategy");
        assertThat(clustered).as("the two entities' classes").noneMatch(symbol -> symbol.contains("SimpleRespVO"));
    }

    /**
     * Each service of a shop has its own admin list endpoint over its own entity (orders in the order service, goods
     * in the goods service): the entity is a word of the module's name, and the endpoint uses something named for it
     * (its entity's service), so the endpoints are one template's instances. The exception handlers copied into every
     * service (newbee-mall-cloud's) are copies, though named after their services and though their two
     * {@code bindException} overloads differ in exception types (which name no entity); what is reported as a copy is
     * not listed again as a template instance.
     */
    @Test
    void perServiceEntitiesAreTemplatesButPerServiceCopiesAreCopies() throws Exception {
        TestRepository repository = new TestRepository(root);
        for (String module : List.of("order", "goods", "cart")) {
            java.util.Map<String, String> names = java.util.Map.of("m", module,
                    "M", Character.toUpperCase(module.charAt(0)) + module.substring(1));
            repository.moduleWithSources(module + "-web", List.of(format(HANDLER, names), format(CONTROLLER, names)));
        }
        ScanResult result = repository.scan();

        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .as("the copied handlers are a copy").contains("com.shop.order.config.OrderServiceExceptionHandler",
                        "com.shop.goods.config.GoodsServiceExceptionHandler")
                .as("the per-entity endpoints are not").noneMatch(symbol -> symbol.contains("#list("));
        List<String> instances = result.templates().stream().flatMap(t -> symbols(t).stream()).toList();
        assertThat(instances).as("the controllers (standing for their endpoints)")
                .anyMatch(symbol -> symbol.startsWith("com.shop.order.controller.AdminOrderController"))
                .anyMatch(symbol -> symbol.startsWith("com.shop.goods.controller.AdminGoodsController"))
                .as("nothing reported as a copy is also a template instance")
                .noneMatch(symbol -> symbol.contains("ExceptionHandler"));
    }

    private static String format(String template, java.util.Map<String, String> names) {
        return template.replace("%(m)s", names.get("m")).replace("%(M)s", names.get("M"));
    }

    private static final String HANDLER = """
package com.shop.%(m)s.config;

import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class %(M)sServiceExceptionHandler {
    @ExceptionHandler(BindException.class)
    public Object bindException(BindException e) {
        Result result = new Result();
        result.setResultCode(510);
        BindingResult bindingResult = e.getBindingResult();
        if (bindingResult.hasErrors() && bindingResult.getFieldError() != null) {
            result.setMessage(bindingResult.getFieldError().getDefaultMessage());
        } else {
            result.setMessage("invalid request");
        }
        return result;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public Object bindException(MethodArgumentNotValidException e) {
        Result result = new Result();
        result.setResultCode(510);
        BindingResult bindingResult = e.getBindingResult();
        if (bindingResult.hasErrors() && bindingResult.getFieldError() != null) {
            result.setMessage(bindingResult.getFieldError().getDefaultMessage());
        } else {
            result.setMessage("invalid arguments");
        }
        return result;
    }

    @ExceptionHandler(Exception.class)
    public Object handleException(Exception e, HttpServletRequest req) {
        Result result = new Result();
        result.setResultCode(500);
        if (e instanceof ShopException) {
            result.setMessage(e.getMessage());
            if (e.getMessage().equals("not logged in") || e.getMessage().equals("token expired")) {
                result.setResultCode(419);
            }
        } else {
            log.error("request failed: " + req.getRequestURI(), e);
            result.setMessage("unknown error, please retry later");
        }
        return result;
    }
}
""";

    private static final String CONTROLLER = """
package com.shop.%(m)s.controller;

@RestController
@RequestMapping("/manage-api/v1")
public class Admin%(M)sController {
    @Resource
    private %(M)sService %(m)sService;

    @GetMapping("/%(m)ss")
    public Result list(@RequestParam(required = false) Integer pageNumber, @RequestParam(required = false) Integer pageSize,
                       @TokenToAdminUser LoginAdminUser adminUser) {
        if (pageNumber == null || pageNumber < 1 || pageSize == null || pageSize < 10) {
            return ResultGenerator.genFailResult("bad paging parameters");
        }
        Map<String, Object> params = new HashMap<>(4);
        params.put("page", pageNumber);
        params.put("limit", pageSize);
        PageQueryUtil pageUtil = new PageQueryUtil(params);
        return ResultGenerator.genSuccessResult(%(m)sService.get%(M)ssPage(pageUtil));
    }
}
""";

    /**
     * Two JPA entities of different tables are two entities, however alike: spring-petclinic-microservices' {@code Owner}
     * ({@code @Table(name = "owners")}) and {@code Vet} ({@code @Table(name = "vets")}) share the person fields and the
     * sorted-collection accessors (0.75) and were judged look-alikes blind; they are reported apart as one template's
     * instances. {@code Owner} copied into a third service without its telephone column maps the same table: a copy.
     */
    @Test
    void entitiesOfDifferentTablesAreNoCopiesButACopiedEntityIs() throws Exception {
        ScanResult twoEntities = new TestRepository(root.resolve("entities"))
                .module("customers-service", "petclinic/Owner.java")
                .module("vets-service", "petclinic/Vet.java")
                .scan();
        assertThat(twoEntities.clusters()).as("owners and vets as copies").isEmpty();
        assertThat(twoEntities.templates()).as("owners and vets, set apart").singleElement().satisfies(template ->
                assertThat(symbols(template)).containsExactlyInAnyOrder(
                        "org.springframework.samples.petclinic.customers.model.Owner",
                        "org.springframework.samples.petclinic.vets.model.Vet"));

        assertThat(ownerCopiedWithoutItsTelephone()).as("an edited copy, not an identical one").doesNotContain("telephone")
                .contains("package org.springframework.samples.petclinic.visits.model;");
        ScanResult withACopy = new TestRepository(root.resolve("copy"))
                .module("customers-service", "petclinic/Owner.java")
                .module("vets-service", "petclinic/Vet.java")
                .moduleWithSources("visits-service", List.of(ownerCopiedWithoutItsTelephone()))
                .scan();
        withACopy.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c) + " " + c.modules()));
        assertThat(withACopy.clusters()).as("the copied entity").singleElement().satisfies(cluster ->
                assertThat(symbols(cluster)).containsExactlyInAnyOrder(
                        "org.springframework.samples.petclinic.customers.model.Owner",
                        "org.springframework.samples.petclinic.visits.model.Owner"));
    }

    /** petclinic's Owner copied into the visits service's package with its telephone column removed. */
    private static String ownerCopiedWithoutItsTelephone() {
        return TestRepository.resource("petclinic/Owner.java")
                .replace("package org.springframework.samples.petclinic.customers.model;",
                        "package org.springframework.samples.petclinic.visits.model;")
                .replace("import jakarta.validation.constraints.Digits;\n", "")
                .replace("""
                            @Column(name = "telephone")
                            @NotBlank
                            @Digits(fraction = 0, integer = 12)
                            private String telephone;

                        """, "")
                .replace("            .append(\"telephone\", this.telephone)\n", "")
                .replace("""
                            public String getTelephone() {
                                return this.telephone;
                            }

                        """, "")
                .replace("""

                            public void setTelephone(String telephone) {
                                this.telephone = telephone;
                            }
                        """, "");
    }

    private static List<String> symbols(CloneCluster cluster) {
        return cluster.members().stream().map(ClusterMember::symbol).toList();
    }

    /**
     * litemall (fixtures/litemall): the one-endpoint list controllers of the log, address, collect, feedback and issue
     * entities are one scaffold's instances, although every controller's {@code LogFactory.getLog} names "log", the log
     * controller's entity word, so that the log controller verifies as a copy of each (it is a hub of instances,
     * {@code CloneClusterer.hubsOfTemplateInstancesAreInstances}); the Swagger configuration copied from the admin
     * API into the wx API, its methods renamed for the module ({@code adminDocket}, {@code wxDocket}), is a copy.
     */
    @Test
    void listControllersOfDifferentEntitiesAreInstancesButAConfigurationRenamedForItsModuleIsACopy() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("litemall-admin-api", "litemall/AdminLogController.java", "litemall/AdminAddressController.java",
                        "litemall/AdminCollectController.java", "litemall/AdminFeedbackController.java",
                        "litemall/AdminSwagger2Configuration.java")
                .module("litemall-wx-api", "litemall/WxIssueController.java", "litemall/WxSwagger2Configuration.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("list controllers in clusters").noneMatch(s -> s.contains("Controller"));
        assertThat(result.templates()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .contains("org.linlinjava.litemall.admin.web.AdminLogController",
                        "org.linlinjava.litemall.wx.web.WxIssueController");
        assertThat(PlatformScanEngineTest.clusterWith(result, "org.linlinjava.litemall.admin.config.AdminSwagger2Configuration",
                "org.linlinjava.litemall.wx.config.WxSwagger2Configuration")).as("the copied configuration").isPresent();
    }

    /**
     * A hub of template instances keeps a copy named as itself: that one was copied from it. The log controller
     * of litemall (fixtures/litemall) verifies as a copy of the other entities' list controllers, which are instances
     * of each other; copied into a third module with one more statement, it and its copy are one cluster.
     */
    @Test
    void aHubWithACopyNamedAsItselfKeepsThatCopy() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("litemall-admin-api", "litemall/AdminLogController.java", "litemall/AdminAddressController.java",
                        "litemall/AdminCollectController.java", "litemall/AdminFeedbackController.java")
                .module("litemall-wx-api", "litemall/WxIssueController.java")
                // copied and edited (one more statement): a near copy, not one group with the original
                .moduleWithSources("litemall-audit-api", List.of(TestRepository.resource("litemall/AdminLogController.java")
                        .replace("return ResponseUtil.okList(logList);",
                                "logger.info(\"log list of \" + name);\n        return ResponseUtil.okList(logList);")))
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c) + " " + c.modules()));

        assertThat(result.clusters()).as("the copied log controller").anySatisfy(cluster -> {
            assertThat(symbols(cluster)).containsOnly("org.linlinjava.litemall.admin.web.AdminLogController");
            assertThat(cluster.modules()).hasSize(2);
        });
        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("other entities' controllers in clusters")
                .noneMatch(s -> s.contains("Address") || s.contains("Collect") || s.contains("Issue"));
    }
}
