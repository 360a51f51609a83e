package com.acme.notifications.dispatch;

import com.acme.notifications.model.Channel;
import com.acme.notifications.model.Notification;
import com.acme.notifications.template.NotificationTemplateRenderer;
import com.acme.notifications.template.Template;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Routes notifications to channel senders, honouring quiet hours for SMS and push
 * (no marketing-style interruptions between 21:00 and 08:00 recipient time).
 * Transactional e-mails and webhooks are never delayed.
 */
public class NotificationDispatcher {

    /** Sends a rendered message on one channel. */
    @FunctionalInterface
    public interface ChannelSender {
        void send(String recipient, String subject, String body);
    }

    /** What happened to a notification. */
    public enum Outcome { SENT, DEFERRED, NO_TEMPLATE, NO_SENDER }

    private static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    private static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

    private final NotificationTemplateRenderer renderer;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;

    public NotificationDispatcher(NotificationTemplateRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    public NotificationDispatcher register(Channel channel, ChannelSender sender) {
        senders.put(channel, sender);
        return this;
    }

    /**
     * Dispatches a notification now, or defers it if the recipient is in quiet hours.
     *
     * @param notification  the notification
     * @param recipientZone time zone of the recipient
     */
    public Outcome dispatch(Notification notification, ZoneId recipientZone) {
        ChannelSender sender = senders.get(notification.getChannel());
        if (sender == null) {
            return Outcome.NO_SENDER;
        }
        if (isQuietHours(notification.getChannel(), ZonedDateTime.now(clock.withZone(recipientZone)).toLocalTime())) {
            return Outcome.DEFERRED;
        }
        Optional<Template> template = renderer.lookup(notification.getTemplateKey(), notification.getLocale());
        if (template.isEmpty()) {
            return Outcome.NO_TEMPLATE;
        }
        String body = renderer.render(template.get(), notification.getVariables(), notification.getChannel());
        sender.send(notification.getRecipient(), template.get().subject(), body);
        notification.setSentAt(clock.instant());
        return Outcome.SENT;
    }

    static boolean isQuietHours(Channel channel, LocalTime localTime) {
        if (channel != Channel.SMS && channel != Channel.PUSH) {
            return false;
        }
        return !localTime.isBefore(QUIET_FROM) || localTime.isBefore(QUIET_UNTIL);
    }
}
