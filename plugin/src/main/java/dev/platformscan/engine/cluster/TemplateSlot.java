package dev.platformscan.engine.cluster;

import dev.platformscan.engine.parse.CodeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which slot of a per-entity template a method fills: its name without the words of its own class's name, and its
 * number of parameters. {@code SysPostController#getPostPage(Page, SysPost)} and
 * {@code GenDsConfController#getDsConfPage(Page, GenDatasourceConf)} fill the same slot, {@code get Page/2}: two
 * instances of one scaffold (a code generator's or a copied skeleton's), for Post and for data-source
 * configurations; so do {@code SysPostController#list(SysPost)} and {@code SysDeptController#list(SysDept)}. Such
 * methods look alike token for token (often identical after normalization) yet hold different logic, one entity's
 * each; hand judges of real reactors call them look-alikes (docs/real-code-verdicts.md). Two methods are instances
 * of one slot for different entities when their signatures differ in an entity's words: the names differ, or a
 * parameter type that differs names the class's entity ({@code SysPost} in {@code SysPostController}). A copy
 * keeps its signature; an overload copied next to its original ({@code parse(String)}, {@code parse(byte[])})
 * changes parameter types that name no entity.
 */
final class TemplateSlot {
    private TemplateSlot() {
    }

    /** True when the two are methods that fill one template slot for different entities (see the class comment). */
    static boolean sameSlotOfDifferentEntities(IndexedUnit a, IndexedUnit b) {
        return sameSlotOfDifferentEntities(a.unit(), b.unit(), moduleWords(a), moduleWords(b));
    }

    /**
     * {@link #sameSlotOfDifferentEntities(IndexedUnit, IndexedUnit)}, where names that differ only in words of the
     * methods' own modules' names are one method renamed for its module, not a slot filled twice: litemall's Swagger
     * configuration, copied from the admin API into the wx API with {@code adminDocket} renamed {@code wxDocket}.
     */
    private static boolean sameSlotOfDifferentEntities(CodeUnit a, CodeUnit b, List<String> modulesA,
                                                       List<String> modulesB) {
        if (a.kind().isType() || b.kind().isType()) {
            return false;
        }
        String symbolA = a.symbol();
        String symbolB = b.symbol();
        if (UnitSymbols.signature(symbolA).equals(UnitSymbols.signature(symbolB)) || !slot(symbolA).equals(slot(symbolB))) {
            return false;
        }
        boolean constructors = a.kind() == dev.platformscan.engine.parse.UnitKind.CONSTRUCTOR
                && b.kind() == dev.platformscan.engine.parse.UnitKind.CONSTRUCTOR;
        if (!constructors && !UnitSymbols.name(symbolA).equals(UnitSymbols.name(symbolB))) {
            // a constructor is named after its class: its name says nothing of a template
            return !renamedForModules(UnitSymbols.name(symbolA), UnitSymbols.name(symbolB), modulesA, modulesB);
        }
        List<String> parametersA = UnitSymbols.parameters(symbolA);
        List<String> parametersB = UnitSymbols.parameters(symbolB);
        for (int i = 0; i < parametersA.size(); i++) {
            if (!parametersA.get(i).equals(parametersB.get(i)) && (namesEntity(parametersA.get(i), symbolA, symbolB)
                    || namesEntity(parametersB.get(i), symbolB, symbolA))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when both are persistent entities mapped to different tables ({@code @Table(name = "owners")} and
     * {@code @Table(name = "vets")}, {@code @TableName("blade_dept")} and {@code @TableName("blade_role")}): two
     * entities, however alike their fields (id, names, tenant, sort, the audit columns every table of a code base
     * carries). A copied entity maps the same table.
     */
    static boolean entitiesOfDifferentTables(IndexedUnit a, IndexedUnit b) {
        String tableA = a.mappedTable();
        String tableB = b.mappedTable();
        return tableA != null && tableB != null && !tableA.equals(tableB);
    }

    /**
     * True when two classes are instances of one per-entity template: of their methods that fill the same slots,
     * most fill them for different entities ({@code SysPostController} and {@code SysRoleController}: {@code
     * getPostPage} and {@code getRolePage}, {@code save(SysPost)} and {@code save(SysRole)}). A copied class keeps
     * its methods' signatures ({@code AddrUtil#getRemoteAddr} in a reactive copy differs only in a parameter type
     * that names no entity). False when no method of one fills a slot of the other.
     */
    static boolean classesAreInstances(IndexedUnit a, IndexedUnit b, java.util.Map<Integer, List<CodeUnit>> methodsOfClass) {
        if (UnitSymbols.simpleClassName(a.unit().symbol()).equals(UnitSymbols.simpleClassName(b.unit().symbol()))) {
            return false; // one template's instances are named for their entities; a copy keeps its name
        }
        return classesAreInstances(methodsOfClass.getOrDefault(a.id(), List.of()),
                methodsOfClass.getOrDefault(b.id(), List.of()), moduleWords(a), moduleWords(b));
    }

    private static boolean classesAreInstances(List<CodeUnit> methodsA, List<CodeUnit> methodsB, List<String> modulesA,
                                               List<String> modulesB) {
        int sharedSlots = 0;
        int instances = 0;
        java.util.Map<String, List<CodeUnit>> bySlot = new java.util.HashMap<>();
        for (CodeUnit method : methodsB) {
            bySlot.computeIfAbsent(slot(method.symbol()), k -> new ArrayList<>()).add(method);
        }
        for (CodeUnit method : methodsA) {
            List<CodeUnit> partners = bySlot.get(slot(method.symbol()));
            if (partners == null) {
                continue;
            }
            sharedSlots++;
            String signature = UnitSymbols.signature(method.symbol());
            if (partners.stream().anyMatch(partner -> UnitSymbols.signature(partner.symbol()).equals(signature))) {
                continue; // the other class has this very method (overloads fill one slot several times)
            }
            for (CodeUnit partner : partners) {
                if (sameSlotOfDifferentEntities(method, partner, modulesA, modulesB)) {
                    instances++;
                    break;
                }
            }
        }
        return sharedSlots > 0 && instances * 2 > sharedSlots;
    }

    /**
     * True when the two units are the same code written for different entities: their classes have one role (the
     * last word of the name: two Controllers, two ServiceImpls) and each unit names, in its identifiers, an entity
     * word of its own class's name (a word the other class's name lacks, the role aside, and no word of its module's
     * name) that the other unit never names. {@code QuartzJobServiceImpl#download(List, HttpServletResponse)} iterates
     * {@code QuartzJob}s, {@code SysLogServiceImpl#download(List, HttpServletResponse)} {@code SysLog}s: identical
     * signatures, the entity only in the erased {@code List<...>} and the body. Not templates: a copy between
     * modules that keeps its names, or renames its class with words its code never uses ({@code AddrUtil} into
     * {@code ReactiveAddrUtil}); two classes of different roles ({@code ErrorResponseMapper} and
     * {@code ApiErrorHandler}); a copy named after its service ({@code OrdersClient} in the orders module,
     * {@code BillingClient} in billing): each service having its own is the platform signal itself.
     */
    static boolean entitiesSubstituted(IndexedUnit a, IndexedUnit b) {
        String role = RequiredSimilarity.role(a.unit());
        if (role == null || !role.equals(RequiredSimilarity.role(b.unit()))) {
            return false;
        }
        return namesOwnEntityTheOtherLacks(a, b) && namesOwnEntityTheOtherLacks(b, a);
    }

    /**
     * True when the unit names an entity word of its class that the other's class lacks and the other's code never
     * names; the other's annotations aside: every export endpoint of yudao-cloud carries
     * {@code @ApiAccessLog(operateType = EXPORT)}, which names "operate" and "log", the entity words of
     * {@code OperateLogController}.
     */
    private static boolean namesOwnEntityTheOtherLacks(IndexedUnit unit, IndexedUnit other) {
        Set<String> otherClass = classWords(other.unit().symbol());
        int[] others = other.identifierWordsOutsideAnnotations();
        for (String word : entitiesNamed(unit)) {
            if (!otherClass.contains(word) && java.util.Arrays.binarySearch(others,
                    dev.platformscan.engine.fingerprint.NameWords.hash(word)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entity words of the unit's class name ({@link #entityWords(String)}) that its code names. A word of its
     * module's name counts only when the unit uses something named for it (a type, a receiver or a member of one):
     * the list endpoint of {@code NewBeeAdminOrderController} in the order service calls
     * {@code newBeeMallOrderService.getNewBeeMallOrdersPage} (an entity's service), while a copy named after its
     * service ({@code OrdersClient} in orders, {@code GoodsServiceSwagger3Config} in goods) uses what every
     * service's copy uses and names its service only in its own names. Annotations aside: every endpoint of lamp-cloud
     * carries Swagger's {@code @Operation(summary = ...)}, which does not make the operation log's {@code clear} name
     * its entity (its copies in the login-log controllers are copies).
     */
    static List<String> entitiesNamed(IndexedUnit unit) {
        List<String> moduleWords = moduleWords(unit);
        int[] own = unit.identifierWordsOutsideAnnotations();
        int[] used = unit.usedWords();
        List<String> named = new ArrayList<>();
        for (String word : entityWords(unit.unit().symbol())) {
            int[] namedIn = namesModule(word, moduleWords) ? used : own;
            if (java.util.Arrays.binarySearch(namedIn, dev.platformscan.engine.fingerprint.NameWords.hash(word)) >= 0) {
                named.add(word);
            }
        }
        return named;
    }

    /**
     * True when the two classes have one name, or names that differ only in words of their own modules' names: {@code
     * SqlPrepareStatementStrategy} in camel-sql and {@code JdbcPrepareStatementStrategy} in camel-jdbc, one class copied
     * into a second module and renamed for it. {@code RoleSimpleRespVO} and {@code MpAccountSimpleRespVO} differ in
     * words ("role", "account") that name no module: two entities' classes.
     */
    static boolean namedAlikeButForModules(IndexedUnit a, IndexedUnit b) {
        return differsOnlyInModuleWords(a, b) && differsOnlyInModuleWords(b, a);
    }

    private static boolean differsOnlyInModuleWords(IndexedUnit unit, IndexedUnit other) {
        List<String> moduleWords = moduleWords(unit);
        return onlyWordsApart(words(UnitSymbols.simpleClassName(unit.unit().symbol())), classWords(other.unit().symbol()),
                word -> namesModule(word, moduleWords));
    }

    /**
     * True when each name's words that the other lacks name its own module and not the other's: "admin" in
     * litemall-admin-api and "wx" in litemall-wx-api (a word under three letters counting only as itself).
     */
    private static boolean renamedForModules(String nameA, String nameB, List<String> modulesA, List<String> modulesB) {
        List<String> wordsA = words(nameA);
        List<String> wordsB = words(nameB);
        return onlyWordsApart(wordsA, wordsB, word -> namesModuleOrIs(word, modulesA) && !namesModuleOrIs(word, modulesB))
                && onlyWordsApart(wordsB, wordsA, word -> namesModuleOrIs(word, modulesB) && !namesModuleOrIs(word, modulesA));
    }

    /** True when every one of the words that the others lack is allowed to differ. */
    private static boolean onlyWordsApart(List<String> words, java.util.Collection<String> others,
                                          java.util.function.Predicate<String> mayDiffer) {
        for (String word : words) {
            if (!others.contains(word) && !mayDiffer.test(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesModuleOrIs(String word, List<String> moduleWords) {
        return moduleWords.contains(word) || namesModule(word, moduleWords);
    }

    private static List<String> moduleWords(IndexedUnit unit) {
        return words(unit.module().substring(unit.module().indexOf(':') + 1));
    }

    /** Whether the word is (a form of) a word of the module's name: "order" in order-web, "orders" in order. */
    private static boolean namesModule(String word, List<String> moduleWords) {
        for (String moduleWord : moduleWords) {
            if (word.length() >= 3 && moduleWord.length() >= 3
                    && (moduleWord.startsWith(word) || word.startsWith(moduleWord))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the unit's class name that name its entity: all but the role (the last word, "Impl" skipped) and
     * "Impl" itself ({@code SysPostServiceImpl}: sys, post).
     */
    static List<String> entityWords(String symbol) {
        List<String> words = new ArrayList<>(words(UnitSymbols.simpleClassName(symbol)));
        words.remove("impl");
        if (!words.isEmpty()) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** The slot's key: the method's name words without those of its class's simple name, and its arity. */
    static String slot(String symbol) {
        if (symbol.indexOf('#') < 0) {
            return symbol;
        }
        Set<String> classWords = classWords(symbol);
        List<String> kept = new ArrayList<>();
        for (String word : words(UnitSymbols.name(symbol))) {
            if (!classWords.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept) + "/" + UnitSymbols.parameters(symbol).size();
    }

    /**
     * True when the type's name shares a word with its class's name that tells that class from the other one: not the
     * role ("Controller"), not a word both names have ({@code BindException} in {@code GoodsServiceExceptionHandler}
     * names no entity when the other class is {@code OrderServiceExceptionHandler}).
     */
    private static boolean namesEntity(String type, String symbol, String otherSymbol) {
        Set<String> classWords = new TreeSet<>(entityWords(symbol));
        classWords.removeAll(classWords(otherSymbol));
        for (String word : words(type)) {
            if (classWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> classWords(String symbol) {
        return new TreeSet<>(words(UnitSymbols.simpleClassName(symbol)));
    }

    private static List<String> words(String name) {
        return dev.platformscan.engine.fingerprint.NameWords.of(name);
    }
}
