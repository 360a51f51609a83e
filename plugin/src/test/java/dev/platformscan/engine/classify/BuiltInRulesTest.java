package dev.platformscan.engine.classify;

import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.rules.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each built-in rule on a real-looking snippet that has the capability, and on near misses that don't. */
class BuiltInRulesTest {
    private static final CapabilityMatcher MATCHER = new CapabilityMatcher(RuleLoader.builtIn());

    private static List<String> capabilities(String source, String symbol) {
        CodeUnit unit = new dev.platformscan.engine.parse.JavaSourceParser(1, 1, MATCHER)
                .parse(Units.sourceFile(source)).units().stream().filter(u -> u.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + symbol));
        return unit.capabilities().stream().map(CapabilityMatch::capability).toList();
    }

    static Stream<Arguments> positives() {
        return Stream.of(
            // a Zuul pre-filter that turns away requests without a token (forezp/SpringCloudLearning's MyFilter)
            Arguments.of("authentication", """
                class MyFilter extends ZuulFilter {
                    public Object run() {
                        RequestContext ctx = RequestContext.getCurrentContext();
                        Object accessToken = ctx.getRequest().getParameter("token");
                        if (accessToken == null) {
                            ctx.setSendZuulResponse(false);
                            ctx.setResponseStatusCode(401);
                        }
                        return null;
                    }
                }""", "MyFilter#run()"),
            // Sentinel's gateway flow rules (forezp/SpringCloudLearning's GatewayConfiguration)
            Arguments.of("rate-limiting", """
                import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayFlowRule;
                import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
                class GatewayConfiguration {
                    @PostConstruct
                    public void doInit() {
                        Set<GatewayFlowRule> rules = new HashSet<>();
                        rules.add(new GatewayFlowRule("aliyun_route").setCount(10).setIntervalSec(1));
                        rules.add(new GatewayFlowRule("httpbin_route").setCount(2).setIntervalSec(2).setBurst(2));
                        GatewayRuleManager.loadRules(rules);
                    }
                }""", "GatewayConfiguration#doInit()"),
            // an SMS client posting to its gateway by hand (onemall's YunPianSmsClient)
            Arguments.of("email-notification", """
                class YunPianSmsClient implements SmsClient {
                    private static final String URL_SEND_SINGLE = "https://sms.yunpian.com/v2/sms/single_send.json";
                    public SendResult singleSend(String template, String mobile, Map<String, String> params) {
                        Map<String, String> form = new HashMap<>();
                        form.put("apikey", apiKey);
                        form.put("mobile", mobile);
                        form.put("text", buildTemplate(template, params));
                        JSONObject result = JSON.parseObject(post(URL_SEND_SINGLE, form));
                        return new SendResult().setIsSuccess(result.getInteger("code") == 0);
                    }
                }""", "YunPianSmsClient"),
            // an MVC interceptor that checks the caller's access token with the token service (onemall's
            // AdminSecurityInterceptor): named for neither authentication nor tokens
            Arguments.of("authentication", """
                class AdminSecurityInterceptor extends HandlerInterceptorAdapter {
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String accessToken = HttpUtil.obtainAuthorization(request);
                        if (accessToken != null) {
                            CommonResult<OAuth2AccessTokenRespDTO> result = oauth2Rpc.checkAccessToken(accessToken);
                            result.checkError();
                            CommonWebUtil.setUserId(request, result.getData().getUserId());
                        }
                        return true;
                    }
                }""", "AdminSecurityInterceptor#preHandle(HttpServletRequest, HttpServletResponse, Object)"),
            // a gateway filter named for checking tokens (newbee-mall-cloud's ValidTokenGlobalFilter)
            Arguments.of("authentication", """
                import org.springframework.cloud.gateway.filter.GlobalFilter;
                class ValidUserTokenGlobalFilter implements GlobalFilter {
                    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                        String token = exchange.getRequest().getHeaders().getFirst("token");
                        if (token == null || redisTemplate.opsForValue().get(token) == null) { return reject(exchange); }
                        return chain.filter(exchange);
                    }
                }""", "ValidUserTokenGlobalFilter#filter(ServerWebExchange, GatewayFilterChain)"),
            // an MVC interceptor named for authenticating users (Spring-Cloud-Platform's UserAuthRestInterceptor)
            Arguments.of("authentication", """
                class UserAuthRestInterceptor extends HandlerInterceptorAdapter {
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String token = request.getHeader(tokenHeader);
                        context.setUser(jwt.getInfoFromToken(token));
                        return true;
                    }
                }""", "UserAuthRestInterceptor#preHandle(HttpServletRequest, HttpServletResponse, Object)"),
            // the current user injected into controllers from a token
            Arguments.of("current-user", """
                class TokenToMallUserMethodArgumentResolver implements HandlerMethodArgumentResolver {
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                                  NativeWebRequest request, WebDataBinderFactory factory) {
                        String token = request.getHeader("token");
                        return token == null ? null : userTokens.get(token);
                    }
                }""", "TokenToMallUserMethodArgumentResolver#resolveArgument(MethodParameter, ModelAndViewContainer, NativeWebRequest, WebDataBinderFactory)"),
            // an OAuth2 access token sent back (pig's OAuth2EndpointUtils#sendAccessTokenResponse)
            Arguments.of("token-jwt", """
                class TokenResponses {
                    OAuth2AccessTokenResponse sendAccessTokenResponse(OAuth2Authorization authorization) {
                        OAuth2AccessToken accessToken = authorization.getAccessToken().getToken();
                        return OAuth2AccessTokenResponse.withToken(accessToken.getTokenValue()).build();
                    }
                }""", "TokenResponses#sendAccessTokenResponse(OAuth2Authorization)"),
            Arguments.of("authentication", """
                import org.springframework.security.core.userdetails.*;
                class AccountDetails implements UserDetailsService {
                    public UserDetails loadUserByUsername(String username) {
                        Account account = accounts.find(username);
                        if (account == null) { throw new UsernameNotFoundException("bad credentials"); }
                        return User.withUsername(username).password(account.hash()).build();
                    }
                }""", "AccountDetails"),
            Arguments.of("login-session", """
                class SignIn {
                    Session login(String user, String password) {
                        if (failedAttempts.get(user) > 5) { throw new IllegalStateException("account is locked"); }
                        if (!hasher.verify(password, store.hash(user))) { throw new IllegalArgumentException("invalid credentials"); }
                        return new Session(UUID.randomUUID().toString(), clock.instant().plusSeconds(1800));
                    }
                }""", "SignIn#login(String, String)"),
            Arguments.of("token-jwt", """
                import io.jsonwebtoken.*;
                class Tokens {
                    Claims parse(String header) {
                        String token = header.substring("Bearer ".length());
                        return Jwts.parser().setSigningKey(key).build().parseClaimsJws(token).getBody();
                    }
                }""", "Tokens#parse(String)"),
            Arguments.of("password-hashing", """
                import javax.crypto.SecretKeyFactory; import javax.crypto.spec.PBEKeySpec;
                class Hasher {
                    byte[] hash(char[] password, byte[] salt) throws Exception {
                        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
                        return factory.generateSecret(new PBEKeySpec(password, salt, 210000, 256)).getEncoded();
                    }
                }""", "Hasher#hash(char[], byte[])"),
            Arguments.of("authorization", """
                class Orders {
                    @PreAuthorize("hasRole('ADMIN')")
                    void cancel(long id) { if (!user.hasPermission("orders:cancel")) throw new AccessDeniedException("forbidden"); }
                }""", "Orders#cancel(long)"),
            Arguments.of("data-access", """
                import java.sql.*;
                class Dao {
                    int count(Connection connection) throws SQLException {
                        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM orders")) {
                            ResultSet rows = statement.executeQuery(); rows.next(); return rows.getInt(1);
                        }
                    }
                }""", "Dao#count(Connection)"),
            Arguments.of("http-client", """
                import java.net.http.*;
                class Client {
                    String get(HttpClient client, String url) throws Exception {
                        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept", "application/json").build();
                        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
                    }
                }""", "Client#get(HttpClient, String)"),
            Arguments.of("caching", """
                import com.github.benmanes.caffeine.cache.*;
                class Prices {
                    private final Cache<String, Long> cache = Caffeine.newBuilder().expireAfterWrite(java.time.Duration.ofMinutes(5)).build();
                    long price(String sku) { return cache.get(sku, this::load); }
                }""", "Prices"),
            Arguments.of("messaging", """
                import org.apache.kafka.clients.producer.*;
                class Events {
                    void publish(KafkaProducer<String, String> producer, String orderId) {
                        producer.send(new ProducerRecord<>("orders", orderId, "created"));
                    }
                }""", "Events#publish(KafkaProducer, String)"),
            Arguments.of("input-validation", """
                class Signup {
                    void check(Form form, Errors errors) {
                        if (form.email() == null || !form.email().matches(".+@.+")) { errors.reject("email", "invalid email"); }
                        if (form.name().isBlank()) { errors.reject("name", "name is required"); }
                    }
                }""", "Signup#check(Form, Errors)"),
            Arguments.of("error-handling", """
                class Advice {
                    @ExceptionHandler(IllegalStateException.class)
                    ResponseEntity<String> conflict(IllegalStateException e) {
                        return ResponseEntity.status(HttpStatus.CONFLICT).body("{\\"error\\": \\"" + e.getMessage() + "\\"}");
                    }
                }""", "Advice#conflict(IllegalStateException)"),
            Arguments.of("configuration", """
                class Settings {
                    String databaseUrl() {
                        String fromEnv = System.getenv("DATABASE_URL");
                        return fromEnv != null ? fromEnv : System.getProperty("db.url", "jdbc:h2:mem:test");
                    }
                }""", "Settings#databaseUrl()"),
            Arguments.of("audit-logging", """
                class AuditTrail {
                    void recordEvent(String actor, String action) {
                        MDC.put("actor", actor);
                        log.info("audit action=" + action + " actor=" + actor);
                    }
                }""", "AuditTrail#recordEvent(String, String)"),
            Arguments.of("json-serialization", """
                import com.fasterxml.jackson.databind.ObjectMapper;
                class Codec {
                    String write(Object value) throws Exception { return new ObjectMapper().writeValueAsString(value); }
                }""", "Codec#write(Object)"),
            Arguments.of("file-storage", """
                import software.amazon.awssdk.services.s3.S3Client;
                class Uploads {
                    void upload(S3Client s3, String bucket, java.nio.file.Path file) {
                        s3.putObject(b -> b.bucket(bucket).key(file.getFileName().toString()), file);
                    }
                }""", "Uploads#upload(S3Client, String, java.nio.file.Path)"),
            Arguments.of("scheduling-retry", """
                class Jobs {
                    @Scheduled(cron = "0 0 * * * *")
                    void retryFailedPayments() { for (int attempt = 0; attempt < 3; attempt++) { if (pay()) return; } }
                }""", "Jobs#retryFailedPayments()"),
            Arguments.of("email-notification", """
                import jakarta.mail.*; import jakarta.mail.internet.*;
                class Mailer {
                    void sendWelcome(Session session, String recipient) throws Exception {
                        MimeMessage message = new MimeMessage(session);
                        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
                        message.setSubject("Welcome"); Transport.send(message);
                    }
                }""", "Mailer#sendWelcome(Session, String)"),
            Arguments.of("rate-limiting", """
                class Throttle {
                    boolean allow(String client) {
                        if (!limiter.tryAcquire()) { response.setStatus(429); response.setHeader("Retry-After", "1"); return false; }
                        return true;
                    }
                }""", "Throttle#allow(String)"),
            Arguments.of("http-client", """
                import org.springframework.cloud.openfeign.FeignClient;
                import org.springframework.web.bind.annotation.*;
                @FeignClient(contextId = "remoteUserService", value = "upms-biz", fallbackFactory = RemoteUserFallbackFactory.class)
                public interface RemoteUserService {
                    @GetMapping("/user/info/{username}")
                    R<UserInfo> info(@PathVariable("username") String username, @RequestHeader("from") String from);
                }""", "RemoteUserService"),
            Arguments.of("security-configuration", """
                import org.springframework.context.annotation.Bean;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
                import org.springframework.security.web.SecurityFilterChain;
                @EnableWebSecurity
                class ResourceServerConfiguration {
                    @Bean
                    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
                        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/**", "/token/**").permitAll().anyRequest().authenticated())
                            .oauth2ResourceServer(oauth2 -> oauth2.opaqueToken(token -> token.introspector(introspector)))
                            .csrf(csrf -> csrf.disable());
                        return http.build();
                    }
                }""", "ResourceServerConfiguration#securityFilterChain(HttpSecurity)"),
            Arguments.of("current-user", """
                import org.springframework.security.core.Authentication;
                import org.springframework.security.core.context.SecurityContextHolder;
                public class SecurityUtils {
                    public static LoginUser getLoginUser() {
                        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                        if (authentication == null) { return null; }
                        return (LoginUser) authentication.getPrincipal();
                    }
                }""", "SecurityUtils#getLoginUser()"),
            Arguments.of("user-details", """
                import org.springframework.security.core.userdetails.*;
                public class PigUserDetailsServiceImpl implements UserDetailsService {
                    public UserDetails loadUserByUsername(String username) {
                        SysUser user = userMapper.selectByUsername(username);
                        if (user == null) { throw new UsernameNotFoundException("user not found: " + username); }
                        return new PigUser(user.getId(), username, user.getPassword(), AuthorityUtils.createAuthorityList(user.roles()));
                    }
                }""", "PigUserDetailsServiceImpl#loadUserByUsername(String)"),
            Arguments.of("distributed-lock", """
                import org.redisson.api.RLock; import org.redisson.api.RedissonClient;
                class StockService {
                    boolean deduct(String sku, int quantity) throws InterruptedException {
                        RLock lock = redissonClient.getLock("lock:stock:" + sku);
                        if (!lock.tryLock(3, 10, java.util.concurrent.TimeUnit.SECONDS)) { return false; }
                        try { return stocks.deduct(sku, quantity); } finally { lock.unlock(); }
                    }
                }""", "StockService#deduct(String, int)"),
            Arguments.of("distributed-lock", """
                class RepeatSubmitAspect {
                    boolean firstSubmit(String token, String url) {
                        String key = "repeat_submit:" + url + ":" + token;
                        Boolean first = redisTemplate.opsForValue().setIfAbsent(key, "1", 5, java.util.concurrent.TimeUnit.SECONDS);
                        return Boolean.TRUE.equals(first);
                    }
                }""", "RepeatSubmitAspect#firstSubmit(String, String)"),
            Arguments.of("id-generation", """
                public class SnowflakeIdWorker {
                    public synchronized long nextId() {
                        long timestamp = timeGen();
                        if (timestamp < lastTimestamp) { throw new RuntimeException("Clock moved backwards. Refusing to generate id"); }
                        if (lastTimestamp == timestamp) { sequence = (sequence + 1) & sequenceMask; if (sequence == 0) { timestamp = tilNextMillis(lastTimestamp); } }
                        else { sequence = 0L; }
                        lastTimestamp = timestamp;
                        return ((timestamp - twepoch) << timestampLeftShift) | (datacenterId << datacenterIdShift) | (workerId << workerIdShift) | sequence;
                    }
                    protected long timeGen() { return System.currentTimeMillis(); }
                }""", "SnowflakeIdWorker#nextId()"),
            Arguments.of("id-generation", """
                public class IdUtils {
                    public static String simpleUUID() { return java.util.UUID.randomUUID().toString().replace("-", ""); }
                }""", "IdUtils#simpleUUID()"),
            Arguments.of("pagination", """
                import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
                class SysLogServiceImpl {
                    Page<SysLog> getLogByPage(Page<SysLog> page, SysLogDTO query) {
                        Page<SysLog> result = baseMapper.selectPage(page, wrapperOf(query));
                        result.setRecords(result.getRecords().stream().map(this::mask).toList());
                        return result;
                    }
                }""", "SysLogServiceImpl#getLogByPage(Page, SysLogDTO)"),
            Arguments.of("pagination", """
                import com.github.pagehelper.PageHelper;
                class BaseController {
                    protected void startPage() {
                        PageDomain pageDomain = TableSupport.buildPageRequest();
                        PageHelper.startPage(pageDomain.getPageNum(), pageDomain.getPageSize(), pageDomain.getOrderBy()).setReasonable(true);
                    }
                }""", "BaseController#startPage()"),
            Arguments.of("spreadsheet", """
                import org.apache.poi.xssf.usermodel.XSSFWorkbook; import org.apache.poi.ss.usermodel.*;
                class ExcelUtil {
                    void exportExcel(javax.servlet.http.HttpServletResponse response, java.util.List<String[]> rows) throws Exception {
                        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                        try (Workbook workbook = new XSSFWorkbook()) {
                            Sheet sheet = workbook.createSheet("data");
                            for (int i = 0; i < rows.size(); i++) { Row row = sheet.createRow(i); for (int j = 0; j < rows.get(i).length; j++) { row.createCell(j).setCellValue(rows.get(i)[j]); } }
                            workbook.write(response.getOutputStream());
                        }
                    }
                }""", "ExcelUtil#exportExcel(javax.servlet.http.HttpServletResponse, java.util.List)"),
            // a login that first checks the SMS code the caller sends (lilishop's passport endpoints)
            Arguments.of("verification-code", """
                class MemberBuyerController {
                    @ApiImplicitParam(name = "code", value = "验证码", required = true, paramType = "query")
                    ResultMessage<Object> smsLogin(String mobile, String code, String uuid) {
                        if (smsUtil.verifyCode(mobile, VerificationEnums.LOGIN, uuid, code)) {
                            return ResultUtil.data(memberService.mobilePhoneLogin(mobile));
                        }
                        throw new ServiceException(ResultCode.VERIFICATION_SMS_CHECKED_ERROR);
                    }
                }""", "MemberBuyerController#smsLogin(String, String, String)"),
            // the endpoint that returns who is calling, through the application's own holder
            Arguments.of("current-user", """
                class AdminUserManagerController {
                    ResultMessage<AdminUser> getUserInfo() {
                        AuthUser tokenUser = UserContext.getCurrentUser();
                        if (tokenUser != null) {
                            AdminUser adminUser = adminUserService.findByUsername(tokenUser.getUsername());
                            adminUser.setPassword(null);
                            return ResultUtil.data(adminUser);
                        }
                        throw new ServiceException(ResultCode.USER_NOT_LOGIN);
                    }
                }""", "AdminUserManagerController#getUserInfo()"),
            // a per-entity cache service over the application's own Redis wrapper
            Arguments.of("caching", """
                class AdminCacheServiceImpl {
                    private RedisService redisService;
                    public void setAdmin(Admin admin) {
                        String key = REDIS_DATABASE + ":" + REDIS_KEY_ADMIN + ":" + admin.getUsername();
                        redisService.set(key, admin, REDIS_EXPIRE);
                    }
                }""", "AdminCacheServiceImpl#setAdmin(Admin)"),
            Arguments.of("verification-code", """
                class SmsCodeService {
                    void sendSmsCode(String mobile) {
                        String code = String.format("%06d", random.nextInt(1_000_000));
                        redisTemplate.opsForValue().set("sms_code:" + mobile, code, 5, java.util.concurrent.TimeUnit.MINUTES);
                        smsClient.send(mobile, "Your verification code is " + code);
                    }
                }""", "SmsCodeService#sendSmsCode(String)"),
            Arguments.of("verification-code", """
                import com.wf.captcha.ArithmeticCaptcha;
                class CaptchaController {
                    java.util.Map<String, String> captcha() {
                        ArithmeticCaptcha captcha = new ArithmeticCaptcha(111, 36);
                        String uuid = java.util.UUID.randomUUID().toString();
                        redis.set("captcha_codes:" + uuid, captcha.text(), 2, java.util.concurrent.TimeUnit.MINUTES);
                        return java.util.Map.of("uuid", uuid, "img", captcha.toBase64());
                    }
                }""", "CaptchaController#captcha()"),
            Arguments.of("response-envelope", """
                public class R<T> implements java.io.Serializable {
                    private int code; private String msg; private T data;
                    public static <T> R<T> ok(T data) { return restResult(data, 0, null); }
                    public static <T> R<T> failed(String msg) { return restResult(null, 1, msg); }
                    static <T> R<T> restResult(T data, int code, String msg) {
                        R<T> apiResult = new R<>(); apiResult.setCode(code); apiResult.setData(data); apiResult.setMsg(msg); return apiResult;
                    }
                    public void setCode(int code) { this.code = code; } public void setMsg(String msg) { this.msg = msg; } public void setData(T data) { this.data = data; }
                }""", "R"),
            Arguments.of("response-envelope", """
                public class AjaxResult extends java.util.HashMap<String, Object> {
                    public static AjaxResult success(Object data) { AjaxResult result = new AjaxResult(); result.put("code", 200); result.put("msg", "操作成功"); result.put("data", data); return result; }
                    public static AjaxResult error(String msg) { AjaxResult result = new AjaxResult(); result.put("code", 500); result.put("msg", msg); return result; }
                }""", "AjaxResult"),
            Arguments.of("web-mvc-configuration", """
                import org.springframework.web.servlet.config.annotation.*;
                class WebConfig implements WebMvcConfigurer {
                    public void addCorsMappings(CorsRegistry registry) {
                        registry.addMapping("/**").allowedOriginPatterns("*").allowedMethods("GET", "POST", "PUT", "DELETE").allowCredentials(true).maxAge(3600);
                    }
                    public void addInterceptors(InterceptorRegistry registry) {
                        registry.addInterceptor(new TenantInterceptor()).addPathPatterns("/**").excludePathPatterns("/login", "/captcha");
                    }
                }""", "WebConfig"),
            Arguments.of("api-documentation", """
                import io.swagger.v3.oas.models.OpenAPI; import io.swagger.v3.oas.models.info.*;
                import org.springdoc.core.models.GroupedOpenApi;
                class SwaggerAutoConfiguration {
                    @Bean OpenAPI springOpenAPI() {
                        return new OpenAPI().info(new Info().title("Pig API").version("3.9").contact(new Contact().name("pig")).license(new License().name("Apache 2.0")));
                    }
                    @Bean GroupedOpenApi adminApi() { return GroupedOpenApi.builder().group("admin").pathsToMatch("/admin/**").build(); }
                }""", "SwaggerAutoConfiguration"),
            Arguments.of("circuit-breaker", """
                import org.springframework.cloud.openfeign.FallbackFactory;
                class RemoteUserServiceFallbackFactory implements FallbackFactory<RemoteUserService> {
                    public RemoteUserService create(Throwable cause) {
                        log.error("user service call failed, falling back: {}", cause.getMessage());
                        return username -> R.failed("user service unavailable");
                    }
                }""", "RemoteUserServiceFallbackFactory"),
            Arguments.of("circuit-breaker", """
                import com.alibaba.csp.sentinel.annotation.SentinelResource;
                import com.alibaba.csp.sentinel.slots.block.BlockException;
                class OrderQuery {
                    @SentinelResource(value = "queryOrder", blockHandler = "queryBlocked", fallback = "queryFallback")
                    Order query(long id) { return orders.find(id); }
                    Order queryBlocked(long id, BlockException e) { return Order.empty(id); }
                }""", "OrderQuery"),
            // resolving a @LoginUser controller parameter is current-user plumbing
            Arguments.of("current-user", """
                import org.springframework.web.method.support.HandlerMethodArgumentResolver;
                class LoginUserArgumentResolver implements HandlerMethodArgumentResolver {
                    public boolean supportsParameter(MethodParameter parameter) { return parameter.hasParameterAnnotation(LoginUser.class); }
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory binders) {
                        return tokenService.getLoginUser(request.getNativeRequest(HttpServletRequest.class));
                    }
                }""", "LoginUserArgumentResolver"),
            // loading settings from a YAML file
            Arguments.of("configuration", """
                import org.yaml.snakeyaml.Yaml;
                class GatewayRoutesLoader {
                    java.util.Map<String, Object> routes() throws java.io.IOException {
                        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("config/routes.yml"))) { return new Yaml().load(in); }
                    }
                }""", "GatewayRoutesLoader"),
            // a page type of its own (implements MyBatis-Plus IPage)
            Arguments.of("pagination", """
                import com.baomidou.mybatisplus.core.metadata.IPage;
                class PageVO<T> implements IPage<T> {
                    private java.util.List<T> records = java.util.List.of(); private long total; private long size = 10; private long current = 1;
                    public java.util.List<T> getRecords() { return records; }
                    public IPage<T> setRecords(java.util.List<T> records) { this.records = records; return this; }
                    public long getTotal() { return total; }
                    public IPage<T> setTotal(long total) { this.total = total; return this; }
                }""", "PageVO"),
            // an id generator plugged into MyBatis-Plus
            Arguments.of("id-generation", """
                import com.baomidou.mybatisplus.core.incrementer.IdentifierGenerator;
                class LeafIdGenerator implements IdentifierGenerator {
                    public Number nextId(Object entity) { return leafClient.segment(entity.getClass().getSimpleName()).next(); }
                }""", "LeafIdGenerator"),
            // sessions kept in Redis for Shiro
            Arguments.of("login-session", """
                import org.apache.shiro.session.Session; import org.apache.shiro.session.mgt.eis.AbstractSessionDAO;
                class RedisSessionDAO extends AbstractSessionDAO {
                    protected java.io.Serializable doCreate(Session session) {
                        java.io.Serializable id = generateSessionId(session); assignSessionId(session, id);
                        redis.opsForValue().set("shiro:session:" + id, session, 30, java.util.concurrent.TimeUnit.MINUTES); return id;
                    }
                    protected Session doReadSession(java.io.Serializable id) { return (Session) redis.opsForValue().get("shiro:session:" + id); }
                    public void delete(Session session) { redis.delete("shiro:session:" + session.getId()); }
                }""", "RedisSessionDAO"),
            // the operation log written around annotated controller methods
            Arguments.of("audit-logging", """
                @Aspect
                class OperLogAspect {
                    @AfterReturning(pointcut = "@annotation(operLog)")
                    void record(JoinPoint joinPoint, OperLog operLog) {
                        SysOperLog entry = new SysOperLog(); entry.setTitle(operLog.title()); entry.setOperName(SecurityUtils.getUsername());
                        operLogService.insertOperlog(entry);
                    }
                }""", "OperLogAspect"),
            // a resolver that turns exceptions into error responses
            Arguments.of("error-handling", """
                import org.springframework.web.servlet.HandlerExceptionResolver;
                class JsonExceptionResolver implements HandlerExceptionResolver {
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                        response.setStatus(500); response.setContentType("application/json");
                        return new ModelAndView(new MappingJackson2JsonView(), java.util.Map.of("msg", ex.getMessage()));
                    }
                }""", "JsonExceptionResolver"),
            // uploads to MinIO
            Arguments.of("file-storage", """
                import io.minio.MinioClient; import io.minio.PutObjectArgs;
                class MinioTemplate {
                    String put(String bucket, String name, java.io.InputStream in, long size) throws Exception {
                        minioClient.putObject(PutObjectArgs.builder().bucket(bucket).object(name).stream(in, size, -1).build());
                        return endpoint + "/" + bucket + "/" + name;
                    }
                }""", "MinioTemplate"),
            // an envelope with error code and message
            Arguments.of("response-envelope", """
                class DataResult<T> implements java.io.Serializable {
                    private boolean success; private String errorCode; private String errorMsg; private T data;
                    static <T> DataResult<T> ok(T data) { DataResult<T> r = new DataResult<>(); r.setSuccess(true); r.setData(data); return r; }
                    static <T> DataResult<T> fail(String code, String msg) { DataResult<T> r = new DataResult<>(); r.setErrorCode(code); r.setErrorMsg(msg); return r; }
                }""", "DataResult"),
            // Shiro's filter chain: which paths need a login
            Arguments.of("security-configuration", """
                class ShiroConfig {
                    @Bean ShiroFilterFactoryBean shiroFilter(SecurityManager securityManager) {
                        ShiroFilterFactoryBean bean = new ShiroFilterFactoryBean(); bean.setSecurityManager(securityManager); bean.setLoginUrl("/login");
                        java.util.Map<String, String> chain = new java.util.LinkedHashMap<>(); chain.put("/login", "anon"); chain.put("/**", "authc");
                        bean.setFilterChainDefinitionMap(chain); return bean;
                    }
                }""", "ShiroConfig"),
            // a RocketMQ consumer
            Arguments.of("messaging", """
                import org.apache.rocketmq.spring.annotation.RocketMQMessageListener; import org.apache.rocketmq.spring.core.RocketMQListener;
                @RocketMQMessageListener(topic = "order-paid", consumerGroup = "stock-group")
                class OrderPaidConsumer implements RocketMQListener<OrderPaidEvent> {
                    public void onMessage(OrderPaidEvent event) { stockService.deduct(event.orderId()); }
                }""", "OrderPaidConsumer"),
            // a per-entity cache over StringRedisTemplate
            Arguments.of("caching", """
                import org.springframework.data.redis.core.StringRedisTemplate;
                class ProductCache {
                    private final StringRedisTemplate redis;
                    ProductCache(StringRedisTemplate redis) { this.redis = redis; }
                    String get(long id) { return redis.opsForValue().get("product:" + id); }
                    void put(long id, String json) { redis.opsForValue().set("product:" + id, json, java.time.Duration.ofMinutes(10)); }
                }""", "ProductCache"),
            // reading the claims of a resource server's Jwt
            Arguments.of("token-jwt", """
                import org.springframework.security.oauth2.jwt.Jwt;
                class TenantClaims {
                    String tenantOf(Jwt jwt) { return jwt.getClaimAsString("tenant_id"); }
                }""", "TenantClaims"),
            // Shiro permission checks
            Arguments.of("authorization", """
                import org.apache.shiro.SecurityUtils; import org.apache.shiro.authz.UnauthorizedException;
                class OrderGuard {
                    void checkCancel(long orderId) {
                        if (!SecurityUtils.getSubject().isPermitted("order:cancel:" + orderId)) { throw new UnauthorizedException("order " + orderId); }
                    }
                }""", "OrderGuard"),
            // Apache HttpClient with its request configuration
            Arguments.of("http-client", """
                import org.apache.hc.client5.http.classic.methods.HttpGet; import org.apache.hc.client5.http.config.RequestConfig;
                class WeatherClient {
                    String today(String city) throws Exception {
                        HttpGet get = new HttpGet(baseUrl + "/today?city=" + city);
                        get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(3)).build());
                        return client.execute(get, response -> EntityUtils.toString(response.getEntity()));
                    }
                }""", "WeatherClient"),
            // a job scheduled with a cron trigger
            Arguments.of("scheduling-retry", """
                import org.springframework.scheduling.TaskScheduler; import org.springframework.scheduling.support.CronTrigger;
                class ReportJobs {
                    void register(TaskScheduler scheduler) { scheduler.schedule(() -> reports.sendDaily(), new CronTrigger("0 0 6 * * *")); }
                }""", "ReportJobs"),
            // a DSL configurer of the security filter chain
            Arguments.of("security-configuration", """
                import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
                class SmsLoginConfigurer extends AbstractHttpConfigurer<SmsLoginConfigurer, HttpSecurity> {
                    public void configure(HttpSecurity http) { http.addFilterBefore(new SmsCodeFilter(http.getSharedObject(AuthenticationManager.class)), UsernamePasswordAuthenticationFilter.class); }
                }""", "SmsLoginConfigurer"),
            // mzt-biz-log's function that renders a user id in an operation log (yudao-cloud's AdminUserParseFunction)
            Arguments.of("audit-logging", """
                import com.mzt.logapi.service.IParseFunction;
                class AdminUserParseFunction implements IParseFunction {
                    public String apply(Object value) {
                        if (StrUtil.isEmptyIfStr(value)) { return ""; }
                        AdminUserDO user = adminUserService.getUser(Convert.toLong(value));
                        if (user == null) { log.warn("[apply][user({}) is missing]", value); return ""; }
                        return user.getNickname() + "(" + user.getMobile() + ")";
                    }
                }""", "AdminUserParseFunction#apply(Object)"),
            // a gateway's load balancer that picks the instance of the service to call (yudao-cloud's GrayLoadBalancer)
            Arguments.of("http-client", """
                import org.springframework.cloud.client.ServiceInstance;
                import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
                import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
                class GrayLoadBalancer implements ReactorServiceInstanceLoadBalancer {
                    public Mono<Response<ServiceInstance>> choose(Request request) {
                        ServiceInstanceListSupplier supplier = suppliers.getIfAvailable(NoopServiceInstanceListSupplier::new);
                        return supplier.get(request).next().map(list -> getInstanceResponse(list, request.getHeaders()));
                    }
                }""", "GrayLoadBalancer"));
    }

    /** Near misses: code that looks like a new rule's capability but is not. */
    static Stream<Arguments> nearMisses() {
        return Stream.of(
            // a Zuul filter that logs each request checks nobody (forezp/SpringCloudLearning's LoggerFilter)
            Arguments.of("authentication", """
                class LoggerFilter extends ZuulFilter {
                    public Object run() {
                        RequestContext ctx = RequestContext.getCurrentContext();
                        HttpServletRequest request = ctx.getRequest();
                        log.info(String.format("%s >>> %s", request.getMethod(), request.getRequestURL().toString()));
                        return null;
                    }
                }""", "LoggerFilter#run()"),
            // SMS templates kept in the database send nothing
            Arguments.of("email-notification", """
                class SmsTemplateServiceImpl implements SmsTemplateService {
                    public Integer createSmsTemplate(SmsTemplateCreateBO createBO) {
                        SmsTemplateDO template = SmsTemplateConvert.INSTANCE.convert(createBO);
                        template.setApplyStatus(SmsApplyStatusEnum.CHECKING.getValue());
                        smsTemplateMapper.insert(template);
                        return template.getId();
                    }
                }""", "SmsTemplateServiceImpl#createSmsTemplate(SmsTemplateCreateBO)"),
            // a service that hands out the token checked elsewhere authenticates nobody itself
            Arguments.of("authentication", """
                class OAuth2RpcImpl implements OAuth2Rpc {
                    public CommonResult<OAuth2AccessTokenRespDTO> checkAccessToken(String accessToken) {
                        OAuth2AccessTokenBO accessTokenBO = oauth2Service.checkAccessToken(accessToken);
                        return CommonResult.success(OAuth2Convert.INSTANCE.convert(accessTokenBO));
                    }
                }""", "OAuth2RpcImpl#checkAccessToken(String)"),
            // a gateway filter that limits rates with a token bucket checks no caller
            Arguments.of("authentication", """
                import org.springframework.cloud.gateway.filter.GlobalFilter;
                class TokenBucketRateLimitFilter implements GlobalFilter {
                    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                        return bucket.tryConsume(1) ? chain.filter(exchange) : tooManyRequests(exchange);
                    }
                }""", "TokenBucketRateLimitFilter#filter(ServerWebExchange, GatewayFilterChain)"),
            // an argument resolver for paging parameters resolves no user, whoever it is named for
            Arguments.of("current-user", """
                class AdminPageArgumentResolver implements HandlerMethodArgumentResolver {
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                                  NativeWebRequest request, WebDataBinderFactory factory) {
                        return new PageRequest(Integer.parseInt(request.getParameter("page")), 20);
                    }
                }""", "AdminPageArgumentResolver#resolveArgument(MethodParameter, ModelAndViewContainer, NativeWebRequest, WebDataBinderFactory)"),
            // an admin endpoint that only asks for a permission uses authorization; it does not implement it
            // (every endpoint of yudao-cloud's scaffolded controllers carries one)
            Arguments.of("authorization", """
                import org.springframework.security.access.prepost.PreAuthorize;
                class ErpAccountController {
                    @GetMapping("/page")
                    @PreAuthorize("@ss.hasPermission('erp:account:query')")
                    public CommonResult<PageResult<ErpAccountRespVO>> getAccountPage(@Valid ErpAccountPageReqVO pageReqVO) {
                        PageResult<ErpAccountDO> pageResult = accountService.getAccountPage(pageReqVO);
                        return success(BeanUtils.toBean(pageResult, ErpAccountRespVO.class));
                    }
                }""", "ErpAccountController#getAccountPage(ErpAccountPageReqVO)"),
            // a startup banner that hands its log lines to a thread utility and prints documentation links calls no
            // other service
            Arguments.of("http-client", """
                class BannerApplicationRunner implements ApplicationRunner {
                    public void run(ApplicationArguments args) {
                        ThreadUtil.execute(() -> {
                            ThreadUtil.sleep(1, TimeUnit.SECONDS);
                            log.info("started, docs: {}, videos: {}", "https://doc.iocoder.cn", "https://t.zsxq.com/02Yf6M7Qn");
                        });
                    }
                }""", "BannerApplicationRunner#run(ApplicationArguments)"),
            // a controller method that only uses the security framework's annotations
            Arguments.of("security-configuration", """
                import org.springframework.security.access.prepost.PreAuthorize;
                class UserController {
                    @PreAuthorize("@pms.hasPermission('sys_user_del')")
                    R<Boolean> delete(Long id) { return R.ok(userService.removeById(id)); }
                }""", "UserController#delete(Long)"),
            // storing an authentication after checking a token is authentication, not a lookup of the current user
            Arguments.of("current-user", """
                class TokenFilter {
                    void authenticate(String token) {
                        UsernamePasswordAuthenticationToken auth = new UsernamePasswordAuthenticationToken(tokens.user(token), null, java.util.List.of());
                        SecurityContextHolder.getContext().setAuthentication(auth);
                    }
                }""", "TokenFilter#authenticate(String)"),
            // a plain user query by id
            Arguments.of("user-details", """
                class UserService {
                    SysUser getById(Long id) { SysUser user = userMapper.selectById(id); user.setPassword(null); return user; }
                }""", "UserService#getById(Long)"),
            // a local JVM lock is not a distributed lock
            Arguments.of("distributed-lock", """
                class Counter {
                    private final java.util.concurrent.locks.ReentrantLock guard = new java.util.concurrent.locks.ReentrantLock();
                    void increment() { if (guard.tryLock()) { try { count++; } finally { guard.unlock(); } } }
                }""", "Counter#increment()"),
            // an entity's id getter
            Arguments.of("id-generation", """
                class OrderView {
                    public Long getId() { return order == null ? null : order.getId(); }
                }""", "OrderView#getId()"),
            // a controller that takes and returns a page: the paging is done elsewhere
            Arguments.of("pagination", """
                import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
                class PostController {
                    R<Page<SysPost>> getSysPostPage(Page<SysPost> page, SysPost sysPost) { return R.ok(sysPostService.page(page, Wrappers.query(sysPost))); }
                }""", "PostController"),
            // a list query without pages
            Arguments.of("pagination", """
                class DeptService {
                    java.util.List<SysDept> listDepts(String name) { return deptMapper.selectList(Wrappers.<SysDept>lambdaQuery().like(SysDept::getName, name)); }
                }""", "DeptService#listDepts(String)"),
            // a CSV file export is not Excel
            Arguments.of("spreadsheet", """
                class Exporter {
                    void export(java.io.Writer out, java.util.List<String[]> rows) throws java.io.IOException {
                        for (String[] row : rows) { out.write(String.join(",", row)); out.write(System.lineSeparator()); }
                    }
                }""", "Exporter#export(java.io.Writer, java.util.List)"),
            // a status code lookup is not a verification code
            Arguments.of("verification-code", """
                class Codes {
                    String codeOf(OrderStatus status) { return switch (status) { case PAID -> "P"; case SHIPPED -> "S"; default -> "N"; }; }
                }""", "Codes#codeOf(OrderStatus)"),
            // a controller that returns the envelope is not the envelope
            Arguments.of("response-envelope", """
                class DictController {
                    R<SysDict> getById(Long id) { return R.ok(sysDictService.getById(id)); }
                    R<Boolean> removeById(Long id) { return R.ok(sysDictService.removeDict(id)); }
                }""", "DictController"),
            // a controller's request mapping is not web configuration
            Arguments.of("web-mvc-configuration", """
                class MenuController {
                    @GetMapping("/tree")
                    R<java.util.List<Tree>> getTree(Long parentId) { return R.ok(sysMenuService.treeMenu(parentId)); }
                }""", "MenuController#getTree(Long)"),
            // a controller documented with OpenAPI annotations is not the documentation's configuration
            Arguments.of("api-documentation", """
                import io.swagger.v3.oas.annotations.Operation; import io.swagger.v3.oas.annotations.tags.Tag;
                @Tag(name = "dict")
                class DictController {
                    @Operation(summary = "get a dict by id")
                    R<SysDict> getById(Long id) { return R.ok(sysDictService.getById(id)); }
                }""", "DictController"),
            // a plain try/catch with a default value is not a circuit breaker
            Arguments.of("circuit-breaker", """
                class Prices {
                    long priceOrZero(String sku) { try { return client.price(sku); } catch (RuntimeException e) { return 0L; } }
                }""", "Prices#priceOrZero(String)"),
            // reading who is logged in uses the security framework but authenticates nobody
            Arguments.of("authentication", """
                import org.springframework.security.core.Authentication;
                import org.springframework.security.core.context.SecurityContextHolder;
                class SecurityUtils {
                    static Long getUserId() {
                        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                        return authentication == null ? null : ((LoginUser) authentication.getPrincipal()).getUserId();
                    }
                }""", "SecurityUtils"),
            // a @Configuration class that declares beans loads no settings
            Arguments.of("configuration", """
                import org.springframework.context.annotation.Configuration;
                @Configuration
                class MailBeans {
                    @Bean JavaMailSender mailSender(MailGateway gateway) { return new GatewayMailSender(gateway); }
                }""", "MailBeans"),
            // a plugin that takes its options as Properties is not about configuration
            Arguments.of("configuration", """
                class SqlLogInterceptor implements Interceptor {
                    private boolean showSql;
                    public void setOptions(java.util.Properties options) { showSql = Boolean.parseBoolean(options.getProperty("showSql")); }
                }""", "SqlLogInterceptor"),
            // printing rows someone else queried is not data access
            Arguments.of("data-access", """
                import java.sql.ResultSet; import java.sql.SQLException;
                class CsvRows {
                    void print(ResultSet rows, java.io.Writer out) throws SQLException, java.io.IOException {
                        while (rows.next()) { out.write(rows.getString(1)); out.write('\\n'); }
                    }
                }""", "CsvRows"),
            // a login-check interceptor is not the web layer's configuration
            Arguments.of("web-mvc-configuration", """
                import org.springframework.web.servlet.HandlerInterceptor;
                class LoginInterceptor implements HandlerInterceptor {
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (request.getSession().getAttribute("user") == null) { response.setStatus(401); return false; }
                        return true;
                    }
                }""", "LoginInterceptor"),
            // an endpoint that scopes its query by the caller uses the current user, it is not the lookup
            Arguments.of("current-user", """
                class OrderStoreController {
                    ResultMessage<IPage<OrderSimpleVO>> queryMineOrder(OrderSearchParams orderSearchParams) {
                        orderSearchParams.setStoreId(UserContext.getCurrentUser().getStoreId());
                        return ResultUtil.data(orderService.queryByParams(orderSearchParams));
                    }
                }""", "OrderStoreController#queryMineOrder(OrderSearchParams)"),
            // an order service that drops one key of the application's Redis wrapper is not a cache
            Arguments.of("caching", """
                class OrderServiceImpl {
                    private RedisService redisService;
                    public void cancel(String sn) {
                        Order order = getBySn(sn);
                        order.setStatus(OrderStatus.CANCELLED);
                        updateById(order);
                        redisService.del("order:lock:" + sn);
                    }
                }""", "OrderServiceImpl#cancel(String)"),
            // a RestTemplate facade handles ResponseEntity without being error handling
            Arguments.of("error-handling", """
                class StockClient {
                    Integer stockOf(long skuId) {
                        ResponseEntity<Integer> response = restTemplate.getForEntity("http://stock-service/stock/{id}", Integer.class, skuId);
                        return response.getStatusCode() == HttpStatus.OK ? response.getBody() : Integer.valueOf(0);
                    }
                }""", "StockClient"));
    }

    @ParameterizedTest(name = "not {0}")
    @MethodSource("nearMisses")
    void newRulesIgnoreTheirNearMisses(String capability, String source, String symbol) {
        assertThat(capabilities(source, symbol)).doesNotContain(capability);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void eachBuiltInRuleRecognisesItsCapability(String capability, String source, String symbol) {
        assertThat(capabilities(source, symbol)).contains(capability);
    }

    @Test
    void ordinaryBusinessCodeHasNoCapability() {
        assertThat(capabilities(TestRepository.resource("clones/Unrelated.java"),
                "com.example.pricing.PriceCalculator#total(List, BigDecimal, String)")).isEmpty();
    }

    @Test
    void aClassDoesNotBorrowTheCapabilityOfOneOfItsMethods() {
        // xxl-job's sample job handlers, copied between two sample applications: one handler of several calls an HTTP
        // client, the class is not an HTTP client (judged blind: "uses, not implements")
        String handlers = """
                import org.apache.http.client.methods.HttpGet; import org.apache.http.impl.client.CloseableHttpClient;
                class SampleJobs {
                    void demoJob() { for (int i = 0; i < 5; i++) { log("beat " + i); sleep(2); } }
                    void shardingJob() { int index = shardIndex(); int total = shardTotal(); for (int i = 0; i < total; i++) { log(i == index ? "mine" : "skip"); } }
                    void commandJob(String command) { Process process = Runtime.getRuntime().exec(command); log(read(process.getInputStream())); }
                    String httpJob(CloseableHttpClient client, String url) throws Exception {
                        HttpGet get = new HttpGet(url);
                        try (var response = client.execute(get)) { return EntityUtils.toString(response.getEntity()); }
                    }
                }""";
        assertThat(capabilities(handlers, "SampleJobs#httpJob(CloseableHttpClient, String)")).contains("http-client");
        assertThat(capabilities(handlers, "SampleJobs")).doesNotContain("http-client");
        // two of its methods show it: it is the class's
        String two = handlers.replace("void demoJob() {", "String fetch(CloseableHttpClient client) throws Exception { "
                + "try (var response = client.execute(new HttpGet(\"http://x\"))) { return EntityUtils.toString(response.getEntity()); } }\n"
                + "    void demoJob() {");
        assertThat(capabilities(two, "SampleJobs")).contains("http-client");
        // a class that implements the type the rule names is about it, whichever method uses it
        String implementing = handlers.replace("class SampleJobs {", "class SampleJobs implements CloseableHttpClient {");
        assertThat(capabilities(implementing, "SampleJobs")).contains("http-client");
        // also when it uses a type the rule lists before the one it implements
        String alsoUsing = implementing.replace("void demoJob() {", "HttpClient spare;\n    void demoJob() {");
        assertThat(capabilities(alsoUsing, "SampleJobs")).contains("http-client");
    }

    @Test
    void anApplicationEntryPointReadsSettingsWithoutLoadingThem() {
        // lamp-cloud's gateway main class logs its port and paths from Environment: copied into five services, it was
        // labelled configuration; the configuration rule's counter-signals (@SpringBootApplication, main) dock it
        String main = TestRepository.resource("lamp/GatewayServerApplication.java");
        assertThat(capabilities(main, "top.tangyh.lamp.GatewayServerApplication")).doesNotContain("configuration");
        assertThat(capabilities(main, "top.tangyh.lamp.GatewayServerApplication#main(String[])"))
                .doesNotContain("configuration");
        // the same reads in a class of its own are what the rule is for
        String reader = main.replace("@SpringBootApplication(", "@Deprecated(").replace("void main(", "void printUrls(")
                .replace("GatewayServerApplication", "ServerUrls");
        assertThat(capabilities(reader, "top.tangyh.lamp.ServerUrls")).contains("configuration");
    }

    @Test
    void aSingleWeakSignalIsNotEnough() {
        // a name alone does not make password hashing, a Logger alone does not make auditing
        assertThat(capabilities("class PasswordPolicy { boolean longEnough(String password) { return password.length() >= 12; } }",
                "PasswordPolicy#longEnough(String)")).doesNotContain("password-hashing");
        assertThat(capabilities("class Pricing { long total(long a) { log.info(\"total\"); return a * 2; } }",
                "Pricing#total(long)")).doesNotContain("audit-logging");
        // a Java method named 'send' on an unknown receiver is not messaging by itself
        assertThat(capabilities("class Mail { void send(Object o) { if (o != null) { queue.send(o.toString().trim()); } } }", "Mail#send(Object)"))
                .doesNotContain("messaging");
    }
}
