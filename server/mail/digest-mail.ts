/**
 * The daily digest e-mail: the reader's unread notifications, said as the inbox says them, in the
 * language they chose, with links to the app (NEXTAUTH_URL: scripts/start.ts refuses SMTP_URL
 * without it). Plain text: nothing in it is a note's words, only who did what where.
 */
import "server-only";
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { notificationSentence } from "@/lib/notifications/notification-sentence";
import type { NotificationView } from "@/lib/notifications/notification-view";
import { notificationHref } from "@/lib/notifications/notification-view";
import { publicOrigin } from "../http/public-origin";
import { mailTransport, mailFrom } from "./transport";

export interface DigestRecipient {
  email: string;
  name: string;
  locale: string;
}

export async function composeDigest(to: DigestRecipient, items: NotificationView[], total: number) {
  const locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
  const messages = (await import(`../../messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "Digest" });
  const n = createTranslator({ locale, messages, namespace: "Notifications" });
  const due = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  const origin = publicOrigin();
  const lines = items.map((item) => {
    const href = notificationHref(item);
    const sentence = notificationSentence(
      item,
      (key, values) => n(key as never, values as never),
      (d) => due.format(d),
    );
    return href ? `• ${sentence}\n  ${origin}${href}` : `• ${sentence}`;
  });
  return {
    subject: t("subject", { count: total }),
    text: [
      t("greeting", { name: to.name }),
      "",
      t("intro", { count: total }),
      "",
      ...lines,
      ...(total > items.length ? ["", t("more", { count: total - items.length })] : []),
      "",
      t("footer", { url: `${origin}/account` }),
    ].join("\n"),
  };
}

export async function deliverDigest(to: DigestRecipient, items: NotificationView[], total: number): Promise<void> {
  const { subject, text } = await composeDigest(to, items, total);
  await mailTransport().sendMail({ from: mailFrom(), to: { name: to.name, address: to.email }, subject, text });
}
