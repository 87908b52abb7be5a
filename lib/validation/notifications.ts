/** The notification endpoints' inputs: a page of the inbox, and which ones to mark read. */
import { z } from "zod";
import { NOTIFICATIONS } from "../limits";
import { pageQuerySchema } from "./page-query";

export const notificationsQuerySchema = pageQuerySchema.extend({
  unreadOnly: z
    .enum(["", "1", "true"])
    .optional()
    .transform((v) => v !== undefined),
});

export const markNotificationsReadSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z
    .object({
      ids: z
        .array(z.string().min(1).max(64))
        .min(1)
        .max(NOTIFICATIONS.maxIdsPerRead, `ids: at most ${NOTIFICATIONS.maxIdsPerRead} at a time; or send { "all": true }.`),
    })
    .strict(),
]);
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;
