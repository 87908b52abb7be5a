/**
 * One connection per app instance that LISTENs on `interleaf_events` (document streams) and
 * `interleaf_inbox` (the header's inbox), fanned out in memory to the SSE streams this instance serves. Created on the first subscriber; on a lost connection it
 * reconnects with backoff (1 s doubling to 30 s) and tells every subscriber to catch up from the
 * LiveEvent table, so nothing written meanwhile is missed. Kept on globalThis: Next.js may load
 * this module more than once per process, and there must be one connection.
 */
import "server-only";
import pg from "pg";
import { LIVE_CHANNEL } from "../data/live-events/publish-live-event";
import { INBOX_CHANNEL } from "../data/notifications/notify";

export interface LiveNotice {
  id: bigint;
  documentId: string;
}

export interface LiveSubscriber {
  documentId: string;
  onEvent: (notice: LiveNotice) => void;
  /** The connection was lost and is back: read what may have been missed. */
  onResync: () => void;
}

/** An open inbox (the header's bell): told when the user has a new notification. */
export interface InboxSubscriber {
  userId: string;
  onNotice: () => void;
  onResync: () => void;
}

class LiveListener {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly subscribers = new Set<LiveSubscriber>();
  private readonly inboxes = new Set<InboxSubscriber>();
  private retryDelay = 1_000;
  private retryTimer: NodeJS.Timeout | null = null;
  private hadConnection = false;

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    void this.ensureConnected().catch(() => {});
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  subscribeInbox(subscriber: InboxSubscriber): () => void {
    this.inboxes.add(subscriber);
    void this.ensureConnected().catch(() => {});
    return () => {
      this.inboxes.delete(subscriber);
    };
  }

  private inboxNotice(payload: string) {
    let userIds: Set<string>;
    try {
      userIds = new Set(JSON.parse(payload) as string[]);
    } catch {
      return;
    }
    for (const s of this.inboxes) if (userIds.has(s.userId)) s.onNotice();
  }

  /** Resolves once LISTEN is active (so a subscriber can read the table knowing nothing later is missed). */
  ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set.");
    const client = new pg.Client({ connectionString: url, application_name: "interleaf-live" });
    client.on("notification", (message) => {
      if (message.channel === INBOX_CHANNEL && message.payload) return this.inboxNotice(message.payload);
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      let notice: LiveNotice;
      try {
        const parsed = JSON.parse(message.payload) as { id: string; documentId: string };
        notice = { id: BigInt(parsed.id), documentId: parsed.documentId };
      } catch {
        return;
      }
      for (const s of this.subscribers) if (s.documentId === notice.documentId) s.onEvent(notice);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      await client.query(`LISTEN ${INBOX_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => {});
      this.scheduleReconnect();
      throw error;
    }
    this.client = client;
    this.retryDelay = 1_000;
    if (this.hadConnection) for (const s of [...this.subscribers, ...this.inboxes]) s.onResync();
    this.hadConnection = true;
  }

  private scheduleReconnect() {
    if (this.retryTimer || this.subscribers.size + this.inboxes.size === 0) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.ensureConnected().catch(() => {});
    }, delay);
  }
}

const globalForLive = globalThis as unknown as { interleafLiveListener?: LiveListener };

export function liveListener(): LiveListener {
  globalForLive.interleafLiveListener ??= new LiveListener();
  return globalForLive.interleafLiveListener;
}
