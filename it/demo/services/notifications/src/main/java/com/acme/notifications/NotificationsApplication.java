package com.acme.notifications;

import com.acme.notifications.dispatch.NotificationDispatcher;
import com.acme.notifications.model.Channel;
import com.acme.notifications.model.Notification;
import com.acme.notifications.template.NotificationTemplateRenderer;
import com.acme.notifications.template.Template;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Local launcher of the notifications service: renders and "sends" a sample
 * shipping e-mail to the console.
 */
public final class NotificationsApplication {

    private NotificationsApplication() {
    }

    public static void main(String[] args) {
        NotificationTemplateRenderer renderer = new NotificationTemplateRenderer();
        renderer.register(new Template("order.shipped", "en", "Your order is on its way",
                "Hi {{firstName}}, order {{orderId}} has shipped.{{#if trackingUrl}} Track it: {{trackingUrl}}{{/if}}"));
        NotificationDispatcher dispatcher = new NotificationDispatcher(renderer, Clock.systemUTC())
                .register(Channel.EMAIL, (to, subject, body) -> System.out.println("To: " + to + "\n" + subject + "\n\n" + body));

        Notification shipped = new Notification();
        shipped.setId(UUID.randomUUID().toString());
        shipped.setChannel(Channel.EMAIL);
        shipped.setRecipient(args.length > 0 ? args[0] : "jane@example.com");
        shipped.setTemplateKey("order.shipped");
        shipped.setLocale("en-GB");
        shipped.setVariables(Map.of("firstName", "Jane", "orderId", "4711", "trackingUrl", "https://track.example/4711"));
        shipped.setCreatedAt(Instant.now());
        System.out.println("outcome: " + dispatcher.dispatch(shipped, ZoneId.of("Europe/Berlin")));
    }
}
