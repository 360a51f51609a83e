package dev.platformscan.engine.score;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles of unlabelled opportunities, on symbols of clusters the engine reported on real reactors. */
class UnlabelledTitleTest {

    private static CloneCluster cluster(String unit, String... symbols) {
        List<ClusterMember> members = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            members.add(new ClusterMember("com.zlt:module-" + i, "m" + i + "/A.java", symbols[i], 1, 20, 100, 0.9,
                    List.of()));
        }
        return new CloneCluster("C" + symbols.length, CloneType.T3, 0.9, unit,
                members.stream().map(ClusterMember::module).toList(), members, 40, null);
    }

    @Test
    void classesNamedAfterWhatTheirNamesEndWith() {
        assertThat(UnlabelledTitle.of(List.of(cluster("class", "com.central.gateway.utils.ReactiveAddrUtil",
                "com.central.common.utils.AddrUtil")))).isEqualTo("AddrUtil classes (ReactiveAddrUtil, AddrUtil)");
    }

    @Test
    void oneMethodNameNamesTheMethodsAndListsTheirClasses() {
        assertThat(UnlabelledTitle.of(List.of(cluster("method",
                "com.central.common.lock.LockAspect#getValBySpEL(String, MethodSignature, Object[])",
                "com.central.log.aspect.AuditLogAspect#getValBySpEL(String, MethodSignature, Object[])"))))
                .isEqualTo("getValBySpEL methods (LockAspect, AuditLogAspect)");
    }

    @Test
    void methodsSharingAStartAndAnEndAreNamedByBoth() {
        assertThat(UnlabelledTitle.of(List.of(cluster("method",
                "com.pig4cloud.pig.admin.controller.SysRoleController#getRolePage(Page, SysRole)",
                "com.pig4cloud.pig.codegen.controller.GenDsConfController#getDsConfPage(Page, GenDatasourceConf)",
                "com.pig4cloud.pig.codegen.controller.GenFieldTypeController#getFieldTypePage(Page, GenFieldType)",
                "com.pig4cloud.pig.admin.controller.SysPostController#getPostPage(Page, SysPost)"))))
                .isEqualTo("get\u2026Page methods (SysRoleController#getRolePage, GenDsConfController#getDsConfPage, "
                        + "GenFieldTypeController#getFieldTypePage, +1 more)");
    }

    @Test
    void aFamilyOfClustersIsOneTitleAndNamesSharingNothingAreSimilar() {
        CloneCluster controllers = cluster("class", "a.SysDeptController", "b.GenGroupController");
        CloneCluster more = cluster("class", "c.SysPostController");
        assertThat(UnlabelledTitle.of(List.of(controllers, more)))
                .isEqualTo("Controller classes (SysDeptController, GenGroupController, SysPostController)");
        assertThat(UnlabelledTitle.of(List.of(cluster("method", "a.RequestStatisticsFilter#getBrowser(String)",
                "b.UserDetailServiceFactory#getService(String)"))))
                .isEqualTo("Similar methods (RequestStatisticsFilter#getBrowser, UserDetailServiceFactory#getService)");
    }

    /** A labelled opportunity's title says what its copies are after its capability (issue 15: readable titles). */
    @Test
    void theCopiesOfALabelledOpportunityAreNamedWithoutRepeatingThemselves() {
        assertThat(UnlabelledTitle.copies(List.of(cluster("class", "com.central.gateway.utils.ReactiveAddrUtil",
                "com.central.common.utils.AddrUtil")))).isEqualTo("AddrUtil classes (ReactiveAddrUtil, AddrUtil)");
        assertThat(UnlabelledTitle.copies(List.of(cluster("class", "a.config.SecurityConfiguration",
                "b.config.SecurityConfiguration")))).isEqualTo("SecurityConfiguration classes");
        assertThat(UnlabelledTitle.copies(List.of(cluster("class", "com.acme.gateway.security.JwtValidator",
                "com.acme.users.auth.TokenVerifier", "com.acme.orders.security.AuthTokenParser"))))
                .isEqualTo("JwtValidator, TokenVerifier, AuthTokenParser");
    }

    @Test
    void aNameThatIsTheSharedStartIsNotCutShort() {
        assertThat(UnlabelledTitle.of(List.of(cluster("class", "com.central.oauth.model.Client",
                "com.central.common.model.ClientDto")))).isEqualTo("Client classes (Client, ClientDto)");
        assertThat(UnlabelledTitle.of(List.of(cluster("class", "a.DefaultAsyncTaskConfig", "b.DefaultSecurityConfig",
                "c.DefaultWebConfiguration")))).isEqualTo("Default\u2026 classes (DefaultAsyncTaskConfig, "
                + "DefaultSecurityConfig, DefaultWebConfiguration)");
    }

    /**
     * Constructors have no method name of their own: they are named after their types. (Before, a cluster of
     * constructors left no name to share and the search for a shared run of words never ended: the wild benchmark's
     * scan of commons-collections hung on these very clusters.)
     */
    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void constructorsAreNamedAfterTheirTypes() {
        assertThat(UnlabelledTitle.of(List.of(cluster("constructor",
                "org.apache.commons.lang.CharRange#CharRange(char, char, boolean)",
                "org.apache.commons.lang3.CharRange#CharRange(char, char, boolean)"))))
                .isEqualTo("CharRange constructors (CharRange)");
        assertThat(UnlabelledTitle.of(List.of(cluster("constructor",
                "org.apache.commons.collections.iterators.ArrayIterator#ArrayIterator(Object, int, int)",
                "org.apache.commons.collections4.map.LRUMap#LRUMap(int, int, float, boolean)"))))
                .isEqualTo("Similar constructors (ArrayIterator, LRUMap)");
        assertThat(UnlabelledTitle.shared(List.of())).isNull();
    }

    @Test
    void wordsSplitAtCaseChangesAcronymsAndUnderscores() {
        assertThat(UnlabelledTitle.words("getRolePage")).containsExactly("get", "Role", "Page");
        assertThat(UnlabelledTitle.words("HTTPClientFactory")).containsExactly("HTTP", "Client", "Factory");
        assertThat(UnlabelledTitle.words("S3Template")).containsExactly("S3", "Template");
        assertThat(UnlabelledTitle.words("MAX_VALUE")).containsExactly("MAX", "VALUE");
    }
}
